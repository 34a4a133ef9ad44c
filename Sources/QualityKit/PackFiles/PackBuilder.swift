import Foundation

/// Builds one ``RulePack`` from a parsed pack file: decodes the document strictly, then applies it
/// element by element so each problem is reported at the element that brings it.
struct PackBuilder {
  let loader: RulePackLoader
  let file: String
  let root: JSONNode
  /// The pack named in `extends`, already built.
  let base: RulePack?

  /// Indices only, read before the rest so criteria can name an index by id.
  private struct IndexPrepass: Decodable {
    struct Inner: Decodable { var indices: [CompositeIndex]? }
    struct Removed: Decodable { var indices: [IndexID]? }
    var indices: [CompositeIndex]?
    var remove: Removed?
    var replace: Inner?
    var add: Inner?
  }

  private func fail(_ kind: PackFileError.Kind, at path: [String]) -> PackFileError {
    let node = root.deepest(along: path)
    return PackFileError(
      kind: kind, file: file, path: PackFileError.path(path), line: node.line, column: node.column)
  }

  private func decode<T: Decodable>(
    _ type: T.Type, userInfo: [CodingUserInfoKey: any Sendable], strict: Bool
  ) throws(PackFileError) -> T {
    try StrictJSONDecoder.decode(
      type, from: root, file: file, catalog: loader.catalog, userInfo: userInfo,
      checkingUnknownKeys: strict)
  }

