/// The JSON form of a gap criterion, kind `gap`:
///
/// ```json
/// {"kind": "gap", "id": "krasnoyarsk.gap_to_region_over_20", "title": {…}, "rationale": {…},
///  "provenance": {…}, "metrics": ["ege.russian.mean_score", "ege.math_profile.mean_score"],
///  "reference": "regional_benchmark", "side": "below",
///  "threshold": {"key": "…", "default_value": 20, "unit": "points", …}, "examples": [ … ]}
/// ```
///
/// `reference` and `side` are the raw values of ``GapCriterion/Reference`` and
/// ``GapCriterion/Side``; `side` may be left out (`below`, as in the Swift initialiser) but is
/// always written. Whether the criterion needs regional benchmarks follows from `reference`.
extension GapCriterion: CodableCriterion {
  /// `gap`.
  public static var kind: String { "gap" }

  private enum CodingKeys: String, CodingKey, CriterionBlockCodingKeys {
    case kind, id, title, rationale, provenance, examples
    case metrics, reference, side, threshold
  }

  /// Decodes the criterion from its JSON object.
  ///
  /// - Throws: `DecodingError` for a missing key, a wrong type or an unknown reference or side;
  ///   ``PackFileError/FormatIssue`` at `metrics` for an empty list, at `threshold` for an unusable
  ///   parameter, at an example for an unusable example.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let header = try CriterionBlockHeader(kind: Self.kind, from: container)
    self.init(
      id: header.id, title: header.title, rationale: header.rationale,
      provenance: header.provenance,
      metrics: try BlockChecks.someMetrics(
        try container.decode([MetricKey].self, forKey: .metrics),
        at: container.codingPath + [CodingKeys.metrics]),
      reference: try container.decode(Reference.self, forKey: .reference),
      side: try container.decodeIfPresent(Side.self, forKey: .side) ?? .below,
      threshold: try container.decode(PackParameter.self, forKey: .threshold),
      examples: header.examples)
    try CriterionBlockHeader.checkEvaluable(criterionDescription, in: container)
  }

  /// Encodes the criterion as its JSON object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try CriterionBlockHeader.encode(criterionDescription, kind: Self.kind, to: &container)
    try container.encode(metrics, forKey: .metrics)
    try container.encode(reference, forKey: .reference)
    try container.encode(side, forKey: .side)
    try container.encode(threshold, forKey: .threshold)
  }
}
