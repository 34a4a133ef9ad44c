import Foundation

/// The target indicators, monitoring procedures, support measures, expected results, stages and
/// risks of a pack, read from a catalogue document (`qualitykit.catalogue/1`) in which entries quoting the same section are
/// grouped under it.
///
/// A pack file (`qualitykit.pack/1`) gives every element its whole provenance; a region's
/// programme quotes one document and a handful of its sections in a hundred or more entries, so a
/// catalogue writes the source once for the document and the section once per group. Each entry is
/// the element's pack-file form (see `Guides/RulePackFormat.md`) with four shorthands, expanded
/// before the strict decoder reads it, so an entry decodes exactly as the same element in a pack
/// file — every unknown key, missing field and wrong type is an error naming the file, the path
/// (`measures[2].entries[5].schedule`), line and column:
///
/// - `provenance.source` and `provenance.section`, when absent, are the group's `source` (or the
///   document's) and the group's `section`;
/// - `reading` (one text) is the entry's reading of the document written once: it becomes
///   `provenance.derivation` and, for an indicator, its `target.reading` and `rationale`, for a
///   procedure its `notes` — wherever the entry does not write them itself (for an expected
///   result, a stage or a risk it is the derivation only);
/// - an indicator without `rationale` or `reading` has the document's `stated_rationale`;
/// - a measure's `responsible` lists role ids: a base role's id (``ResponsibleRole/base``) or one
///   of the document's `roles`, which gives its title; a `{"id", "title"}` object is also taken.
///
/// ```json
/// {"format": "qualitykit.catalogue/1", "source": "003_2156e850bfcb12b0.txt",
///  "measures": [
///    {"section": "2.1. … — Основные компоненты «дорожной карты»", "entries": [
///      {"id": "krasnoyarsk.identification_component", "title": {"ru": "…", "en": "…"},
///       "categories": ["monitoring"], "level": "municipal",
///       "responsible": ["education_department", "methodical_service"],
///       "schedule": {"form": "continuous"}, "condition": {"kind": "programme"},
///       "provenance": {"kind": "derived", "quote": "…"}, "lines": "L1013–1047",
///       "reading": {"ru": "…", "en": "…"}}]}]}
/// ```
///
/// A document embedded in a Swift source file is read with
/// ``init(json:file:firstLine:indentation:blockKinds:catalog:)``, `firstLine` and `indentation`
/// giving where its text starts, so an error names the line and column of the Swift file.
///
/// - Complexity: O(n) for n bytes, plus the elements' own decoding.
public struct PackCatalogue: Sendable {
  /// The format identifier every catalogue starts with.
  public static let format = "qualitykit.catalogue/1"

  /// The target indicators, in document order.
  public var indicators: [any Indicator]
  /// The monitoring procedures, in document order.
  public var monitoring: [MonitoringProcedure]
  /// The support measures, in document order.
  public var measures: [DeclaredMeasure]
  /// The programme's expected results, in document order (`expected_results`).
  public var expectedResults: [ExpectedResult]
  /// The programme's stages, in document order.
  public var stages: [ProgrammeStage]
  /// The risks the programme names.
  public var risks: [ProgrammeRisk]

  /// Reads a catalogue; `file` names it in errors, `firstLine` is the line of `file` the text
  /// starts on (1 for a file of its own) and `indentation` the columns a Swift multi-line string
  /// literal strips from each of its lines (0 for a file of its own).
  ///
  /// - Throws: ``PackFileError`` for the first problem: bad JSON, an unknown key, a missing field,
  ///   a value of the wrong type, an unknown role id or a value an element refuses.
  public init(
    json: String, file: String, firstLine: Int = 1, indentation: Int = 0,
    blockKinds: PackBlockKinds = .standard,
    catalog: MetricCatalog = .standard
  ) throws(PackFileError) {
    // Blank lines before the text and the stripped indentation put back on every line place every
    // node at its line and column in `file`. Neither changes the document: JSON strings cannot
    // hold a raw line break, so the added spaces all fall between values.
    // (Bytes, not Characters: splitting half a megabyte of Cyrillic into grapheme clusters would
    // cost more than parsing it.)
    var bytes = [UInt8](repeating: UInt8(ascii: "\n"), count: max(firstLine - 1, 0))
    bytes.reserveCapacity(bytes.count + json.utf8.count * 11 / 10)
    let margin = [UInt8](repeating: UInt8(ascii: " "), count: max(indentation, 0))
    var atLineStart = true
    for byte in json.utf8 {
      if atLineStart { bytes += margin }
      bytes.append(byte)
      atLineStart = byte == UInt8(ascii: "\n")
    }
    let root: JSONNode
    do {
      root = try JSONParser.parse(Data(bytes))
    } catch {
      throw PackFileError(
        kind: .syntax(error.message), file: file, path: "", line: error.line,
        column: error.column)
    }
    var expansion = CatalogueExpansion(root: root, file: file)
    let expanded = try expansion.expand()
    let document = try StrictJSONDecoder.decode(
      CatalogueDocument.self, from: expanded, file: file, catalog: catalog,
      userInfo: [.packBlockKinds: blockKinds])
    indicators = document.indicators.flatMap { $0.entries.map(\.indicator) }
    monitoring = document.monitoring.flatMap(\.entries)
    measures = document.measures.flatMap(\.entries)
    expectedResults = document.expectedResults.flatMap(\.entries)
    stages = document.stages.flatMap(\.entries)
    risks = document.risks.flatMap(\.entries)
  }
}

