/// The JSON form of a programme risk, in pack files and catalogues:
///
/// ```json
/// {"id": "amur.risk.staffing", "title": {"ru": "…", "en": "…"},
///  "measures": ["amur.young_teacher_school_and_workshop"], "provenance": {…}}
/// ```
///
/// `measures` is omitted when empty.
extension ProgrammeRisk: Codable {
  private enum CodingKeys: String, CodingKey { case id, title, measures, provenance }

  /// Decodes a risk.
  ///
  /// Whether the measures exist and the id is unique is the pack's concern
  /// (``RulePack/validate()``).
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (`invalidValue`) for an empty id; `DecodingError` for
  ///   a missing key or a value of the wrong type.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try ProgrammeElementID.decodeNonEmpty(from: container, forKey: .id),
      title: try container.decode(LocalizedText.self, forKey: .title),
      measures: try container.decodeIfPresent([MeasureID].self, forKey: .measures) ?? [],
      provenance: try container.decode(Provenance.self, forKey: .provenance))
  }

  /// Encodes the risk; `measures` only when there are any.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    if !measures.isEmpty { try container.encode(measures, forKey: .measures) }
    try container.encode(provenance, forKey: .provenance)
  }
}
