/// The JSON form of a lowest-share criterion, kind `lowest_share`:
///
/// ```json
/// {"kind": "lowest_share", "id": "krasnoyarsk.social_wellbeing_lowest_quarter", "title": {…},
///  "rationale": {…}, "provenance": {…}, "index": "index.social_wellbeing",
///  "share": {"key": "…", "default_value": 0.25, "unit": "share", "range": {"min": 0.01, "max": 1},
///            …},
///  "examples": [ … ]}
/// ```
///
/// `index` is the id of an index in the pack's `indices` when the encoder's `userInfo`
/// (`.packIndices`) holds an equal index under that id, and the index object itself otherwise;
/// decoding accepts both (see ``CompositeIndex``'s JSON form). The index's switches join the
/// description's parameters, as in the Swift initialiser.
extension LowestShareCriterion: CodableCriterion {
  /// `lowest_share`.
  public static var kind: String { "lowest_share" }

  private enum CodingKeys: String, CodingKey, CriterionBlockCodingKeys {
    case kind, id, title, rationale, provenance, examples
    case index, share
  }

  /// Decodes the criterion from its JSON object.
  ///
  /// - Throws: `DecodingError` for a missing key or a wrong type; ``PackFileError/FormatIssue`` at `index`
  ///   for an id the pack's indices do not have, at `share` for a parameter whose range is not
  ///   within 0…1, at an example for an unusable example.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let header = try CriterionBlockHeader(kind: Self.kind, from: container)
    self.init(
      id: header.id, title: header.title, rationale: header.rationale,
      provenance: header.provenance,
      index: try CompositeIndex.decodeReference(
        from: container, forKey: .index, userInfo: decoder.userInfo),
      share: try BlockChecks.share(
        try container.decode(PackParameter.self, forKey: .share),
        at: container.codingPath + [CodingKeys.share]),
      examples: header.examples)
    try CriterionBlockHeader.checkEvaluable(criterionDescription, in: container)
  }

  /// Encodes the criterion as its JSON object, the index by id where the pack lists it.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try CriterionBlockHeader.encode(criterionDescription, kind: Self.kind, to: &container)
    try index.encodeReference(to: &container, forKey: .index, userInfo: encoder.userInfo)
    try container.encode(share, forKey: .share)
  }
}
