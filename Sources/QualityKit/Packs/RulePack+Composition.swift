/// Building packs from packs: a host combines, tunes and extends the default packs by making new
/// values; the originals never change.
///
/// ```swift
/// // A municipality within Krasnoyarsk krai: one local criterion, one threshold changed.
/// let local = try DefaultPacks.krasnoyarsk
///   .extended(as: "krasnoyarsk.lesosibirsk", version: "1.0.0",
///             title: LocalizedText(ru: "г. Лесосибирск", en: "Lesosibirsk"))
///   .adding(attendanceBelow90)
///   .addingRule(CategoryRule(category: .lowResults, condition: …))
///   .overriding("krasnoyarsk.continuation_below_60.threshold", with: 55)
/// ```
///
/// Every method checks its result with ``RulePack/validate()``, so a composed pack is as sound as a
/// default one.
extension RulePack {
  /// One pack with the criteria, indices, category rules, parameters, indicators, monitoring and
  /// support measures of all `packs`.
  ///
  /// Category rules are kept as they are, so a category holds when any pack's rule for it holds.
  /// To keep track of which pack raised a category, run the packs side by side with
  /// ``Identifier/init(packs:)`` instead.
  ///
  /// - Throws: ``PackError`` when two packs have a criterion with the same id
  ///   (``PackError/Kind/criterionInTwoPacks(_:first:second:)``) or a measure with the same id
  ///   (``PackError/Kind/measureInTwoPacks(_:first:second:)``), or declare a parameter differently.
  /// - Complexity: O(c + m) for c criteria and m measures in all.
  public static func combining(
    _ packs: [RulePack], id: PackID, version: String, title: LocalizedText, region: LocalizedText
  ) throws(PackError) -> RulePack {
    var owner: [CriterionID: PackID] = [:]
    for pack in packs {
      for criterion in pack.criteria {
        if let first = owner[criterion.id] {
          throw PackError(
            kind: .criterionInTwoPacks(criterion.id, first: first, second: pack.id), pack: id)
        }
        owner[criterion.id] = pack.id
      }
    }
    var measureOwner: [MeasureID: PackID] = [:]
    for pack in packs {
      for measure in pack.measures {
        if let first = measureOwner[measure.id] {
          throw PackError(
            kind: .measureInTwoPacks(measure.id, first: first, second: pack.id), pack: id)
        }
        measureOwner[measure.id] = pack.id
      }
    }
    var combined = RulePack(
      id: id, version: version, title: title, region: region,
      sources: packs.flatMap(\.sources).reduce(into: []) { if !$0.contains($1) { $0.append($1) } },
      sourceTitles: packs.reduce(into: [:]) { titles, pack in
        titles.merge(pack.sourceTitles) { first, _ in first }
      },
      // One listing for the whole: an act's only when every pack's lists are fixed by an act.
      listing: packs.allSatisfy(\.listing.isProposal) ? packs.first?.listing ?? .rules : .rules,
      criteria: packs.flatMap(\.criteria), indices: packs.flatMap(\.indices),
      categoryRules: packs.flatMap(\.categoryRules), parameters: packs.flatMap(\.parameters),
      indicators: packs.flatMap(\.indicators), monitoring: packs.flatMap(\.monitoring),
      measures: packs.flatMap(\.measures), expectedResults: packs.flatMap(\.expectedResults),
      stages: packs.flatMap(\.stages), risks: packs.flatMap(\.risks))
    for pack in packs {
      combined.parameterDefaults.merge(pack.parameterDefaults) { first, _ in first }
    }
    try combined.validate()
    return combined
  }

  /// A new pack that starts as a copy of this one: same criteria, rules, parameters, indicators,
  /// monitoring and measures, a new id, and ``extends`` naming this pack. Add, replace or remove
  /// from there.
  public func extended(as id: PackID, version: String, title: LocalizedText) -> RulePack {
    var pack = self
    pack.id = id
    pack.version = version
    pack.title = title
    pack.extends = self.id
    return pack
  }

