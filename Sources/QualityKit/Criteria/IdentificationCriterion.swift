/// A rule that decides, for every school of a dataset, whether the school meets it.
///
/// A criterion is a value: a building block (``LowestShareCriterion``, ``ThresholdCriterion``,
/// ``GapCriterion``, ``WindowMeanCriterion``) configured by a pack, or a host's own type. It describes
/// itself — id, title, rationale, provenance, required metrics, parameters and worked examples — and
/// the examples are run as tests, so the documentation cannot drift from the behaviour.
///
/// A criterion never reads missing data as "not met": a school without the data it needs gets
/// ``CriterionResult/insufficientData(missing:years:)``.
///
/// ```swift
/// struct SmallSchool: IdentificationCriterion {
///   let criterionDescription = CriterionDescription(
///     id: "host.small_school", title: …, provenance: …, requiredMetrics: [.contextEnrollment])
///   func evaluate(in context: EvaluationContext) -> [CriterionResult] { … }
/// }
/// ```
public protocol IdentificationCriterion: Sendable {
  /// What the criterion is, where it comes from, and its examples.
  ///
  /// Not `description`, so that a host type can also be `CustomStringConvertible`.
  var criterionDescription: CriterionDescription { get }

  /// The result for every school of `context.dataset`, in the dataset's school order.
  ///
  /// - Complexity: building blocks are O(n log n) or better, where n is the number of schools.
  func evaluate(in context: EvaluationContext) -> [CriterionResult]

  /// The metrics the criterion needs in a run with `parameters`: its description's
  /// ``CriterionDescription/requiredMetrics`` by default; a criterion whose inputs a parameter
  /// switches on (a ranking by a composite index with optional components) adds them. The
  /// identifier warns when no school has one of them.
  ///
  /// - Complexity: O(m) in the number of metrics.
  func requiredMetrics(with parameters: ParameterValues) -> [MetricKey]
}

extension IdentificationCriterion {
  /// The description's ``CriterionDescription/requiredMetrics``: the parameters switch nothing on.
  public func requiredMetrics(with parameters: ParameterValues) -> [MetricKey] {
    criterionDescription.requiredMetrics
  }

  /// The criterion's id.
  public var id: CriterionID { criterionDescription.id }

  /// The criterion's title in `language`.
  public func title(in language: Language) -> String { criterionDescription.title[language] }
}
