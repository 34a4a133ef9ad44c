/// «Почему школа в списке (или нет)?» — everything an identification decided about one school: every
/// finding of every pack, the categories, and for each category each pack's rule with the tree of
/// how it evaluated.
///
/// It is built from an ``IdentificationReport`` alone, so it says exactly what the run decided; the
/// rules are re-evaluated from the school's statuses only to show each node's truth, and the root of
/// every tree agrees with the report's placement (three-valued logic, see ``CategoryRule/Truth``).
///
/// ```swift
/// let report = try Identifier(packs: [DefaultPacks.krasnoyarsk]).identify(dataset)
/// let why = try SchoolExplanation(report, school: "LES05")
/// why.decision(for: .lowResults)?.status     // .placed
/// print(why.render(.text))
/// ```
///
/// `identify-schools --school ID` prints it.
public struct SchoolExplanation: Sendable {
  /// Where a category leaves the school.
  public enum Status: String, Sendable, Hashable {
    /// A rule of some pack holds: the school is on the list.
    case placed
    /// Every rule is decided and none holds.
    case notPlaced = "not_placed"
    /// No rule holds and at least one is open for lack of data.
    case undetermined
  }

  /// One pack's rule for a category and how it evaluated for the school.
  public struct RuleDecision: Sendable, Hashable {
    /// The pack the rule belongs to.
    public let pack: String
    /// The severity the rule grades with, if any.
    public let severity: Severity?
    /// Why the rule combines its criteria this way.
    public let rationale: LocalizedText
    /// The condition's tree with each node's truth; its root is the rule's truth.
    public let evaluation: CategoryRule.Evaluation
    /// For a rule left open: the criteria it names that lacked data, with what was missing.
    public let missing: [(criterion: CriterionID, data: [CriterionResult.MissingData])]

    /// The rule's truth for the school.
    public var truth: CategoryRule.Truth { evaluation.truth }

    /// Compares pack, severity, rationale and evaluation (the missing data follows from them).
    public static func == (lhs: RuleDecision, rhs: RuleDecision) -> Bool {
      lhs.pack == rhs.pack && lhs.severity == rhs.severity && lhs.rationale == rhs.rationale
        && lhs.evaluation == rhs.evaluation
    }

    /// Hashes pack and evaluation.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(pack)
      hasher.combine(evaluation)
    }
  }

  /// One category: whether the school is in it, and every rule of every pack that assigns it.
  public struct CategoryDecision: Sendable, Hashable {
    /// The category.
    public let category: SchoolCategory
    /// Where the category leaves the school.
    public let status: Status
    /// The school's placement (packs that raised it, severity) when ``status`` is `placed`.
    public let placement: IdentificationReport.Placement?
    /// The rules, in run order (pack by pack).
    public let rules: [RuleDecision]
    /// The authority's decision about the school in the category, when there is one
    /// (``IdentificationReport/applying(_:)``): it overrides what the rules say.
    public var authority: Decision? = nil
  }

  /// The year identification was run for.
  public let year: AcademicYear
  /// Which schools relative criteria compared within.
  public let cohort: Cohort.Scope
  /// The packs of the run.
  public let packs: [IdentificationReport.PackReference]
  /// The school's outcome in the report.
  public let outcome: IdentificationReport.SchoolOutcome
  /// Every criterion of the run with its pack and title, in pack order (the order of findings).
  public let criteria: [IdentificationReport.CriterionReference]
  /// One decision per category of the run, in the report's category order.
  public let categories: [CategoryDecision]
  /// The small-cell limit of the run: a school with fewer students has its values hidden.
  public let minimumGroupSize: Int
  /// The run's parameter keys: a rule's wording that names one shows it as a key to type.
  let parameterKeys: [ParameterKey]

  /// The school.
  public var school: School { outcome.school }

  /// The metric titles the text names missing data by: the run's catalogue (the standard
  /// dictionary, or a host's with its own metrics).
  public var catalog: MetricCatalog = .standard

  /// Every finding, in pack order.
  public var findings: [IdentificationReport.Finding] { outcome.findings }

  /// The decision for `category`, if the run has a rule for it.
  public func decision(for category: SchoolCategory) -> CategoryDecision? {
    categories.first { $0.category == category }
  }

  /// The explanation of `school` in `report`.
  ///
  /// - Throws: ``IdentificationError`` of kind
  ///   ``IdentificationError/Kind/unknownSchool(_:suggestions:near:)``, naming the nearest known
  ///   ids, when the report has no such school.
  /// - Complexity: O(s) to find the school among s schools, then O(c + r) for c criteria and r
  ///   rule nodes.
  public init(_ report: IdentificationReport, school: SchoolID) throws(IdentificationError) {
    guard let outcome = report.schools.first(where: { $0.school.id == school }) else {
      throw .unknownSchool(school, known: report.schools.map(\.school.id))
    }
    self.year = report.year
    self.cohort = report.cohort
    self.packs = report.packs
    self.outcome = outcome
    self.criteria = report.criteria
    self.minimumGroupSize = report.minimumGroupSize
    self.parameterKeys = report.parameters.map(\.key)
    // The run's catalogue titles the missing metrics, a host's own ones included.
    self.catalog = report.catalog

    var results: [CriterionID: CriterionResult] = [:]
    for finding in outcome.findings { results[finding.criterion] = finding.result }
    var parameters: [ParameterKey: Double] = [:]
    for parameter in report.parameters { parameters[parameter.key] = parameter.value }

    categories = report.categories.map { category in
      let rules = report.rules.filter { $0.category == category }.map { rule in
        let evaluation = rule.condition.evaluation(
          { results[$0]?.status }, parameter: { parameters[$0] })
        var missing: [(criterion: CriterionID, data: [CriterionResult.MissingData])] = []
        if evaluation.truth == .unknown {
          for id in rule.condition.criteria {
            if case .insufficientData(let data, _)? = results[id] { missing.append((id, data)) }
          }
        }
        return RuleDecision(
          pack: rule.pack, severity: rule.severity, rationale: rule.rationale,
          evaluation: evaluation, missing: missing)
      }
      let placement = outcome.placement(in: category)
      let status: Status =
        placement != nil
        ? .placed : outcome.undeterminedCategories.contains(category) ? .undetermined : .notPlaced
      return CategoryDecision(
        category: category, status: status, placement: placement, rules: rules,
        authority: outcome.decisions.last { $0.category == category })
    }
  }

  /// The title of `criterion` in the run, if it ran.
  public func title(of criterion: CriterionID) -> LocalizedText? {
    criteria.first { $0.id == criterion }?.title
  }
}