/// The decoded form of a catalogue, after ``CatalogueExpansion``.
private struct CatalogueDocument: Decodable {
  var indicators: [CatalogueGroup<PackBlockKinds.IndicatorBlock>]
  var monitoring: [CatalogueGroup<MonitoringProcedure>]
  var measures: [CatalogueGroup<DeclaredMeasure>]
  var expectedResults: [CatalogueGroup<ExpectedResult>]
  var stages: [CatalogueGroup<ProgrammeStage>]
  var risks: [CatalogueGroup<ProgrammeRisk>]

  enum CodingKeys: String, CodingKey {
    case format, source, roles, indicators, monitoring, measures
    case statedRationale = "stated_rationale"
    case expectedResults = "expected_results"
    case stages, risks
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let format = try container.decode(String.self, forKey: .format)
    guard format == PackCatalogue.format else {
      throw PackFileError.FormatIssue(
        .invalidValue(
          format,
          reason: LocalizedText(
            ru: "поддерживается формат «\(PackCatalogue.format)»",
            en: "the supported format is '\(PackCatalogue.format)'")),
        codingPath: container.codingPath + [CodingKeys.format])
    }
    // Applied by the expansion; decoded so that their types are checked and they count as read.
    _ = try container.decodeIfPresent(String.self, forKey: .source)
    _ = try container.decodeIfPresent(LocalizedText.self, forKey: .statedRationale)
    _ = try container.decodeIfPresent([String: LocalizedText].self, forKey: .roles)
    indicators =
      try container.decodeIfPresent(
        [CatalogueGroup<PackBlockKinds.IndicatorBlock>].self, forKey: .indicators)
      ?? []
    monitoring =
      try container.decodeIfPresent(
        [CatalogueGroup<MonitoringProcedure>].self, forKey: .monitoring) ?? []
    measures =
      try container.decodeIfPresent([CatalogueGroup<DeclaredMeasure>].self, forKey: .measures)
      ?? []
    expectedResults =
      try container.decodeIfPresent(
        [CatalogueGroup<ExpectedResult>].self, forKey: .expectedResults) ?? []
    stages =
      try container.decodeIfPresent([CatalogueGroup<ProgrammeStage>].self, forKey: .stages) ?? []
    risks =
      try container.decodeIfPresent([CatalogueGroup<ProgrammeRisk>].self, forKey: .risks) ?? []
  }
}

/// Entries that share a source and section.
private struct CatalogueGroup<Entry: Decodable>: Decodable {
  var entries: [Entry]

  enum CodingKeys: String, CodingKey { case source, section, entries }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    _ = try container.decodeIfPresent(String.self, forKey: .source)
    _ = try container.decodeIfPresent(String.self, forKey: .section)
    entries = try container.decode([Entry].self, forKey: .entries)
  }
}

/// Rewrites a catalogue's entries into their pack-file forms (see ``PackCatalogue``), keeping every
/// node's line and column; a value copied in from the group or the document keeps the position of
/// its declaration, so an error in it points there.
///
/// Anything not shaped as expected (a group that is not an object, a `source` that is not a
/// string) is left alone for the strict decoder to report.
private struct CatalogueExpansion {
  private enum Section: String, CaseIterable {
    case indicators, monitoring, measures, stages, risks
    case expectedResults = "expected_results"
  }

  let root: JSONNode
  let file: String
  /// The next free object number (the strict decoder tracks asked keys by it).
  private var nextObjectID: Int

  init(root: JSONNode, file: String) {
    self.root = root
    self.file = file
    nextObjectID = Self.maximumObjectID(in: root) + 1
  }

  private static func maximumObjectID(in node: JSONNode) -> Int {
    switch node.value {
    case .object(let members, let id):
      members.reduce(id) { max($0, maximumObjectID(in: $1.node)) }
    case .array(let items): items.reduce(0) { max($0, maximumObjectID(in: $1)) }
    default: 0
    }
  }

  mutating func expand() throws(PackFileError) -> JSONNode {
    guard case .object(var members, let id) = root.value else { return root }
    let source = root.member("source").flatMap { $0.isString ? $0 : nil }
    let statedRationale = root.member("stated_rationale")
    var roles: [String: JSONNode] = [:]
    if case .object(let declared, _)? = root.member("roles")?.value {
      for role in declared { roles[role.key] = role.node }
    }
    for index in members.indices {
      guard let section = Section(rawValue: members[index].key),
        case .array(var groups) = members[index].node.value
      else { continue }
      for g in groups.indices {
        groups[g] = try expand(
          group: groups[g], in: section, path: [section.rawValue, "[\(g)]"], source: source,
          statedRationale: statedRationale, roles: roles)
      }
      members[index].node.value = .array(groups)
    }
    var expanded = root
    expanded.value = .object(members, id: id)
    return expanded
  }

