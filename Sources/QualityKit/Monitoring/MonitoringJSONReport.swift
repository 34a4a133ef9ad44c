/// Writes a monitoring status report as JSON in the `qualitykit.monitoring/1` schema.
///
/// Keys are written in a fixed order, one procedure, occurrence or record per line, so equal
/// reports give byte-identical files:
///
/// ```json
/// {
///   "schema": "qualitykit.monitoring/1",
///   "year": 2023,
///   "academic_year": "2022/2023",
///   "as_of": "2023-03-15",
///   "language": "ru",
///   "summary": {"done": 5, "overdue": 2, "in_progress": 4, "upcoming": 2, "undated": 0,
///               "unmatched_records": 2},
///   "procedures": [
///     {"id": "quality", "title": {"ru": "…", "en": "…"},
///      "periodicity": {"kind": "times_per_year", "times": 4}, "periodicity_text": "4 раза в год",
///      "responsible": null, "provenance": {"source": "…", "section": "…", "quote": "…",
///      "kind": "stated", "derivation": null}}
///   ],
///   "occurrences": [
///     {"procedure": "quality", "index": 1, "count": 4, "start": "2022-09-01",
///      "due": "2022-11-30", "status": "done", "records": ["2022-10-15"]}
///   ],
///   "unmatched_records": [
///     {"procedure": "quality", "date": "2022-11-30", "reason": "repeated", "explanation": "…"}
///   ]
/// }
/// ```
///
/// Dates are ISO `YYYY-MM-DD`; `status` is `done`, `overdue`, `in_progress`, `upcoming` or
/// `undated` (then `start` and `due` are `null`); `reason` is `unknown_procedure`, `other_year`,
/// `after_as_of`, `repeated` or `outside_windows`. Texts that are not bilingual objects
/// (`periodicity_text`, `explanation`) are in the writer's language. Keys may be added; these may
/// not change.
///
/// - Complexity: O(o + r + p) for o occurrences, r unmatched records and p procedures.
struct MonitoringJSONReport: Sendable {
  /// The language of `periodicity_text` and `explanation`.
  var language: Language

  /// Creates a writer.
  init(language: Language = .russian) { self.language = language }

  /// Writes `report` to `output`.
  ///
  /// - Complexity: O(o + r + p).
  func write(_ report: MonitoringStatusReport, to output: inout some TextOutputStream) {
    output.write("{\n  \"schema\": \"qualitykit.monitoring/1\",\n")
    output.write("  \"year\": \(report.year.endYear),\n")
    output.write("  \"academic_year\": \(JSONText.string(report.year.description)),\n")
    output.write("  \"as_of\": \(Self.string(report.asOf)),\n")
    output.write("  \"language\": \(JSONText.string(language.rawValue)),\n")
    let counts = MonitoringStatusReport.Status.allCases.map {
      "\"\($0.rawValue)\": \(report.count($0))"
    }
    output.write(
      "  \"summary\": {\(counts.joined(separator: ", ")), "
        + "\"unmatched_records\": \(report.unmatched.count)},\n")

    output.write("  \"procedures\": [")
    output.write(
      report.plan.procedures.map { procedure in
        "\n    {\"id\": \(JSONText.string(procedure.id.rawValue)), "
          + "\"title\": \(Self.json(procedure.title)), "
          + "\"periodicity\": \(Self.json(procedure.periodicity)), "
          + "\"periodicity_text\": \(JSONText.string(procedure.periodicity.summary[language])), "
          + "\"responsible\": \(procedure.responsible.map(Self.json) ?? "null"), "
          + "\"provenance\": \(Self.json(procedure.provenance))}"
      }.joined(separator: ","))
    output.write(report.plan.procedures.isEmpty ? "],\n" : "\n  ],\n")

    output.write("  \"occurrences\": [")
    output.write(
      report.entries.map { entry in
        let occurrence = entry.occurrence
        return "\n    {\"procedure\": \(JSONText.string(occurrence.procedure.id.rawValue)), "
          + "\"index\": \(occurrence.index), \"count\": \(occurrence.count), "
          + "\"start\": \(occurrence.start.map(Self.string) ?? "null"), "
          + "\"due\": \(occurrence.due.map(Self.string) ?? "null"), "
          + "\"status\": \"\(entry.status.rawValue)\", "
          + "\"records\": [\(entry.records.map(Self.string).joined(separator: ", "))]}"
      }.joined(separator: ","))
    output.write(report.entries.isEmpty ? "],\n" : "\n  ],\n")

    output.write("  \"unmatched_records\": [")
    output.write(
      report.unmatched.map { item in
        "\n    {\"procedure\": \(JSONText.string(item.record.procedure.rawValue)), "
          + "\"date\": \(Self.string(item.record.date)), "
          + "\"reason\": \"\(item.reason.rawValue)\", "
          + "\"explanation\": \(JSONText.string(item.reason.explanation[language]))}"
      }.joined(separator: ","))
    output.write(report.unmatched.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
  }

  private static func string(_ date: CalendarDate) -> String { "\"\(date.description)\"" }

  private static func json(_ text: LocalizedText) -> String {
    "{\"ru\": \(JSONText.string(text.ru)), \"en\": \(JSONText.string(text.en))}"
  }

  private static func json(_ periodicity: MonitoringProcedure.Periodicity) -> String {
    let kind = "\"kind\": \"\(periodicity.kind)\""
    switch periodicity {
    case .timesPerYear(let n):
      return "{\(kind), \"times\": \(n)}"
    case .annually(let from, let to):
      return "{\(kind), \"from\": \(from.rawValue), \"to\": \(to.rawValue)}"
    case .deadline(let month, let day):
      return "{\(kind), \"month\": \(month.rawValue), \"day\": \(day)}"
    case .once(let from, let to):
      return "{\(kind), \"from\": \(string(from)), \"to\": \(string(to))}"
    case .continuous, .asScheduled:
      return "{\(kind)}"
    }
  }

  private static func json(_ provenance: Provenance) -> String {
    "{\"source\": \(JSONText.string(provenance.source)), "
      + "\"section\": \(JSONText.string(provenance.section)), "
      + "\"quote\": \(JSONText.string(provenance.quote)), "
      + "\"kind\": \"\(provenance.kind.rawValue)\", "
      + "\"derivation\": \(provenance.derivation.map(json) ?? "null")}"
  }
}
