/// The table of a monitoring status report, for CSV and workbooks: `monitoring`, one row per
/// occurrence, then one row per record not counted.
///
/// Dates are date cells (`ДД.ММ.ГГГГ` in Russian CSV, `YYYY-MM-DD` in English); the status is a
/// word («выполнено», «просрочено», «идёт», «предстоит», «без срока») with its id in `status_id`;
/// the dates of the records are a list. A record not counted has no number, window or due date;
/// its status is «запись не учтена» / "record not counted" and its note the reason.
///
/// - Complexity: O(o + r) for o occurrences and r unmatched records, when written.
extension MonitoringStatusReport {
  /// The monitoring table.
  public func tables(language: Language) -> [ExportTable] {
    let report = self
    return [
      ExportTable(
        id: "monitoring", title: LocalizedText(ru: "Мониторинг", en: "Monitoring"),
        columns: [
          .code("procedure_id"), .init("процедура", "procedure"),
          .init("периодичность", "periodicity"), .init("ответственный", "responsible"),
          .init("номер", "number", .integer), .init("из", "of", .integer),
          .init("начало", "start", .date), .init("срок", "due", .date),
          .init("статус", "status"), .code("status_id"), .init("записи", "records", .list),
          .init("примечание", "note"),
        ], isMain: true
      ) { row in
        let language = row.language
        for entry in report.entries {
          let occurrence = entry.occurrence
          let procedure = occurrence.procedure
          row.code(procedure.id.rawValue)
          row.text(procedure.title[language])
          row.text(procedure.periodicity.summary[language])
          row.text(procedure.responsible?[language] ?? "")
          row.integer(occurrence.index)
          row.integer(occurrence.count)
          if let start = occurrence.start { row.date(start) } else { row.empty() }
          if let due = occurrence.due { row.date(due) } else { row.empty() }
          row.text(entry.status.title[language])
          row.code(entry.status.rawValue)
          row.list(entry.records.map { $0.formatted(in: language) })
          row.text(entry.status == .undated ? procedure.periodicity.note[language] : "")
          row.endRow()
        }
        for item in report.unmatched {
          let procedure = report.plan.procedure(item.record.procedure)
          row.code(item.record.procedure.rawValue)
          row.text(procedure?.title[language] ?? "")
          row.text(procedure?.periodicity.summary[language] ?? "")
          row.text(procedure?.responsible?[language] ?? "")
          for _ in 0..<4 { row.empty() }
          row.text(language == .russian ? "запись не учтена" : "record not counted")
          row.code("record_not_counted")
          row.list([item.record.date.formatted(in: language)])
          row.text(item.reason.explanation[language])
          row.endRow()
        }
      }
    ]
  }
}

extension TableRowWriter {
  /// A date cell for a calendar day.
  func date(_ date: CalendarDate) { self.date(year: date.year, month: date.month, day: date.day) }
}
