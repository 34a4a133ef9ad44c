/// Met when a metric's value in the run's year compares with a fixed threshold
/// («Менее 60 % учащихся…», «40 % и ниже…»).
///
/// A school without the value in year Y is `insufficient_data`. This is a ``WindowMeanCriterion``
/// with a one-year window. Over several metrics («по обязательным предметам») the school is met
/// when any metric with a value passes, `insufficient_data` when none has a value, else not met.
///
/// - Complexity: O(n) for n schools.
///
/// ```swift
/// // < 60: 55 → met, 60 → not met, missing → insufficient_data
/// ```
public struct ThresholdCriterion: IdentificationCriterion {
  /// What the criterion is.
  public let criterionDescription: CriterionDescription
  /// The metrics compared; any one passing is enough.
  public let metrics: [MetricKey]
  /// How the value is compared with the threshold.
  public let comparison: Comparison
  /// The threshold.
  public let threshold: PackParameter

  /// Creates the criterion over one metric. `threshold` is added to the description's parameters.
  public init(
    id: CriterionID, title: LocalizedText, rationale: LocalizedText, provenance: Provenance,
    metric: MetricKey, comparison: Comparison, threshold: PackParameter,
    examples: [CriterionDescription.Example] = []
  ) {
    self.init(
      id: id, title: title, rationale: rationale, provenance: provenance, metrics: [metric],
      comparison: comparison, threshold: threshold, examples: examples)
  }

  /// Creates the criterion over several metrics, any one of which passing is enough.
  public init(
    id: CriterionID, title: LocalizedText, rationale: LocalizedText, provenance: Provenance,
    metrics: [MetricKey], comparison: Comparison, threshold: PackParameter,
    examples: [CriterionDescription.Example] = []
  ) {
    self.metrics = metrics
    self.comparison = comparison
    self.threshold = threshold
    self.criterionDescription = CriterionDescription(
      id: id, title: title, rationale: rationale, provenance: provenance, requiredMetrics: metrics,
      parameters: [threshold], examples: examples)
  }

  /// Compares every school's value in the run's year with the threshold.
  public func evaluate(in context: EvaluationContext) -> [CriterionResult] {
    WindowMean.evaluate(
      metrics: metrics, window: 1, comparison: comparison,
      threshold: context.parameters[threshold], in: context)
  }
}
