/// The JSON form of a category rule in pack files (`qualitykit.pack/1`):
///
/// ```json
/// {"category": "low_results",
///  "condition": {"all": [{"criterion": "k.results_lowest_quarter"},
///                        {"at_least": "k.low_results.min_supporting",
///                         "of": [{"criterion": "k.continuation_below_60"},
///                                {"criterion": "k.staffing_lowest_quarter"}]}]},
///  "provenance": {"source": "003_….txt", "section": "2.1", "quote": "…", "kind": "derived",
///                 "derivation": {"ru": "…", "en": "…"}},
///  "rationale": {"ru": "…", "en": "…"},
///  "severity": "crisis"}
/// ```
///
/// - `category`: a known category by id (``SchoolCategory/known``), or a host's own as
///   `{"id": "remote_schools", "title": {"ru": …, "en": …}}` (see ``SchoolCategory/init(from:)``).
/// - `condition`: see ``CategoryRule/Condition/init(from:)``.
/// - `severity` (optional): `"risk"`, `"crisis"`, or a host's own level as
///   `{"id", "title", "rank"}` (see ``Severity/init(from:)``).
extension CategoryRule: Codable {
  private enum CodingKeys: String, CodingKey {
    case category, condition, provenance, rationale, severity
  }

  /// Decodes a rule from its pack-file object.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` for an unknown category or severity id or an unusable
  ///   condition; `DecodingError` for a missing key or a value of the wrong JSON type.
  /// - Complexity: O(n) in the size of the condition.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      category: try container.decode(SchoolCategory.self, forKey: .category),
      condition: try container.decode(Condition.self, forKey: .condition),
      provenance: try container.decode(Provenance.self, forKey: .provenance),
      rationale: try container.decode(LocalizedText.self, forKey: .rationale),
      severity: try container.decodeIfPresent(Severity.self, forKey: .severity))
  }

  /// Encodes the rule as its pack-file object; `severity` is omitted when the rule has none.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(category, forKey: .category)
    try container.encode(condition, forKey: .condition)
    try container.encode(provenance, forKey: .provenance)
    try container.encode(rationale, forKey: .rationale)
    try container.encodeIfPresent(severity, forKey: .severity)
  }
}

extension CategoryRule.Condition: Codable {
  private enum CodingKeys: String, CodingKey {
    case criterion, all, any, of, not
    case atLeast = "at_least"
  }

  /// The operator keys, in the order their names are listed in messages.
  private static let operators: [CodingKeys] = [.criterion, .all, .any, .atLeast, .not]

