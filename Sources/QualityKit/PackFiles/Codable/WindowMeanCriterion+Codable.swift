/// The JSON form of a window-mean criterion, kind `window_mean`:
///
/// ```json
/// {"kind": "window_mean", "id": "krasnoyarsk.olympiad_at_most_0_5", "title": {…},
///  "rationale": {…}, "provenance": {…}, "metric": "olympiad.regional.participants.percent",
///  "window": 3, "comparison": "<=", "threshold": {"key": "…", "default_value": 0.5, …},
///  "examples": [ … ]}
/// ```
///
/// `window` is a fixed number of years (1…10 000), not a parameter, as in the Swift initialiser.
extension WindowMeanCriterion: CodableCriterion {
  /// `window_mean`.
  public static var kind: String { "window_mean" }

  private enum CodingKeys: String, CodingKey, CriterionBlockCodingKeys {
    case kind, id, title, rationale, provenance, examples
    case metric, window, comparison, threshold
  }

  /// Decodes the criterion from its JSON object.
  ///
  /// - Throws: `DecodingError` for a missing key or a wrong type; ``PackFileError/FormatIssue`` at `window`
  ///   for a window outside 1…10 000, at `threshold` for an unusable parameter, at an example for an
  ///   unusable example.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let header = try CriterionBlockHeader(kind: Self.kind, from: container)
    self.init(
      id: header.id, title: header.title, rationale: header.rationale,
      provenance: header.provenance,
      metric: try container.decode(MetricKey.self, forKey: .metric),
      window: try BlockChecks.window(
        try container.decode(Int.self, forKey: .window),
        at: container.codingPath + [CodingKeys.window]),
      comparison: try container.decode(Comparison.self, forKey: .comparison),
      threshold: try container.decode(PackParameter.self, forKey: .threshold),
      examples: header.examples)
    try CriterionBlockHeader.checkEvaluable(criterionDescription, in: container)
  }

  /// Encodes the criterion as its JSON object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try CriterionBlockHeader.encode(criterionDescription, kind: Self.kind, to: &container)
    try container.encode(metric, forKey: .metric)
    try container.encode(window, forKey: .window)
    try container.encode(comparison, forKey: .comparison)
    try container.encode(threshold, forKey: .threshold)
  }
}
