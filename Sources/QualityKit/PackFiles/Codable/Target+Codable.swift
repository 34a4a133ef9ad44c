/// The JSON form of a target: the comparison by its raw value, the plan as an object from end year
/// to value, and the reading when there is one.
///
/// ```json
/// {"comparison": ">=", "plan": {"2022": 12, "2023": 21, "2024": 29},
///  "reading": {"ru": "…", "en": "…"}}
/// ```
///
/// Plan years are the end years of academic years (`"2024"` is 2023/2024), written as JSON keys
/// because a year has one value; `reading` is omitted when `nil`.
extension Target: Codable {
  private enum CodingKeys: String, CodingKey {
    case comparison, plan, reading
  }

  /// A plan year as a JSON key.
  private struct YearKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { return nil }
    init(year: Int) { self.stringValue = String(year) }
  }

  /// Decodes a target and checks it like ``validate()``.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (`invalidValue`) for an empty plan (at `plan`) or a plan key
  ///   that is not a whole year (at `plan.<key>`); `DecodingError` for an unknown comparison or a
  ///   value of the wrong type.
  /// - Complexity: O(p log p) for p planned years.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let comparison = try container.decode(Comparison.self, forKey: .comparison)
    let years = try container.nestedContainer(keyedBy: YearKey.self, forKey: .plan)
    var plan: [Int: Double] = [:]
    // Sorted, so that the first bad key reported is the same on every run.
    for key in years.allKeys.sorted(by: { $0.stringValue < $1.stringValue }) {
      guard let year = Int(key.stringValue), String(year) == key.stringValue else {
        throw PackFileError.FormatIssue(
          .invalidValue(
            key.stringValue,
            reason: LocalizedText(
              ru: "год плана — конечный год учебного года числом, например \"2024\" для 2023/2024",
              en: "a plan year is the end year of an academic year as a number, e.g. \"2024\" "
                + "for 2023/2024")),
          codingPath: years.codingPath + [key])
      }
      plan[year] = try years.decode(Double.self, forKey: key)
    }
    guard !plan.isEmpty else {
      throw PackFileError.FormatIssue(
        .invalidValue(
          "{}",
          reason: LocalizedText(
            ru: "в плане целевого значения нет ни одного года (показатель без цели пишется без "
              + "target)",
            en: "the plan has no year (an indicator without a target is written without target)")),
        codingPath: container.codingPath + [CodingKeys.plan])
    }
    self.init(
      comparison: comparison, plan: plan,
      reading: try container.decodeIfPresent(LocalizedText.self, forKey: .reading))
  }

  /// Encodes the target; the plan's years in increasing order.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(comparison, forKey: .comparison)
    var years = container.nestedContainer(keyedBy: YearKey.self, forKey: .plan)
    for (year, value) in plan.sorted(by: { $0.key < $1.key }) {
      try years.encode(value, forKey: YearKey(year: year))
    }
    try container.encodeIfPresent(reading, forKey: .reading)
  }
}
