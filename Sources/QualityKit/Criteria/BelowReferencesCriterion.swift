/// Met when a school is below both the municipal and the regional mean, in every year of a window,
/// in at least k subjects («за последние три года по ряду предметов выпускники показывают
/// результаты ниже муниципальных и краевых»).
///
/// For each subject metric and each year of the window Y−n+1 … Y the school's value is compared
/// with the municipal mean (the plain mean of the school's cohort group, or the host's
/// `municipality:<name>` benchmark) and with the host's regional benchmark; strictly below both
/// counts. A subject counts when it is below both in every year of the window; a year in which the
/// school is at or above either reference rules the subject out (even when the other reference is
/// missing), and a year with a value or a reference otherwise missing leaves it open. A subject the
/// school does not sit (ЕГЭ at a basic school, see ``School/sitsExam(of:)``) is left out. Counting
/// subjects: met when at least k count, not met when the counting plus the open ones cannot reach
/// k, else `insufficient_data`.
///
/// n (``window``) and k (``minimumSubjects``) are parameters.
///
/// - Complexity: O(m · n · s) for m subjects, a window of n years and s schools.
///
/// ```swift
/// // k = 1, window 3: 60, 61, 62 against municipal 65 and regional 70 each year → met;
/// // 60, 66, 62 → not met (2021 is above the municipal mean)
/// ```
public struct BelowReferencesCriterion: IdentificationCriterion {
  /// What the criterion is.
  public let criterionDescription: CriterionDescription
  /// The subjects (metrics) compared.
  public let metrics: [MetricKey]
  /// n: how many years, ending with the run's year, the school must be below in.
  public let window: PackParameter
  /// k: in how many subjects.
  public let minimumSubjects: PackParameter

  /// Creates the criterion; `window` and `minimumSubjects` are its parameters.
  public init(
    id: CriterionID, title: LocalizedText, rationale: LocalizedText, provenance: Provenance,
    metrics: [MetricKey], window: PackParameter, minimumSubjects: PackParameter,
    examples: [CriterionDescription.Example] = []
  ) {
    self.metrics = metrics
    self.window = window
    self.minimumSubjects = minimumSubjects
    self.criterionDescription = CriterionDescription(
      id: id, title: title, rationale: rationale, provenance: provenance, requiredMetrics: metrics,
      requiresRegionalBenchmarks: true, parameters: [window, minimumSubjects], examples: examples)
  }

  /// Compares every school with both references in each subject and year.
  public func evaluate(in context: EvaluationContext) -> [CriterionResult] {
    let dataset = context.dataset
    let years = context.year.window(max(Int(context.parameters[window]), 1))
    let k = Int(context.parameters[minimumSubjects])
    // One column, municipal reference and regional value per (subject, year), computed once.
    let cells = metrics.map { metric in
      years.map { year in
        (
          column: dataset.column(metric, year: year),
          municipal: ReferenceValues.municipal(metric, year: year, in: context),
          regional: ReferenceValues.regional(metric, year: year, in: context)
        )
      }
    }
    let titles = metrics.map { context.title(of: $0) }
    var results: [CriterionResult] = []
    results.reserveCapacity(dataset.schoolCount)
    for school in 0..<dataset.schoolCount {
      var tally = Tally()
      var below: [LocalizedText] = []
      var missing: [CriterionResult.MissingData] = []
      let info = dataset.schools[school]
      for (m, metric) in metrics.enumerated() where info.sitsExam(of: metric) {
        var subject: Bool? = true
        var subjectMissing: [CriterionResult.MissingData] = []
        for (y, year) in years.enumerated() {
          let cell = cells[m][y]
          let value = cell.column.map { $0[$0.startIndex + school] } ?? .nan
          let municipal = cell.municipal[school]
          // At or above either reference rules the year out, whatever the other one is.
          if !value.isNaN,
            (!municipal.isNaN && value >= municipal)
              || (!cell.regional[school].isNaN && value >= cell.regional[school])
          {
            subject = false
            break
          }
          if value.isNaN {
            subjectMissing.append(CriterionResult.MissingData(metric: metric, year: year))
          }
          if municipal.isNaN {
            subjectMissing.append(
              CriterionResult.MissingData(metric: metric, year: year, source: .municipalReference))
          }
          if cell.regional[school].isNaN {
            subjectMissing.append(
              CriterionResult.MissingData(metric: metric, year: year, source: .regionalBenchmark))
          }
          if value.isNaN || municipal.isNaN || cell.regional[school].isNaN { subject = nil }
        }
        if subject == nil { missing += subjectMissing }
        if subject == true { below.append(titles[m]) }
        tally.count(subject)
      }
      results.append(
        tally.result(atLeast: k, missing: missing, years: years) { met in
          .belowReferences(
            subjects: below, undecided: tally.open, window: years.count, required: k, met: met)
        })
    }
    return results
  }
}
