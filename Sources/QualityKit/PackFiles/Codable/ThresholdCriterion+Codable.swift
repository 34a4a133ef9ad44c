/// The JSON form of a threshold criterion, kind `threshold`:
///
/// ```json
/// {"kind": "threshold", "id": "krasnoyarsk.continuation_below_60", "title": {…}, "rationale": {…},
///  "provenance": {…}, "metric": "continuation.grade10.percent", "comparison": "<",
///  "threshold": {"key": "krasnoyarsk.continuation_below_60.threshold", "default_value": 60, …},
///  "examples": [ … ]}
/// ```
///
/// One metric is written as `metric`, several as `metrics` (any one passing is enough); decoding
/// takes either, not both. `comparison` is ``Comparison``'s raw value.
extension ThresholdCriterion: CodableCriterion {
  /// `threshold`.
  public static var kind: String { "threshold" }

  private enum CodingKeys: String, CodingKey, CriterionBlockCodingKeys {
    case kind, id, title, rationale, provenance, examples
    case metric, metrics, comparison, threshold
  }

  /// Decodes the criterion from its JSON object.
  ///
  /// - Throws: `DecodingError` for a missing key or a wrong type; ``PackFileError/FormatIssue`` at `metrics`
  ///   for both `metric` and `metrics` or an empty list, at `threshold` for an unusable parameter,
  ///   at an example for an unusable example.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let header = try CriterionBlockHeader(kind: Self.kind, from: container)
    let metric = try container.decodeIfPresent(MetricKey.self, forKey: .metric)
    let metrics = try container.decodeIfPresent([MetricKey].self, forKey: .metrics)
    let list: [MetricKey]
    switch (metric, metrics) {
    case (let metric?, nil): list = [metric]
    case (nil, let metrics?):
      list = try BlockChecks.someMetrics(metrics, at: container.codingPath + [CodingKeys.metrics])
    case (_?, _?):
      throw BlockChecks.invalid(
        "metric, metrics", ru: "укажите либо metric, либо metrics", en: "give metric or metrics",
        at: container.codingPath + [CodingKeys.metrics])
    case (nil, nil):
      throw DecodingError.keyNotFound(
        CodingKeys.metric,
        DecodingError.Context(
          codingPath: container.codingPath,
          debugDescription: "a threshold criterion needs metric or metrics"))
    }
    self.init(
      id: header.id, title: header.title, rationale: header.rationale,
      provenance: header.provenance, metrics: list,
      comparison: try container.decode(Comparison.self, forKey: .comparison),
      threshold: try container.decode(PackParameter.self, forKey: .threshold),
      examples: header.examples)
    try CriterionBlockHeader.checkEvaluable(criterionDescription, in: container)
  }

  /// Encodes the criterion as its JSON object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try CriterionBlockHeader.encode(criterionDescription, kind: Self.kind, to: &container)
    if metrics.count == 1 {
      try container.encode(metrics[0], forKey: .metric)
    } else {
      try container.encode(metrics, forKey: .metrics)
    }
    try container.encode(comparison, forKey: .comparison)
    try container.encode(threshold, forKey: .threshold)
  }
}
