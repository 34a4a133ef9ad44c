/// The JSON form of a persistence criterion, kind `persistence`:
///
/// ```json
/// {"kind": "persistence", "id": "amur.persistent_low_results", "title": {…}, "rationale": {…},
///  "provenance": {…},
///  "condition": {"kind": "lowest_share", "id": "amur.persistent_low_results.yearly", …},
///  "window": {"key": "amur.persistent_low_results.window", "default_value": 3, "unit": "years",
///             …},
///  "required": {"key": "amur.persistent_low_results.required", "default_value": 2, …},
///  "examples": [ … ]}
/// ```
///
/// `condition` is any criterion object, decoded through ``PackBlockKinds/CriterionBlock`` with the same block
/// kinds and indices; its metrics and parameters become the description's, as in the Swift
/// initialiser. Encoding fails (`EncodingError`) when the condition's type has no JSON form.
extension PersistenceCriterion: CodableCriterion {
  /// `persistence`.
  public static var kind: String { "persistence" }

  private enum CodingKeys: String, CodingKey, CriterionBlockCodingKeys {
    case kind, id, title, rationale, provenance, examples
    case condition, window, required
  }

  /// Decodes the criterion from its JSON object.
  ///
  /// - Throws: whatever the condition throws, at `condition…`; `DecodingError` for a missing key
  ///   or a wrong type; ``PackFileError/FormatIssue`` at `window` or `required` for a parameter whose range is
  ///   not within 1…10 000 (`window`) or 0…10 000 (`required`), at an example for an unusable
  ///   example.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let header = try CriterionBlockHeader(kind: Self.kind, from: container)
    self.init(
      id: header.id, title: header.title, rationale: header.rationale,
      provenance: header.provenance,
      condition: try container.decode(PackBlockKinds.CriterionBlock.self, forKey: .condition)
        .criterion,
      window: try BlockChecks.wholeNumber(
        try container.decode(PackParameter.self, forKey: .window), atLeast: 1,
        at: container.codingPath + [CodingKeys.window]),
      required: try BlockChecks.wholeNumber(
        try container.decode(PackParameter.self, forKey: .required), atLeast: 0,
        at: container.codingPath + [CodingKeys.required]),
      examples: header.examples)
    try CriterionBlockHeader.checkEvaluable(criterionDescription, in: container)
  }

  /// Encodes the criterion as its JSON object, the condition as a nested block.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try CriterionBlockHeader.encode(criterionDescription, kind: Self.kind, to: &container)
    try container.encode(PackBlockKinds.CriterionBlock(condition), forKey: .condition)
    try container.encode(window, forKey: .window)
    try container.encode(required, forKey: .required)
  }
}