  /// The pack with `criterion` added after the others.
  ///
  /// - Throws: ``PackError/Kind/duplicateCriterion(_:)`` when the pack has a criterion with that id.
  public func adding(_ criterion: any IdentificationCriterion) throws(PackError) -> RulePack {
    var pack = self
    pack.criteria.append(criterion)
    try pack.validate()
    return pack
  }

  /// The pack with the criterion `id` replaced by `criterion`, in the same place. The rules and
  /// the conditions of ``DeclaredMeasure``s that name `id` name the new criterion when it keeps the
  /// id; otherwise they are rewritten to it. A host's own measure type is kept as it is.
  ///
  /// - Throws: ``PackError/Kind/unknownCriterion(_:)`` when the pack has no criterion `id`.
  public func replacing(_ id: CriterionID, with criterion: any IdentificationCriterion)
    throws(PackError) -> RulePack
  {
    guard let position = criteria.firstIndex(where: { $0.id == id }) else {
      throw PackError(kind: .unknownCriterion(id), pack: self.id)
    }
    var pack = self
    pack.criteria[position] = criterion
    if criterion.id != id {
      pack.categoryRules = categoryRules.map { rule in
        var rule = rule
        rule.condition = rule.condition.renaming(id, to: criterion.id)
        return rule
      }
      pack.measures = measures.map { measure in
        guard let declared = measure as? DeclaredMeasure else { return measure }
        return declared.with(condition: declared.condition.renaming(id, to: criterion.id))
      }
    }
    try pack.validate()
    return pack
  }

  /// The pack without the criterion `id`. It drops out of every category rule
  /// (``CategoryRule/Condition/removing(_:)``) and every ``DeclaredMeasure``'s condition; a rule
  /// left with nothing is removed, and so is a declared measure whose condition named only that
  /// criterion (it answers a finding the pack no longer makes). A host's own measure type is kept
  /// as it is.
  ///
  /// - Throws: ``PackError/Kind/unknownCriterion(_:)`` when the pack has no criterion `id`.
  public func removing(_ id: CriterionID) throws(PackError) -> RulePack {
    guard criteria.contains(where: { $0.id == id }) else {
      throw PackError(kind: .unknownCriterion(id), pack: self.id)
    }
    var pack = self
    pack.criteria.removeAll { $0.id == id }
    pack.categoryRules = categoryRules.compactMap { rule in
      guard let condition = rule.condition.removing(id) else { return nil }
      var rule = rule
      rule.condition = condition
      return rule
    }
    pack.measures = measures.compactMap { measure in
      guard let declared = measure as? DeclaredMeasure else { return measure }
      return declared.condition.removing(id).map { declared.with(condition: $0) }
    }
    pack.dropDanglingProgrammeLinks()
    try pack.validate()
    return pack
  }

  /// The pack with the default of parameter `key` set to `value`: a host's standing choice, as
  /// opposed to a one-run override.
  ///
  /// - Throws: ``PackError/Kind/parameter(_:)`` for an unknown key or a value out of range.
  public func overriding(_ key: ParameterKey, with value: Double) throws(PackError) -> RulePack {
    do {
      _ = try ParameterValues(declared: allParameters, overrides: [key: value])
    } catch {
      throw PackError(kind: .parameter(error), pack: id)
    }
    var pack = self
    pack.parameterDefaults[key] = value
    return pack
  }

  /// The pack with `rule` added after its rules; a category with several rules holds when any does.
  ///
  /// - Throws: ``PackError`` when the rule names a criterion or parameter the pack does not have.
  public func addingRule(_ rule: CategoryRule) throws(PackError) -> RulePack {
    var pack = self
    pack.categoryRules.append(rule)
    try pack.validate()
    return pack
  }

