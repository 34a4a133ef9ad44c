/// The outcome of an identification run: for every school its categories and the findings behind
/// them, with everything needed to reproduce the run (year, cohort, packs and their versions,
/// parameter values) and the data issues met on the way.
public struct IdentificationReport: Sendable {
  /// A pack that took part in the run.
  public struct PackReference: Sendable, Hashable {
    /// The pack id.
    public let id: String
    /// The pack version.
    public let version: String
    /// The pack's name.
    public let title: LocalizedText
    /// The documents the pack is drawn from (``RulePack/sources``), which the document's heading
    /// names; not in the JSON export.
    public let sources: [String]
    /// The title of each of ``sources`` that has one (``RulePack/sourceTitles``).
    public let sourceTitles: [String: LocalizedText]
    /// How the pack's document decides its lists (``RulePack/listing``): where an act fixes them,
    /// the pack's rules are the library's proposal and reports say so.
    public let listing: PackListing

    init(
      id: String, version: String, title: LocalizedText, sources: [String] = [],
      sourceTitles: [String: LocalizedText] = [:], listing: PackListing = .rules
    ) {
      self.id = id
      self.version = version
      self.title = title
      self.sources = sources
      self.sourceTitles = sourceTitles
      self.listing = listing
    }
  }

  /// A criterion that took part in the run, in pack order.
  public struct CriterionReference: Sendable, Hashable {
    /// The criterion id.
    public let id: CriterionID
    /// The pack it belongs to.
    public let pack: String
    /// Its title.
    public let title: LocalizedText
  }

  /// One criterion's result for one school.
  public struct Finding: Sendable, Hashable {
    /// The criterion.
    public let criterion: CriterionID
    /// The pack the criterion belongs to.
    public let pack: String
    /// The result.
    public let result: CriterionResult

    /// The status alone.
    public var status: CriterionResult.Status { result.status }
  }

  /// A school's place in one category: the packs whose rules put it there and, where a pack grades
  /// it, how serious the situation is.
  public struct Placement: Sendable, Hashable {
    /// The category.
    public let category: SchoolCategory
    /// The packs whose rules for the category hold for the school, in run order.
    public let packs: [String]
    /// The most serious severity among the rules that hold, if any grades it. A school placed by
    /// a decision that no rule places has none: rules did not grade it.
    public let severity: Severity?
    /// The authority's inclusion that places the school, when a decision does
    /// (``IdentificationReport/applying(_:)``); `nil` when the rules alone do.
    public internal(set) var decision: Decision? = nil

    /// Whether the school is in the category by the rules or by an authority's decision.
    public enum Basis: String, Sendable, Hashable {
      /// The packs' rules place the school.
      case rule
      /// An authority's decision includes the school (the rules may place it too).
      case decision
    }

    /// ``Basis/decision`` when a decision includes the school, else ``Basis/rule``.
    public var basis: Basis { decision == nil ? .rule : .decision }
  }

  /// A category rule that took part in the run.
  public struct RuleReference: Sendable, Hashable {
    /// The pack the rule belongs to.
    public let pack: String
    /// The category it assigns.
    public let category: SchoolCategory
    /// The criteria it names.
    public let criteria: [CriterionID]
    /// The severity it grades with, if any.
    public let severity: Severity?
    /// The condition itself, so that a report can show how it evaluated for a school (see
    /// ``SchoolExplanation``).
    public let condition: CategoryRule.Condition
    /// Why the rule combines its criteria this way.
    public let rationale: LocalizedText
  }

  /// One school's outcome.
  public struct SchoolOutcome: Sendable, Hashable {
    /// The school.
    public let school: School
    /// The categories whose rules hold, each with the packs that raised it and its severity, in
    /// the order of the packs' rules.
    public internal(set) var placements: [Placement]
    /// The categories whose rules hold, in the order of the packs' rules.
    public var categories: [SchoolCategory] { placements.map(\.category) }
    /// The categories whose rule is open because of missing data (and that no other rule decided).
    public internal(set) var undeterminedCategories: [SchoolCategory]
    /// Why the school's values may not be printed, or `nil` when they may: fewer students than
    /// the small-cell limit, or an unknown enrolment, in a year its findings draw on, or a value
    /// that would give away a suppressed groupmate's (``SmallGroupRule``).
    public let suppression: SmallGroupRule.Reason?
    /// Whether the school's values may be printed (``suppression`` is `nil`; see
    /// ``IdentificationReport/minimumGroupSize``).
    public var mayShowValues: Bool { suppression == nil }
    /// The school's position in the run's results.
    let position: Int
    /// Every school's results, shared by all outcomes of a report.
    let table: ResultTable
    /// Every decision of an authority about the school, exclusions included, in the order they
    /// were applied (``IdentificationReport/applying(_:)``); empty without decisions.
    public internal(set) var decisions: [Decision] = []

