/// The JSON form of a below-references criterion, kind `below_references`:
///
/// ```json
/// {"kind": "below_references", "id": "krasnodar.ege_below_references", "title": {…},
///  "rationale": {…}, "provenance": {…},
///  "metrics": ["ege.russian.mean_score", "ege.math_profile.mean_score"],
///  "window": {"key": "krasnodar.ege_below_references.window", "default_value": 3,
///             "unit": "years", …},
///  "minimum_subjects": {"key": "krasnodar.ege_below_references.minimum_subjects",
///                       "default_value": 1, "unit": "count", …},
///  "examples": [ … ]}
/// ```
///
/// The criterion always needs regional benchmarks, as in the Swift initialiser.
extension BelowReferencesCriterion: CodableCriterion {
  /// `below_references`.
  public static var kind: String { "below_references" }

  private enum CodingKeys: String, CodingKey, CriterionBlockCodingKeys {
    case kind, id, title, rationale, provenance, examples
    case metrics, window
    case minimumSubjects = "minimum_subjects"
  }

  /// Decodes the criterion from its JSON object.
  ///
  /// - Throws: `DecodingError` for a missing key or a wrong type; ``PackFileError/FormatIssue`` at `metrics`
  ///   for an empty list, at `window` or `minimum_subjects` for a parameter whose range is not
  ///   within 1…10 000 (`window`) or 0…10 000 (`minimum_subjects`), at an example for an unusable
  ///   example.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let header = try CriterionBlockHeader(kind: Self.kind, from: container)
    self.init(
      id: header.id, title: header.title, rationale: header.rationale,
      provenance: header.provenance,
      metrics: try BlockChecks.someMetrics(
        try container.decode([MetricKey].self, forKey: .metrics),
        at: container.codingPath + [CodingKeys.metrics]),
      window: try BlockChecks.wholeNumber(
        try container.decode(PackParameter.self, forKey: .window), atLeast: 1,
        at: container.codingPath + [CodingKeys.window]),
      minimumSubjects: try BlockChecks.wholeNumber(
        try container.decode(PackParameter.self, forKey: .minimumSubjects), atLeast: 0,
        at: container.codingPath + [CodingKeys.minimumSubjects]),
      examples: header.examples)
    try CriterionBlockHeader.checkEvaluable(criterionDescription, in: container)
  }

  /// Encodes the criterion as its JSON object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try CriterionBlockHeader.encode(criterionDescription, kind: Self.kind, to: &container)
    try container.encode(metrics, forKey: .metrics)
    try container.encode(window, forKey: .window)
    try container.encode(minimumSubjects, forKey: .minimumSubjects)
  }
}
