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
  public let criterionDescription: CriterionDescription
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
    examples: [CriterionDescription.Example] = []
  ) {
    self.metric = metric
    self.window = window
    self.comparison = comparison
    self.threshold = threshold
    self.criterionDescription = CriterionDescription(
      id: id, title: title, rationale: rationale, provenance: provenance, requiredMetrics: [metric],
      parameters: [threshold], examples: examples)
  }

  /// Compares every school's window mean with the threshold.
  public func evaluate(in context: EvaluationContext) -> [CriterionResult] {
    WindowMean.evaluate(
      metrics: [metric], window: window, comparison: comparison,
      threshold: context.parameters[threshold], in: context)
  }
}

/// The computation shared by ``WindowMeanCriterion`` and ``ThresholdCriterion``.
enum WindowMean {
  /// Each school's window mean of each metric compared with `threshold`: met when any metric's mean
  /// passes, `insufficient_data` when no metric has a value in the window, else not met. The
  /// evidence names the metric whose mean lies furthest in the comparison's direction — the one
  /// that passes when any does.
  static func evaluate(
    metrics: [MetricKey], window: Int, comparison: Comparison, threshold: Double,
    in context: EvaluationContext
  ) -> [CriterionResult] {
    let dataset = context.dataset
    let years = context.year.window(window)
    let columns = metrics.map { metric in years.map { dataset.column(metric, year: $0) } }
    let titles = metrics.map { Explanation.capitalized(context.title(of: $0)) }
    // Which of two means is further towards passing: the lower for < and ≤, else the higher.
    let lowerPasses = comparison == .lessThan || comparison == .atMost
    var results: [CriterionResult] = []
    results.reserveCapacity(dataset.schoolCount)
    for school in 0..<dataset.schoolCount {
      var best: (mean: Double, metric: Int, passes: Bool)?
      for m in metrics.indices {
        var sum = 0.0
        var count = 0
        for column in columns[m] {
          if let column, case let x = column[column.startIndex + school], !x.isNaN {
            sum += x
            count += 1
          }
        }
        guard count > 0 else { continue }
        let mean = sum / Double(count)
        let passes = comparison.holds(mean, threshold)
        if let current = best {
          let further = lowerPasses ? mean < current.mean : mean > current.mean
          guard (passes && !current.passes) || (passes == current.passes && further) else {
            continue
          }
        }
        best = (mean, m, passes)
      }
      guard let best else {
        let missing = metrics.flatMap { metric in
          years.map { CriterionResult.MissingData(metric: metric, year: $0) }
        }
        results.append(.insufficientData(missing: missing.sorted(), years: years))
        continue
      }
      // Only the years that had a value are reported as used.
      let used = zip(years, columns[best.metric]).compactMap { year, column -> AcademicYear? in
        guard let column, !column[column.startIndex + school].isNaN else { return nil }
        return year
      }
      let evidence = Evidence(
        value: best.mean, threshold: threshold, metric: metrics[best.metric], years: used,
        explanation: Explanation(
          .threshold(
            metric: titles[best.metric], value: best.mean, comparison: comparison,
            threshold: threshold, windowYears: window, met: best.passes)))
      results.append(.decided(best.passes, evidence))
    }
    return results
  }
}