  /// Decodes a condition from an object with exactly one operator:
  ///
  /// | JSON | condition |
  /// | --- | --- |
  /// | `{"criterion": "k.results_lowest_quarter"}` | ``criterion(_:)`` |
  /// | `{"all": [c₁, c₂, …]}` | ``all(_:)`` |
  /// | `{"any": [c₁, c₂, …]}` | ``any(_:)`` |
  /// | `{"at_least": 2, "of": [c₁, c₂, c₃]}` | ``atLeast(_:of:)`` with ``CategoryRule/Count/fixed(_:)`` |
  /// | `{"at_least": "k.min_supporting", "of": […]}` | ``atLeast(_:of:)`` with ``CategoryRule/Count/parameter(_:)`` |
  /// | `{"not": c}` | ``not(_:)`` |
  ///
  /// `of` belongs to `at_least` and is not an operator of its own. Lists may not be empty (an
  /// empty `all` would always hold, an empty `any` never), a criterion id may not be empty, and a
  /// fixed count must be at least 1 (at least 0 would hold for every school). A count above the
  /// number of conditions in `of` is accepted — it never holds, but ``removing(_:)`` produces it
  /// and an exported pack must load back unchanged. Whether the criteria and the parameter exist
  /// is checked by the pack (``RulePack/validate()``), which knows them.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (`invalidValue`) for an object with no operator or more than
  ///   one (at the second operator's key), `at_least` without `of` or `of` without `at_least`, an
  ///   empty list or id, or a fixed count below 1; `DecodingError` for a value of the wrong
  ///   JSON type.
  /// - Complexity: O(n) in the size of the condition.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    // Every key is asked for before the operator is chosen, so a strict decoder knows them all
    // and reports only keys that mean nothing here.
    let criterion = try container.decodeIfPresent(CriterionID.self, forKey: .criterion)
    let all = try container.decodeIfPresent([Self].self, forKey: .all)
    let any = try container.decodeIfPresent([Self].self, forKey: .any)
    let count = try container.decodeIfPresent(CategoryRule.Count.self, forKey: .atLeast)
    let of = try container.decodeIfPresent([Self].self, forKey: .of)
    let not = try container.decodeIfPresent(Self.self, forKey: .not)
    let present = zip(
      Self.operators, [criterion != nil, all != nil, any != nil, count != nil, not != nil]
    ).filter(\.1).map(\.0)
    func issue(_ key: CodingKeys?, _ value: String, ru: String, en: String)
      -> PackFileError.FormatIssue
    {
      PackFileError.FormatIssue(
        .invalidValue(value, reason: LocalizedText(ru: ru, en: en)),
        codingPath: container.codingPath + (key.map { [$0] } ?? []))
    }
    let names = Self.operators.map(\.stringValue).joined(separator: ", ")
    guard present.count <= 1 else {
      throw issue(
        present[1], present.map(\.stringValue).joined(separator: ", "),
        ru: "в одном условии ровно один оператор (\(names)); несколько условий объединяются "
          + "через all или any",
        en: "a condition has exactly one operator (\(names)); combine several conditions with "
          + "all or any")
    }
    if let of, count == nil {
      throw issue(
        .of, "\(of.count)", ru: "of задаёт условия для at_least, а at_least нет",
        en: "of lists the conditions of at_least, and there is no at_least")
    }
    if let criterion {
      guard !criterion.rawValue.isEmpty else {
        throw issue(
          .criterion, "", ru: "пустой идентификатор критерия", en: "empty criterion id")
      }
      self = .criterion(criterion)
    } else if let all {
      self = .all(try Self.nonEmpty(all, key: .all, in: container))
    } else if let any {
      self = .any(try Self.nonEmpty(any, key: .any, in: container))
    } else if let count {
      guard let of else {
        throw issue(
          .atLeast, count.text, ru: "для at_least нужен список условий of",
          en: "at_least needs a list of conditions in of")
      }
      let parts = try Self.nonEmpty(of, key: .of, in: container)
      // At least 0 holds for every school. More than the list has never holds, but it is kept:
      // `removing(_:)` makes «at least 2 of 1» from «at least 2 of 2», and an exported pack must
      // load back as it was.
      if case .fixed(let k) = count, k < 1 {
        throw issue(
          .atLeast, "\(k)",
          ru: "число условий — не меньше 1: «хотя бы 0» выполнено для любой школы",
          en: "the count is at least 1: «at least 0» holds for every school")
      }
      self = .atLeast(count, of: parts)
    } else if let not {
      self = .not(not)
    } else {
      throw issue(
        nil, "{}", ru: "в условии нет оператора: нужен один из \(names)",
        en: "the condition has no operator: use one of \(names)")
    }
  }

  /// `list` when it has an element, else the `invalidValue` issue at `key`.
  private static func nonEmpty(
    _ list: [Self]?, key: CodingKeys, in container: KeyedDecodingContainer<CodingKeys>
  ) throws -> [Self] {
    guard let list, !list.isEmpty else {
      throw PackFileError.FormatIssue(
        .invalidValue(
          "[]",
          reason: LocalizedText(
            ru: "пустой список условий: all из ничего всегда истинно, any — всегда ложно",
            en: "an empty list of conditions: all of nothing always holds, any never does")),
        codingPath: container.codingPath + [key])
    }
    return list
  }

  /// Encodes the condition as its one-operator object.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .criterion(let id): try container.encode(id, forKey: .criterion)
    case .all(let parts): try container.encode(parts, forKey: .all)
    case .any(let parts): try container.encode(parts, forKey: .any)
    case .atLeast(let count, let parts):
      try container.encode(count, forKey: .atLeast)
      try container.encode(parts, forKey: .of)
    case .not(let part): try container.encode(part, forKey: .not)
    }
  }
}