  func build() throws(PackFileError) -> RulePack {
    // The index table: the base's, then the file's own and replaced ones, then the added ones.
    let prepass = try decode(IndexPrepass.self, userInfo: [:], strict: false)
    var indexTable = Dictionary(
      (base?.indices ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for id in prepass.remove?.indices ?? [] { indexTable[id] = nil }
    for index in (prepass.indices ?? []) + (prepass.replace?.indices ?? [])
      + (prepass.add?.indices ?? [])
    {
      indexTable[index.id] = index
    }
    let document = try decode(
      RulePackDocument.self,
      userInfo: [.packBlockKinds: loader.blockKinds, .packIndices: indexTable], strict: true)
    var pack: RulePack
    if let base {
      pack = try extending(base, with: document)
    } else {
      pack = try fullPack(document)
    }
    try applyOverrides(document, to: &pack)
    return pack
  }

  /// Checks `pack` after an element at `path` changed it.
  private func check(_ pack: RulePack, at path: [String]) throws(PackFileError) {
    do {
      try pack.validate()
    } catch {
      throw fail(.pack(error), at: path)
    }
  }

  /// Checks `pack` after the expected result, stage or risk at `path` was added, placing the
  /// error at the key it concerns: the link list for an unknown indicator or measure, `from` for
  /// a partly dated stage, the id otherwise.
  private func checkProgramme(_ pack: RulePack, at path: [String]) throws(PackFileError) {
    do {
      try pack.validate()
    } catch {
      let key =
        switch error.kind {
        case .unknownIndicatorInResult: "indicators"
        case .unknownMeasureInRisk: "measures"
        default: "id"
        }
      throw fail(.pack(error), at: path + [key])
    }
  }

  /// Runs a composition step, placing its error at `path`.
  private func step(_ path: [String], _ body: () throws(PackError) -> RulePack)
    throws(PackFileError) -> RulePack
  {
    do {
      return try body()
    } catch {
      throw fail(.pack(error), at: path)
    }
  }

  private func fullPack(_ document: RulePackDocument) throws(PackFileError) -> RulePack {
    for (section, key) in [
      (document.remove != nil, "remove"), (document.replace != nil, "replace"),
      (document.add != nil, "add"),
    ] where section {
      throw fail(.needsExtends(key), at: [key])
    }
    guard let title = document.title else {
      throw fail(.missingField("title", similar: nil), at: [])
    }
    guard let region = document.region else {
      throw fail(.missingField("region", similar: nil), at: [])
    }
    guard let sources = document.sources else {
      throw fail(.missingField("sources", similar: nil), at: [])
    }
    let sections = document.sections
    guard sections.criteria != nil else {
      throw fail(.missingField("criteria", similar: nil), at: [])
    }
    guard sections.categoryRules != nil else {
      throw fail(.missingField("category_rules", similar: nil), at: [])
    }
    let pack = RulePack(
      id: PackID(document.id), version: document.version, title: title, region: region,
      sources: sources, sourceTitles: try sourceTitles(document, sources: sources),
      listing: document.listing ?? .rules, criteria: [], categoryRules: [], notes: document.notes)
    var built = try adding(sections, to: pack, at: [])
    built.contextIndices = document.contextIndices
    return built
  }

  private func extending(_ base: RulePack, with document: RulePackDocument)
    throws(PackFileError) -> RulePack
  {
    if let first = document.sections.presentKeys.first {
      throw fail(.notWithExtends(first.stringValue), at: [first.stringValue])
    }
    var pack = base.extended(
      as: PackID(document.id), version: document.version, title: document.title ?? base.title)
    if let region = document.region { pack.region = region }
    if let sources = document.sources { pack.sources = sources }
    pack.sourceTitles = pack.sourceTitles.filter { pack.sources.contains($0.key) }
    pack.sourceTitles.merge(try sourceTitles(document, sources: pack.sources)) { _, new in new }
    if let listing = document.listing { pack.listing = listing }
    if let pair = document.contextIndices { pack.contextIndices = pair }
    if let notes = document.notes { pack.notes = notes }
    if let removals = document.remove { pack = try removing(removals, from: pack) }
    if let replacements = document.replace { pack = try replacing(replacements, in: pack) }
    if let additions = document.add { pack = try adding(additions, to: pack, at: ["add"]) }
    return pack
  }

  /// The document's `source_titles`, each naming one of `sources`: a title of a file the pack does
  /// not draw on is a slip, not a title to drop silently.
  private func sourceTitles(_ document: RulePackDocument, sources: [String])
    throws(PackFileError) -> [String: LocalizedText]
  {
    let titles = document.sourceTitles ?? [:]
    for file in titles.keys.sorted() where !sources.contains(file) {
      throw fail(
        .invalidValue(
          LocalizedText(
            ru: "«\(file)» нет среди источников пакета (sources)",
            en: "'\(file)' is not among the pack's sources")),
        at: ["source_titles", file])
    }
    return titles
  }

  /// Appends every element of `sections`, checking the pack after each.
  private func adding(
    _ sections: RulePackDocument.Sections, to start: RulePack, at prefix: [String]
  )
    throws(PackFileError) -> RulePack
  {
    typealias Key = RulePackDocument.Sections.CodingKeys
    var pack = start
    func path(_ key: Key, _ index: Int) -> [String] { prefix + [key.stringValue, "[\(index)]"] }
    for (index, parameter) in (sections.parameters ?? []).enumerated() {
      pack.parameters.append(parameter)
      try check(pack, at: path(.parameters, index))
    }
    for (index, compositeIndex) in (sections.indices ?? []).enumerated() {
      pack.indices.append(compositeIndex)
      try check(pack, at: path(.indices, index) + ["id"])
    }
    for (index, block) in (sections.criteria ?? []).enumerated() {
      pack.criteria.append(block.criterion)
      try check(pack, at: path(.criteria, index) + ["id"])
    }
    for (index, rule) in (sections.categoryRules ?? []).enumerated() {
      pack.categoryRules.append(rule)
      try check(pack, at: path(.categoryRules, index) + ["condition"])
    }
    for (index, block) in (sections.indicators ?? []).enumerated() {
      pack.indicators.append(block.indicator)
      try check(pack, at: path(.indicators, index) + ["id"])
    }
    for (index, procedure) in (sections.monitoring ?? []).enumerated() {
      pack.monitoring.append(procedure)
      try check(pack, at: path(.monitoring, index))
    }
    for (index, measure) in (sections.measures ?? []).enumerated() {
      pack.measures.append(measure)
      try check(pack, at: path(.measures, index))
    }
    for (index, result) in (sections.expectedResults ?? []).enumerated() {
      pack.expectedResults.append(result)
      try checkProgramme(pack, at: path(.expectedResults, index))
    }
    for (index, stage) in (sections.stages ?? []).enumerated() {
      pack.stages.append(stage)
      try checkProgramme(pack, at: path(.stages, index))
    }
    for (index, risk) in (sections.risks ?? []).enumerated() {
      pack.risks.append(risk)
      try checkProgramme(pack, at: path(.risks, index))
    }
    return pack
  }

  /// Replaces elements by id (category rules: all rules of each category named).
  private func replacing(_ sections: RulePackDocument.Sections, in start: RulePack)
    throws(PackFileError) -> RulePack
  {
    typealias Key = RulePackDocument.Sections.CodingKeys
    var pack = start
    let name = pack.id
    func path(_ key: Key, _ index: Int) -> [String] { ["replace", key.stringValue, "[\(index)]"] }
    for (index, parameter) in (sections.parameters ?? []).enumerated() {
      try change(
        \.parameters, in: &pack, id: parameter.key, of: \.key, to: parameter,
        unknown: .unknownParameter(parameter.key), at: path(.parameters, index), idKey: "key")
    }
    for (index, compositeIndex) in (sections.indices ?? []).enumerated() {
      try change(
        \.indices, in: &pack, id: compositeIndex.id, of: \.id, to: compositeIndex,
        unknown: .unknownIndex(compositeIndex.id), at: path(.indices, index), idKey: "id")
    }
    if let replaced = sections.indices, !replaced.isEmpty {
      pack.criteria = try rebuilding(pack.criteria, from: start.indices, to: pack.indices)
    }
    for (index, block) in (sections.criteria ?? []).enumerated() {
      let current = pack
      pack = try step(path(.criteria, index) + ["id"]) { () throws(PackError) in
        try current.replacing(block.criterion.id, with: block.criterion)
      }
    }
    var rulesByCategory: [(SchoolCategory, [CategoryRule], Int)] = []
    for (index, rule) in (sections.categoryRules ?? []).enumerated() {
      if let position = rulesByCategory.firstIndex(where: { $0.0 == rule.category }) {
        rulesByCategory[position].1.append(rule)
      } else {
        rulesByCategory.append((rule.category, [rule], index))
      }
    }
    for (category, rules, index) in rulesByCategory {
      guard pack.categoryRules.contains(where: { $0.category == category }) else {
        throw fail(
          .pack(PackError(kind: .noRulesForCategory(category.id), pack: name)),
          at: path(.categoryRules, index) + ["category"])
      }
      let current = pack
      pack = try step(path(.categoryRules, index)) { () throws(PackError) in
        try current.replacingRules(for: category, with: rules)
      }
    }
    for (index, block) in (sections.indicators ?? []).enumerated() {
      try change(
        \.indicators, in: &pack, id: block.indicator.id, of: \.id, to: block.indicator,
        unknown: .unknownIndicator(block.indicator.id), at: path(.indicators, index), idKey: "id")
    }
    for (index, procedure) in (sections.monitoring ?? []).enumerated() {
      try change(
        \.monitoring, in: &pack, id: procedure.id, of: \.id, to: procedure,
        unknown: .unknownProcedure(procedure.id), at: path(.monitoring, index), idKey: "id")
    }
    for (index, measure) in (sections.measures ?? []).enumerated() {
      let current = pack
      pack = try step(path(.measures, index) + ["id"]) { () throws(PackError) in
        try current.replacingMeasure(measure.id, with: measure)
      }
    }
    for (index, result) in (sections.expectedResults ?? []).enumerated() {
      try change(
        \.expectedResults, in: &pack, id: result.id, of: \.id, to: result,
        unknown: .unknownProgrammeElement(result.id), at: path(.expectedResults, index),
        idKey: "id")
    }
    for (index, stage) in (sections.stages ?? []).enumerated() {
      try change(
        \.stages, in: &pack, id: stage.id, of: \.id, to: stage,
        unknown: .unknownProgrammeElement(stage.id), at: path(.stages, index), idKey: "id")
    }
    for (index, risk) in (sections.risks ?? []).enumerated() {
      try change(
        \.risks, in: &pack, id: risk.id, of: \.id, to: risk,
        unknown: .unknownProgrammeElement(risk.id), at: path(.risks, index), idKey: "id")
    }
    return pack
  }

  /// The criteria with every index they embed taken from `new` instead of `old`: each criterion
  /// is written naming the old indices by id and read back resolving the ids to the new ones, so
  /// a replaced index reaches the base's criteria too, nested conditions included. A host's own
  /// criterion type without a JSON form is kept as it is.
  private func rebuilding(
    _ criteria: [any IdentificationCriterion], from old: [CompositeIndex], to new: [CompositeIndex]
  ) throws(PackFileError) -> [any IdentificationCriterion] {
    func table(_ indices: [CompositeIndex]) -> [IndexID: CompositeIndex] {
      Dictionary(indices.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }
    let encoder = JSONEncoder()
    encoder.userInfo[.packIndices] = table(old)
    let decoder = JSONDecoder()
    decoder.userInfo[.packIndices] = table(new)
    decoder.userInfo[.packBlockKinds] = loader.blockKinds
    var rebuilt: [any IdentificationCriterion] = []
    for criterion in criteria {
      guard criterion is any CodableCriterion else {
        rebuilt.append(criterion)
        continue
      }
      do {
        let data = try encoder.encode(PackBlockKinds.CriterionBlock(criterion))
        rebuilt.append(try decoder.decode(PackBlockKinds.CriterionBlock.self, from: data).criterion)
      } catch {
        throw fail(
          .invalidValue(
            LocalizedText(
              ru: "критерий \(criterion.id) не удалось перестроить с заменённым индексом: \(error)",
              en: "criterion \(criterion.id) could not be rebuilt with the replaced index: \(error)"
            )),
          at: ["replace", "indices"])
      }
    }
    return rebuilt
  }

  /// Replaces (with `element`) or removes (with `nil`) the element of `list` whose id is `id`,
  /// then checks the pack: one way to change indicators, monitoring procedures, indices and pack
  /// parameters, which have no composition method of their own.
  ///
  /// - Throws: `unknown` at `path` + `idKey` when the list has no such element; the pack's error
  ///   at `path` when the change breaks it.
  private func change<Element, ID: Equatable>(
    _ list: WritableKeyPath<RulePack, [Element]>, in pack: inout RulePack, id: ID,
    of elementID: KeyPath<Element, ID>, to element: Element?, unknown: PackError.Kind,
    at path: [String], idKey: String? = nil
  ) throws(PackFileError) {
    guard let position = pack[keyPath: list].firstIndex(where: { $0[keyPath: elementID] == id })
    else {
      throw fail(
        .pack(PackError(kind: unknown, pack: pack.id)), at: path + (idKey.map { [$0] } ?? []))
    }
    if let element {
      pack[keyPath: list][position] = element
    } else {
      pack[keyPath: list].remove(at: position)
    }
    try check(pack, at: path)
  }

  /// Removes elements by id; a criterion's removal also drops it from rules and measures.
  private func removing(_ removals: RulePackDocument.Removals, from start: RulePack)
    throws(PackFileError) -> RulePack
  {
    var pack = start
    let name = pack.id
    func path(_ key: RulePackDocument.Removals.CodingKeys, _ index: Int) -> [String] {
      ["remove", key.stringValue, "[\(index)]"]
    }
    // Measures first: removing a criterion also drops the measures that answer only it, and a
    // file that names both must not then find its measure gone.
    for (index, id) in (removals.measures ?? []).enumerated() {
      let current = pack
      pack = try step(path(.measures, index)) { () throws(PackError) in
        try current.removingMeasure(id)
      }
    }
    for (index, id) in (removals.criteria ?? []).enumerated() {
      let current = pack
      pack = try step(path(.criteria, index)) { () throws(PackError) in try current.removing(id) }
    }
    for (index, category) in (removals.categoryRules ?? []).enumerated() {
      guard pack.categoryRules.contains(where: { $0.category.id == category }) else {
        throw fail(
          .pack(PackError(kind: .noRulesForCategory(category), pack: name)),
          at: path(.categoryRules, index))
      }
      pack.categoryRules.removeAll { $0.category.id == category }
    }
    for (index, id) in (removals.indicators ?? []).enumerated() {
      guard pack.indicators.contains(where: { $0.id == id }) else {
        throw fail(
          .pack(PackError(kind: .unknownIndicator(id), pack: name)), at: path(.indicators, index))
      }
      pack.indicators.removeAll { $0.id == id }
      pack.dropDanglingProgrammeLinks()
      try check(pack, at: path(.indicators, index))
    }
    for (index, id) in (removals.monitoring ?? []).enumerated() {
      try change(
        \.monitoring, in: &pack, id: id, of: \.id, to: nil, unknown: .unknownProcedure(id),
        at: path(.monitoring, index))
    }
    for (index, id) in (removals.indices ?? []).enumerated() {
      try change(
        \.indices, in: &pack, id: id, of: \.id, to: nil, unknown: .unknownIndex(id),
        at: path(.indices, index))
    }
    for (index, key) in (removals.parameters ?? []).enumerated() {
      try change(
        \.parameters, in: &pack, id: key, of: \.key, to: nil, unknown: .unknownParameter(key),
        at: path(.parameters, index))
    }
    for (index, id) in (removals.expectedResults ?? []).enumerated() {
      try change(
        \.expectedResults, in: &pack, id: id, of: \.id, to: nil,
        unknown: .unknownProgrammeElement(id), at: path(.expectedResults, index))
    }
    for (index, id) in (removals.stages ?? []).enumerated() {
      try change(
        \.stages, in: &pack, id: id, of: \.id, to: nil, unknown: .unknownProgrammeElement(id),
        at: path(.stages, index))
    }
    for (index, id) in (removals.risks ?? []).enumerated() {
      try change(
        \.risks, in: &pack, id: id, of: \.id, to: nil, unknown: .unknownProgrammeElement(id),
        at: path(.risks, index))
    }
    return pack
  }

  /// Applies `override` in document order.
  private func applyOverrides(_ document: RulePackDocument, to pack: inout RulePack)
    throws(PackFileError)
  {
    guard document.override != nil, case .object(let members, _)? = root.member("override")?.value
    else { return }
    for member in members {
      guard let value = document.override?[member.key] else { continue }
      let current = pack
      pack = try step(["override", member.key]) { () throws(PackError) in
        try current.overriding(ParameterKey(member.key), with: value)
      }
    }
  }
}
