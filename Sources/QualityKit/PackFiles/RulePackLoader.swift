import Foundation

/// Loads rule packs from JSON files (`qualitykit.pack/1`, see `Guides/RulePackFormat.md`),
/// checking everything a Swift-built pack is checked for, and naming the file, JSON path, line and
/// column of the first problem.
///
/// A file either holds a full pack or `extends` another: a pack among ``basePacks`` (the built-in
/// ones, usually) or another file of the same ``load(_:)-([RulePackLoader.Source])`` call, in any order.
/// The changes apply as `remove`, then `replace`, then `add`, then `override`; each element is
/// checked as it is applied, so a duplicate id, a rule naming a missing criterion or a conflicting
/// parameter is reported at the element that brings it.
///
/// - Complexity: O(n) to parse and decode n bytes; building checks the pack once per element,
///   O(e²) for e elements (a pack has a few hundred at most).
///
/// ```swift
/// let loader = RulePackLoader(basePacks: DefaultPacks.all)
/// let pack = try loader.load(contentsOf: URL(fileURLWithPath: "custom-municipality.json"))
/// ```
public struct RulePackLoader: Sendable {
  /// Packs a file may extend by id.
  public var basePacks: [RulePack]
  /// The criterion and indicator kinds files may use.
  public var blockKinds: PackBlockKinds
  /// The metrics files may name.
  public var catalog: MetricCatalog

  /// Creates a loader.
  public init(
    basePacks: [RulePack] = [], blockKinds: PackBlockKinds = .standard,
    catalog: MetricCatalog = .standard
  ) {
    self.basePacks = basePacks
    self.blockKinds = blockKinds
    self.catalog = catalog
  }

  /// Loads one pack from the file at `url`.
  public func load(contentsOf url: URL) throws(PackFileError) -> RulePack {
    try load([RulePackLoader.Source(contentsOf: url)])[0]
  }

  /// Loads one pack from `data`; `file` names it in errors.
  public func load(_ data: Data, file: String) throws(PackFileError) -> RulePack {
    try load([RulePackLoader.Source(file: file, data: data)])[0]
  }

  /// Loads several packs that may extend each other or ``basePacks``, in the order given.
  ///
  /// - Throws: ``PackFileError`` for the first problem: bad JSON, a bad value, an unknown base pack,
  ///   two files with one id, a cycle of `extends`, or a pack that breaks a rule of packs.
  public func load(_ sources: [RulePackLoader.Source]) throws(PackFileError) -> [RulePack] {
    var roots: [JSONNode] = []
    for source in sources {
      do {
        roots.append(try JSONParser.parse(source.data))
      } catch {
        throw PackFileError(
          kind: .syntax(error.message), file: source.file, path: "", line: error.line,
          column: error.column)
      }
    }
    var resolution = Resolution(loader: self, sources: sources, roots: roots)
    try resolution.checkUniqueIDs()
    for index in sources.indices { _ = try resolution.pack(at: index, chain: []) }
    // Every index was built above, so nothing is dropped.
    return resolution.built.compactMap { $0 }
  }
}

extension RulePackLoader {
  /// One pack file: its name for messages and its bytes.
  public struct Source: Sendable {
    /// The file name or path, as errors should show it.
    public var file: String
    /// The file's bytes.
    public var data: Data

    /// Wraps bytes already read.
    public init(file: String, data: Data) {
      self.file = file
      self.data = data
    }

    /// Reads the file at `url`.
    ///
    /// - Throws: ``PackFileError/Kind/unreadable(_:)`` when the file does not exist, is a folder or
    ///   cannot be read; its ``FileAccessError`` says which, with the path.
    public init(contentsOf url: URL) throws(PackFileError) {
      do {
        self.init(file: url.path, data: Data(try FileBytes.read(url, name: url.path)))
      } catch {
        throw PackFileError(kind: .unreadable(error), file: url.path, path: "")
      }
    }
  }
}

/// The packs of one `load` call being resolved in `extends` order.
private struct Resolution {
  let loader: RulePackLoader
  let sources: [RulePackLoader.Source]
  let roots: [JSONNode]
  var built: [RulePack?]

  init(loader: RulePackLoader, sources: [RulePackLoader.Source], roots: [JSONNode]) {
    self.loader = loader
    self.sources = sources
    self.roots = roots
    self.built = Array(repeating: nil, count: sources.count)
  }

  func string(_ key: String, of index: Int) -> String? {
    guard case .string(let text)? = roots[index].member(key)?.value else { return nil }
    return text
  }

  func error(_ kind: PackFileError.Kind, in index: Int, at path: [String]) -> PackFileError {
    let node = roots[index].deepest(along: path)
    return PackFileError(
      kind: kind, file: sources[index].file, path: PackFileError.path(path), line: node.line,
      column: node.column)
  }

  /// Two files may not give one pack id.
  func checkUniqueIDs() throws(PackFileError) {
    var seen = Set<String>()
    for index in sources.indices {
      guard let id = string("id", of: index) else { continue }
      guard seen.insert(id).inserted else {
        throw error(
          .pack(PackError(kind: .duplicatePack(PackID(id)), pack: PackID(id))), in: index,
          at: ["id"])
      }
    }
  }

  /// Builds file `index`, building the file it extends first; `chain` is the ids being built.
  mutating func pack(at index: Int, chain: [String]) throws(PackFileError) -> RulePack {
    if let pack = built[index] { return pack }
    let id = string("id", of: index) ?? ""
    var base: RulePack?
    if let extends = string("extends", of: index) {
      let other = sources.indices.first { $0 != index && string("id", of: $0) == extends }
      if let other {
        guard !chain.contains(extends) else {
          throw error(.extendsCycle(chain + [id, extends]), in: index, at: ["extends"])
        }
        base = try pack(at: other, chain: chain + [id])
      } else if let known = loader.basePacks.first(where: { $0.id.rawValue == extends }) {
        base = known
      } else if extends == id {
        throw error(.extendsCycle([id, id]), in: index, at: ["extends"])
      } else {
        let known =
          (loader.basePacks.map(\.id.rawValue) + sources.indices.compactMap { string("id", of: $0) })
          .filter { $0 != id }
        throw error(.unknownBasePack(extends, known: known), in: index, at: ["extends"])
      }
    }
    let pack = try PackBuilder(
      loader: loader, file: sources[index].file, root: roots[index], base: base
    ).build()
    built[index] = pack
    return pack
  }
}
