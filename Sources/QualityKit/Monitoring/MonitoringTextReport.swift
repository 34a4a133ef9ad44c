/// Writes a monitoring status report for people: plain text for the terminal, or Markdown.
///
/// In order: the year and report date with the count of each status; the overdue occurrences
/// (what needs doing first); the calendar of the year — due date, status, number, window, record
/// date and procedure — in calendar order; the undated procedures with their records; the records
/// not counted towards any occurrence, each with its reason; and the procedures with their
/// periodicity, how it is dated, the responsible role and their notes. Russian by default:
/// «выполнено», «просрочено», «идёт», «предстоит»; dates as `ДД.ММ.ГГГГ` in Russian and
/// `YYYY-MM-DD` in English.
///
/// - Complexity: O(o + r + p) for o occurrences, r unmatched records and p procedures.
///
/// ```swift
/// var text = ""
/// MonitoringTextReport().write(report, to: &text)
/// // "Мониторинг: 2022/2023 учебный год, на 15.03.2023\n…"
/// ```
public struct MonitoringTextReport: Sendable {
  /// The language of the report.
  public var language: Language
  /// Markdown instead of plain text.
  public var markdown: Bool

  /// Headings, bullets and tables in this report\'s form.
  private var layout: TextLayout { TextLayout(markdown: markdown) }

  /// Creates a writer.
  public init(language: Language = .russian, markdown: Bool = false) {
    self.language = language
    self.markdown = markdown
  }

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  private func date(_ date: CalendarDate) -> String { date.formatted(in: language) }

  private func window(_ window: ClosedRange<CalendarDate>) -> String {
    "\(date(window.lowerBound))–\(date(window.upperBound))"
  }

  private func name(_ procedure: MonitoringProcedure) -> String {
    "\(procedure.title[language]) [\(procedure.id)]"
  }

  private func number(_ occurrence: MonitoringOccurrence) -> String {
    "\(occurrence.index) " + t("из", "of") + " \(occurrence.count)"
  }

  /// Writes `report` to `output`.
  ///
  /// - Complexity: O(o + r + p).
  public func write(_ report: MonitoringStatusReport, to output: inout some TextOutputStream) {
    layout.heading(
      1,
      t(
        "Мониторинг: \(report.year) учебный год, на \(date(report.asOf))",
        "Monitoring: \(report.year) academic year, as of \(date(report.asOf))"), &output)
    var counts = [MonitoringStatus.done, .overdue, .inProgress, .upcoming].map {
      "\($0.title[language]): \(report.count($0))"
    }
    if report.count(.undated) > 0 {
      counts.append("\(MonitoringStatus.undated.title[language]): \(report.count(.undated))")
    }
    layout.line(counts.joined(separator: ", ").capitalizedFirst + ".", &output)
    if !report.unmatched.isEmpty {
      layout.line(unmatchedTitle + ": \(report.unmatched.count).", &output)
    }
    output.write("\n")

    let overdue = report.entries(.overdue)
    if !overdue.isEmpty {
      layout.heading(2, t("Просрочено", "Overdue") + ": \(overdue.count)", &output)
      for entry in overdue {
        guard let span = entry.occurrence.window else { continue }
        layout.bullet(
          "\(date(span.upperBound)) — \(name(entry.occurrence.procedure)), "
            + "\(number(entry.occurrence)) (\(window(span)))", level: 0, &output)
      }
      output.write("\n")
    }

    layout.heading(2, t("Календарь", "Calendar"), &output)
    let dated = report.entries.filter { $0.occurrence.window != nil }
    if dated.isEmpty {
      layout.line(
        t("Сроков в этом учебном году нет.", "Nothing is due in this academic year."), &output)
    } else {
      let header = [
        t("срок", "due"), t("статус", "status"), t("№", "no."), t("окно", "window"),
        t("запись", "record"), t("процедура", "procedure"),
      ]
      let rows = dated.compactMap { entry -> [String]? in
        guard let span = entry.occurrence.window else { return nil }
        return [
          date(span.upperBound), entry.status.title[language], number(entry.occurrence),
          window(span), entry.records.first.map(date) ?? "—", name(entry.occurrence.procedure),
        ]
      }
      layout.table(header, rows, columns: .left, &output)
    }
    output.write("\n")

    let undated = report.entries(.undated)
    if !undated.isEmpty {
      layout.heading(2, MonitoringStatus.undated.title[language].capitalizedFirst, &output)
      for entry in undated {
        let procedure = entry.occurrence.procedure
        let records =
          entry.records.isEmpty
          ? t("записей нет", "no records")
          : t("записи: ", "records: ") + entry.records.map(date).joined(separator: ", ")
        layout.bullet(
          "\(name(procedure)) — \(procedure.periodicity.summary[language]); \(records)", level: 0,
          &output)
      }
      output.write("\n")
    }

    if !report.unmatched.isEmpty {
      layout.heading(2, unmatchedTitle + ": \(report.unmatched.count)", &output)
      for item in report.unmatched {
        let procedure =
          report.plan.procedure(item.record.procedure).map(name) ?? "[\(item.record.procedure)]"
        layout.bullet(
          "\(date(item.record.date)) — \(procedure): \(item.reason.explanation[language])",
          level: 0, &output)
      }
      output.write("\n")
    }

    layout.heading(2, t("Процедуры", "Procedures"), &output)
    for procedure in report.plan.procedures {
      layout.bullet(
        "\(name(procedure)) — \(procedure.periodicity.summary[language])", level: 0, &output)
      layout.bullet(procedure.periodicity.note[language], level: 1, &output)
      if let responsible = procedure.responsible {
        layout.bullet(
          t("ответственный: ", "responsible: ") + responsible[language], level: 1, &output)
      }
      if let notes = procedure.notes { layout.bullet(notes[language], level: 1, &output) }
    }
  }

  private var unmatchedTitle: String {
    t("Записи, не отнесённые к срокам", "Records not counted towards any due date")
  }

}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
