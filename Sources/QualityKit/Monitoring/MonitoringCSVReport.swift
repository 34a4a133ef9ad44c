/// Writes a monitoring status report as CSV for Russian Excel: one row per occurrence, then one row
/// per record not counted.
///
/// `;` as the delimiter, a UTF-8 byte order mark and CRLF line ends, as ``CSVReport`` writes, so
/// Excel with Russian settings opens the file without an import dialogue. Dates are `ДД.ММ.ГГГГ` in
/// Russian (Excel reads them as dates) and `YYYY-MM-DD` in English; statuses are words
/// («выполнено», «просрочено», «идёт», «предстоит», «без срока»).
///
/// Columns (Russian / English header): `procedure_id`, `процедура` / `procedure`,
/// `периодичность` / `periodicity`, `ответственный` / `responsible`, `номер` / `number`,
/// `из` / `of`, `начало` / `start`, `срок` / `due`, `статус` / `status`, `записи` / `records`,
/// `примечание` / `note`. A record not counted has no number, window or due date; its status is
/// «запись не учтена» / "record not counted" and its note the reason.
///
/// - Complexity: O(o + r) for o occurrences and r unmatched records.
///
/// ```swift
/// var csv = ""
/// MonitoringCSVReport().write(report, to: &csv)
/// // "\u{FEFF}procedure_id;процедура;…\r\nmanagement;…;выполнено;25.11.2022;\r\n…"
/// ```
struct MonitoringCSVReport: Sendable {
  /// The language of headers, words and dates.
  var language: Language

  /// Creates a writer.
  init(language: Language = .russian) { self.language = language }

  /// Writes `report` to `output`.
  ///
  /// - Complexity: O(o + r).
  func write(_ report: MonitoringStatusReport, to output: inout some TextOutputStream) {
    let russian = language == .russian
    let header =
      russian
      ? [
        "procedure_id", "процедура", "периодичность", "ответственный", "номер", "из", "начало",
        "срок", "статус", "записи", "примечание",
      ]
      : [
        "procedure_id", "procedure", "periodicity", "responsible", "number", "of", "start", "due",
        "status", "records", "note",
      ]
    output.write("\u{FEFF}")
    output.write(header.joined(separator: ";") + "\r\n")
    for entry in report.entries {
      let occurrence = entry.occurrence
      let procedure = occurrence.procedure
      let note = entry.status == .undated ? procedure.periodicity.note[language] : ""
      row(
        [
          CSVReport.inert(procedure.id.rawValue), CSVReport.inert(procedure.title[language]),
          procedure.periodicity.summary[language],
          CSVReport.inert(procedure.responsible?[language] ?? ""), String(occurrence.index),
          String(occurrence.count), occurrence.start.map(date) ?? "",
          occurrence.due.map(date) ?? "", entry.status.title[language],
          entry.records.map(date).joined(separator: ", "), note,
        ], &output)
    }
    for item in report.unmatched {
      let procedure = report.plan.procedure(item.record.procedure)
      row(
        [
          CSVReport.inert(item.record.procedure.rawValue),
          CSVReport.inert(procedure?.title[language] ?? ""),
          procedure?.periodicity.summary[language] ?? "",
          CSVReport.inert(procedure?.responsible?[language] ?? ""), "", "", "", "",
          russian ? "запись не учтена" : "record not counted", date(item.record.date),
          item.reason.explanation[language],
        ], &output)
    }
  }

  private func date(_ date: CalendarDate) -> String { date.formatted(in: language) }

  private func row(_ cells: [String], _ output: inout some TextOutputStream) {
    output.write(cells.map(CSVReport.quoted).joined(separator: ";") + "\r\n")
  }
}
