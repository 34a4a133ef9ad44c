/// Met when a school shows at least k markers of non-objective assessment results («маркеры
/// необъективности результатов»: ВПР marks against journal marks, sharp change from year to year,
/// over- or under-statement).
///
/// Each ``Marker`` compares one value in year Y with a threshold:
/// - ``Marker/above(_:_:)`` — the value is strictly above the threshold (e.g. the share of ВПР
///   participants whose ВПР mark is higher than their journal mark);
/// - ``Marker/below(_:_:)`` — the value is strictly below it (e.g. the share whose ВПР mark
///   confirms the journal mark);
/// - ``Marker/sharpChange(_:_:)`` — the absolute change from year Y−1 to Y is strictly above it.
///
/// A marker with its value (or, for a change, either year's value) missing is open. Counting the
/// markers: met when at least k hold, not met when those holding plus the open ones cannot reach k,
/// else `insufficient_data`. Every threshold and k (``minimumMarkers``) are parameters.
///
/// - Complexity: O(m · s) for m markers and s schools.
///
/// ```swift
/// // raised > 15 or confirmed < 40, k = 1: raised 20 → met; raised 5, confirmed 70 → not met
/// ```
public struct ObjectivityMarkersCriterion: IdentificationCriterion {
  /// One sign of non-objective results.
  public struct Marker: Sendable, Hashable {
    /// How the marker reads its metric.
    public enum Kind: String, Sendable, Hashable, Codable {
      /// The value in year Y is above the threshold.
      case above
      /// The value in year Y is below the threshold.
      case below
      /// |value(Y) − value(Y−1)| is above the threshold.
      case sharpChange = "sharp_change"
    }

    /// How the marker reads its metric.
    public var kind: Kind
    /// The metric.
    public var metric: MetricKey
    /// The threshold.
    public var threshold: PackParameter

    /// A marker that holds when `metric` in year Y is above `threshold`.
    public static func above(_ metric: MetricKey, _ threshold: PackParameter) -> Marker {
      Marker(kind: .above, metric: metric, threshold: threshold)
    }

    /// A marker that holds when `metric` in year Y is below `threshold`.
    public static func below(_ metric: MetricKey, _ threshold: PackParameter) -> Marker {
      Marker(kind: .below, metric: metric, threshold: threshold)
    }

    /// A marker that holds when `metric` changes by more than `threshold` from Y−1 to Y.
    public static func sharpChange(_ metric: MetricKey, _ threshold: PackParameter) -> Marker {
      Marker(kind: .sharpChange, metric: metric, threshold: threshold)
    }
  }

  /// What the criterion is.
  public let criterionDescription: CriterionDescription
  /// The markers counted.
  public let markers: [Marker]
  /// k: how many markers must hold.
  public let minimumMarkers: PackParameter

  /// Creates the criterion; every marker's threshold and `minimumMarkers` are its parameters.
  public init(
    id: CriterionID, title: LocalizedText, rationale: LocalizedText, provenance: Provenance,
    markers: [Marker], minimumMarkers: PackParameter, examples: [CriterionDescription.Example] = []
  ) {
    self.markers = markers
    self.minimumMarkers = minimumMarkers
    var metrics: [MetricKey] = []
    for marker in markers where !metrics.contains(marker.metric) { metrics.append(marker.metric) }
    var parameters: [PackParameter] = []
    for marker in markers where !parameters.contains(marker.threshold) {
      parameters.append(marker.threshold)
    }
    self.criterionDescription = CriterionDescription(
      id: id, title: title, rationale: rationale, provenance: provenance, requiredMetrics: metrics,
      parameters: parameters + [minimumMarkers], examples: examples)
  }

  /// Reads every marker for every school and counts those that hold.
  public func evaluate(in context: EvaluationContext) -> [CriterionResult] {
    let dataset = context.dataset
    let year = context.year
    let previous = AcademicYear(year.endYear - 1)
    let k = Int(context.parameters[minimumMarkers])
    let prepared = markers.map { marker in
      (
        marker: marker,
        current: dataset.column(marker.metric, year: year),
        previous: marker.kind == .sharpChange ? dataset.column(marker.metric, year: previous) : nil,
        threshold: context.parameters[marker.threshold],
        title: Self.title(of: marker, in: context)
      )
    }
    let years = markers.contains { $0.kind == .sharpChange } ? [previous, year] : [year]
    var results: [CriterionResult] = []
    results.reserveCapacity(dataset.schoolCount)
    for school in 0..<dataset.schoolCount {
      var tally = Tally()
      var readings: [Explanation.MarkerReading] = []
      var missing: [CriterionResult.MissingData] = []
      for entry in prepared {
        let now = entry.current.map { $0[$0.startIndex + school] } ?? .nan
        if now.isNaN {
          missing.append(CriterionResult.MissingData(metric: entry.marker.metric, year: year))
        }
        var value = now
        var comparison = Comparison.greaterThan
        switch entry.marker.kind {
        case .above: break
        case .below: comparison = .lessThan
        case .sharpChange:
          let before = entry.previous.map { $0[$0.startIndex + school] } ?? .nan
          if before.isNaN {
            missing.append(CriterionResult.MissingData(metric: entry.marker.metric, year: previous))
          }
          value = (now - before).magnitude
        }
        guard !value.isNaN else {
          tally.count(nil)
          continue
        }
        let holds = comparison.holds(value, entry.threshold)
        tally.count(holds)
        readings.append(
          Explanation.MarkerReading(
            title: entry.title, value: value, comparison: comparison, threshold: entry.threshold,
            holds: holds))
      }
      results.append(
        tally.result(atLeast: k, missing: missing, years: years) { met in
          .markers(readings: readings, total: markers.count, required: k, met: met)
        })
    }
    return results
  }

  /// The marker's name in explanations: the metric's title, or «change in …» for a change.
  private static func title(of marker: Marker, in context: EvaluationContext) -> LocalizedText {
    let metric = context.title(of: marker.metric)
    switch marker.kind {
    case .above, .below: return metric
    case .sharpChange:
      return LocalizedText(
        ru: "изменение за год: \(metric.ru)", en: "change in a year: \(metric.en)")
    }
  }
}
