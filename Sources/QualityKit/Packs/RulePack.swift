import Foundation

/// A region's rules as one immutable value: criteria, indices, category rules, parameters,
/// indicators, monitoring and support measures, with the sources they come from.
///
/// Packs are values, not registries: a host combines, tunes and extends them by building new values
/// (see ``Identifier`` for running several packs together).
public struct RulePack: Sendable {
  /// The pack id, e.g. `krasnoyarsk`.
  public var id: PackID
  /// The pack version (semantic versioning); reports name it so a result can be traced to its rules.
  public var version: String
  /// The pack's name.
  public var title: LocalizedText
  /// The region the pack encodes.
  public var region: LocalizedText
  /// The seed files the pack is drawn from.
  public var sources: [String]
  /// The title of each source document, by file name, as a reader cites it; documents name a
  /// source by its title with the file name after it, and by the file name alone without one.
  public var sourceTitles: [String: LocalizedText]
  /// How the document decides which schools are on its lists: by its criteria, or by a list an
  /// act fixes, for which the pack's rules are only a proposal.
  public var listing: PackListing
  /// The criteria, in the order reports list them.
  public var criteria: [any IdentificationCriterion]
  /// The composite indices the criteria use, for documentation.
  public var indices: [CompositeIndex]
  /// The indices of results and conditions that context-adjusted results are fitted with, if the
  /// pack names them (both must be among ``indices``).
  public var contextIndices: ContextIndexPair? = nil
  /// The category rules.
  public var categoryRules: [CategoryRule]
  /// Parameters of the pack itself (those of criteria come with the criteria).
  public var parameters: [PackParameter]
  /// The programme's target indicators, with their targets, in the order reports list them.
  public var indicators: [any Indicator]
  /// The programme's monitoring procedures and their periodicity.
  public var monitoring: [MonitoringProcedure]
  /// The support measures of the programme's plan, in document order (see ``SupportPlanner``):
  /// ``DeclaredMeasure`` values, and a host's own ``SupportMeasure`` types.
  public var measures: [any SupportMeasure]
  /// The programme's expected results, in document order, each linked to the indicators that
  /// measure it or recorded by hand.
  public var expectedResults: [ExpectedResult] = []
  /// The programme's stages, in document order, dated only where the document dates them.
  public var stages: [ProgrammeStage] = []
  /// The risks the programme names, with the measures that answer them.
  public var risks: [ProgrammeRisk] = []
  /// What the maintainers should know about the pack: what the documents leave open.
  public var notes: LocalizedText?
  /// The id of the pack this one extends (see ``extended(as:version:title:)``), if any.
  public var extends: PackID?
  /// Parameter defaults the host has changed with ``overriding(_:with:)``, by key.
  public internal(set) var parameterDefaults: [ParameterKey: Double] = [:]

  /// Creates a pack.
  public init(
    id: PackID, version: String, title: LocalizedText, region: LocalizedText, sources: [String],
    sourceTitles: [String: LocalizedText] = [:], listing: PackListing = .rules,
    criteria: [any IdentificationCriterion],
    indices: [CompositeIndex] = [], contextIndices: ContextIndexPair? = nil,
    categoryRules: [CategoryRule], parameters: [PackParameter] = [],
    indicators: [any Indicator] = [], monitoring: [MonitoringProcedure] = [],
    measures: [any SupportMeasure] = [], expectedResults: [ExpectedResult] = [],
    stages: [ProgrammeStage] = [], risks: [ProgrammeRisk] = [], notes: LocalizedText? = nil
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.region = region
    self.sources = sources
    self.sourceTitles = sourceTitles
    self.listing = listing
    self.criteria = criteria
    self.indices = indices
    self.contextIndices = contextIndices
    self.categoryRules = categoryRules
    self.parameters = parameters
    self.indicators = indicators
    self.monitoring = monitoring
    self.measures = measures
    self.expectedResults = expectedResults
    self.stages = stages
    self.risks = risks
    self.notes = notes
  }

  /// Every parameter the pack and its criteria read, sorted by key, each once, with the defaults
  /// the host has changed.
  public var allParameters: [PackParameter] {
    var seen = Set<ParameterKey>()
    var all: [PackParameter] = []
    let context = contextIndices == nil ? [] : LinearContextAdjustment.parameters
    for var parameter in parameters + criteria.flatMap(\.criterionDescription.parameters) + context
    where seen.insert(parameter.key).inserted {
      if let value = parameterDefaults[parameter.key] { parameter.defaultValue = value }
      all.append(parameter)
    }
    return all.sorted { $0.key < $1.key }
  }

