/// The JSON form of a composite index, as a pack's `indices` list and a criterion's inline `index`
/// write it:
///
/// ```json
/// {"id": "index.social_wellbeing", "title": {"ru": "…", "en": "…"},
///  "components": [{"metric": "social.low_ses_families.percent", "direction": "-", "weight": 1}],
///  "window": 1, "minimum_coverage": 0.5,
///  "provenance": {"source": "…", "section": "…", "quote": "…", "kind": "derived",
///                 "derivation": {"ru": "…", "en": "…"}}}
/// ```
///
/// `window` and `minimum_coverage` may be left out (1 and 0.5, as in
/// ``CompositeIndex/init(id:title:components:window:minimumCoverage:provenance:)``) but are always
/// written; `provenance` is written when the index has one.
extension CompositeIndex: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title, components, window
    case minimumCoverage = "minimum_coverage"
    case provenance
  }

  /// Decodes an index from its JSON object.
  ///
  /// - Throws: `DecodingError` for a missing key or a wrong type; ``PackFileError/FormatIssue`` at
  ///   `components` for an empty list (no school could ever be scored), at `window` for a window
  ///   outside 1…10 000 years, at `minimum_coverage` for a share outside 0…1.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let id = IndexID(try container.decode(String.self, forKey: .id))
    let title = try container.decode(LocalizedText.self, forKey: .title)
    let components = try container.decode([CompositeIndex.Component].self, forKey: .components)
    let window = try container.decodeIfPresent(Int.self, forKey: .window) ?? 1
    let minimumCoverage =
      try container.decodeIfPresent(Double.self, forKey: .minimumCoverage) ?? 0.5
    let provenance = try container.decodeIfPresent(Provenance.self, forKey: .provenance)
    guard !components.isEmpty else {
      throw BlockChecks.invalid(
        "[]", ru: "в индексе нужен хотя бы один компонент",
        en: "an index needs at least one component",
        at: container.codingPath + [CodingKeys.components])
    }
    guard (0...1).contains(minimumCoverage) else {
      throw BlockChecks.invalid(
        NumberText.plain(minimumCoverage), ru: "минимальное покрытие — доля от 0 до 1",
        en: "the minimum coverage is a share from 0 to 1",
        at: container.codingPath + [CodingKeys.minimumCoverage])
    }
    self.init(
      id: id, title: title, components: components,
      window: try BlockChecks.window(window, at: container.codingPath + [CodingKeys.window]),
      minimumCoverage: minimumCoverage, provenance: provenance)
  }

  /// Encodes the index as its JSON object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(components, forKey: .components)
    try container.encode(window, forKey: .window)
    try container.encode(minimumCoverage, forKey: .minimumCoverage)
    try container.encodeIfPresent(provenance, forKey: .provenance)
  }
}
