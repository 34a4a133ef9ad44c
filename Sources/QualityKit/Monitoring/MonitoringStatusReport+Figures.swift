/// The chart of the monitoring document, drawn by the formats that draw (HTML): the calendar as a
/// timeline, a row per procedure, each dated occurrence a bar over its window, coloured and
/// patterned by its status, with the report date as a line.
extension MonitoringStatusReport {
  /// The timeline of the year's dated occurrences; empty when none is dated.
  ///
  /// Its data are the calendar table that follows it in the document, so the figure prints no
  /// table of its own, and says so.
  ///
  /// - Complexity: O(o) for o occurrences.
  func calendarFigure(language: Language) -> ReportDocument {
    typealias Figure = ReportDocument.Figure
    let ru = language == .russian
    let dated = entries.filter { $0.occurrence.window != nil }
    guard !dated.isEmpty, year.hasCalendar else { return ReportDocument() }
    // A row per procedure, in the order of the plan.
    var rows: [MonitoringProcedureID] = []
    for procedure in plan.procedures
    where dated.contains(where: { $0.occurrence.procedure.id == procedure.id }) {
      rows.append(procedure.id)
    }
    let statuses: [(MonitoringStatusReport.Status, Figure.Series.Style)] = [
      (.done, .done), (.inProgress, .due), (.overdue, .overdue), (.upcoming, .planned),
    ]
    let spans = dated.compactMap { entry -> Figure.Span? in
      guard let window = entry.occurrence.window,
        let row = rows.firstIndex(of: entry.occurrence.procedure.id),
        let series = statuses.firstIndex(where: { $0.0 == entry.status })
      else { return nil }
      let from = window.lowerBound.formatted(in: language)
      let to = window.upperBound.formatted(in: language)
      return Figure.Span(
        row: row, start: year.timelinePosition(window.lowerBound),
        end: year.timelinePosition(window.upperBound, through: true), series: series,
        label: entry.occurrence.procedure.title[language]
          + " (\(entry.occurrence.index) " + (ru ? "из" : "of") + " \(entry.occurrence.count))",
        period: from == to ? from : "\(from)–\(to)")
    }
    var figure = Figure.timeline(
      title: ReportDocument.Inline(
        ru ? "Календарь мониторинга: \(year) учебный год" : "Monitoring calendar: \(year)"),
      x: year.timelineAxis(language: language), rowTitle: ru ? "процедура" : "procedure",
      rows: rows.compactMap { plan.procedure($0)?.title[language] },
      series: statuses.map { Figure.Series($0.0.title[language], style: $0.1) }, spans: spans,
      // The report date, where it falls in the year.
      references: year.contains(asOf)
        ? [
          Figure.Reference(
            .x, year.timelinePosition(asOf, through: true),
            label: (ru ? "на " : "as of ") + asOf.formatted(in: language))
        ] : [],
      note: ReportDocument.Inline(
        ru
          ? "Сроки и статусы каждого проведения — в таблице календаря ниже."
          : "The dates and status of each occurrence are in the calendar table below."),
      language: language)
    figure.data = ReportDocument.Table(header: [], rows: [])
    return ReportDocument([.figure(figure)])
  }
}
