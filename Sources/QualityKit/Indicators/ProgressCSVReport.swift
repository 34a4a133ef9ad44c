/// Writes a ``ProgressReport`` as CSV for Russian Excel: one row per indicator and year, followed by
/// one row per school value behind it.
///
/// Like ``CSVReport``: `;` as the delimiter, a decimal comma, a UTF-8 byte-order mark, CRLF line ends,
/// RFC 4180 quoting where needed, and input text that Excel would run as a formula made inert. A
/// municipal row has an empty `school_id`; a school row has the school and its value only. Years are
/// end years (2022 for 2021/2022), statuses and trends their codes (`achieved`, `not_achieved`,
/// `no_data`, `not_yet_due`, `target_not_set`, `no_target`; `improving`, `worsening`, `stable`, `insufficient_data`), so
/// that a sheet can be filtered on them. A value hidden by small-cell suppression is an empty cell
/// with the reason in the last column.
///
/// - Complexity: O(i · y · n) for i indicators, y years and n schools.
struct ProgressCSVReport: Sendable {
  /// The language of headers, titles and notes.
  var language: Language

  /// Creates a writer.
  init(language: Language = .russian) { self.language = language }

  /// Writes `report` to `output`.
  func write(_ report: ProgressReport, to output: inout some TextOutputStream) {
    let ru = language == .russian
    let header =
      ru
      ? [
        "indicator", "показатель", "единица", "уровень", "год", "school_id", "школа", "факт",
        "цель", "сравнение", "статус", "отклонение", "тренд", "основание",
      ]
      : [
        "indicator", "title", "unit", "level", "year", "school_id", "school", "actual", "target",
        "comparison", "status", "distance", "trend", "basis",
      ]
    let hiddenNote =
      ru
      ? "значение не выводится: менее \(report.minimumGroupSize) обучающихся или их число "
        + "неизвестно в одном из лет значения"
      : "the value is not shown: fewer than \(report.minimumGroupSize) students, or an unknown "
        + "number, in a year of the value"
    output.write("\u{FEFF}")
    output.write(header.joined(separator: ";") + "\r\n")
    for progress in report.indicators {
      let d = progress.description
      let lead = [
        CSVReport.inert(d.id.rawValue), CSVReport.inert(d.title[language]), d.unit.rawValue,
        d.level.rawValue,
      ]
      let comparison = d.target?.comparison.title(in: language) ?? ""
      for row in progress.rows {
        let show = row.mayShowValue
        let cells =
          lead + [
            String(row.year.endYear), "", "", show ? number(row.value) : "", number(row.target),
            comparison, row.status.rawValue, show ? number(row.distance) : "",
            progress.trend.rawValue,
            show || row.value == nil ? CSVReport.inert(row.actual.note[language]) : hiddenNote,
          ]
        output.write(cells.map(CSVReport.quoted).joined(separator: ";") + "\r\n")
        for entry in row.schools {
          let name = report.schoolNames[entry.school] ?? ""
          let cells =
            lead + [
              String(row.year.endYear), CSVReport.inert(entry.school.rawValue),
              CSVReport.inert(name), entry.mayShowValue ? number(entry.value) : "", "", "", "",
              "", "",
              entry.mayShowValue
                ? CSVReport.inert(d.schoolValueMeaning?[language] ?? "") : hiddenNote,
            ]
          output.write(cells.map(CSVReport.quoted).joined(separator: ";") + "\r\n")
        }
      }
    }
  }

  private func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return NumberText.format(value, decimals: 6, .russian)
  }
}
