/// The JSON forms of a measure and its parts, shared by the pack description
/// (`qualitykit.packs/1`) and the support plan (`qualitykit.support/1`), so that a measure reads
/// the same in both.
///
/// The keys and values are those of ``DeclaredMeasure``'s `Codable` form (the pack-file form); the
/// reports add a `"pack"` after the id (support plan), a bilingual `summary` in the schedule, and
/// `null` for an absent optional instead of leaving it out. They are still written here, not with
/// `JSONEncoder`, because the reports' bytes are fixed (snapshot tests, hosts that diff them):
/// fields in reading order rather than sorted, `", "` and `": "` separators on one line per
/// measure, `/` unescaped, and the additions above — none of which an encoder's output can be
/// made to match without re-formatting it. A test checks that the two forms agree key by key.
enum MeasureJSON {
  /// `{"id": …, "title": {…}, "categories": […], "level": …, "responsible": […], "schedule": {…},
  /// "timing_quote": …, "expected_result": {…} | null, "target": {…} | null, "condition": {…},
  /// "lines": … | null, "provenance": {…}}`, with `"pack"` after the id when `pack` is given.
  ///
  /// - Complexity: O(n) in the length of the measure's texts.
  ///
  /// A host measure's custom timing is written `{"form": "custom", "summary": {…}}` and its custom
  /// audience `{"kind": "custom", "summary": {…}}`.
  static func measure(_ measure: MeasureDescription, pack: String? = nil) -> String {
    var text = "{\"id\": \(JSONText.string(measure.id.rawValue))"
    if let pack { text += ", \"pack\": \(JSONText.string(pack))" }
    text += ", \"title\": \(JSONText.localized(measure.title))"
    text +=
      ", \"categories\": ["
      + measure.categories.map { "\"\($0.rawValue)\"" }
      .joined(separator: ", ") + "]"
    text += ", \"level\": \"\(measure.level.rawValue)\""
    text += ", \"responsible\": [" + measure.responsible.map(role).joined(separator: ", ") + "]"
    text += ", \"schedule\": \(timing(measure.timing))"
    text += ", \"timing_quote\": \(measure.timingQuote.map(JSONText.string) ?? "null")"
    text +=
      ", \"expected_result\": "
      + (measure.expectedResult.map(JSONText.localized) ?? "null")
    text += ", \"target\": \(measure.target.map(target) ?? "null")"
    text += ", \"condition\": \(audience(measure.appliesTo))"
    text += ", \"lines\": \(measure.lines.map(JSONText.string) ?? "null")"
    text += ", \"provenance\": \(JSONText.provenance(measure.provenance))}"
    return text
  }

  /// `{"id": …, "title": {"ru": …, "en": …}}`.
  static func role(_ role: ResponsibleRole) -> String {
    "{\"id\": \(JSONText.string(role.id.rawValue)), "
      + "\"title\": \(JSONText.localized(role.title))}"
  }

  /// The schedule object, or `{"form": "custom", "summary": {…}}` for a custom timing.
  static func timing(_ timing: MeasureDescription.Timing) -> String {
    switch timing {
    case .schedule(let value): schedule(value)
    case .custom(let text): "{\"form\": \"custom\", \"summary\": \(JSONText.localized(text))}"
    }
  }

  /// The `applies_to` object, or `{"kind": "custom", "summary": {…}}` for a custom audience.
  static func audience(_ audience: MeasureDescription.Audience) -> String {
    switch audience {
    case .condition(let value): condition(value)
    case .custom(let text): "{\"kind\": \"custom\", \"summary\": \(JSONText.localized(text))}"
    }
  }

  /// The content files' schedule object with a `summary` {ru, en} added.
  static func schedule(_ schedule: MeasureDescription.Schedule) -> String {
    func date(_ date: CalendarDate) -> String { "\"\(date.description)\"" }
    var fields = ["\"form\": \"\(schedule.form)\""]
    switch schedule {
    case .month(let month):
      fields.append("\"month\": \(month.rawValue)")
    case .months(let from, let to):
      fields.append("\"from\": \(from.rawValue), \"to\": \(to.rawValue)")
    case .timesPerYear(let n):
      fields.append("\"n\": \(n)")
    case .deadline(let month, let day):
      fields.append("\"month\": \(month.rawValue), \"day\": \(day)")
    case .once(let from, let to):
      fields.append("\"from\": \(date(from)), \"to\": \(date(to))")
    case .dates(let windows):
      let list = windows.map { "{\"from\": \(date($0.from)), \"to\": \(date($0.to))}" }
      fields.append("\"windows\": [\(list.joined(separator: ", "))]")
    case .continuous(let from, let to):
      if let from { fields.append("\"from\": \(date(from))") }
      if let to { fields.append("\"to\": \(date(to))") }
    case .schoolQuarters, .asScheduled:
      break
    }
    fields.append("\"summary\": \(JSONText.localized(schedule.summary))")
    return "{" + fields.joined(separator: ", ") + "}"
  }

  /// `{"ru": …, "en": …, "value": …, "unit": …, "comparison": …}`.
  static func target(_ target: MeasureDescription.Target) -> String {
    "{\"ru\": \(JSONText.string(target.text.ru)), \"en\": \(JSONText.string(target.text.en)), "
      + "\"value\": \(JSONText.number(target.value)), \"unit\": \"\(target.unit.rawValue)\", "
      + "\"comparison\": \"\(target.comparisonName)\"}"
  }

  /// The content files' `applies_to` object.
  static func condition(_ condition: MeasureDescription.Condition) -> String {
    switch condition {
    case .programme, .identified:
      return "{\"kind\": \"\(condition.kind)\"}"
    case .categories(let list):
      return "{\"kind\": \"categories\", \"categories\": ["
        + list.map { JSONText.string($0.id) }.joined(separator: ", ") + "]}"
    case .criteria(let list):
      return "{\"kind\": \"criteria\", \"criteria\": ["
        + list.map { JSONText.string($0.rawValue) }.joined(separator: ", ") + "]}"
    }
  }
}
