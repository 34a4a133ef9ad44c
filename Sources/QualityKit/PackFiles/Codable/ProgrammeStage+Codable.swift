/// The JSON form of a programme stage, in pack files and catalogues:
///
/// ```json
/// {"id": "krasnoyarsk.stage.model", "title": {"ru": "…", "en": "…"},
///  "from": 2022, "to": 2022, "provenance": {…}}
/// ```
///
/// `from` and `to` are academic years by their end year (2022 is 2021/2022), as everywhere in
/// pack files; both are omitted for a stage the document does not date.
extension ProgrammeStage: Codable {
  private enum CodingKeys: String, CodingKey { case id, title, from, to, provenance }

  /// Decodes a stage.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (`invalidValue`) for an empty id, for one of
  ///   `from`/`to` without the other, or for `to` before `from`; `DecodingError` for a missing key
  ///   or a value of the wrong type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let id = try ProgrammeElementID.decodeNonEmpty(from: container, forKey: .id)
    let from = try container.decodeIfPresent(AcademicYear.self, forKey: .from)
    let to = try container.decodeIfPresent(AcademicYear.self, forKey: .to)
    switch (from, to) {
    case (let from?, let to?) where to < from:
      throw PackFileError.FormatIssue(
        .invalidValue(
          String(to.endYear),
          reason: LocalizedText(
            ru: "этап кончается (to) раньше, чем начинается (from)",
            en: "the stage ends (to) before it starts (from)")),
        codingPath: container.codingPath + [CodingKeys.to])
    case (nil, .some), (.some, nil):
      let present: CodingKeys = from == nil ? .to : .from
      throw PackFileError.FormatIssue(
        .invalidValue(
          String((from ?? to)?.endYear ?? 0),
          reason: LocalizedText(
            ru: "у этапа указываются оба года (from и to) или ни одного",
            en: "a stage gives both years (from and to) or neither")),
        codingPath: container.codingPath + [present])
    default: break
    }
    self.init(
      id: id, title: try container.decode(LocalizedText.self, forKey: .title), from: from,
      to: to, provenance: try container.decode(Provenance.self, forKey: .provenance))
  }

  /// Encodes the stage; `from` and `to` only when the stage is dated.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encodeIfPresent(from, forKey: .from)
    try container.encodeIfPresent(to, forKey: .to)
    try container.encode(provenance, forKey: .provenance)
  }
}
