/// The chart of a roadmap, drawn by the formats that draw (HTML): the measures of the year as a
/// timeline by month, a row per measure, a bar per dated occurrence.
extension Roadmap {
  /// The timeline of the roadmap's dated measures, municipal or a school's; empty when none is
  /// dated.
  ///
  /// The measures' dates are listed under each of them right after, so the figure prints no table
  /// of its own, and says so.
  ///
  /// - Complexity: O(e) for e dated occurrences.
  func timelineFigure(language: Language) -> ReportDocument {
    typealias Figure = ReportDocument.Figure
    let ru = language == .russian
    let dated = entries.filter { !$0.occurrences.isEmpty }
    // The plan's academic year is the one its first dated occurrence falls in: every entry of
    // `entries` is in it (the others are `outsideYear`).
    guard let first = dated.first?.occurrences.first?.lowerBound else { return ReportDocument() }
    let year = AcademicYear(first.month >= 9 ? first.year + 1 : first.year)
    guard year.hasCalendar else { return ReportDocument() }
    var spans: [Figure.Span] = []
    for (row, entry) in dated.enumerated() {
      for (index, occurrence) in entry.occurrences.enumerated() {
        let from = occurrence.lowerBound.formatted(in: language)
        let to = occurrence.upperBound.formatted(in: language)
        spans.append(
          Figure.Span(
            row: row, start: year.timelinePosition(occurrence.lowerBound),
            end: year.timelinePosition(occurrence.upperBound, through: true), series: 0,
            label: entry.shared.description.title[language]
              + " (\(index + 1) \(ru ? "из" : "of") \(entry.occurrences.count))",
            period: from == to ? from : "\(from)–\(to)"))
      }
    }
    var figure = Figure.timeline(
      title: ReportDocument.Inline(
        ru ? "Мероприятия по месяцам: \(year) учебный год" : "Measures by month: \(year)"),
      x: year.timelineAxis(language: language), rowTitle: ru ? "мероприятие" : "measure",
      rows: dated.map { $0.shared.description.title[language] },
      series: [Figure.Series(ru ? "сроки мероприятия" : "dates of the measure")], spans: spans,
      note: ReportDocument.Inline(
        ru
          ? "Сроки каждого мероприятия указаны в списке ниже."
          : "The dates of each measure are listed below."),
      language: language)
    figure.data = ReportDocument.Table(header: [], rows: [])
    return ReportDocument([.figure(figure)])
  }
}
