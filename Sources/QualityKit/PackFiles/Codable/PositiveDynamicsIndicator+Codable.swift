/// The pack-file block of a positive-dynamics indicator, kind `positive_dynamics`:
///
/// ```json
/// {"kind": "positive_dynamics", "id": "amur.schools_additional_education_dynamics_share",
///  "title": {"ru": "…", "en": "…"}, "target": {"comparison": ">=", "plan": {"2024": 100}},
///  "provenance": {…}, "rationale": {"ru": "…", "en": "…"},
///  "metric": "additional_education.coverage_percent", "metric_better": "+"}
/// ```
///
/// There is no `unit`, `level` or `better`: the indicator is always a percentage of schools,
/// municipal, more is better, and a strict decoder reports those keys as unknown. `metric_better`
/// is the metric's better direction (`+` when a rise is positive dynamics). `target` is omitted
/// when there is none.
extension PositiveDynamicsIndicator: CodableIndicator {
  /// `positive_dynamics`.
  public static let kind = "positive_dynamics"

  /// Decodes the indicator; `kind` is not read (the block wrapper has chosen the type by it).
  ///
  /// - Throws: ``PackFileError/FormatIssue`` for an empty id or metric or an unusable target;
  ///   `DecodingError` for a missing key or a value of the wrong type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: IndicatorJSONKey.self)
    let common = try IndicatorJSON.Common(from: container)
    self.init(
      id: common.id, title: common.title, target: common.target, provenance: common.provenance,
      rationale: common.rationale, metric: try IndicatorJSON.metric(in: container),
      metricBetter: try container.decode(MetricCatalog.Direction.self, forKey: .metricBetter))
  }

  /// Encodes the block, `kind` first.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: IndicatorJSONKey.self)
    try container.encode(Self.kind, forKey: .kind)
    try IndicatorJSON.Common.encode(indicatorDescription, to: &container)
    try container.encode(metric, forKey: .metric)
    try container.encode(metricBetter, forKey: .metricBetter)
  }
}
