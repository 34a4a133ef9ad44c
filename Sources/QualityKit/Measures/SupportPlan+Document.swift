/// A support plan for people, and its JSON (`qualitykit.support/1`) and CSV exports; with extra
/// sections after it, ``SupportPlan/appending(_:)``.
///
/// In order: the year planned, the identification it follows and the number of schools; the
/// municipal roadmap; each school's roadmap (identified schools, then — in the same id order —
/// undetermined ones); the measures no roadmap needed. Each roadmap lists its measures in the
/// roadmap order, then «Не приходятся на этот учебный год» and «Нет данных». A measure is shown
/// with its dates, schedule, categories, responsible roles, expected result and target, the
/// schools it serves (municipal roadmap) and why it applies. Russian by default; dates as
/// `ДД.ММ.ГГГГ` in Russian and `YYYY-MM-DD` in English. A school below the small-cell limit has
/// the small-cell notice instead of explanations with values.
///
/// - Complexity: O(e + s) in the number of entries and schools.
///
/// ```swift
/// ReportFormat.text.render(plan)
/// // "Дорожные карты поддержки школ: 2024/2025 учебный год\n…"
/// ```
extension SupportPlan: Reportable {
  /// The plan as a document in `language`.
  ///
  /// - Complexity: O(e + s).
  public func document(language: Language) -> ReportDocument {
    SupportPlanDocument(language: language).document(self)
  }

  /// Writes the `qualitykit.support/1` JSON.
  ///
  /// - Complexity: O(m + e + s) for m measures.
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    appending([]).writeJSON(language: language, to: &output)
  }

}

