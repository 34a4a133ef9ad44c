extension MeasureDescription.Condition: Codable {
  private enum CodingKeys: String, CodingKey {
    case kind, categories, criteria
  }

  /// Decodes a condition from its JSON object (the content files' `applies_to`, a measure's
  /// `condition` in pack files): `{"kind": "programme"}`, `{"kind": "identified"}`,
  /// `{"kind": "categories", "categories": ["low_results"]}`,
  /// `{"kind": "criteria", "criteria": ["krasnoyarsk.staffing_potential_lowest_quarter"]}`.
  /// Categories are written as in category rules (``SchoolCategory/init(from:)``): a known
  /// category by id, a host's own as `{"id", "title"}`; an unknown bare id is refused, since a
  /// misspelt one would make a measure that never applies.
  ///
  /// - Throws: `DecodingError` for a missing key; ``PackFileError/FormatIssue`` for an unknown kind, an
  ///   unknown category id or an empty list of categories or criteria.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try container.decode(String.self, forKey: .kind)
    func nonEmpty<Element>(_ list: [Element], _ key: CodingKeys) throws -> [Element] {
      guard list.isEmpty else { return list }
      let error = MeasureError.Kind.emptyCondition
      throw PackFileError.FormatIssue(
        .invalidValue(
          "[]",
          reason: LocalizedText(ru: error.message(in: .russian), en: error.message(in: .english))),
        codingPath: container.codingPath + [key])
    }
    switch kind {
    case "programme": self = .programme
    case "identified": self = .identified
    case "categories":
      self = .categories(
        try nonEmpty(
          try container.decode([SchoolCategory].self, forKey: .categories), .categories))
    case "criteria":
      self = .criteria(
        try nonEmpty(try container.decode([CriterionID].self, forKey: .criteria), .criteria))
    default:
      throw PackFileError.FormatIssue(
        .unknownKind(kind, expected: ["programme", "identified", "categories", "criteria"]),
        codingPath: container.codingPath + [CodingKeys.kind])
    }
  }

  /// Encodes the condition as its JSON object, known categories by id (see
  /// ``SchoolCategory/encode(to:)``).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    switch self {
    case .programme, .identified: break
    case .categories(let list): try container.encode(list, forKey: .categories)
    case .criteria(let list): try container.encode(list, forKey: .criteria)
    }
  }
}
