/// A monitoring status report for people, and its JSON (`qualitykit.monitoring/1`) and CSV
/// exports.
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
/// ReportFormat.text.render(report)
/// // "Мониторинг: 2022/2023 учебный год, на 15.03.2023\n…"
/// ```
extension MonitoringStatusReport: Reportable {
  /// The report as a document in `language`.
  ///
  /// - Complexity: O(o + r + p).
  public func document(language: Language) -> ReportDocument {
    MonitoringDocument(language: language).document(self)
  }

  /// Writes the `qualitykit.monitoring/1` JSON.
  ///
  /// - Complexity: O(o + r + p).
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    MonitoringJSONReport(language: language).write(self, to: &output)
  }
}

/// Builds the document of a monitoring status report.
private struct MonitoringDocument {
  let language: Language
  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  private func date(_ date: CalendarDate) -> String { date.formatted(in: language) }

  private func window(_ window: ClosedRange<CalendarDate>) -> String {
    "\(date(window.lowerBound))–\(date(window.upperBound))"
  }

  /// A procedure by its title: its id is for the records file, the exports and `--describe`.
  private func name(_ procedure: MonitoringProcedure) -> String {
    procedure.title[language]
  }

  private func number(_ occurrence: MonitoringPlan.Occurrence) -> String {
    "\(occurrence.index) " + t("из", "of") + " \(occurrence.count)"
  }

  func document(_ report: MonitoringStatusReport) -> ReportDocument {
    var document = ReportDocument()
    document.heading(
      1,
      t(
        "Мониторинг: \(report.year) учебный год, на \(date(report.asOf))",
        "Monitoring: \(report.year) academic year, as of \(date(report.asOf))"))
    var counts = [MonitoringStatusReport.Status.done, .overdue, .inProgress, .upcoming].map {
      "\($0.title[language]): \(report.count($0))"
    }
    if report.count(.undated) > 0 {
      counts.append(
        "\(MonitoringStatusReport.Status.undated.title[language]): \(report.count(.undated))")
    }
    document.paragraph(counts.joined(separator: ", ").capitalizedFirst + ".")
    if !report.unmatched.isEmpty {
      document.paragraph(unmatchedTitle + ": \(report.unmatched.count).")
    }
    document.blank()

    let overdue = report.entries(.overdue)
    if !overdue.isEmpty {
      document.heading(2, t("Просрочено", "Overdue") + ": \(overdue.count)")
      for entry in overdue {
        guard let span = entry.occurrence.window else { continue }
        document.item(
          "\(date(span.upperBound)) — \(name(entry.occurrence.procedure)), "
            + "\(number(entry.occurrence)) (\(window(span)))")
      }
      document.blank()
    }

    document.heading(2, t("Календарь", "Calendar"))
    document.append(contentsOf: report.calendarFigure(language: language))
    let dated = report.entries.filter { $0.occurrence.window != nil }
    if dated.isEmpty {
      document.paragraph(
        t("Сроков в этом учебном году нет.", "Nothing is due in this academic year."))
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
      document.table(header, rows, alignment: .left)
    }
    document.blank()

    let undated = report.entries(.undated)
    if !undated.isEmpty {
      document.heading(2, MonitoringStatusReport.Status.undated.title[language].capitalizedFirst)
      for entry in undated {
        let procedure = entry.occurrence.procedure
        let records =
          entry.records.isEmpty
          ? t("записей нет", "no records")
          : t("записи: ", "records: ") + entry.records.map(date).joined(separator: ", ")
        document.item(
          "\(name(procedure)) — \(procedure.periodicity.summary[language]); \(records)")
      }
      document.blank()
    }

    if !report.unmatched.isEmpty {
      document.heading(2, unmatchedTitle + ": \(report.unmatched.count)")
      for item in report.unmatched {
        let procedure =
          report.plan.procedure(item.record.procedure).map(name) ?? "[\(item.record.procedure)]"
        document.item(
          "\(date(item.record.date)) — \(procedure): \(item.reason.explanation[language])",
          level: 0)
      }
      document.blank()
    }

    document.heading(2, t("Процедуры", "Procedures"))
    for procedure in report.plan.procedures {
      document.item(
        "\(name(procedure)) — \(procedure.periodicity.summary[language])")
      document.item(procedure.periodicity.note[language], level: 1)
      if let responsible = procedure.responsible {
        document.item(
          t("ответственный: ", "responsible: ") + responsible[language], level: 1)
      }
      if let notes = procedure.notes { document.item(notes[language], level: 1) }
    }
    return document
  }

  private var unmatchedTitle: String {
    t("Записи, не отнесённые к срокам", "Records not counted towards any due date")
  }

}

extension String {
  fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