/// Builds the document of a support plan.
private struct SupportPlanDocument {
  let language: Language
  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }
  /// The metric titles for the reasons' sentences, which the exports keep with keys.
  private let names = ReadableNames(MetricCatalog.standard)

  func document(_ plan: SupportPlan) -> ReportDocument {
    var document = ReportDocument()
    document.heading(
      1,
      t(
        "Дорожные карты поддержки школ: \(plan.year) учебный год",
        "Support roadmaps: academic year \(plan.year)"))
    // The same naming as the identification document's heading: id and version trace the rules,
    // the title says what they are.
    let packs = plan.packs.map { "\($0.id) \($0.version) — \($0.title[language])" }
      .joined(separator: "; ")
    document.paragraph(
      t(
        "По итогам идентификации за \(plan.identificationYear) учебный год — "
          + "\(plan.identificationYearBasis.reason(language)). "
          + "\(plan.packs.count == 1 ? "Пакет правил" : "Пакеты правил"): \(packs).",
        "Following identification for \(plan.identificationYear): "
          + "\(plan.identificationYearBasis.reason(language)). "
          + "\(plan.packs.count == 1 ? "Rule pack" : "Rule packs"): \(packs)."))
    document.paragraph(
      t(
        "Школ в плане: \(plan.identifiedCount); не определено из-за нехватки данных: "
          + "\(plan.undeterminedCount).",
        "Schools in the plan: \(plan.identifiedCount); undetermined for missing data: "
          + "\(plan.undeterminedCount)."))
    document.blank()

    document.heading(2, t("Муниципальная дорожная карта", "Municipal roadmap"))
    add(plan.municipal, municipal: true, to: &document)

    if !plan.schools.isEmpty {
      document.heading(2, t("Дорожные карты школ", "School roadmaps"))
      for school in plan.schools.filter(\.isIdentified) + plan.schools.filter({ !$0.isIdentified })
      {
        add(school, limit: plan.minimumGroupSize, to: &document)
      }
    }

    if !plan.notSelected.isEmpty {
      document.heading(
        2, t("Не потребовались в этом году", "Not needed this year"))
      for measure in plan.notSelected.map(\.measureDescription) {
        document.item(
          name(measure)
            + ReportDocument.Inline(
              " — \(t("условие", "condition")): \(measure.appliesTo.summary[language])"))
      }
      document.blank()
    }
    return document
  }

  private func add(
    _ roadmap: SupportPlan.SchoolRoadmap, limit: Int, to document: inout ReportDocument
  ) {
    let school = roadmap.school
    document.heading(3, "\(school.name) [\(school.id)], \(school.municipality)")
    if roadmap.isIdentified {
      let categories = roadmap.placements.map { placement in
        placement.category.title[language]
          + (placement.severity.map { " (\($0.title[language]))" } ?? "")
      }
      document.paragraph(t("Категории: ", "Categories: ") + categories.joined(separator: "; "))
    }
    if !roadmap.undeterminedCategories.isEmpty {
      document.paragraph(
        t("Не определено из-за нехватки данных: ", "Undetermined for missing data: ")
          + roadmap.undeterminedCategories.map { $0.title[language] }.joined(separator: "; "))
    }
    if !roadmap.mayShowValues {
      document.paragraph(SmallCell.notice(language, limit: limit))
    }
    add(roadmap.roadmap, municipal: false, to: &document)
  }

  private func add(_ roadmap: Roadmap, municipal: Bool, to document: inout ReportDocument) {
    document.append(contentsOf: roadmap.timelineFigure(language: language))
    if roadmap.entries.isEmpty {
      document.paragraph(t("Мероприятий нет.", "No measures."))
    }
    for entry in roadmap.entries { add(entry, municipal: municipal, to: &document) }
    document.blank()
    if !roadmap.outsideYear.isEmpty {
      document.paragraph(
        .strong(t("Не приходятся на этот учебный год:", "Not in this academic year:")))
      for entry in roadmap.outsideYear { add(entry, municipal: municipal, to: &document) }
      document.blank()
    }
    if !roadmap.noData.isEmpty {
      document.paragraph(
        .strong(
          t(
            "Нет данных — могут потребоваться, если данные подтвердят:",
            "No data — may be needed if the data confirm it:")))
      for entry in roadmap.noData { add(entry, municipal: municipal, to: &document) }
      document.blank()
    }
  }

  private func add(_ entry: Roadmap.Entry, municipal: Bool, to document: inout ReportDocument) {
    let measure = entry.measureDescription
    document.item(name(measure))
    let summary = measure.timing.summary[language]
    let dates: String
    if !entry.occurrences.isEmpty {
      dates = entry.occurrences.map(window).joined(separator: "; ") + " (\(summary))"
    } else if measure.timing.isDated {
      dates = t("в этом учебном году нет", "none in this academic year") + " (\(summary))"
    } else {
      dates = summary
    }
    document.item(t("сроки: ", "dates: ") + dates, level: 1)
    if let quote = measure.timingQuote {
      document.item(t("в документе: ", "in the document: ") + "«\(quote)»", level: 1)
    }
    document.item(
      t("направления: ", "categories: ")
        + measure.categories.map { $0.title[language] }.joined(separator: "; ") + "; "
        + measure.level.title[language], level: 1)
    if !measure.responsible.isEmpty {
      document.item(
        t("ответственные: ", "responsible: ")
          + measure.responsible.map { $0.title[language] }.joined(separator: "; "), level: 1)
    }
    if let result = measure.expectedResult {
      document.item(
        t("ожидаемый результат: ", "expected result: ") + result[language], level: 1)
    }
    if let target = measure.target {
      document.item(t("целевое значение: ", "target: ") + target.text[language], level: 1)
    }
    if municipal && !entry.schools.isEmpty {
      document.item(
        t("школ: ", "schools: ") + "\(entry.schools.count) ("
          + entry.schools.map(\.rawValue).joined(separator: ", ") + ")", level: 1)
    }
    if municipal && !entry.schoolsWithoutData.isEmpty {
      document.item(
        t("нет данных по школам: ", "no data for schools: ")
          + entry.schoolsWithoutData.map(\.rawValue).joined(separator: ", "), level: 1)
    }
    if !entry.reasons.isEmpty {
      document.item(
        t("основание: ", "because: ")
          + entry.reasons.map { $0.documentText(in: language, names: names) }
          .joined(separator: "; "), level: 1)
    }
  }

  /// A measure by its title: its id is for the JSON and CSV exports and `--describe`.
  private func name(_ measure: MeasureDescription) -> ReportDocument.Inline {
    .strong(measure.title[language])
  }

  private func window(_ range: ClosedRange<CalendarDate>) -> String {
    range.lowerBound == range.upperBound
      ? range.lowerBound.formatted(in: language)
      : "\(range.lowerBound.formatted(in: language))–\(range.upperBound.formatted(in: language))"
  }
}
