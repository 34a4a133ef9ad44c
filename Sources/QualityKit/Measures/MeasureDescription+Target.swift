extension MeasureDescription {
  /// The measurable target a document states for a support measure: «не менее 4-х консультаций»,
  /// «100 %».
  ///
  /// Only a target the document states is encoded — never an invented number. ``text`` keeps the
  /// document's wording; ``value``, ``unit`` and ``comparison`` are the same target as data, for a
  /// host that checks it.
  ///
  /// - Complexity: Every operation is O(1).
  ///
  /// ```swift
  /// let target = MeasureDescription.Target(
  ///   text: LocalizedText(ru: "не менее 4-х консультаций", en: "at least 4 consultations"),
  ///   value: 4, unit: .count, comparison: .atLeast)
  /// target.valueText(in: .russian)   // "не менее 4"
  /// ```
  public struct Target: Sendable, Hashable {
    /// What the value counts.
    public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
      /// A number of things: consultations, visits, documents.
      case count
      /// A percentage, 0–100.
      case percent
      /// A number of events: seminars, meetings.
      case events
      /// A number of people.
      case people

      /// The unit after a number: «%» for percentages, nothing for counts.
      public var symbol: String { self == .percent ? " %" : "" }
    }

    /// The target in the document's words, e.g. «не менее 4-х консультаций».
    public let text: LocalizedText
    /// The number, e.g. 4.
    public let value: Double
    /// What the number counts.
    public let unit: Unit
    /// How an actual value compares with it: `.atLeast` «не менее», `.atMost` «не более», `.equal`
    /// for a bare number («100 %»).
    public let comparison: Comparison

    /// Creates a target.
    public init(text: LocalizedText, value: Double, unit: Unit, comparison: Comparison) {
      self.text = text
      self.value = value
      self.unit = unit
      self.comparison = comparison
    }

    /// The comparison's name in the content files: `at_least`, `at_most`, `equal`, `less_than`
    /// or `greater_than`.
    public var comparisonName: String {
      switch comparison {
      case .atLeast: "at_least"
      case .atMost: "at_most"
      case .equal: "equal"
      case .lessThan: "less_than"
      case .greaterThan: "greater_than"
      }
    }

    /// The comparison with the content files' name, or `nil` for an unknown name.
    ///
    /// - Complexity: O(1).
    public static func comparison(named name: String) -> Comparison? {
      switch name {
      case "at_least": .atLeast
      case "at_most": .atMost
      case "equal": .equal
      case "less_than": .lessThan
      case "greater_than": .greaterThan
      default: nil
      }
    }

    /// The target as data in words: «не менее 4», «равно 100 %», "at least 4"; the value with a
    /// decimal comma in Russian.
    ///
    /// - Complexity: O(1).
    public func valueText(in language: Language) -> String {
      "\(comparison.title(in: language)) \(NumberText.format(value, decimals: 6, language))"
        + unit.symbol
    }
  }
}

extension MeasureDescription.Target: Codable {
  private enum CodingKeys: String, CodingKey {
    case ru, en, value, unit, comparison
  }

  /// Decodes a target from its content-file object: `{"ru": "не менее 4-х консультаций", "en":
  /// "at least 4 consultations", "value": 4, "unit": "count", "comparison": "at_least"}`.
  ///
  /// - Throws: `DecodingError` for a missing key, an unknown unit or comparison, and
  ///   `DecodingError.dataCorrupted` with a ``MeasureError`` for a value that is not finite.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let name = try container.decode(String.self, forKey: .comparison)
    guard let comparison = Self.comparison(named: name) else {
      throw DecodingError.dataCorruptedError(
        forKey: .comparison, in: container,
        debugDescription: "unknown comparison \"\(name)\": expected at_least, at_most or equal")
    }
    let value = try container.decode(Double.self, forKey: .value)
    guard value.isFinite else {
      let error = MeasureError(kind: .invalidTarget, measure: "")
      throw DecodingError.dataCorrupted(
        DecodingError.Context(
          codingPath: container.codingPath + [CodingKeys.value],
          debugDescription: error.message(in: .english), underlyingError: error))
    }
    self.init(
      text: LocalizedText(
        ru: try container.decode(String.self, forKey: .ru),
        en: try container.decode(String.self, forKey: .en)),
      value: value, unit: try container.decode(Unit.self, forKey: .unit), comparison: comparison)
  }

  /// Encodes the target as its content-file object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text.ru, forKey: .ru)
    try container.encode(text.en, forKey: .en)
    try container.encode(value, forKey: .value)
    try container.encode(unit, forKey: .unit)
    try container.encode(comparisonName, forKey: .comparison)
  }
}