  /// The pack with the rules of `category` replaced by `rules` (none: the pack no longer assigns
  /// the category).
  ///
  /// - Throws: ``PackError`` when a rule names a criterion or parameter the pack does not have.
  public func replacingRules(for category: SchoolCategory, with rules: [CategoryRule])
    throws(PackError) -> RulePack
  {
    var pack = self
    let position = categoryRules.firstIndex { $0.category == category } ?? categoryRules.count
    pack.categoryRules.removeAll { $0.category == category }
    pack.categoryRules.insert(contentsOf: rules, at: min(position, pack.categoryRules.count))
    try pack.validate()
    return pack
  }
}

extension RulePack {
  /// The pack with `measure` added after its measures.
  ///
  /// - Throws: ``PackError`` when the pack has a measure with that id, the measure is not valid, or
  ///   its condition names a criterion the pack does not have.
  /// - Complexity: O(c + m) for c criteria and m measures (the pack is validated again).
  public func addingMeasure(_ measure: any SupportMeasure) throws(PackError) -> RulePack {
    var pack = self
    pack.measures.append(measure)
    try pack.validate()
    return pack
  }

  /// The pack with the measure `id` replaced by `measure`, in the same place.
  ///
  /// - Throws: ``PackError/Kind/unknownMeasure(_:)`` when the pack has no measure `id`, and
  ///   ``PackError`` when the new measure is not valid.
  /// - Complexity: O(c + m).
  public func replacingMeasure(_ id: MeasureID, with measure: any SupportMeasure) throws(PackError)
    -> RulePack
  {
    guard let position = measures.firstIndex(where: { $0.id == id }) else {
      throw PackError(kind: .unknownMeasure(id), pack: self.id)
    }
    var pack = self
    pack.measures[position] = measure
    try pack.validate()
    return pack
  }

  /// The pack without the measure `id`.
  ///
  /// - Throws: ``PackError/Kind/unknownMeasure(_:)`` when the pack has no measure `id`.
  /// - Complexity: O(c + m).
  public func removingMeasure(_ id: MeasureID) throws(PackError) -> RulePack {
    guard measures.contains(where: { $0.id == id }) else {
      throw PackError(kind: .unknownMeasure(id), pack: self.id)
    }
    var pack = self
    pack.measures.removeAll { $0.id == id }
    pack.dropDanglingProgrammeLinks()
    try pack.validate()
    return pack
  }

  /// Drops from the expected results and risks the indicators and measures the pack no longer
  /// has: a result whose last indicator is gone is then recorded by hand, a risk keeps its words.
  /// Removing an indicator or a measure removes what it measured or answered, not the document's
  /// result or risk.
  mutating func dropDanglingProgrammeLinks() {
    let indicatorIDs = Set(indicators.map(\.indicatorDescription.id))
    let measureIDs = Set(measures.map(\.id))
    expectedResults = expectedResults.map { result in
      ExpectedResult(
        id: result.id, title: result.title,
        indicators: result.indicators.filter(indicatorIDs.contains),
        provenance: result.provenance)
    }
    risks = risks.map { risk in
      ProgrammeRisk(
        id: risk.id, title: risk.title, measures: risk.measures.filter(measureIDs.contains),
        provenance: risk.provenance)
    }
  }
}

extension DeclaredMeasure {
  /// The measure with another condition.
  func with(condition: MeasureDescription.Condition) -> DeclaredMeasure {
    DeclaredMeasure(
      id: id, title: title, categories: categories, level: level, responsible: responsible,
      schedule: schedule, timingQuote: timingQuote, expectedResult: expectedResult,
      target: target, condition: condition, provenance: provenance, lines: lines)
  }
}

extension CategoryRule.Condition {
  /// The condition with every mention of `id` replaced by `newID`.
  func renaming(_ id: CriterionID, to newID: CriterionID) -> Self {
    switch self {
    case .criterion(let other): .criterion(other == id ? newID : other)
    case .all(let parts): .all(parts.map { $0.renaming(id, to: newID) })
    case .any(let parts): .any(parts.map { $0.renaming(id, to: newID) })
    case .atLeast(let count, let parts):
      .atLeast(count, of: parts.map { $0.renaming(id, to: newID) })
    case .not(let part): .not(part.renaming(id, to: newID))
    }
  }
}
