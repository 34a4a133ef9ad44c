/// The JSON form of an expected result, in pack files and catalogues:
///
/// ```json
/// {"id": "khabarovsk.result.fewer_failing", "title": {"ru": "…", "en": "…"},
///  "indicators": ["khabarovsk.gia_below_minimum_share"], "provenance": {…}}
/// ```
///
/// `indicators` is omitted when empty (the result is recorded by hand).
extension ExpectedResult: Codable {
  private enum CodingKeys: String, CodingKey { case id, title, indicators, provenance }

  /// Decodes a result.
  ///
  /// Whether the indicators exist and the id is unique is the pack's concern
  /// (``RulePack/validate()``).
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (`invalidValue`) for an empty id; `DecodingError` for
  ///   a missing key or a value of the wrong type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try ProgrammeElementID.decodeNonEmpty(from: container, forKey: .id),
      title: try container.decode(LocalizedText.self, forKey: .title),
      indicators: try container.decodeIfPresent([IndicatorID].self, forKey: .indicators) ?? [],
      provenance: try container.decode(Provenance.self, forKey: .provenance))
  }

  /// Encodes the result; `indicators` only when there are any.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    if !indicators.isEmpty { try container.encode(indicators, forKey: .indicators) }
    try container.encode(provenance, forKey: .provenance)
  }
}

extension ProgrammeElementID {
  /// Decodes an id that must not be empty.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (`invalidValue`) at the key for an empty id.
  static func decodeNonEmpty<Key: CodingKey>(
    from container: KeyedDecodingContainer<Key>, forKey key: Key
  ) throws -> ProgrammeElementID {
    let id = try container.decode(ProgrammeElementID.self, forKey: key)
    guard !id.rawValue.isEmpty else {
      throw PackFileError.FormatIssue(
        .invalidValue("", reason: LocalizedText(ru: "пустой идентификатор", en: "empty id")),
        codingPath: container.codingPath + [key])
    }
    return id
  }
}
