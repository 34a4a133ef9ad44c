extension SchoolCategory: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title
  }

  /// Decodes a category as pack files write it: a known category by its id
  /// (`"low_results"`, `"unfavourable_social_conditions"`, `"non_objective_results"` — read as
  /// ``lowResults``, ``unfavourableSocialConditions``, ``nonObjectiveResults`` with their titles),
  /// a host's own category as an object `{"id": "remote_schools", "title": {"ru": …, "en": …}}`.
  ///
  /// A bare id the library does not know is refused rather than titled by itself: a misspelt
  /// `"low_result"` would otherwise be a new, empty category that no report flags.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (`unknownReference`) for an unknown bare id, (`invalidValue`)
  ///   for an object with an empty id; `DecodingError` for a value of another JSON type.
  /// - Complexity: O(k) for the k known categories.
  public init(from decoder: any Decoder) throws {
    self = try KnownValueCoding.decode(
      from: decoder, known: Self.known, id: \.id,
      expected: LocalizedText(
        ru: "категория: " + Self.known.map(\.id).joined(separator: ", ")
          + " — или объект {\"id\", \"title\"} для своей категории",
        en: "a category: " + Self.known.map(\.id).joined(separator: ", ")
          + " — or an object {\"id\", \"title\"} for a category of one's own")
    ) { decoder in
      let container = try decoder.container(keyedBy: CodingKeys.self)
      let id = try container.decode(String.self, forKey: .id)
      try KnownValueCoding.requireID(id, in: container, key: .id)
      return SchoolCategory(id: id, title: try container.decode(LocalizedText.self, forKey: .title))
    }
  }

  /// Encodes a known category (same id and title) as its id, any other as `{"id", "title"}`.
  ///
  /// - Complexity: O(k) for the k known categories.
  public func encode(to encoder: any Encoder) throws {
    if Self.known.contains(where: { $0.id == id && $0.title == title }) {
      var container = encoder.singleValueContainer()
      try container.encode(id)
      return
    }
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
  }
}
