/// Writes a support plan for people: plain text for the terminal, or Markdown.
///
/// In order: the year planned, the identification it follows and the number of schools; the
/// municipal roadmap; each school's roadmap (identified schools, then — in the same id order —
/// undetermined ones); the measures no roadmap needed; then the extra sections. Each roadmap lists
/// its measures in the roadmap order, then «Не приходятся на этот учебный год» and «Нет данных».
/// A measure is shown with its dates, schedule, categories, responsible roles, expected result and
/// target, the schools it serves (municipal roadmap) and why it applies. Russian by default; dates
/// as `ДД.ММ.ГГГГ` in Russian and `YYYY-MM-DD` in English. A school below the small-cell limit
/// has the small-cell notice instead of explanations with values.
///
/// - Complexity: O(e + s) in the number of entries and schools.
///
/// ```swift
/// var text = ""
/// SupportPlanTextReport().write(plan, to: &text)
/// // "Дорожные карты поддержки школ: 2024/2025 учебный год\n…"
/// ```
public struct SupportPlanTextReport: Sendable {
  /// The language of the report.
  public var language: Language
  /// Markdown instead of plain text.
  public var markdown: Bool
  /// Sections written after the plan, in order (e.g. partner schools).
  public var sections: [any SupportPlanSection]

  /// Headings, bullets and tables in this report's form.
  private var layout: TextLayout { TextLayout(markdown: markdown) }

  /// Creates a writer.
  public init(
    language: Language = .russian, markdown: Bool = false, sections: [any SupportPlanSection] = []
  ) {
    self.language = language
    self.markdown = markdown
    self.sections = sections
  }

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  /// Writes `plan` to `output`.
  ///
  /// - Complexity: O(e + s).
  public func write(_ plan: SupportPlan, to output: inout some TextOutputStream) {
    layout.heading(
      1,
      t(
        "Дорожные карты поддержки школ: \(plan.year) учебный год",
        "Support roadmaps: academic year \(plan.year)"), &output)
    let packs = plan.packs.map { "\($0.id) \($0.version)" }.joined(separator: ", ")
    layout.line(
      t(
        "По итогам идентификации за \(plan.identificationYear) учебный год; пакеты: \(packs).",
        "Following identification for \(plan.identificationYear); packs: \(packs)."), &output)
    layout.line(
      t(
        "Школ в плане: \(plan.identifiedCount); не определено из-за нехватки данных: "
          + "\(plan.undeterminedCount).",
        "Schools in the plan: \(plan.identifiedCount); undetermined for missing data: "
          + "\(plan.undeterminedCount)."), &output)
    output.write("\n")

    layout.heading(2, t("Муниципальная дорожная карта", "Municipal roadmap"), &output)
    roadmap(plan.municipal, municipal: true, &output)

    if !plan.schools.isEmpty {
      layout.heading(2, t("Дорожные карты школ", "School roadmaps"), &output)
      for school in plan.schools.filter(\.isIdentified) + plan.schools.filter({ !$0.isIdentified })
      {
        self.school(school, limit: plan.minimumGroupSize, &output)
      }
    }

    if !plan.notSelected.isEmpty {
      layout.heading(
        2, t("Не потребовались в этом году", "Not needed this year"), &output)
      for measure in plan.notSelected {
        layout.bullet(
          "\(name(measure)) — \(t("условие", "condition")): \(measure.condition.summary[language])",
          level: 0, &output)
      }
      output.write("\n")
    }

    for section in sections {
      section.writeText(language: language, markdown: markdown, to: &output)
    }
  }

  private func school(
    _ roadmap: SchoolRoadmap, limit: Int, _ output: inout some TextOutputStream
  ) {
    let school = roadmap.school
    layout.heading(3, "\(school.name) [\(school.id)], \(school.municipality)", &output)
    if roadmap.isIdentified {
      let categories = roadmap.placements.map { placement in
        placement.category.title[language]
          + (placement.severity.map { " (\($0.title[language]))" } ?? "")
      }
      layout.line(t("Категории: ", "Categories: ") + categories.joined(separator: "; "), &output)
    }
    if !roadmap.undeterminedCategories.isEmpty {
      layout.line(
        t("Не определено из-за нехватки данных: ", "Undetermined for missing data: ")
          + roadmap.undeterminedCategories.map { $0.title[language] }.joined(separator: "; "),
        &output)
    }
    if !roadmap.mayShowValues {
      layout.line(SmallCell.notice(language, limit: limit), &output)
    }
    self.roadmap(roadmap.roadmap, municipal: false, &output)
  }

