/// Met when a metric's value in the run's year compares with a fixed threshold
/// («Менее 60 % учащихся…», «40 % и ниже…»).
///
/// A school without the value in year Y is `insufficient_data`. This is a ``WindowMeanCriterion``
/// with a one-year window.
///
/// - Complexity: O(n) for n schools.
///
/// ```swift
/// // < 60: 55 → met, 60 → not met, missing → insufficient_data
/// ```
public struct ThresholdCriterion: IdentificationCriterion {
  /// What the criterion is.
  public let description: CriterionDescription
  /// The metric compared.
  public let metric: MetricKey
  /// How the value is compared with the threshold.
  public let comparison: Comparison
  /// The threshold.
  public let threshold: PackParameter

  /// Creates the criterion. `threshold` is added to the description's parameters.
  public init(
    id: CriterionID, title: LocalizedText, rationale: LocalizedText, provenance: Provenance,
    metric: MetricKey, comparison: Comparison, threshold: PackParameter,
    examples: [CriterionExample] = []
  ) {
    self.metric = metric
    self.comparison = comparison
    self.threshold = threshold
    self.description = CriterionDescription(
      id: id, title: title, rationale: rationale, provenance: provenance, requiredMetrics: [metric],
      parameters: [threshold], examples: examples)
  }

  /// Compares every school's value in the run's year with the threshold.
  public func evaluate(in context: EvaluationContext) -> [CriterionResult] {
    WindowMean.evaluate(
      metric: metric, window: 1, comparison: comparison,
      threshold: context.parameters[threshold], in: context)
  }
}
