/// The JSON form of a monitoring procedure, in pack files and in a ``MonitoringPlan``'s
/// `procedures`:
///
/// ```json
/// {"id": "amur.education_quality", "title": {"ru": "…", "en": "…"},
///  "periodicity": {"kind": "times_per_year", "times": 4},
///  "responsible": {"ru": "Управление образования", "en": "Education department"},
///  "provenance": {…}, "notes": {"ru": "…", "en": "…"}}
/// ```
///
/// `periodicity` is ``MonitoringProcedure/Periodicity``'s own JSON form; `responsible` and `notes` are omitted when
/// `nil`.
extension MonitoringProcedure: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title, periodicity, responsible, provenance, notes
  }

  /// Decodes a procedure.
  ///
  /// Whether ids are unique is the plan's concern (``MonitoringPlan/init(_:)``, ``RulePack/validate()``).
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (`invalidValue`) for an empty id; `DecodingError` for a missing
  ///   key, a value of the wrong type, or a periodicity that cannot be dated (see
  ///   ``MonitoringProcedure/Periodicity/init(from:)``).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let id = try container.decode(MonitoringProcedureID.self, forKey: .id)
    guard !id.rawValue.isEmpty else {
      throw PackFileError.FormatIssue(
        .invalidValue(
          "", reason: LocalizedText(ru: "пустой идентификатор процедуры", en: "empty procedure id")),
        codingPath: container.codingPath + [CodingKeys.id])
    }
    self.init(
      id: id, title: try container.decode(LocalizedText.self, forKey: .title),
      periodicity: try container.decode(MonitoringProcedure.Periodicity.self, forKey: .periodicity),
      responsible: try container.decodeIfPresent(LocalizedText.self, forKey: .responsible),
      provenance: try container.decode(Provenance.self, forKey: .provenance),
      notes: try container.decodeIfPresent(LocalizedText.self, forKey: .notes))
  }

  /// Encodes the procedure; `responsible` and `notes` only when present.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(periodicity, forKey: .periodicity)
    try container.encodeIfPresent(responsible, forKey: .responsible)
    try container.encode(provenance, forKey: .provenance)
    try container.encodeIfPresent(notes, forKey: .notes)
  }
}
