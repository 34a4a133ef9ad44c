/// Writes a ``ProgressReport`` for people: plain text for the terminal, or Markdown.
///
/// For each indicator: its title and id, unit, level, better direction, target and how the municipal
/// value is obtained; the trend; a table of years with the actual value, the target in force, the
/// status («достигнуто», «не достигнуто», «нет данных», «срок не наступил», «цель не задана»), the
/// signed distance (+ on the good side) and the basis; then, where the value is computed from
/// schools, a table of the school values by year. A value that small-cell suppression hides is
/// printed as «*», with a footnote.
///
/// - Complexity: O(i · y · n) for i indicators, y years and n schools.
public struct ProgressTextReport: Sendable {
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

  /// Writes `report` to `output`.
  public func write(_ report: ProgressReport, to output: inout some TextOutputStream) {
    layout.heading(
      1, t("Целевые показатели: ход достижения", "Target indicators: progress"), &output)
    let years =
      report.years.isEmpty
      ? t("нет", "none") : report.years.map(\.description).joined(separator: ", ")
    plainLine(
      t("Годы: ", "Years: ") + years + ". " + t("Показателей: ", "Indicators: ")
        + "\(report.indicators.count).", &output)
    var suppressed = false
    for progress in report.indicators {
      output.write("\n")
      suppressed = write(progress, report, &output) || suppressed
    }
    if suppressed {
      output.write("\n")
      plainLine(
        hiddenMark
          + t(
            " — значение не выводится: в школе (или в школах, по которым оно рассчитано, вместе) "
              + "менее \(report.minimumGroupSize) обучающихся.",
            " — the value is not shown: the school (or the schools it is computed from, together) "
              + "has fewer than \(report.minimumGroupSize) students."), &output)
    }
  }

  /// Writes one indicator; returns whether a value was hidden.
  private func write(
    _ progress: ProgressReport.IndicatorProgress, _ report: ProgressReport,
    _ output: inout some TextOutputStream
  ) -> Bool {
    let d = progress.description
    layout.heading(2, "\(d.title[language]) [\(d.id)]", &output)
    let better = d.better == .positive ? t("больше", "higher") : t("меньше", "lower")
    fact(
      t("Единица: ", "Unit: ") + IndicatorText.unit(d.unit, language) + "; "
        + t("уровень: ", "level: ") + d.level.title(in: language) + "; "
        + t("лучше: ", "better: ") + better + ".", &output)
    var target = t("Цель: ", "Target: ") + (d.target?.text(in: language) ?? t("не задана", "none"))
    if let reading = d.target?.reading { target += " (" + reading[language] + ")" }
    fact(target + ".", &output)
    if let aggregation = d.aggregation {
      fact(t("Как считается: ", "How it is computed: ") + aggregation[language], &output)
    }
    var trend = t("Тренд: ", "Trend: ") + progress.trend.title(in: language)
    if let slope = progress.slope, progress.mayShowValues {
      trend +=
        " (" + IndicatorText.signed(slope, language) + " " + t("в год", "per year") + ")"
    }
    fact(trend + ".", &output)
    output.write("\n")

    var hidden = false
    let header = [
      t("год", "year"), t("факт", "actual"), t("цель", "target"), t("статус", "status"),
      t("отклонение", "distance"), t("основание", "basis"),
    ]
    let rows = progress.rows.map { row -> [String] in
      if !row.mayShowValue, row.value != nil { hidden = true }
      let value = row.value.map {
        row.mayShowValue ? IndicatorText.number($0, language) : hiddenMark
      }
      let distance = row.distance.map {
        row.mayShowValue ? IndicatorText.signed($0, language) : hiddenMark
      }
      return [
        row.year.description, value ?? "—",
        row.target.map { IndicatorText.number($0, language) } ?? "—",
        row.status.title(in: language), distance ?? "—", row.actual.note[language],
      ]
    }
    layout.table(header, rows, columns: .left, &output)

    let schools = Set(progress.rows.flatMap { $0.schools.map(\.school) }).sorted()
    guard !schools.isEmpty else { return hidden }
    output.write("\n")
    let meaning =
      d.schoolValueMeaning.map { " (" + $0[language] + ")" } ?? ""
    plainLine(t("Значения школ", "School values") + meaning + ":", &output)
    if markdown { output.write("\n") }
    let years = progress.rows.filter { !$0.schools.isEmpty }
    let entries = years.map { row in
      Dictionary(row.schools.map { ($0.school, $0) }, uniquingKeysWith: { first, _ in first })
    }
    let schoolRows = schools.map { school -> [String] in
      [report.label(of: school)]
        + entries.map { bySchool in
          guard let entry = bySchool[school] else { return "—" }
          guard entry.mayShowValue else {
            hidden = true
            return hiddenMark
          }
          return IndicatorText.number(entry.value, language)
        }
    }
    layout.table(
      [t("школа", "school")] + years.map(\.year.description), schoolRows, columns: .left, &output)
    return hidden
  }

  /// A line of text, without the blank line a Markdown paragraph would add: the progress report
  /// spaces its blocks itself.
  private func plainLine(_ text: String, _ output: inout some TextOutputStream) {
    output.write(text + "\n")
  }

  /// A line of the indicator's facts: a list item in Markdown, so that the lines stay apart.
  private func fact(_ text: String, _ output: inout some TextOutputStream) {
    output.write((markdown ? "- " : "") + text + "\n")
  }

  /// The mark of a hidden value; escaped in Markdown, where a leading `*` starts a list.
  private var hiddenMark: String { markdown ? "\\*" : "*" }

}

/// Numbers and units as the progress writers print them.
enum IndicatorText {
  /// A value with at most two decimals, a decimal comma in Russian.
  static func number(_ value: Double, _ language: Language) -> String {
    NumberText.format(value, decimals: 2, language)
  }

  /// A value with an explicit sign: «+2», «-0,5», «0».
  static func signed(_ value: Double, _ language: Language) -> String {
    let text = number(value, language)
    return text.first == "-" || text == "0" ? text : "+" + text
  }

  /// The unit in words for the heading line.
  static func unit(_ unit: MetricUnit, _ language: Language) -> String {
    switch (unit, language) {
    case (.percent, _): "%"
    case (.points, .russian): "баллы"
    case (.points, .english): "points"
    case (.mark, .russian): "отметка"
    case (.mark, .english): "mark"
    case (.count, .russian): "количество"
    case (.count, .english): "count"
    case (.kilometres, .russian): "км"
    case (.kilometres, .english): "km"
    case (.index, .russian): "индекс"
    case (.index, .english): "index"
    }
  }
}
