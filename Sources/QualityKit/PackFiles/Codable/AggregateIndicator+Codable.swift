/// The pack-file block of an indicator computed from a dataset metric, kind `aggregate`:
///
/// ```json
/// {"kind": "aggregate", "id": "amur.satisfaction_share", "title": {"ru": "…", "en": "…"},
///  "unit": "percent", "level": "municipality", "better": "+",
///  "target": {"comparison": ">=", "plan": {"2024": 85}},
///  "provenance": {…}, "rationale": {"ru": "…", "en": "…"},
///  "metric": "satisfaction.percent", "aggregation": "enrolment_weighted_mean"}
/// ```
///
/// `aggregation` is the method (``Aggregation`` raw value: `mean` or `enrolment_weighted_mean`);
/// the description's aggregation text is derived from it and the metric, so it is not written.
/// `target` is omitted when there is none.
extension AggregateIndicator: CodableIndicator {
  /// `aggregate`.
  public static let kind = "aggregate"

  /// Decodes the indicator; `kind` is not read (the block wrapper has chosen the type by it).
  ///
  /// - Throws: ``PackFileError/FormatIssue`` for an empty id or metric or an unusable target;
  ///   `DecodingError` for a missing key, an unknown aggregation or a value of the wrong type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: IndicatorJSONKey.self)
    let common = try IndicatorJSON.Common(from: container)
    let scale = try IndicatorJSON.Scale(from: container)
    self.init(
      id: common.id, title: common.title, unit: scale.unit, level: scale.level,
      better: scale.better, target: common.target, provenance: common.provenance,
      rationale: common.rationale, metric: try IndicatorJSON.metric(in: container),
      aggregation: try container.decode(Aggregation.self, forKey: .aggregation))
  }

  /// Encodes the block, `kind` first.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: IndicatorJSONKey.self)
    try container.encode(Self.kind, forKey: .kind)
    try IndicatorJSON.Common.encode(indicatorDescription, to: &container)
    try IndicatorJSON.Scale.encode(indicatorDescription, to: &container)
    try container.encode(metric, forKey: .metric)
    try container.encode(aggregation, forKey: .aggregation)
  }
}
