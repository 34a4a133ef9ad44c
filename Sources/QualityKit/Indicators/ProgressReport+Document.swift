/// A progress report for people, and its JSON (`qualitykit.progress/1`) and CSV exports.
///
/// For each indicator the document has its title and id, unit, level, better direction, target and
/// how the municipal value is obtained; the trend; a table of years with the actual value, the
/// target in force, the status («достигнуто», «не достигнуто», «нет данных», «срок не наступил»,
/// «цель не установлена», «цель не задана»), the signed distance (+ on the good side) and the basis; then, where the value
/// is computed from schools, a table of the school values by year. A value that small-cell
/// suppression hides is shown as «*», with a note.
///
/// - Complexity: O(i · y · n) for i indicators, y years and n schools.
extension ProgressReport: Reportable {
  /// The report as a document in `language`.
  ///
  /// - Complexity: O(i · y · n).
  public func document(language: Language) -> ReportDocument {
    ProgressDocument(language: language).document(self)
  }

  /// Writes the `qualitykit.progress/1` JSON.
  ///
  /// - Complexity: O(i · y · n).
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    ProgressJSONReport(language: language).write(self, to: &output)
  }
}

/// Builds the document of a progress report.
private struct ProgressDocument {
  let language: Language
  /// The metric titles for the sentences written with keys (how a value is computed, why it is
  /// missing), which the exports keep as they are.
  private let names = ReadableNames(MetricCatalog.standard)

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  func document(_ report: ProgressReport) -> ReportDocument {
    var document = ReportDocument()
    document.heading(1, t("Целевые показатели: ход достижения", "Target indicators: progress"))
    let years =
      report.years.isEmpty
      ? t("нет", "none") : report.years.map(\.description).joined(separator: ", ")
    document.line(
      t("Годы: ", "Years: ") + years + ". " + t("Показателей: ", "Indicators: ")
        + "\(report.indicators.count).")
    var suppressed = false
    for progress in report.indicators {
      document.blank()
      suppressed = add(progress, report, to: &document) || suppressed
    }
    if suppressed {
      document.blank()
      document.note(
        hiddenMark
          + ReportDocument.Inline(
            t(
              " — значение не выводится: в школе менее \(report.minimumGroupSize) обучающихся или "
                + "их число неизвестно в одном из лет, из которых оно берётся (для изменения к "
                + "прошлому году — в любом из двух лет); значение по школам не выводится, если "
                + "в них вместе менее \(report.minimumGroupSize) обучающихся или оно рассчитано по "
                + "двум школам и значение одной из них скрыто.",
              " — the value is not shown: the school had fewer than \(report.minimumGroupSize) "
                + "students, or an unknown number, in a year it comes from (either year for a "
                + "change since the previous year); a value over schools is not shown when they "
                + "have fewer than \(report.minimumGroupSize) students together, or it comes from "
                + "two schools and one of them is hidden.")))
    }
    return document
  }

  /// Adds one indicator; returns whether a value was hidden.
  private func add(
    _ progress: ProgressReport.IndicatorProgress, _ report: ProgressReport,
    to document: inout ReportDocument
  ) -> Bool {
    let d = progress.description
    // The indicator by its title: its id is for the reported-values file, the exports and
    // `--describe`.
    document.heading(2, d.title[language])
    let better = d.better == .positive ? t("больше", "higher") : t("меньше", "lower")
    // The indicator's facts: a list in Markdown, so that the lines stay apart; lines in text.
    document.item(
      t("Единица: ", "Unit: ") + IndicatorText.unit(d.unit, language) + "; "
        + t("уровень: ", "level: ") + d.level.title(in: language) + "; "
        + t("лучше: ", "better: ") + better + ".", marked: false)
    var target = t("Цель: ", "Target: ") + (d.target?.text(in: language) ?? t("не задана", "none"))
    if let reading = d.target?.reading { target += " (" + reading[language] + ")" }
    document.item(target + ".", marked: false)
    if let aggregation = d.aggregation {
      document.item(
        t("Как считается: ", "How it is computed: ")
          + names.text(aggregation[language], in: language), marked: false)
    }
    var trend = t("Тренд: ", "Trend: ") + progress.trend.title(in: language)
    if let slope = progress.slope, progress.mayShowValues {
      trend +=
        " (" + IndicatorText.signed(slope, language) + " " + t("в год", "per year") + ")"
    }
    document.item(trend + ".", marked: false)
    document.blank()
    document.append(contentsOf: progress.figure(language: language))

    var hidden = false
    let header = [
      t("год", "year"), t("факт", "actual"), t("цель", "target"), t("статус", "status"),
      t("отклонение", "distance"), t("основание", "basis"),
    ].map { ReportDocument.Inline($0) }
    let rows = progress.rows.map { row -> [ReportDocument.Inline] in
      if !row.mayShowValue, row.value != nil { hidden = true }
      let value = row.value.map {
        row.mayShowValue ? ReportDocument.Inline(IndicatorText.number($0, language)) : hiddenMark
      }
      let distance = row.distance.map {
        row.mayShowValue ? ReportDocument.Inline(IndicatorText.signed($0, language)) : hiddenMark
      }
      return [
        ReportDocument.Inline(row.year.description), value ?? "—",
        ReportDocument.Inline(row.target.map { IndicatorText.number($0, language) } ?? "—"),
        ReportDocument.Inline(row.status.title(in: language)), distance ?? "—",
        ReportDocument.Inline(names.text(row.actual.note[language], in: language)),
      ]
    }
    document.table(header, rows, alignment: .left)

    let schools = Set(progress.rows.flatMap { $0.schools.map(\.school) }).sorted()
    guard !schools.isEmpty else { return hidden }
    document.blank()
    let meaning =
      d.schoolValueMeaning.map { " (" + names.text($0[language], in: language) + ")" } ?? ""
    document.line(t("Значения школ", "School values") + meaning + ":")
    document.blank(.markdownOnly)
    let years = progress.rows.filter { !$0.schools.isEmpty }
    let entries = years.map { row in
      Dictionary(row.schools.map { ($0.school, $0) }, uniquingKeysWith: { first, _ in first })
    }
    let schoolRows = schools.map { school -> [ReportDocument.Inline] in
      [ReportDocument.Inline(report.label(of: school))]
        + entries.map { bySchool -> ReportDocument.Inline in
          guard let entry = bySchool[school] else { return "—" }
          guard entry.mayShowValue else {
            hidden = true
            return hiddenMark
          }
          return ReportDocument.Inline(IndicatorText.number(entry.value, language))
        }
    }
    document.table(
      ([t("школа", "school")] + years.map(\.year.description)).map { ReportDocument.Inline($0) },
      schoolRows, alignment: .left)
    return hidden
  }

  /// The mark of a hidden value: literal, as Markdown would start a list or an emphasis with it.
  private var hiddenMark: ReportDocument.Inline { .literal("*") }
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
  static func unit(_ unit: MetricCatalog.Unit, _ language: Language) -> String {
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
