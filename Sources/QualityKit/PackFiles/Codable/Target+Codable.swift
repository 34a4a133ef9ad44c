/// The JSON form of a target: the comparison by its raw value, the plan as an object from end year
/// to value, the baseline and the reading when there are.
///
/// ```json
/// {"comparison": ">=", "plan": {"2022": 12, "2023": 21, "2024": 29},
///  "baseline": {"year": 2021, "value": 6}, "reading": {"ru": "…", "en": "…"}}
/// ```
///
/// `start` (optional) is the end year of the programme's first academic year: seed 000's «К 2024
/// году» is `{"comparison": ">=", "plan": {"2024": 90}, "start": 2022}`.
///
/// A target relative to benchmarks has `relative_to` instead of `plan`:
///
/// ```json
/// {"comparison": "<=", "relative_to": {"scopes": ["region", "country"],
///  "key": "krasnoyarsk.failing_students_basic_subjects_share", "from": 2023}}
/// ```
///
/// Plan years are the end years of academic years (`"2024"` is 2023/2024), written as JSON keys
/// because a year has one value; `reading` is omitted when `nil`.
extension Target: Codable {
  private enum CodingKeys: String, CodingKey {
    case comparison, plan, start, baseline, reading
    case relativeTo = "relative_to"
  }

  private enum BaselineKeys: String, CodingKey { case year, value }
  private enum RelativeKeys: String, CodingKey { case scopes, key, from }

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
    if container.contains(.relativeTo) {
      let nested = try container.nestedContainer(keyedBy: RelativeKeys.self, forKey: .relativeTo)
      var scopes: [Benchmarks.Scope] = []
      var list = try nested.nestedUnkeyedContainer(forKey: .scopes)
      while !list.isAtEnd {
        let text = try list.decode(String.self)
        guard let scope = Benchmarks.Scope(text) else {
          throw PackFileError.FormatIssue(
            .invalidValue(
              text,
              reason: LocalizedText(
                ru: "эталон — region, country или municipality:<название>",
                en: "a benchmark is region, country or municipality:<name>")),
            codingPath: list.codingPath)
        }
        scopes.append(scope)
      }
      guard !scopes.isEmpty, !container.contains(.plan) else {
        throw PackFileError.FormatIssue(
          .invalidValue(
            scopes.isEmpty ? "[]" : "plan",
            reason: LocalizedText(
              ru: "цель относительно эталонов называет хотя бы один эталон и пишется без plan",
              en: "a target relative to benchmarks names at least one and has no plan")),
          codingPath: nested.codingPath + [RelativeKeys.scopes])
      }
      self.init(
        comparison: comparison,
        relativeTo: Relative(
          scopes: scopes, key: MetricKey(try nested.decode(String.self, forKey: .key)),
          from: try nested.decode(Int.self, forKey: .from)),
        reading: try container.decodeIfPresent(LocalizedText.self, forKey: .reading))
      return
    }
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
    var baseline: Baseline?
    if container.contains(.baseline) {
      let nested = try container.nestedContainer(keyedBy: BaselineKeys.self, forKey: .baseline)
      baseline = Baseline(
        year: try nested.decode(Int.self, forKey: .year),
        value: try nested.decode(Double.self, forKey: .value))
      if let first = plan.keys.min(), let year = baseline?.year, year >= first {
        throw PackFileError.FormatIssue(
          .invalidValue(
            String(year),
            reason: LocalizedText(
              ru: "базовое значение — значение до плана: его год раньше первого года плана "
                + "(\(first))",
              en: "a baseline is a value before the plan: its year precedes the plan's first "
                + "year (\(first))")),
          codingPath: nested.codingPath + [BaselineKeys.year])
      }
    }
    self.init(
      comparison: comparison, plan: plan, baseline: baseline,
      reading: try container.decodeIfPresent(LocalizedText.self, forKey: .reading))
    start = try container.decodeIfPresent(Int.self, forKey: .start)
    if let start, let first = plan.keys.min(), start > first {
      throw PackFileError.FormatIssue(
        .invalidValue(
          String(start),
          reason: LocalizedText(
            ru: "начало программы — не позже первого года плана (\(first))",
            en: "the programme start is not after the plan's first year (\(first))")),
        codingPath: container.codingPath + [CodingKeys.start])
    }
  }

  /// Encodes the target; the plan's years in increasing order.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(comparison, forKey: .comparison)
    if let relative {
      var nested = container.nestedContainer(keyedBy: RelativeKeys.self, forKey: .relativeTo)
      try nested.encode(relative.scopes.map(\.description), forKey: .scopes)
      try nested.encode(relative.key.rawValue, forKey: .key)
      try nested.encode(relative.from, forKey: .from)
      try container.encodeIfPresent(reading, forKey: .reading)
      return
    }
    var years = container.nestedContainer(keyedBy: YearKey.self, forKey: .plan)
    for (year, value) in plan.sorted(by: { $0.key < $1.key }) {
      try years.encode(value, forKey: YearKey(year: year))
    }
    try container.encodeIfPresent(start, forKey: .start)
    if let baseline {
      var nested = container.nestedContainer(keyedBy: BaselineKeys.self, forKey: .baseline)
      try nested.encode(baseline.year, forKey: .year)
      try nested.encode(baseline.value, forKey: .value)
    }
    try container.encodeIfPresent(reading, forKey: .reading)
  }
}
