/// Met when the mean of a metric over the last N years compares with a threshold
/// («0,5 % и ниже … за последние 3 года»).
///
/// The mean is taken over the years of the window Y−N+1 … Y in which the school has a value; a window
/// with no value is `insufficient_data`. With a window of one year this is ``ThresholdCriterion``.
///
/// - Complexity: O(w · n) for a window of w years and n schools.
///
/// ```swift
/// // window 3, ≤ 0.5: values 0.4, —, 0.7 → mean 0.55 → not met; no values → insufficient_data
/// ```
public struct WindowMeanCriterion: IdentificationCriterion {
  /// What the criterion is.
  public let description: CriterionDescription
  /// The metric averaged.
  public let metric: MetricKey
  /// How the mean is compared with the threshold.
  public let comparison: Comparison
  /// The threshold.
  public let threshold: PackParameter
  /// The number of years, ending with the run's year.
  public let window: Int

  /// Creates the criterion. `threshold` is added to the description's parameters.
  public init(
    id: CriterionID, title: LocalizedText, rationale: LocalizedText, provenance: Provenance,
    metric: MetricKey, window: Int, comparison: Comparison, threshold: PackParameter,
    examples: [CriterionExample] = []
  ) {
    self.metric = metric
    self.window = window
    self.comparison = comparison
    self.threshold = threshold
    self.description = CriterionDescription(
      id: id, title: title, rationale: rationale, provenance: provenance, requiredMetrics: [metric],
      parameters: [threshold], examples: examples)
  }

  /// Compares every school's window mean with the threshold.
  public func evaluate(in context: EvaluationContext) -> [CriterionResult] {
    WindowMean.evaluate(
      metric: metric, window: window, comparison: comparison,
      threshold: context.parameters[threshold], in: context)
  }
}

/// The computation shared by ``WindowMeanCriterion`` and ``ThresholdCriterion``.
enum WindowMean {
  static func evaluate(
    metric: MetricKey, window: Int, comparison: Comparison, threshold: Double,
    in context: EvaluationContext
  ) -> [CriterionResult] {
    let dataset = context.dataset
    let years = context.year.window(window)
    let columns = years.map { dataset.column(metric, year: $0) }
    let title = Explanation.capitalized(context.title(of: metric))
    var results: [CriterionResult] = []
    results.reserveCapacity(dataset.schoolCount)
    for school in 0..<dataset.schoolCount {
      var sum = 0.0
      var count = 0
      var used = years
      var allPresent = true
      for column in columns {
        if let column, case let x = column[column.startIndex + school], !x.isNaN {
          sum += x
          count += 1
        } else {
          allPresent = false
        }
      }
      guard count > 0 else {
        results.append(
          .insufficientData(
            missing: years.map { MissingData(metric: metric, year: $0) }, years: years))
        continue
      }
      if !allPresent {
        // Only the years that had a value are reported as used.
        used = zip(years, columns).compactMap { year, column in
          guard let column, !column[column.startIndex + school].isNaN else { return nil }
          return year
        }
      }
      let mean = sum / Double(count)
      let met = comparison.holds(mean, threshold)
      let evidence = Evidence(
        value: mean, threshold: threshold, metric: metric, years: used,
        explanation: Explanation(
          .threshold(
            metric: title, value: mean, comparison: comparison, threshold: threshold,
            windowYears: window, met: met)))
      results.append(.decided(met, evidence))
    }
    return results
  }
}
