import Foundation
import QualityKit
import QualityRules

/// The packs an example run uses: built-in packs by id (`--pack a,b`) and pack files
/// (`--pack-file PATH.json`, repeatable), each alone or together.
///
/// With neither, the run uses `krasnoyarsk`. With files only, it uses the files' packs (a file
/// may extend a built-in pack or another file given). With both, the built-in packs come first.
/// A pack that another pack given extends is that pack's base and does not run on its own: the
/// extension already holds its criteria, and the two would declare them twice
/// (`--pack krasnoyarsk --pack-file local.json`, `local.json` extending it, runs `local.json`).
public struct PackSelection: Sendable {
  /// The pack a run uses when none is named.
  public static let defaultPack = "krasnoyarsk"

  /// The `--pack` list, if given.
  public var names: String?
  /// The `--pack-file` paths, in order.
  public var files: [String] = []

  /// An empty selection (the default pack).
  public init() {}

  /// Why the packs cannot be had.
  public enum Failure: Error, Sendable {
    /// A pack id that is not built in: a usage error.
    case unknownPack(PackError)
    /// A pack file that cannot be read or used: a data error.
    case packFile(PackFileError)
    /// A pack that cannot be written as JSON.
    case export(PackFileError)

    /// The message in `language`, located for file errors.
    public func message(in language: Language) -> String {
      switch self {
      case .unknownPack(let error): error.message(in: language)
      case .packFile(let error): error.located(in: language)
      case .export(let error): error.message(in: language)
      }
    }
  }

  /// The packs to run: ``loaded(basePacks:catalog:)`` without the packs another of them extends.
  public func packs(
    basePacks: [RulePack] = DefaultPacks.all, catalog: MetricCatalog = .standard
  ) throws(Failure) -> [RulePack] {
    Self.withoutBases(try loaded(basePacks: basePacks, catalog: catalog))
  }

  /// `packs` without the packs another of them extends, in order. O(n) for n packs.
  public static func withoutBases(_ packs: [RulePack]) -> [RulePack] {
    let bases = Set(packs.compactMap(\.extends))
    return packs.filter { !bases.contains($0.id) }
  }

  /// Every pack named or read, bases included: built-in ones first, then the files' packs in the
  /// order given.
  ///
  /// A file may extend any of `basePacks` (the built-in packs unless a host adds its own, as
  /// `custom-criterion` does) and name any metric of `catalog`.
  public func loaded(
    basePacks: [RulePack] = DefaultPacks.all, catalog: MetricCatalog = .standard
  ) throws(Failure) -> [RulePack] {
    var packs: [RulePack] = []
    if let names = names ?? (files.isEmpty ? Self.defaultPack : nil) {
      do {
        packs = try DefaultPacks.packs(named: names)
      } catch {
        throw .unknownPack(error)
      }
    }
    guard !files.isEmpty else { return packs }
    do {
      let sources = try files.map { path throws(PackFileError) in
        try RulePackLoader.Source(contentsOf: URL(fileURLWithPath: path))
      }
      return packs + (try RulePackLoader(basePacks: basePacks, catalog: catalog).load(sources))
    } catch {
      throw .packFile(error)
    }
  }

  /// A built-in pack's JSON form, for `--export-pack`.
  public static func exported(_ name: String) throws(Failure) -> Data {
    let id = PackID(name)
    guard let pack = DefaultPacks.pack(id: id) else {
      throw .unknownPack(
        PackError(kind: .unknownPack(id, known: DefaultPacks.all.map(\.id)), pack: id))
    }
    do {
      return try pack.jsonData()
    } catch {
      throw .export(error)
    }
  }
}
