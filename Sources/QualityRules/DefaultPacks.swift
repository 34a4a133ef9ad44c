import Foundation
import QualityKit

/// The default rule packs, as immutable values.
///
/// ``all`` is the registry: a region's pack is listed there once, and everything else — the
/// lookup by id, the tools' `--pack` and `--describe`, the tests — finds it through that list.
/// The named constants are shortcuts to four of its entries.
public enum DefaultPacks {
  /// Every default pack, in the order `--describe` lists them.
  ///
  /// Adding a region is one line here (see `Guides/AddingARegion.md`).
  public static let all: [RulePack] = [
    Krasnoyarsk.pack,
    Amur.pack,
    Khabarovsk.pack,
    Krasnodar.pack,
  ]

  /// Красноярский край (seed 003, г. Лесосибирск).
  public static let krasnoyarsk = Krasnoyarsk.pack
  /// Амурская область (seeds 000, г. Свободный, and 002, Михайловский район).
  public static let amur = Amur.pack
  /// Хабаровский край (seed 001, г. Хабаровск): derived rules over the programme's indicators.
  public static let khabarovsk = Khabarovsk.pack
  /// Краснодарский край (seed 004, Тбилисский район).
  public static let krasnodar = Krasnodar.pack

  /// The pack with `id`, or `nil`.
  public static func pack(id: PackID) -> RulePack? { all.first { $0.id == id } }

  /// The packs named in a comma-separated list such as `krasnoyarsk,amur`.
  ///
  /// - Throws: ``/QualityKit/PackError`` naming an unknown pack and the packs available.
  public static func packs(named list: String) throws(PackError) -> [RulePack] {
    try list.split(separator: ",").map { name throws(PackError) in
      let id = PackID(name.trimmingCharacters(in: .whitespaces))
      guard let pack = pack(id: id) else {
        throw PackError(kind: .unknownPack(id, known: all.map(\.id)), pack: id)
      }
      return pack
    }
  }
}
