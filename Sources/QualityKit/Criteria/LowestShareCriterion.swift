/// Met by the schools whose score is among the lowest `share` of their cohort («25 % школ с самыми
/// низкими результатами»).
///
/// Among the n evaluable schools of a cohort group, sorted ascending, k = ⌈share × n⌉ and the cut-off
/// is the k-th smallest score; a school is met when its score is at or below the cut-off, so every
/// school tied at the cut-off is included (and more than k schools may be met). Schools whose score is
/// not evaluable are `insufficient_data` and are not counted in n.
///
/// ⌈share × n⌉ is taken on the decimal product: 0.07 × 100 is 7, not the 8 that binary rounding of
/// 7.000000000000001 would give.
///
/// - Complexity: O(n log n) for the sort, plus the index's O(c · w · n).
///
/// ```swift
/// // scores 1, 2, 2, 3, 4 with share 0.25: k = ⌈1.25⌉ = 2, cut-off 2 → three schools met
/// ```
public struct LowestShareCriterion: IdentificationCriterion {
  /// What the criterion is.
  public let criterionDescription: CriterionDescription
  /// The score ranked.
  public let index: CompositeIndex
  /// The share of the cohort at the bottom that meets the criterion.
  public let share: PackParameter

  /// Creates the criterion. `share` is added to the description's parameters.
  public init(
    id: CriterionID, title: LocalizedText, rationale: LocalizedText, provenance: Provenance,
    index: CompositeIndex, share: PackParameter, examples: [CriterionDescription.Example] = []
  ) {
    self.index = index
    self.share = share
    self.criterionDescription = CriterionDescription(
      id: id, title: title, rationale: rationale, provenance: provenance,
      requiredMetrics: index.requiredMetrics, parameters: [share] + index.switches,
      examples: examples)
  }

  /// The index's metrics, and those of its optional components `parameters` switch on: a
  /// component the host switched on is required for the run.
  public func requiredMetrics(with parameters: ParameterValues) -> [MetricKey] {
    var metrics = criterionDescription.requiredMetrics
    for component in index.activeComponents(with: parameters)
    where !metrics.contains(component.metric) {
      metrics.append(component.metric)
    }
    return metrics
  }

  /// Ranks every cohort group and marks its lowest share.
  public func evaluate(in context: EvaluationContext) -> [CriterionResult] {
    let scores = index.scores(in: context)
    let shareValue = context.parameters[share]
    let years = context.year.window(index.window)
    let title = Explanation.capitalized(index.title)
    // A school no group ranks stays undecided; made in place, not as optionals mapped afterwards
    // (a second array of every school's result).
    var results = [CriterionResult](
      repeating: .insufficientData(missing: [], years: years), count: scores.count)
    for group in context.cohort.groups {
      var evaluable: [Double] = []
      evaluable.reserveCapacity(group.count)
      for school in group { if let value = scores[school].value { evaluable.append(value) } }
      let cut = LowestShare.cutoff(of: &evaluable, share: shareValue)
      for school in group {
        switch scores[school] {
        case .insufficient(let missing):
          results[school] = .insufficientData(missing: missing, years: years)
        case .value(let value, _, _):
          guard let cut else { continue }
          let met = value <= cut.cutoff
          let evidence = Evidence(
            value: value, threshold: cut.cutoff, years: years,
            explanation: Explanation(
              .lowestShare(
                index: title, value: value, cutoff: cut.cutoff, share: shareValue, k: cut.k,
                n: evaluable.count, met: met)))
          results[school] = .decided(met, evidence)
        }
      }
    }
    return results
  }
}

/// The cut-off of a lowest-share selection.
enum LowestShare {
  /// k = ⌈share × n⌉ (at least 1, at most n) and the k-th smallest of `values`, or `nil` when
  /// `values` is empty. Sorts `values` in place.
  ///
  /// - Complexity: O(n log n).
  static func cutoff(of values: inout [Double], share: Double) -> (cutoff: Double, k: Int)? {
    guard !values.isEmpty else { return nil }
    values.sort()
    let k = count(share: share, of: values.count)
    return (values[k - 1], k)
  }

  /// ⌈share × n⌉ on the decimal product, clamped to 1…n.
  static func count(share: Double, of n: Int) -> Int {
    // A relative tolerance far below any meaningful share absorbs binary representation error
    // (0.07 × 100 = 7.000000000000001) without moving a true fractional product across an integer.
    let product = share * Double(n)
    let k = Int((product - 1e-9 * max(1, product)).rounded(.up))
    return min(max(k, 1), n)
  }
}
