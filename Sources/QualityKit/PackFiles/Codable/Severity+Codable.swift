extension Severity: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title, rank
  }

  /// Decodes a level as pack files write it: a known level by its id (`"risk"`, `"crisis"` — read
  /// as ``risk`` and ``crisis`` with their titles and ranks), a host's own level as an object
  /// `{"id": "watch", "title": {"ru": …, "en": …}, "rank": 0}`.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (`unknownReference`) for an unknown bare id, (`invalidValue`)
  ///   for an object with an empty id; `DecodingError` for a value of another JSON type.
  /// - Complexity: O(k) for the k known levels.
  public init(from decoder: any Decoder) throws {
    self = try KnownValueCoding.decode(
      from: decoder, known: Self.known, id: \.id,
      expected: LocalizedText(
        ru: "уровень: " + Self.known.map(\.id).joined(separator: ", ")
          + " — или объект {\"id\", \"title\", \"rank\"} для своего уровня",
        en: "a level: " + Self.known.map(\.id).joined(separator: ", ")
          + " — or an object {\"id\", \"title\", \"rank\"} for a level of one's own")
    ) { decoder in
      let container = try decoder.container(keyedBy: CodingKeys.self)
      let id = try container.decode(String.self, forKey: .id)
      try KnownValueCoding.requireID(id, in: container, key: .id)
      return Severity(
        id: id, title: try container.decode(LocalizedText.self, forKey: .title),
        rank: try container.decode(Int.self, forKey: .rank))
    }
  }

  /// Encodes a known level (equal in id, title and rank) as its id, any other as
  /// `{"id", "title", "rank"}`.
  ///
  /// - Complexity: O(k) for the k known levels.
  public func encode(to encoder: any Encoder) throws {
    if Self.known.contains(self) {
      var container = encoder.singleValueContainer()
      try container.encode(id)
      return
    }
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(rank, forKey: .rank)
  }
}