    /// Every criterion's result, in pack order.
    public var findings: [Finding] { (0..<findingCount).map(finding(at:)) }

    /// The number of findings: one per criterion of the run.
    public var findingCount: Int { table.columns.count }

    /// The finding of the criterion at `index` in pack order.
    public func finding(at index: Int) -> Finding {
      Finding(
        criterion: table.criteria[index].id, pack: table.criteria[index].pack,
        result: table.columns[index][position])
    }

    /// The finding of `criterion`, if that criterion ran.
    public func finding(_ criterion: CriterionID) -> Finding? {
      table.criteria.firstIndex { $0.id == criterion }.map(finding(at:))
    }

    /// Compares school, categories, suppression and findings.
    public static func == (lhs: SchoolOutcome, rhs: SchoolOutcome) -> Bool {
      lhs.school == rhs.school && lhs.placements == rhs.placements
        && lhs.undeterminedCategories == rhs.undeterminedCategories
        && lhs.suppression == rhs.suppression && lhs.decisions == rhs.decisions
        && lhs.findings == rhs.findings
    }

    /// Hashes the school and its categories.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(school)
      hasher.combine(placements)
    }

    /// The school's placement in `category`, if it is in it.
    public func placement(in category: SchoolCategory) -> Placement? {
      placements.first { $0.category == category }
    }
  }

  /// Every criterion's results for every school, stored criterion by criterion as the criteria
  /// produced them: a national run then needs no per-school copies of its findings.
  final class ResultTable: Sendable {
    let criteria: [CriterionReference]
    let columns: [[CriterionResult]]

    init(criteria: [CriterionReference], columns: [[CriterionResult]]) {
      self.criteria = criteria
      self.columns = columns
    }

    /// Calls `body` with the columns as buffers, so that findings are read in place rather than
    /// copied out of nested arrays.
    func withColumns<Result>(
      _ body: (UnsafeBufferPointer<UnsafeBufferPointer<CriterionResult>>) -> Result
    ) -> Result {
      var buffers: [UnsafeBufferPointer<CriterionResult>] = []
      buffers.reserveCapacity(columns.count)
      // One nested `withUnsafeBufferPointer` per column keeps every pointer valid inside `body`.
      func open(_ index: Int) -> Result {
        guard index < columns.count else { return buffers.withUnsafeBufferPointer(body) }
        return columns[index].withUnsafeBufferPointer { column in
          buffers.append(column)
          return open(index + 1)
        }
      }
      return open(0)
    }
  }

  /// The year identification was run for.
  public let year: AcademicYear
  /// The cohort relative criteria compared within.
  public let cohort: Cohort.Scope
  /// The packs, in the order given.
  public let packs: [PackReference]
  /// The criteria, in pack order.
  public let criteria: [CriterionReference]
  /// The categories the packs' rules can assign, in rule order, each once.
  public let categories: [SchoolCategory]
  /// For each category id, the criteria its rules name: the findings a report shows as the reasons.
  public let categoryRuleCriteria: [String: [CriterionID]]
  /// Every category rule of the run, in pack order.
  public let rules: [RuleReference]
  /// Every parameter's value in the run, sorted by key.
  public let parameters: [(key: ParameterKey, value: Double)]
  /// The schools, sorted by id.
  public internal(set) var schools: [SchoolOutcome]
  /// What the reader should know about the input.
  public let issues: [DataIssue]
  /// Reports never print values of a school with fewer students than this in a year they come
  /// from (small-cell suppression, ``SmallGroupRule``).
  public let minimumGroupSize: Int
  /// How many schools' values are not printed, and why.
  public internal(set) var suppression = SuppressionSummary([], rule: SmallGroupRule())
  /// Why the run is for ``year``: asked for, or the latest year with values for half of the
  /// schools (``Dataset/defaultReportYear``).
  public internal(set) var yearBasis: ReportYear.Basis = .requested

  /// Every school's results against what its conditions predict, in the run's school order (a
  /// school's by ``contextAdjusted(_:)``), when the packs name a results and a context index;
  /// `nil` otherwise.
  public internal(set) var contextAdjustment: ContextAdjustment?

  /// `outcome`'s context-adjusted result, or why it has none; `nil` when the run has no context
  /// adjustment.
  public func contextAdjusted(_ outcome: SchoolOutcome) -> ContextAdjustment.Outcome? {
    guard let adjustment = contextAdjustment, outcome.position < adjustment.outcomes.count else {
      return nil
    }
    return adjustment.outcomes[outcome.position]
  }

  /// The data files the report was made from, by name, for the heading of its document: the
  /// library reads bytes and cannot know where they came from, so the host says (`identify-schools`
  /// gives the names of `--schools`, `--values` and `--benchmarks`). Empty: the heading leaves the
  /// line out. The JSON and CSV exports do not carry it.
  public var dataFiles: [String] = []

  /// The day the report was made, for the heading of its document. The host sets it — today, or a
  /// fixed day for a document that must come out the same on every run; `nil` leaves the line out,
  /// so a document is never dated by a clock it did not choose. The exports do not carry it.
  public var madeOn: CalendarDate?

  /// The metric titles the document names missing data by: the run's catalogue.
  var catalog: MetricCatalog = .standard

  /// What the document says about each parameter of the run, by key.
  var parameterReferences: [ParameterKey: ParameterReference] = [:]

  /// A parameter as the document names it: whose it is, what it measures and its default.
  struct ParameterReference: Sendable, Hashable {
    /// The criterion that reads it, the category rule that counts with it, or the pack.
    let owner: LocalizedText
    /// What the value measures.
    let unit: PackParameter.Unit
    /// The value without `--set`: the pack's default, or the host's.
    let defaultValue: Double
    /// The whole title, where the owner and the unit's role would not say it (the
    /// context-adjustment parameters: a share of the best results is not a share «снизу»).
    var fullTitle: LocalizedText? = nil

    /// «25 % школ с самыми низкими результатами … — доля школ снизу»: whose the parameter is and
    /// what it sets. Two parameters of one criterion in one unit share a title; their keys tell
    /// them apart where the document shows keys.
    func title(in language: Language) -> String {
      if let fullTitle { return fullTitle[language] }
      let ru = language == .russian
      let role: String
      switch unit {
      case .share: role = ru ? "доля школ снизу" : "share of schools at the bottom"
      case .percent, .percentagePoints, .points, .mark, .index: role = ru ? "порог" : "threshold"
      case .years: role = ru ? "окно, лет" : "window, years"
      case .count: role = ru ? "сколько нужно" : "how many are needed"
      case .flag:
        role =
          ru
          ? "дополнительный показатель (1 — учитывается, 0 — нет)" : "optional input (1 on, 0 off)"
      }
      return "\(owner[language]) — \(role)"
    }
  }

  /// The title of `criterion`, if it took part in the run.
  public func title(of criterion: CriterionID) -> LocalizedText? {
    criteria.first { $0.id == criterion }?.title
  }

  /// The schools in `category`.
  public func schools(in category: SchoolCategory) -> [SchoolOutcome] {
    schools.filter { $0.categories.contains(category) }
  }

  /// How many schools got each status of each criterion, in criterion order.
  ///
  /// - Complexity: O(s · c), reading the results in place: a copy of each outcome per criterion
  ///   would retain its school's texts, 400,000 times in a national run.
  public var statusCounts: [(criterion: CriterionReference, counts: [CriterionResult.Status: Int])]
  {
    var positions: [Int] = []
    positions.reserveCapacity(schools.count)
    schools.withUnsafeBufferPointer { outcomes in
      for index in outcomes.indices { positions.append(outcomes[index].position) }
    }
    let columns = schools.first?.table.columns ?? []
    return criteria.enumerated().map { index, criterion in
      var met = 0
      var notMet = 0
      var insufficient = 0
      if index < columns.count {
        columns[index].withUnsafeBufferPointer { column in
          for position in positions {
            switch column[position] {
            case .met: met += 1
            case .notMet: notMet += 1
            case .insufficientData: insufficient += 1
            }
          }
        }
      }
      return (criterion, [.met: met, .notMet: notMet, .insufficientData: insufficient])
    }
  }
}

// `parameters` is a labelled tuple array, which is not Hashable; nothing compares whole reports.
