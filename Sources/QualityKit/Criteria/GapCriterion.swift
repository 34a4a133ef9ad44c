/// Met when a school is further than a threshold below (or above) a reference value in at least one
/// of several metrics: the municipal mean («10 % расхождение … от среднего показателя по
/// муниципалитету») or a regional benchmark («Расхождение … по региону … более 20 баллов»).
///
/// In year Y, for each metric the gap is reference − school (for ``Side/below``) in the metric's own
/// unit — percentage points for percent metrics. The municipal mean is the plain mean over the
/// schools of the school's cohort group that have the value, unless the host supplies a
/// `municipality:<name>` benchmark for the school's municipality. A regional reference comes only from
/// the host's benchmarks; without it the metric cannot be compared. Over several metrics the school is
/// met when any metric with both values passes, `insufficient_data` when no metric has both values,
/// else not met.
///
/// - Complexity: O(m · n) for m metrics and n schools.
///
/// ```swift
/// // regional mean 70, threshold 20 (strictly more): school 49 → gap 21 → met; 50 → gap 20 → not met
/// ```
public struct GapCriterion: IdentificationCriterion {
  /// What a school is compared with.
  public enum Reference: String, Sendable, Hashable, Codable, CaseIterable {
    /// The mean of the school's cohort group (or the host's municipal benchmark).
    case municipalMean = "municipal_mean"
    /// The host's regional benchmark.
    case regionalBenchmark = "regional_benchmark"
  }

  /// Which side of the reference counts.
  public enum Side: String, Sendable, Hashable, Codable {
    /// The school is below the reference: gap = reference − school.
    case below
    /// The school is above the reference (for metrics where more is worse): gap = school − reference.
    case above
  }

  /// What the criterion is.
  public let criterionDescription: CriterionDescription
  /// The metrics compared; any one passing is enough.
  public let metrics: [MetricKey]
  /// The reference.
  public let reference: Reference
  /// Which side counts.
  public let side: Side
  /// The gap the school must exceed.
  public let threshold: PackParameter

  /// Creates the criterion. `threshold` is added to the description's parameters.
  public init(
    id: CriterionID, title: LocalizedText, rationale: LocalizedText, provenance: Provenance,
    metrics: [MetricKey], reference: Reference, side: Side = .below, threshold: PackParameter,
    examples: [CriterionDescription.Example] = []
  ) {
    self.metrics = metrics
    self.reference = reference
    self.side = side
    self.threshold = threshold
    self.criterionDescription = CriterionDescription(
      id: id, title: title, rationale: rationale, provenance: provenance, requiredMetrics: metrics,
      requiresRegionalBenchmarks: reference == .regionalBenchmark, parameters: [threshold],
      examples: examples)
  }

  /// Compares every school with its reference in each metric.
  public func evaluate(in context: EvaluationContext) -> [CriterionResult] {
    let dataset = context.dataset
    let year = context.year
    let years = [year]
    let limit = context.parameters[threshold]
    let references = metrics.map { referenceValues(for: $0, in: context) }
    let columns = metrics.map { dataset.column($0, year: year) }
    let titles = metrics.map { Explanation.capitalized(context.title(of: $0)) }
    var results: [CriterionResult] = []
    results.reserveCapacity(dataset.schoolCount)
    for school in 0..<dataset.schoolCount {
      var best: (gap: Double, metric: Int, value: Double, reference: Double)?
      var missing: [CriterionResult.MissingData] = []
      for m in metrics.indices {
        let value = columns[m].map { $0[$0.startIndex + school] } ?? .nan
        let ref = references[m][school]
        if value.isNaN {
          missing.append(CriterionResult.MissingData(metric: metrics[m], year: year))
        }
        if ref.isNaN {
          let source: CriterionResult.MissingData.Source =
            reference == .regionalBenchmark ? .regionalBenchmark : .municipalReference
          missing.append(
            CriterionResult.MissingData(metric: metrics[m], year: year, source: source))
        }
        guard !value.isNaN, !ref.isNaN else { continue }
        let gap = side == .below ? ref - value : value - ref
        // The largest gap decides: any metric passes exactly when the largest gap does.
        if gap > best?.gap ?? -.infinity { best = (gap, m, value, ref) }
      }
      guard let best else {
        results.append(.insufficientData(missing: missing, years: years))
        continue
      }
      let anyPasses = best.gap > limit
      let evidence = Evidence(
        value: best.gap, threshold: limit, reference: best.reference, metric: metrics[best.metric],
        years: years,
        explanation: Explanation(
          .gap(
            metric: titles[best.metric], school: best.value, reference: best.reference,
            regional: reference == .regionalBenchmark, gap: best.gap, threshold: limit,
            below: side == .below, met: anyPasses)))
      results.append(.decided(anyPasses, evidence))
    }
    return results
  }

  /// The reference value for every school (NaN where there is none).
  private func referenceValues(for metric: MetricKey, in context: EvaluationContext) -> [Double] {
    switch reference {
    case .regionalBenchmark:
      return ReferenceValues.regional(metric, year: context.year, in: context)
    case .municipalMean:
      return ReferenceValues.municipal(metric, year: context.year, in: context)
    }
  }
}
