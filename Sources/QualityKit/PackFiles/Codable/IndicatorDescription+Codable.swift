/// The keys of indicator objects in pack files: the description's, shared by every indicator kind,
/// and those of the library's kinds (`metric`, `aggregation`, `metric_better`).
///
/// One key type for all of them, so that a description key is spelt once; each kind asks only for
/// the keys it understands, and a strict decoder reports the others.
enum IndicatorJSONKey: String, CodingKey {
  case kind, id, title, unit, level, better, target, provenance, rationale, aggregation, metric
  case schoolValueMeaning = "school_value_meaning"
  case metricBetter = "metric_better"
}

/// Reading and writing the description fields indicator kinds share.
enum IndicatorJSON {
  /// The fields every indicator kind writes: `id`, `title`, `target` (optional), `provenance`,
  /// `rationale`.
  struct Common {
    /// The id; never empty.
    var id: IndicatorID
    /// The title.
    var title: LocalizedText
    /// The target, checked (``Target/init(from:)``).
    var target: Target?
    /// Where the indicator comes from.
    var provenance: Provenance
    /// Why it is tracked.
    var rationale: LocalizedText

    /// Reads the common fields.
    ///
    /// - Throws: ``PackFileError/FormatIssue`` for an empty id or an unusable target.
    init(from container: KeyedDecodingContainer<IndicatorJSONKey>) throws {
      id = try container.decode(IndicatorID.self, forKey: .id)
      guard !id.rawValue.isEmpty else {
        throw PackFileError.FormatIssue(
          .invalidValue(
            "",
            reason: LocalizedText(ru: "пустой идентификатор показателя", en: "empty indicator id")
          ),
          codingPath: container.codingPath + [IndicatorJSONKey.id])
      }
      title = try container.decode(LocalizedText.self, forKey: .title)
      target = try container.decodeIfPresent(Target.self, forKey: .target)
      provenance = try container.decode(Provenance.self, forKey: .provenance)
      rationale = try container.decode(LocalizedText.self, forKey: .rationale)
    }

    /// Writes the common fields of `description`; `target` is omitted when there is none.
    static func encode(
      _ description: IndicatorDescription,
      to container: inout KeyedEncodingContainer<IndicatorJSONKey>
    ) throws {
      try container.encode(description.id, forKey: .id)
      try container.encode(description.title, forKey: .title)
      try container.encodeIfPresent(description.target, forKey: .target)
      try container.encode(description.provenance, forKey: .provenance)
      try container.encode(description.rationale, forKey: .rationale)
    }
  }

  /// The dataset metric of a kind computed from one (`metric`); never empty.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` for an empty key.
  static func metric(in container: KeyedDecodingContainer<IndicatorJSONKey>) throws -> MetricKey {
    let metric = try container.decode(MetricKey.self, forKey: .metric)
    guard !metric.rawValue.isEmpty else {
      throw PackFileError.FormatIssue(
        .invalidValue(
          "", reason: LocalizedText(ru: "пустой ключ показателя данных", en: "empty metric key")),
        codingPath: container.codingPath + [IndicatorJSONKey.metric])
    }
    return metric
  }

  /// The fields of a kind whose scale is not fixed by the kind: `unit`, `level`, `better`
  /// (``PositiveDynamicsIndicator`` has none: it is always a percentage of schools, municipal,
  /// more is better).
  struct Scale {
    /// The unit (``MetricCatalog/Unit`` raw value: `percent`, `points`, `count`…).
    var unit: MetricCatalog.Unit
    /// `municipality` or `school`.
    var level: IndicatorDescription.Level
    /// `+` when more is better, `-` when less is.
    var better: MetricCatalog.Direction

    /// Reads the scale fields.
    init(from container: KeyedDecodingContainer<IndicatorJSONKey>) throws {
      unit = try container.decode(MetricCatalog.Unit.self, forKey: .unit)
      level = try container.decode(IndicatorDescription.Level.self, forKey: .level)
      better = try container.decode(MetricCatalog.Direction.self, forKey: .better)
    }

    /// Writes the scale fields of `description`.
    static func encode(
      _ description: IndicatorDescription,
      to container: inout KeyedEncodingContainer<IndicatorJSONKey>
    ) throws {
      try container.encode(description.unit, forKey: .unit)
      try container.encode(description.level, forKey: .level)
      try container.encode(description.better, forKey: .better)
    }
  }
}

/// The JSON form of a description: every field, with snake_case keys.
///
/// ```json
/// {"id": "amur.i6", "title": {"ru": "…", "en": "…"}, "unit": "percent", "level": "school",
///  "better": "-", "target": {"comparison": "<=", "plan": {"2024": 5}},
///  "provenance": {…}, "rationale": {"ru": "…", "en": "…"},
///  "aggregation": {"ru": "…", "en": "…"}, "school_value_meaning": {"ru": "…", "en": "…"}}
/// ```
///
/// `target`, `aggregation` and `school_value_meaning` are omitted when `nil`. An indicator in a
/// pack file is not written this way but as its kind's block (e.g. ``AggregateIndicator``), which
/// uses the same keys for the same fields and leaves out what the kind computes itself.
extension IndicatorDescription: Codable {
  /// Decodes a description.
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
      aggregation: try container.decodeIfPresent(LocalizedText.self, forKey: .aggregation),
      schoolValueMeaning: try container.decodeIfPresent(
        LocalizedText.self, forKey: .schoolValueMeaning))
  }

  /// Encodes the description.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: IndicatorJSONKey.self)
    try IndicatorJSON.Common.encode(self, to: &container)
    try IndicatorJSON.Scale.encode(self, to: &container)
    try container.encodeIfPresent(aggregation, forKey: .aggregation)
    try container.encodeIfPresent(schoolValueMeaning, forKey: .schoolValueMeaning)
  }
}