extension CategoryRule.Count: Codable {
  /// Decodes a count: a JSON number is ``fixed(_:)`` and must be a whole number, a JSON string
  /// is ``parameter(_:)`` and must not be empty.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (`invalidValue`) for a fraction, a number out of `Int`'s range
  ///   or an empty key; `DecodingError` for a value that is neither a number nor a string.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    do {
      let key = try container.decode(String.self)
      guard !key.isEmpty else {
        throw PackFileError.FormatIssue(
          .invalidValue(
            "", reason: LocalizedText(ru: "пустой ключ параметра", en: "empty parameter key")),
          codingPath: decoder.codingPath)
      }
      self = .parameter(ParameterKey(key))
    } catch DecodingError.typeMismatch {
      let number = try container.decode(Double.self)
      guard let whole = Int(exactly: number) else {
        throw PackFileError.FormatIssue(
          .invalidValue(
            NumberText.plain(number),
            reason: LocalizedText(
              ru: "число условий — целое число или ключ параметра",
              en: "a count is a whole number or a parameter key")),
          codingPath: decoder.codingPath)
      }
      self = .fixed(whole)
    }
  }

  /// Encodes a fixed count as a number and a parameter count as its key.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .fixed(let value): try container.encode(value)
    case .parameter(let key): try container.encode(key)
    }
  }

  /// The count as written in JSON, for messages.
  var text: String {
    switch self {
    case .fixed(let value): "\(value)"
    case .parameter(let key): key.rawValue
    }
  }
}

/// The pack-file form of a value the library knows some instances of by id (``SchoolCategory``,
/// ``Severity``): a known one is written as its id alone, any other as its full object.
enum KnownValueCoding {
  /// Decodes a JSON string as the known value with that id, or anything else with `object`.
  ///
  /// - Parameters:
  ///   - decoder: The decoder positioned at the value.
  ///   - known: The values that may be named by id.
  ///   - id: A value's id.
  ///   - expected: What may be written here, for the message about an unknown id.
  ///   - object: Decodes the full object form.
  /// - Returns: The known value, or the one `object` decodes.
  /// - Throws: ``PackFileError/FormatIssue`` (`unknownReference`) for a string that names no known value.
  /// - Complexity: O(k) for the k known values, plus `object`.
  static func decode<Value>(
    from decoder: any Decoder, known: [Value], id: (Value) -> String, expected: LocalizedText,
    object: (any Decoder) throws -> Value
  ) throws -> Value {
    let text: String
    do {
      text = try decoder.singleValueContainer().decode(String.self)
    } catch DecodingError.typeMismatch {
      // Not a string: the full object (an object decoder reports any other JSON type).
      return try object(decoder)
    }
    guard let value = known.first(where: { id($0) == text }) else {
      throw PackFileError.FormatIssue(
        .unknownReference(text, expected: expected), codingPath: decoder.codingPath)
    }
    return value
  }

  /// Throws the `invalidValue` issue at `key` when `id` is empty.
  static func requireID<Key: CodingKey>(
    _ id: String, in container: KeyedDecodingContainer<Key>, key: Key
  ) throws {
    guard id.isEmpty else { return }
    throw PackFileError.FormatIssue(
      .invalidValue("", reason: LocalizedText(ru: "пустой идентификатор", en: "empty id")),
      codingPath: container.codingPath + [key])
  }
}