  private mutating func expand(
    group: JSONNode, in section: Section, path: [String], source: JSONNode?,
    statedRationale: JSONNode?, roles: [String: JSONNode]
  ) throws(PackFileError) -> JSONNode {
    guard case .object(var members, let id) = group.value,
      let index = members.firstIndex(where: { $0.key == "entries" }),
      case .array(var entries) = members[index].node.value
    else { return group }
    let groupSource = group.member("source").flatMap { $0.isString ? $0 : nil } ?? source
    let groupSection = group.member("section").flatMap { $0.isString ? $0 : nil }
    for e in entries.indices {
      guard case .object = entries[e].value else { continue }
      var entry = entries[e]
      let reading = entry.member("reading")
      entry.remove("reading")
      if var provenance = entry.member("provenance"), case .object = provenance.value {
        if let groupSource { provenance.setIfAbsent("source", to: groupSource) }
        if let groupSection { provenance.setIfAbsent("section", to: groupSection) }
        if let reading { provenance.setIfAbsent("derivation", to: reading) }
        entry.set("provenance", to: provenance)
      }
      switch section {
      case .indicators:
        if let reading, var target = entry.member("target"), case .object = target.value {
          target.setIfAbsent("reading", to: reading)
          entry.set("target", to: target)
        }
        if let rationale = reading ?? statedRationale {
          entry.setIfAbsent("rationale", to: rationale)
        }
      case .monitoring:
        if let reading { entry.setIfAbsent("notes", to: reading) }
      case .measures:
        if let responsible = entry.member("responsible"), case .array(var list) = responsible.value
        {
          for r in list.indices {
            guard case .string(let roleID) = list[r].value else { continue }
            list[r] = try role(
              roleID, at: list[r], declared: roles,
              path: path + ["entries", "[\(e)]", "responsible", "[\(r)]"])
          }
          var expanded = responsible
          expanded.value = .array(list)
          entry.set("responsible", to: expanded)
        }
      case .expectedResults, .stages, .risks:
        break
      }
      entries[e] = entry
    }
    members[index].node.value = .array(entries)
    var expanded = group
    expanded.value = .object(members, id: id)
    return expanded
  }

  /// The `{"id", "title"}` object of role `id`, placed where the id is written.
  private mutating func role(
    _ id: String, at node: JSONNode, declared: [String: JSONNode], path: [String]
  ) throws(PackFileError) -> JSONNode {
    let title: JSONNode
    if let declaredTitle = declared[id] {
      title = declaredTitle
    } else if let base = ResponsibleRole.base(ResponsibleRoleID(rawValue: id)) {
      title = node.object(
        [("ru", node.string(base.title.ru)), ("en", node.string(base.title.en))], id: newObjectID())
    } else {
      throw PackFileError(
        kind: .invalidValue(
          LocalizedText(
            ru: "нет роли «\(id)»: ни среди базовых ролей, ни в «roles» каталога",
            en: "no role '\(id)': neither a base role nor one of the catalogue's 'roles'")),
        file: file, path: PackFileError.path(path), line: node.line, column: node.column)
    }
    return node.object([("id", node.string(id)), ("title", title)], id: newObjectID())
  }

  private mutating func newObjectID() -> Int {
    defer { nextObjectID += 1 }
    return nextObjectID
  }
}

extension JSONNode {
  fileprivate var isString: Bool {
    if case .string = value { true } else { false }
  }

  /// A string node at this node's position.
  fileprivate func string(_ text: String) -> JSONNode {
    JSONNode(value: .string(text), line: line, column: column)
  }

  /// An object node at this node's position.
  fileprivate func object(_ members: [(String, JSONNode)], id: Int) -> JSONNode {
    JSONNode(
      value: .object(
        members.map { Member(key: $0.0, node: $0.1, keyLine: line, keyColumn: column) }, id: id),
      line: line, column: column)
  }

  /// Sets member `key` of an object to `node`, appending it at `node`'s position if absent.
  fileprivate mutating func set(_ key: String, to node: JSONNode) {
    guard case .object(var members, let id) = value else { return }
    if let index = members.firstIndex(where: { $0.key == key }) {
      members[index].node = node
    } else {
      members.append(Member(key: key, node: node, keyLine: node.line, keyColumn: node.column))
    }
    value = .object(members, id: id)
  }

  fileprivate mutating func setIfAbsent(_ key: String, to node: JSONNode) {
    if member(key) == nil { set(key, to: node) }
  }

  fileprivate mutating func remove(_ key: String) {
    guard case .object(var members, let id) = value else { return }
    members.removeAll { $0.key == key }
    value = .object(members, id: id)
  }
}
