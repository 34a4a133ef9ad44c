/// The charts of the progress document, drawn by the formats that draw (HTML): each indicator's
/// actual values year by year against its yearly targets.
extension ProgressReport.IndicatorProgress {
  /// The line chart of the indicator: the actual values (a value small-cell suppression hides is
  /// left out, a gap in the line) and the targets in force; empty when there is neither.
  ///
  /// Its data are the table of years that follows it in the document, so the figure prints no
  /// table of its own, and says so.
  ///
  /// - Complexity: O(y) for y years.
  func figure(language: Language) -> ReportDocument {
    typealias Figure = ReportDocument.Figure
    let ru = language == .russian
    let groups = rows.map { row in
      Figure.Group(
        row.year.description, values: [row.mayShowValue ? row.value : nil, row.target])
    }
    guard groups.contains(where: { $0.values.contains { $0 != nil } }) else {
      return ReportDocument()
    }
    let hidden = rows.contains { !$0.mayShowValue && $0.value != nil }
    var note =
      ru ? "Значения по годам — в таблице ниже." : "The values by year are in the table below."
    if hidden {
      note +=
        ru
        ? " Скрытые значения (малые группы) не нанесены."
        : " Hidden values (small groups) are not drawn."
    }
    var figure = Figure.line(
      // The heading above names the indicator.
      title: ReportDocument.Inline(ru ? "Факт и цель по годам" : "Actual and target by year"),
      x: Figure.Axis(title: ru ? "учебный год" : "academic year"),
      y: Figure.Axis(
        title: ru ? "значение" : "value", unit: IndicatorText.unit(description.unit, language)),
      series: [
        Figure.Series(ru ? "факт" : "actual", style: .actual),
        Figure.Series(ru ? "цель" : "target", style: .target),
      ],
      groups: groups, note: ReportDocument.Inline(note), language: language)
    figure.data = ReportDocument.Table(header: [], rows: [])
    return ReportDocument([.figure(figure)])
  }
}
