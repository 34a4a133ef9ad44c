import QualityKit
import QualityRules

/// The packs the region-independent tests run over: the registry, `DefaultPacks.all`, and the toy
/// fifth region registered beside it with one line, as a new region is in `DefaultPacks`. No test
/// lists pack ids by hand, so a region added to the registry is tested without editing a test.
enum TestedPacks {
  static let all: [RulePack] =
    DefaultPacks.all + [
      Toy.pack
    ]

  /// The pack with `id`, or `nil`.
  static func pack(id: String) -> RulePack? { all.first { $0.id.rawValue == id } }
}
