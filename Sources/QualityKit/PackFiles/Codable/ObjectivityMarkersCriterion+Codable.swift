/// The JSON form of an objectivity-markers criterion, kind `objectivity_markers`:
///
/// ```json
/// {"kind": "objectivity_markers", "id": "amur.objectivity_markers", "title": {…},
///  "rationale": {…}, "provenance": {…},
///  "markers": [
///    {"kind": "above", "metric": "vpr.raised_marks.percent",
///     "threshold": {"key": "amur.objectivity_markers.raised", "default_value": 15, …}},
///    {"kind": "sharp_change", "metric": "vpr.russian.mean_mark", "threshold": {…}}],
///  "minimum_markers": {"key": "amur.objectivity_markers.minimum", "default_value": 1,
///                      "unit": "count", …},
///  "examples": [ … ]}
/// ```
///
/// A marker's `kind` is ``ObjectivityMarkersCriterion/Marker/Kind``'s raw value (`above`, `below`,
/// `sharp_change`); it is the marker's own field, not a block kind.
extension ObjectivityMarkersCriterion: CodableCriterion {
  /// `objectivity_markers`.
  public static var kind: String { "objectivity_markers" }

  private enum CodingKeys: String, CodingKey, CriterionBlockCodingKeys {
    case kind, id, title, rationale, provenance, examples
    case markers
    case minimumMarkers = "minimum_markers"
  }

  /// Decodes the criterion from its JSON object.
  ///
  /// - Throws: `DecodingError` for a missing key, a wrong type or an unknown marker kind;
  ///   ``PackFileError/FormatIssue`` at `markers` for an empty list, at `minimum_markers` for a parameter
  ///   whose range is not within 0…10 000, at an example for an unusable example (or at the object
  ///   when two markers declare one threshold key differently).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let header = try CriterionBlockHeader(kind: Self.kind, from: container)
    let markers = try container.decode([Marker].self, forKey: .markers)
    guard !markers.isEmpty else {
      throw BlockChecks.invalid(
        "[]", ru: "нужен хотя бы один маркер", en: "at least one marker is needed",
        at: container.codingPath + [CodingKeys.markers])
    }
    self.init(
      id: header.id, title: header.title, rationale: header.rationale,
      provenance: header.provenance, markers: markers,
      minimumMarkers: try BlockChecks.wholeNumber(
        try container.decode(PackParameter.self, forKey: .minimumMarkers), atLeast: 0,
        at: container.codingPath + [CodingKeys.minimumMarkers]),
      examples: header.examples)
    try CriterionBlockHeader.checkEvaluable(criterionDescription, in: container)
  }

  /// Encodes the criterion as its JSON object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try CriterionBlockHeader.encode(criterionDescription, kind: Self.kind, to: &container)
    try container.encode(markers, forKey: .markers)
    try container.encode(minimumMarkers, forKey: .minimumMarkers)
  }
}

/// A marker's JSON form: `{"kind": "above", "metric": "…", "threshold": {…}}`.
extension ObjectivityMarkersCriterion.Marker: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind, metric, threshold
  }

  /// Decodes a marker from its JSON object.
  ///
  /// - Throws: `DecodingError` for a missing key, a wrong type or an unknown kind.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      kind: try container.decode(Kind.self, forKey: .kind),
      metric: try container.decode(MetricKey.self, forKey: .metric),
      threshold: try container.decode(PackParameter.self, forKey: .threshold))
  }

  /// Encodes the marker as its JSON object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encode(metric, forKey: .metric)
    try container.encode(threshold, forKey: .threshold)
  }
}
