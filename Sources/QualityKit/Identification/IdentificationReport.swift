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
    public var status: CriterionStatus { result.status }
  }

  /// One school's outcome.
  public struct SchoolOutcome: Sendable, Hashable {
    /// The school.
    public let school: School
    /// The categories whose rule holds, in the order of the packs' rules.
    public let categories: [SchoolCategory]
    /// The categories whose rule is open because of missing data (and that no other rule decided).
    public let undeterminedCategories: [SchoolCategory]
    /// Every criterion's result, in pack order.
    public let findings: [Finding]
    /// Whether the school's values may be printed: `false` for a group of fewer students than the
    /// small-cell limit (see ``IdentificationReport/minimumGroupSize``).
    public let mayShowValues: Bool

    /// The finding of `criterion`, if that criterion ran.
    public func finding(_ criterion: CriterionID) -> Finding? {
      findings.first { $0.criterion == criterion }
    }
  }

  /// The year identification was run for.
  public let year: AcademicYear
  /// The cohort relative criteria compared within.
  public let cohort: CohortScope
  /// The packs, in the order given.
  public let packs: [PackReference]
  /// The criteria, in pack order.
  public let criteria: [CriterionReference]
  /// The categories the packs' rules can assign, in rule order, each once.
  public let categories: [SchoolCategory]
  /// For each category id, the criteria its rules name: the findings a report shows as the reasons.
  public let categoryRuleCriteria: [String: [CriterionID]]
  /// Every parameter's value in the run, sorted by key.
  public let parameters: [(key: String, value: Double)]
  /// The schools, sorted by id.
  public let schools: [SchoolOutcome]
  /// What the reader should know about the input.
  public let issues: [DataIssue]
  /// Reports never print values of a school with fewer students than this (small-cell suppression).
  public let minimumGroupSize: Int

  /// The title of `criterion`, if it took part in the run.
  public func title(of criterion: CriterionID) -> LocalizedText? {
    criteria.first { $0.id == criterion }?.title
  }

  /// The schools in `category`.
  public func schools(in category: SchoolCategory) -> [SchoolOutcome] {
    schools.filter { $0.categories.contains(category) }
  }

  /// How many schools got each status of each criterion, in criterion order.
  public var statusCounts: [(criterion: CriterionReference, counts: [CriterionStatus: Int])] {
    criteria.enumerated().map { index, criterion in
      var counts: [CriterionStatus: Int] = [.met: 0, .notMet: 0, .insufficientData: 0]
      for school in schools { counts[school.findings[index].status, default: 0] += 1 }
      return (criterion, counts)
    }
  }
}

// `parameters` is a labelled tuple array, which is not Hashable; nothing compares whole reports.
