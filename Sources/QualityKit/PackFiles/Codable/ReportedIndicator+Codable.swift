/// The pack-file block of an indicator reported by hand, kind `reported`:
///
/// ```json
/// {"kind": "reported", "id": "amur.webinars_count",
///  "title": {"ru": "…", "en": "…"}, "unit": "count", "level": "municipality", "better": "+",
///  "target": {"comparison": ">=", "plan": {"2024": 20}},
///  "provenance": {…}, "rationale": {"ru": "…", "en": "…"}}
/// ```
///
/// `aggregation` ({"ru", "en"}: how the municipal value is obtained) is written only when it is not
/// the text the type derives from `unit` and `level`, and decoding passes it to
/// ``init(id:title:unit:level:better:target:provenance:rationale:aggregation:)``, so the
/// description comes back equal. `target` is omitted when there is none.
extension ReportedIndicator: CodableIndicator {
  /// `reported`.
  public static let kind = "reported"

  /// Decodes the indicator; `kind` is not read (the block wrapper has chosen the type by it).
  ///
  /// - Throws: ``PackFileError/FormatIssue`` for an empty id or an unusable target; `DecodingError` for a
  ///   missing key or a value of the wrong type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: IndicatorJSONKey.self)
    let common = try IndicatorJSON.Common(from: container)
    let scale = try IndicatorJSON.Scale(from: container)
    self.init(
      id: common.id, title: common.title, unit: scale.unit, level: scale.level,
      better: scale.better, target: common.target, provenance: common.provenance,
      rationale: common.rationale,
      aggregation: try container.decodeIfPresent(LocalizedText.self, forKey: .aggregation))
  }

  /// Encodes the block, `kind` first.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: IndicatorJSONKey.self)
    try container.encode(Self.kind, forKey: .kind)
    try IndicatorJSON.Common.encode(indicatorDescription, to: &container)
    try IndicatorJSON.Scale.encode(indicatorDescription, to: &container)
    let derived = Self.defaultAggregation(
      unit: indicatorDescription.unit, level: indicatorDescription.level)
    if let aggregation = indicatorDescription.aggregation, aggregation != derived {
      try container.encode(aggregation, forKey: .aggregation)
    }
  }
}