  /// The pack's monitoring procedures as a plan, for calendars and overdue checks.
  ///
  /// - Throws: ``MonitoringPlanError`` for a repeated id or a periodicity that cannot be dated.
  public func monitoringPlan() throws(MonitoringPlanError) -> MonitoringPlan {
    try MonitoringPlan(monitoring)
  }

  /// Checks the pack on its own: criterion ids unique, category rules naming existing criteria,
  /// parameters declared once, indicator and monitoring ids unique, measures valid with unique ids,
  /// their conditions naming existing criteria and each role id with one title, and the
  /// programme's expected results, stages and risks with unique ids, naming only the pack's
  /// indicators and measures, each stage dated by both years or neither.
  ///
  /// - Throws: ``PackError`` naming the pack and the offending id.
  public func validate() throws(PackError) {
    var ids = Set<CriterionID>()
    for criterion in criteria where !ids.insert(criterion.id).inserted {
      throw PackError(kind: .duplicateCriterion(criterion.id), pack: id)
    }
    for rule in categoryRules {
      for criterion in rule.condition.criteria where !ids.contains(criterion) {
        throw PackError(
          kind: .unknownCriterionInRule(criterion, category: rule.category.id), pack: id)
      }
    }
    let declared: ParameterValues
    do {
      declared = try ParameterValues(
        declared: parameters + criteria.flatMap(\.criterionDescription.parameters))
    } catch {
      throw PackError(kind: .parameter(error), pack: id)
    }
    var indexIDs = Set<IndexID>()
    for index in indices where !indexIDs.insert(index.id).inserted {
      throw PackError(kind: .duplicateIndex(index.id), pack: id)
    }
    if let pair = contextIndices {
      for named in [pair.results] + (pair.context.map { [$0] } ?? [])
      where !indexIDs.contains(named) {
        throw PackError(kind: .unknownIndex(named), pack: id)
      }
    }
    var indicatorIDs = Set<IndicatorID>()
    for indicator in indicators
    where !indicatorIDs.insert(indicator.indicatorDescription.id).inserted {
      throw PackError(kind: .duplicateIndicator(indicator.indicatorDescription.id), pack: id)
    }
    do {
      _ = try monitoringPlan()
    } catch {
      throw PackError(kind: .monitoring(error), pack: id)
    }
    for rule in categoryRules {
      for key in rule.condition.parameterKeys where declared.value(forKey: key) == nil {
        throw PackError(
          kind: .unknownParameterInRule(key, category: rule.category.id), pack: id)
      }
    }
    try validateMeasures(criteria: ids)
    try validateProgramme(indicators: indicatorIDs)
  }

  /// Checks the expected results, stages and risks: ids unique across the three, links to
  /// indicators of `indicators` and to the pack's measures, stages dated by both years or neither.
  private func validateProgramme(indicators: Set<IndicatorID>) throws(PackError) {
    var seen = Set<ProgrammeElementID>()
    let ids = expectedResults.map(\.id) + stages.map(\.id) + risks.map(\.id)
    for element in ids where !seen.insert(element).inserted {
      throw PackError(kind: .duplicateProgrammeElement(element), pack: id)
    }
    for result in expectedResults {
      for indicator in result.indicators where !indicators.contains(indicator) {
        throw PackError(kind: .unknownIndicatorInResult(indicator, result: result.id), pack: id)
      }
    }
    for stage in stages where (stage.from == nil) != (stage.to == nil) {
      throw PackError(kind: .partlyDatedStage(stage.id), pack: id)
    }
    let measureIDs = Set(measures.map(\.id))
    for risk in risks {
      for measure in risk.measures where !measureIDs.contains(measure) {
        throw PackError(kind: .unknownMeasureInRisk(measure, risk: risk.id), pack: id)
      }
    }
  }

  /// Checks the measures: each valid, ids unique, conditions naming criteria of `criteria`, and
  /// each role id with one title.
  private func validateMeasures(criteria: Set<CriterionID>) throws(PackError) {
    var measureIDs = Set<MeasureID>()
    var roles: [ResponsibleRoleID: LocalizedText] = [:]
    for measure in measures.map(\.measureDescription) {
      do {
        try measure.validate()
      } catch {
        throw PackError(kind: .measure(error), pack: id)
      }
      guard measureIDs.insert(measure.id).inserted else {
        throw PackError(kind: .duplicateMeasure(measure.id), pack: id)
      }
      for criterion in measure.appliesTo.criteria where !criteria.contains(criterion) {
        throw PackError(kind: .unknownCriterionInMeasure(criterion, measure: measure.id), pack: id)
      }
      for role in measure.responsible {
        if let title = roles[role.id], title != role.title {
          throw PackError(kind: .conflictingRole(role.id), pack: id)
        }
        roles[role.id] = role.title
      }
    }
  }
}

