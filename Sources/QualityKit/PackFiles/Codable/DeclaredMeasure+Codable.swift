/// The JSON form of a support measure in pack files: every stored property, snake_case keys.
///
/// ```json
/// {"id": "amur.working_group_meeting", "title": {"ru": "…", "en": "…"},
///  "categories": ["normative_organisational", "monitoring"], "level": "municipal",
///  "responsible": [{"id": "municipal_coordinator", "title": {"ru": "…", "en": "…"}}],
///  "schedule": {"form": "school_quarters"}, "timing_quote": "1 раз в четверть ежегодно",
///  "expected_result": {"ru": "…", "en": "…"},
///  "target": {"ru": "не менее 4-х консультаций", "en": "…", "value": 4, "unit": "count",
///             "comparison": "at_least"},
///  "condition": {"kind": "programme"}, "provenance": {…}, "lines": "L1040–1044"}
/// ```
///
/// The parts are their own JSON forms: ``MeasureDescription/Category`` and ``MeasureDescription/Level`` raw values,
/// ``ResponsibleRole`` `{"id", "title"}`, ``MeasureDescription/Schedule``, ``MeasureDescription/Target`` and
/// ``MeasureDescription/Condition`` objects, ``Provenance``. `timing_quote`, `expected_result`, `target` and
/// `lines` are omitted when `nil`; `responsible` is always written and may be omitted (no role).
///
/// It is the form the pack description (`identify-schools --describe`) and the support plan write
/// for a measure, less what those reports add for readers: a `"pack"` after the id (support plan),
/// a `summary` in the schedule, and `null` for an absent optional (see `MeasureJSON`).
extension DeclaredMeasure: Codable {
  private enum CodingKeys: String, CodingKey {
    case id, title, categories, level, responsible, schedule, condition, provenance, lines, target
    case timingQuote = "timing_quote"
    case expectedResult = "expected_result"
  }

  /// Decodes a measure and checks it like ``validate()``.
  ///
  /// Whether the criteria of the condition exist and each role id has one title is checked by the
  /// pack (``RulePack/validate()``), which knows them.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` (`invalidValue`) for an empty id (at `id`), no category or a
  ///   category listed twice (at `categories`), an empty condition (at `condition.…`);
  ///   `DecodingError` for a missing key, a value of the wrong type, a schedule that cannot be
  ///   dated or a target that is not a number (see ``MeasureDescription/Schedule/init(from:)`` and
  ///   ``MeasureDescription/Target/init(from:)``).
  /// - Complexity: O(g + w) for g categories and w schedule windows, plus the texts.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      id: try container.decode(MeasureID.self, forKey: .id),
      title: try container.decode(LocalizedText.self, forKey: .title),
      categories: try container.decode([MeasureDescription.Category].self, forKey: .categories),
      level: try container.decode(MeasureDescription.Level.self, forKey: .level),
      responsible: try container.decodeIfPresent([ResponsibleRole].self, forKey: .responsible)
        ?? [],
      schedule: try container.decode(MeasureDescription.Schedule.self, forKey: .schedule),
      timingQuote: try container.decodeIfPresent(String.self, forKey: .timingQuote),
      expectedResult: try container.decodeIfPresent(LocalizedText.self, forKey: .expectedResult),
      target: try container.decodeIfPresent(MeasureDescription.Target.self, forKey: .target),
      condition: try container.decode(MeasureDescription.Condition.self, forKey: .condition),
      provenance: try container.decode(Provenance.self, forKey: .provenance),
      lines: try container.decodeIfPresent(String.self, forKey: .lines))
    guard let problem else { return }
    let key: CodingKeys
    let value: String
    switch problem {
    case .emptyID: (key, value) = (.id, "")
    case .noCategories: (key, value) = (.categories, "[]")
    case .repeatedCategory(let category): (key, value) = (.categories, category.rawValue)
    case .emptyCondition: (key, value) = (.condition, condition.kind)
    case .invalidTarget: (key, value) = (.target, target.map { "\($0.value)" } ?? "")
    // The schedule's own decoding refuses these; kept so that a new check cannot slip through.
    case .invalidMonth, .invalidDate, .unsupportedTimesPerYear, .invalidDeadline,
      .monthsOutOfAcademicOrder, .endsBeforeStart, .noDates:
      (key, value) = (.schedule, schedule.form)
    }
    throw PackFileError.FormatIssue(
      .invalidValue(
        value,
        reason: LocalizedText(ru: problem.message(in: .russian), en: problem.message(in: .english))),
      codingPath: container.codingPath + [key])
  }

  /// Encodes the measure; optional properties only when present.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(title, forKey: .title)
    try container.encode(categories, forKey: .categories)
    try container.encode(level, forKey: .level)
    try container.encode(responsible, forKey: .responsible)
    try container.encode(schedule, forKey: .schedule)
    try container.encodeIfPresent(timingQuote, forKey: .timingQuote)
    try container.encodeIfPresent(expectedResult, forKey: .expectedResult)
    try container.encodeIfPresent(target, forKey: .target)
    try container.encode(condition, forKey: .condition)
    try container.encode(provenance, forKey: .provenance)
    try container.encodeIfPresent(lines, forKey: .lines)
  }
}
