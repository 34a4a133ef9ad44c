/// Writes a support plan as CSV for Russian Excel: one row per roadmap, measure and occurrence.
///
/// `;` as the delimiter, a decimal comma, a UTF-8 byte-order mark and CRLF line ends, as
/// ``CSVReport`` writes, so Excel with Russian settings opens the file without an import dialogue;
/// text that Excel would run as a formula is made inert. Columns (Russian / English header):
///
/// `roadmap` (`municipal` or `school`), `school_id`, `школа` / `school`, `раздел` / `section`
/// (`planned`, `as_scheduled`, `outside_year`, `no_data`), `measure_id`, `мероприятие` /
/// `measure`, `направления` / `categories` (the codes, primary first), `уровень` / `level`,
/// `ответственные` / `responsible`, `номер` / `number`, `из` / `of`, `начало` / `start`,
/// `окончание` / `end`, `сроки` / `timing`, `ожидаемый результат` / `expected result`,
/// `целевое значение` / `target`, `значение цели` / `target value`, `школ` / `schools`,
/// `основание` / `reason`.
///
/// A measure with k occurrences in the year has k rows numbered 1…k; one without (by schedule,
/// outside the year, or open for missing data with no date) has one row with empty number and
/// dates. Dates are `ДД.ММ.ГГГГ` in Russian and `YYYY-MM-DD` in English; the target value always
/// has a decimal comma. `школ` is the number of schools a municipal measure serves. Rows of the
/// extra sections follow, in the same columns, then their own tables, each after an empty line.
///
/// - Complexity: O(o) in the number of occurrences of all entries.
struct SupportPlanCSVReport: Sendable {
  /// The language of headers, titles and dates.
  var language: Language
  /// Sections whose rows are appended, in order.
  var sections: [any SupportPlan.Section]

  /// Creates a writer.
  init(language: Language = .russian, sections: [any SupportPlan.Section] = []) {
    self.language = language
    self.sections = sections
  }

  /// The header row in `language`.
  static func header(in language: Language) -> [String] {
    language == .russian
      ? [
        "roadmap", "school_id", "школа", "раздел", "measure_id", "мероприятие", "направления",
        "уровень", "ответственные", "номер", "из", "начало", "окончание", "сроки",
        "ожидаемый результат", "целевое значение", "значение цели", "школ", "основание",
      ]
      : [
        "roadmap", "school_id", "school", "section", "measure_id", "measure", "categories",
        "level", "responsible", "number", "of", "start", "end", "timing", "expected result",
        "target", "target value", "schools", "reason",
      ]
  }

  /// Writes `plan` to `output`.
  ///
  /// - Complexity: O(o).
  func write(_ plan: SupportPlan, to output: inout some TextOutputStream) {
    let header = Self.header(in: language)
    output.write("\u{FEFF}")
    output.write(header.joined(separator: ";") + "\r\n")
    roadmap(plan.municipal, school: nil, &output)
    for school in plan.schools { roadmap(school.roadmap, school: school.school, &output) }
    for section in sections {
      for cells in section.csvRows(language: language) {
        var row = Array(cells.prefix(header.count))
        row += Array(repeating: "", count: header.count - row.count)
        output.write(row.map { CSVReport.quoted(CSVReport.inert($0)) }.joined(separator: ";"))
        output.write("\r\n")
      }
    }
    for section in sections {
      guard let table = section.csvTable(language: language) else { continue }
      output.write("\r\n")
      output.write(table)
    }
  }

  private func roadmap(_ roadmap: Roadmap, school: School?, _ output: inout some TextOutputStream) {
    for entry in roadmap.entries {
      rows(
        entry, section: entry.measureDescription.timing.isDated ? "planned" : "as_scheduled",
        school, &output)
    }
    for entry in roadmap.outsideYear { rows(entry, section: "outside_year", school, &output) }
    for entry in roadmap.noData { rows(entry, section: "no_data", school, &output) }
  }

  private func rows(
    _ entry: Roadmap.Entry, section: String, _ school: School?,
    _ output: inout some TextOutputStream
  ) {
    let measure = entry.measureDescription
    let lead = [
      school == nil ? "municipal" : "school", CSVReport.inert(school?.id.rawValue ?? ""),
      CSVReport.inert(school?.name ?? ""), section, CSVReport.inert(measure.id.rawValue),
      CSVReport.inert(measure.title[language]),
      measure.categories.map(\.code).joined(separator: ", "), measure.level.rawValue,
      CSVReport.inert(measure.responsible.map { $0.title[language] }.joined(separator: "; ")),
    ]
    let tail = [
      measure.timing.summary[language], CSVReport.inert(measure.expectedResult?[language] ?? ""),
      CSVReport.inert(measure.target?.text[language] ?? ""),
      measure.target.map { NumberText.format($0.value, decimals: 6, .russian) } ?? "",
      school == nil && !entry.schools.isEmpty ? String(entry.schools.count) : "",
      CSVReport.inert(entry.reasons.map { $0.text(in: language) }.joined(separator: "; ")),
    ]
    if entry.occurrences.isEmpty {
      write(lead + ["", "", "", ""] + tail, &output)
      return
    }
    for (index, range) in entry.occurrences.enumerated() {
      write(
        lead + [
          String(index + 1), String(entry.occurrences.count),
          range.lowerBound.formatted(in: language), range.upperBound.formatted(in: language),
        ] + tail, &output)
    }
  }

  private func write(_ cells: [String], _ output: inout some TextOutputStream) {
    output.write(cells.map(CSVReport.quoted).joined(separator: ";") + "\r\n")
  }
}
