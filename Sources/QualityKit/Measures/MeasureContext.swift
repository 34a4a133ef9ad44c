/// What a ``SupportMeasure`` may look at when the ``SupportPlanner`` asks it about a school: the
/// identification report (categories, findings and their evidence for every school) and the
/// schools' dataset, when the host gave the planner one.
///
/// ```swift
/// let index = context.report.schools[i].finding("krasnoyarsk.staffing_potential_lowest_quarter")
/// context.value(of: .contextDistanceToCenterKm, for: "LES05", in: 2022)   // 14.5, or nil
/// ```
public struct MeasureContext: Sendable {
  /// The identification run the plan follows.
  public let report: IdentificationReport
  /// The schools and their values by year, or `nil` when the host planned from the report alone.
  public let dataset: Dataset?
  /// The position of each criterion of the run in the report's findings.
  let positions: [CriterionID: Int]

  /// Creates a context.
  ///
  /// - Complexity: O(c) in the number of criteria of the run.
  public init(report: IdentificationReport, dataset: Dataset? = nil) {
    self.report = report
    self.dataset = dataset
    var positions: [CriterionID: Int] = [:]
    for (index, criterion) in report.criteria.enumerated() where positions[criterion.id] == nil {
      positions[criterion.id] = index
    }
    self.positions = positions
  }

  /// The value of `metric` for the school `id` in `year`, or `nil` when there is no dataset, no
  /// such school or no value.
  ///
  /// - Complexity: O(1) on average.
  public func value(of metric: MetricKey, for id: SchoolID, in year: AcademicYear) -> Double? {
    guard let dataset, let index = dataset.index(of: id) else { return nil }
    return dataset.value(of: metric, school: index, year: year)
  }

  /// The position of the criterion `id` in the run's findings, or `nil` when the run did not
  /// evaluate it.
  func position(of id: CriterionID) -> Int? { positions[id] }
}