/// A pack, or a combination of packs, that cannot be used.
public struct PackError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// Two criteria share an id.
    case duplicateCriterion(CriterionID)
    /// A category rule names a criterion the packs do not have.
    case unknownCriterionInRule(CriterionID, category: String)
    /// A parameter is declared inconsistently.
    case parameter(ParameterError)
    /// A category rule counts with a parameter the pack does not declare.
    case unknownParameterInRule(ParameterKey, category: String)
    /// Two packs in one run share an id.
    case duplicatePack(PackID)
    /// A pack id the run does not know.
    case unknownPack(PackID, known: [PackID])
    /// A criterion to replace or remove is not in the pack.
    case unknownCriterion(CriterionID)
    /// Two packs being combined both have this criterion.
    case criterionInTwoPacks(CriterionID, first: PackID, second: PackID)
    /// Two indicators share an id.
    case duplicateIndicator(IndicatorID)
    /// The monitoring procedures do not make a plan.
    case monitoring(MonitoringPlanError)
    /// A support measure cannot be used.
    case measure(MeasureError)
    /// Two support measures share an id.
    case duplicateMeasure(MeasureID)
    /// A support measure's condition names a criterion the pack does not have.
    case unknownCriterionInMeasure(CriterionID, measure: MeasureID)
    /// Two measures give one role id different titles.
    case conflictingRole(ResponsibleRoleID)
    /// A support measure to replace or remove is not in the pack.
    case unknownMeasure(MeasureID)
    /// Two packs being combined (or planned together) both have this measure.
    case measureInTwoPacks(MeasureID, first: PackID, second: PackID)
    /// An indicator to replace or remove is not in the pack.
    case unknownIndicator(IndicatorID)
    /// A monitoring procedure to replace or remove is not in the pack.
    case unknownProcedure(MonitoringProcedureID)
    /// Two composite indices share an id.
    case duplicateIndex(IndexID)
    /// A composite index to replace or remove is not in the pack.
    case unknownIndex(IndexID)
    /// A pack parameter to replace or remove is not among the pack's own parameters.
    case unknownParameter(ParameterKey)
    /// Category rules to remove, but the pack has none for this category.
    case noRulesForCategory(String)
    /// Two expected results, stages or risks share an id.
    case duplicateProgrammeElement(ProgrammeElementID)
    /// An expected result names an indicator the pack does not have.
    case unknownIndicatorInResult(IndicatorID, result: ProgrammeElementID)
    /// A risk names a measure the pack does not have.
    case unknownMeasureInRisk(MeasureID, risk: ProgrammeElementID)
    /// A stage has one of its years without the other.
    case partlyDatedStage(ProgrammeElementID)
    /// An expected result, stage or risk to replace or remove is not in the pack.
    case unknownProgrammeElement(ProgrammeElementID)
  }

  /// What is wrong.
  public let kind: Kind
  /// The pack concerned.
  public let pack: PackID

  /// Creates an error.
  public init(kind: Kind, pack: PackID) {
    self.kind = kind
    self.pack = pack
  }

  /// The message in `language`.
  public func message(in language: Language) -> String {
    switch (kind, language) {
    case (.duplicateCriterion(let id), .russian): "пакет \(pack): критерий \(id) объявлен дважды"
    case (.duplicateCriterion(let id), .english): "pack \(pack): criterion \(id) is declared twice"
    case (.unknownCriterionInRule(let id, let category), .russian):
      "пакет \(pack): правило категории \(category) ссылается на неизвестный критерий \(id)"
    case (.unknownCriterionInRule(let id, let category), .english):
      "pack \(pack): the rule of category \(category) names an unknown criterion \(id)"
    case (.parameter(let error), _): "\(pack): \(error.message(in: language))"
    case (.unknownParameterInRule(let key, let category), .russian):
      "пакет \(pack): правило категории \(category) ссылается на необъявленный параметр \(key)"
    case (.unknownParameterInRule(let key, let category), .english):
      "pack \(pack): the rule of category \(category) names an undeclared parameter \(key)"
    case (.duplicatePack(let id), .russian): "пакет \(id) указан дважды"
    case (.duplicatePack(let id), .english): "pack \(id) is given twice"
    case (.unknownPack(let id, let known), .russian):
      "неизвестный пакет «\(id)»; доступны: \(known.map(\.rawValue).joined(separator: ", "))"
    case (.unknownPack(let id, let known), .english):
      "unknown pack '\(id)'; available: \(known.map(\.rawValue).joined(separator: ", "))"
    case (.unknownCriterion(let id), .russian): "пакет \(pack): нет критерия \(id)"
    case (.unknownCriterion(let id), .english): "pack \(pack): there is no criterion \(id)"
    case (.criterionInTwoPacks(let id, let first, let second), .russian):
      "пакет \(pack): критерий \(id) есть и в пакете \(first), и в пакете \(second)"
    case (.criterionInTwoPacks(let id, let first, let second), .english):
      "pack \(pack): criterion \(id) is in both pack \(first) and pack \(second)"
    case (.duplicateIndicator(let id), .russian): "пакет \(pack): показатель \(id) объявлен дважды"
    case (.duplicateIndicator(let id), .english): "pack \(pack): indicator \(id) is declared twice"
    case (.monitoring(let error), _): "\(pack): \(error.message(in: language))"
    case (.measure(let error), _): "\(pack): \(error.message(in: language))"
    case (.duplicateMeasure(let id), .russian): "пакет \(pack): мероприятие \(id) объявлено дважды"
    case (.duplicateMeasure(let id), .english): "pack \(pack): measure \(id) is declared twice"
    case (.unknownCriterionInMeasure(let id, let measure), .russian):
      "пакет \(pack): мероприятие \(measure) ссылается на неизвестный критерий \(id)"
    case (.unknownCriterionInMeasure(let id, let measure), .english):
      "pack \(pack): measure \(measure) names an unknown criterion \(id)"
    case (.conflictingRole(let id), .russian):
      "пакет \(pack): у роли \(id) два разных названия"
    case (.conflictingRole(let id), .english): "pack \(pack): role \(id) has two different titles"
    case (.unknownMeasure(let id), .russian): "пакет \(pack): нет мероприятия \(id)"
    case (.unknownMeasure(let id), .english): "pack \(pack): there is no measure \(id)"
    case (.measureInTwoPacks(let id, let first, let second), .russian):
      "пакет \(pack): мероприятие \(id) есть и в пакете \(first), и в пакете \(second)"
    case (.measureInTwoPacks(let id, let first, let second), .english):
      "pack \(pack): measure \(id) is in both pack \(first) and pack \(second)"
    case (.unknownIndicator(let id), .russian): "пакет \(pack): нет показателя \(id)"
    case (.unknownIndicator(let id), .english): "pack \(pack): there is no indicator \(id)"
    case (.unknownProcedure(let id), .russian): "пакет \(pack): нет процедуры мониторинга \(id)"
    case (.unknownProcedure(let id), .english):
      "pack \(pack): there is no monitoring procedure \(id)"
    case (.duplicateIndex(let id), .russian): "пакет \(pack): сводный индекс \(id) объявлен дважды"
    case (.duplicateIndex(let id), .english):
      "pack \(pack): composite index \(id) is declared twice"
    case (.unknownIndex(let id), .russian): "пакет \(pack): нет сводного индекса \(id)"
    case (.unknownIndex(let id), .english): "pack \(pack): there is no composite index \(id)"
    case (.unknownParameter(let key), .russian):
      "пакет \(pack): среди параметров самого пакета нет \(key)"
    case (.unknownParameter(let key), .english):
      "pack \(pack): \(key) is not among the pack's own parameters"
    case (.noRulesForCategory(let category), .russian):
      "пакет \(pack): нет правил для категории \(category)"
    case (.noRulesForCategory(let category), .english):
      "pack \(pack): there are no rules for category \(category)"
    case (.duplicateProgrammeElement(let id), .russian):
      "пакет \(pack): результат, этап или риск \(id) объявлен дважды"
    case (.duplicateProgrammeElement(let id), .english):
      "pack \(pack): expected result, stage or risk \(id) is declared twice"
    case (.unknownIndicatorInResult(let indicator, let result), .russian):
      "пакет \(pack): ожидаемый результат \(result) ссылается на неизвестный показатель \(indicator)"
    case (.unknownIndicatorInResult(let indicator, let result), .english):
      "pack \(pack): expected result \(result) names an unknown indicator \(indicator)"
    case (.unknownMeasureInRisk(let measure, let risk), .russian):
      "пакет \(pack): риск \(risk) ссылается на неизвестное мероприятие \(measure)"
    case (.unknownMeasureInRisk(let measure, let risk), .english):
      "pack \(pack): risk \(risk) names an unknown measure \(measure)"
    case (.unknownProgrammeElement(let id), .russian):
      "пакет \(pack): нет ожидаемого результата, этапа или риска \(id)"
    case (.unknownProgrammeElement(let id), .english):
      "pack \(pack): there is no expected result, stage or risk \(id)"
    case (.partlyDatedStage(let id), .russian):
      "пакет \(pack): у этапа \(id) указан только один из годов (from, to)"
    case (.partlyDatedStage(let id), .english):
      "pack \(pack): stage \(id) gives only one of its years (from, to)"
    }
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
