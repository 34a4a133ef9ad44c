/// The JSON form of a pack's listing in pack files: `{"basis": "rules" | "act", "act": {"ru",
/// "en"}, "provenance": {…}}`.
extension PackListing: Codable {
  private enum CodingKeys: String, CodingKey { case basis, act, provenance }

  /// Reads `{"basis": "rules" | "act", "act": {"ru", "en"}, "provenance": {…}}`; an act listing
  /// must name its act.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let text = try container.decode(String.self, forKey: .basis)
    guard let basis = Basis(rawValue: text) else {
      throw PackFileError.FormatIssue(
        .invalidValue(
          text,
          reason: LocalizedText(
            ru: "допустимы «rules» (список по критериям документа) и «act» (список утверждён "
              + "актом)",
            en: "allowed are 'rules' (lists by the document's criteria) and 'act' (a list fixed "
              + "by an act)")),
        codingPath: container.codingPath + [CodingKeys.basis])
    }
    self.basis = basis
    act = try container.decodeIfPresent(LocalizedText.self, forKey: .act)
    provenance = try container.decodeIfPresent(Provenance.self, forKey: .provenance)
    if basis == .act, act == nil {
      throw DecodingError.keyNotFound(
        CodingKeys.act,
        DecodingError.Context(
          codingPath: container.codingPath, debugDescription: "an act listing names its act"))
    }
  }

  /// Writes the form ``init(from:)`` reads.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(basis.rawValue, forKey: .basis)
    try container.encodeIfPresent(act, forKey: .act)
    try container.encodeIfPresent(provenance, forKey: .provenance)
  }
}
