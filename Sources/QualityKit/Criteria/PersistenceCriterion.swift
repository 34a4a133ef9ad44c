/// Met when a condition holds in at least m of the last n years («стабильно / устойчиво низкие
/// результаты», «в течение нескольких последних лет»).
///
/// The condition is any criterion, evaluated once for each year of the window Y−n+1 … Y as if
/// identification were run for that year (a lowest-quarter rank in each year, a threshold in each
/// year). Counting the years in which it is met: the school is met when at least m years are met,
/// not met when the met years plus the undecided ones cannot reach m, and `insufficient_data`
/// otherwise — a missing year is never read as "not low".
///
/// Both n (``window``, in years) and m (``required``) are parameters; m larger than n is read as n.
///
/// - Complexity: n evaluations of the condition, plus O(n · s) for s schools.
///
/// ```swift
/// // n = 3, m = 2: met in 2020 and 2022 → met; met only in 2022, 2021 undecided → insufficient_data;
/// // met only in 2022, 2020 and 2021 not met → not met
/// ```
public struct PersistenceCriterion: IdentificationCriterion {
  /// What the criterion is.
  public let criterionDescription: CriterionDescription
  /// The condition counted year by year.
  public let condition: any IdentificationCriterion
  /// n: how many years, ending with the run's year, are looked at.
  public let window: PackParameter
  /// m: in how many of them the condition must hold.
  public let required: PackParameter

  /// Creates the criterion. The condition's parameters, `window` and `required` are the
  /// description's parameters; the condition's metrics are its required metrics.
  public init(
    id: CriterionID, title: LocalizedText, rationale: LocalizedText, provenance: Provenance,
    condition: any IdentificationCriterion, window: PackParameter, required: PackParameter,
    examples: [CriterionDescription.Example] = []
  ) {
    self.condition = condition
    self.window = window
    self.required = required
    let inner = condition.criterionDescription
    self.criterionDescription = CriterionDescription(
      id: id, title: title, rationale: rationale, provenance: provenance,
      requiredMetrics: inner.requiredMetrics,
      requiresRegionalBenchmarks: inner.requiresRegionalBenchmarks,
      parameters: inner.parameters + [window, required], examples: examples)
  }

  /// Evaluates the condition for every year of the window and counts the years it holds.
  public func evaluate(in context: EvaluationContext) -> [CriterionResult] {
    let n = max(Int(context.parameters[window]), 1)
    let m = min(Int(context.parameters[required]), n)
    let years = context.year.window(n)
    let perYear = years.map { condition.evaluate(in: context.moved(to: $0)) }
    let title = condition.criterionDescription.title
    var results: [CriterionResult] = []
    results.reserveCapacity(context.dataset.schoolCount)
    for school in 0..<context.dataset.schoolCount {
      var tally = Tally()
      var metYears: [AcademicYear] = []
      var missing: [CriterionResult.MissingData] = []
      for (offset, year) in years.enumerated() {
        switch perYear[offset][school] {
        case .met:
          tally.count(true)
          metYears.append(year)
        case .notMet: tally.count(false)
        case .insufficientData(let cells, _):
          tally.count(nil)
          missing += cells
        }
      }
      results.append(
        tally.result(atLeast: m, missing: missing, years: years) { met in
          .persistence(
            condition: title, metYears: metYears, window: n, undecided: tally.open, required: m,
            met: met)
        })
    }
    return results
  }
}