  private func roadmap(_ roadmap: Roadmap, municipal: Bool, _ output: inout some TextOutputStream) {
    if roadmap.entries.isEmpty {
      layout.line(t("Мероприятий нет.", "No measures."), &output)
    }
    for entry in roadmap.entries { self.entry(entry, municipal: municipal, &output) }
    output.write("\n")
    if !roadmap.outsideYear.isEmpty {
      layout.line(
        (markdown ? "**" : "")
          + t("Не приходятся на этот учебный год:", "Not in this academic year:")
          + (markdown ? "**" : ""), &output)
      for entry in roadmap.outsideYear { self.entry(entry, municipal: municipal, &output) }
      output.write("\n")
    }
    if !roadmap.noData.isEmpty {
      layout.line(
        (markdown ? "**" : "")
          + t(
            "Нет данных — могут потребоваться, если данные подтвердят:",
            "No data — may be needed if the data confirm it:") + (markdown ? "**" : ""), &output)
      for entry in roadmap.noData { self.entry(entry, municipal: municipal, &output) }
      output.write("\n")
    }
  }

  private func entry(_ entry: RoadmapEntry, municipal: Bool, _ output: inout some TextOutputStream)
  {
    let measure = entry.measure
    layout.bullet(name(measure), level: 0, &output)
    let summary = measure.schedule.summary[language]
    let dates: String
    if !entry.occurrences.isEmpty {
      dates = entry.occurrences.map(window).joined(separator: "; ") + " (\(summary))"
    } else if measure.schedule.isDated {
      dates = t("в этом учебном году нет", "none in this academic year") + " (\(summary))"
    } else {
      dates = summary
    }
    layout.bullet(t("сроки: ", "dates: ") + dates, level: 1, &output)
    if let quote = measure.timingQuote {
      layout.bullet(t("в документе: ", "in the document: ") + "«\(quote)»", level: 1, &output)
    }
    layout.bullet(
      t("направления: ", "categories: ")
        + measure.categories.map { $0.title[language] }.joined(separator: "; ") + "; "
        + measure.level.title[language], level: 1, &output)
    if !measure.responsible.isEmpty {
      layout.bullet(
        t("ответственные: ", "responsible: ")
          + measure.responsible.map { $0.title[language] }.joined(separator: "; "), level: 1,
        &output)
    }
    if let result = measure.expectedResult {
      layout.bullet(
        t("ожидаемый результат: ", "expected result: ") + result[language], level: 1, &output)
    }
    if let target = measure.target {
      layout.bullet(t("целевое значение: ", "target: ") + target.text[language], level: 1, &output)
    }
    if municipal && !entry.schools.isEmpty {
      layout.bullet(
        t("школ: ", "schools: ") + "\(entry.schools.count) ("
          + entry.schools.map(\.rawValue).joined(separator: ", ") + ")", level: 1, &output)
    }
    if municipal && !entry.schoolsWithoutData.isEmpty {
      layout.bullet(
        t("нет данных по школам: ", "no data for schools: ")
          + entry.schoolsWithoutData.map(\.rawValue).joined(separator: ", "), level: 1, &output)
    }
    if !entry.reasons.isEmpty {
      layout.bullet(
        t("основание: ", "because: ")
          + entry.reasons.map { $0.text(in: language) }.joined(separator: "; "), level: 1, &output)
    }
  }

  private func name(_ measure: SupportMeasure) -> String {
    (markdown ? "**" : "") + measure.title[language] + (markdown ? "**" : "") + " [\(measure.id)]"
  }

  private func window(_ range: ClosedRange<CalendarDate>) -> String {
    range.lowerBound == range.upperBound
      ? range.lowerBound.formatted(in: language)
      : "\(range.lowerBound.formatted(in: language))–\(range.upperBound.formatted(in: language))"
  }
}
