/// An identification history for people, and its JSON export (`qualitykit.history/1`). A history
/// has no table form: its CSV is the JSON.
///
/// For each category: a table of the schools on the list, entering, leaving and undetermined year
/// by year, then every school that was on the list or undetermined in some year, with «годы в
/// списке», «вошла», «вышла» and «не определено». Then, when an index was ranked, the steady
/// improvers («наибольшее и устойчивое улучшение») and every school's scores and change, the
/// parameters and the data issues. Values of schools below the small-cell limit are not shown.
///
/// - Complexity: O(s · k · y) for s schools, k categories and y years.
extension IdentificationHistory: Reportable {
  /// The history as a document in `language`.
  ///
  /// - Complexity: O(s · k · y).
  public func document(language: Language) -> ReportDocument {
    HistoryDocument(language: language).document(self)
  }

  /// Writes the `qualitykit.history/1` JSON.
  ///
  /// - Complexity: O(s · k · y).
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    HistoryJSONReport(language: language).write(self, to: &output)
  }
}

/// Builds the document of an identification history.
private struct HistoryDocument {
  let language: Language

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  func document(_ history: IdentificationHistory) -> ReportDocument {
    var document = ReportDocument()
    let span = [history.years.first, history.years.last].compactMap { $0?.description }
    document.heading(
      1,
      t("История идентификации школ: ", "Identification history: ")
        + span.joined(separator: " – "))
    document.paragraph(
      t("Пакеты правил: ", "Rule packs: ")
        + history.packs.map { "\($0.id) \($0.version) — \($0.title[language])" }
        .joined(separator: "; "))
    document.paragraph(
      t(
        "Школ: \(history.schools.count). Сравнение с: ",
        "Schools: \(history.schools.count). Compared with: ")
        + history.cohort.comparedWith[language] + ".")
    if let year = history.decisionsYear {
      let included = history.decisions.filter { $0.verdict == .include }.count
      let excluded = history.decisions.count - included
      document.paragraph(
        t(
          "Списки \(year) учебного года — с учётом решений органа управления (включено "
            + "\(included), исключено \(excluded)): школа, включённая решением, считается в списке, "
            + "как отнесённая по правилам, исключённая — вне его.",
          "The lists of \(year) apply an authority's decisions (\(included) included, \(excluded) "
            + "excluded): a school included by a decision counts as on the list, like one placed "
            + "by the rules, an excluded one as off it."))
    }
    document.paragraph(
      t(
        "Первый известный год школы — исходное состояние: школа, уже бывшая в списке, не считается "
          + "вошедшей. Год без данных — ни в списке, ни вне его: выход из списка по отсутствию "
          + "данных не засчитывается.",
        "A school's first known year is its starting state: a school already on the list has not "
          + "entered it. A year without data is neither on nor off the list: no exit is inferred "
          + "from missing data."))
    document.blank()

    for summary in history.summaries { add(summary, history, to: &document) }
    if let improvement = history.improvement { add(improvement, to: &document) }

    document.heading(2, t("Параметры", "Parameters"))
    // By title and value; the key is what a reader types to change it: code where the format has
    // it.
    for parameter in history.parameters {
      let value = NumberText.format(parameter.value, decimals: 6, language)
      guard let reference = history.parameterReferences[parameter.key] else {
        document.item(.code(parameter.key.rawValue) + ReportDocument.Inline(" = \(value)"))
        continue
      }
      document.item(
        ReportDocument.Inline(
          "\(reference.title(in: language)) — \(value)" + t(", ключ ", ", key "))
          + .code(parameter.key.rawValue))
    }
    if !history.issues.isEmpty {
      document.blank()
      document.heading(
        2, t("Замечания к данным", "Data issues") + ": \(history.issues.count)")
      // The messages name metrics and the ranked index by key for the JSON; people read titles.
      var names = ReadableNames(MetricCatalog.standard)
      if let index = history.improvement?.index {
        names = names.merging(ReadableNames([index.id.rawValue: index.title]))
      }
      for issue in history.issues {
        document.item(names.text(issue.text(in: language), in: language))
      }
    }
    return document
  }

  private func add(
    _ summary: IdentificationHistory.CategorySummary, _ history: IdentificationHistory,
    to document: inout ReportDocument
  ) {
    document.heading(2, summary.category.title[language])
    let header = [
      t("год", "year"), t("в списке", "on the list"), t("вошли", "entered"), t("вышли", "left"),
      t("не определено", "undetermined"),
    ]
    var rows: [[String]] = []
    for (offset, year) in summary.years.enumerated() {
      // The first year has no year before it: entries and exits do not apply.
      let transitions = offset == 0 ? "—" : nil
      rows.append([
        year.year.description + (year.wasRun ? "" : t(" (нет данных)", " (no data)")),
        year.wasRun ? "\(year.onList.count)" : "—",
        transitions ?? "\(year.entries.count)", transitions ?? "\(year.exits.count)",
        "\(year.undetermined.count)",
      ])
    }
    document.table(header, rows)
    document.blank()

    var shown = 0
    for school in history.schools {
      guard let track = school.track(summary.category),
        track.statuses.contains(where: { $0 != .off })
      else { continue }
      shown += 1
      var parts: [String] = []
      parts.append(t("годы в списке: ", "years on the list: ") + years(track.yearsOnList))
      if !track.entries.isEmpty {
        parts.append(t("вошла: ", "entered: ") + transitions(track.entries))
      }
      if !track.exits.isEmpty { parts.append(t("вышла: ", "left: ") + transitions(track.exits)) }
      if !track.undeterminedYears.isEmpty {
        parts.append(t("не определено: ", "undetermined: ") + years(track.undeterminedYears))
      }
      document.item(
        "\(school.school.name) (\(school.school.id)): " + parts.joined(separator: "; "))
    }
    let rest = history.schools.count - shown
    if rest > 0 {
      // In Markdown a line right after a list would continue its last item.
      if shown > 0 { document.blank(.markdownOnly) }
      document.paragraph(
        shown == 0
          ? t(
            "Ни одна школа не была в списке ни в один год.",
            "No school was on the list in any year.")
          : t(
            "Остальные школы (\(rest)) не были в списке ни в один год.",
            "The other schools (\(rest)) were off the list in every year."))
    }
    document.blank()
  }

  private func years(_ list: [AcademicYear]) -> String {
    list.isEmpty ? t("нет", "none") : list.map(\.description).joined(separator: ", ")
  }

  private func transitions(_ list: [IdentificationHistory.Transition]) -> String {
    list.map { transition in
      transition.spansUndeterminedYears
        ? "\(transition.year) "
          + t(
            "(последний известный год до этого — \(transition.since))",
            "(last known year before it: \(transition.since))")
        : transition.year.description
    }.joined(separator: ", ")
  }

  private func add(
    _ ranking: IdentificationHistory.ImprovementRanking, to document: inout ReportDocument
  ) {
    document.heading(
      2,
      t("Наибольшее и устойчивое улучшение: ", "Largest and steady improvement: ")
        + ranking.index.title[language])
    document.paragraph(
      t(
        "Балл — индекс школы в когорте года (средний z-показатель). Устойчивое улучшение — рост "
          + "балла каждый год, не менее двух лет подряд без пропусков; порядок — по изменению от "
          + "первого года к последнему, при равенстве — по коду школы. Показано не более "
          + "\(ranking.top).",
        "The score is the school's index within the year's cohort (mean z-score). Steady "
          + "improvement: the score rises every year, over at least two consecutive years without "
          + "a gap; ordered by the change from the first year to the last, ties by school id. At "
          + "most \(ranking.top) shown."))
    if ranking.steadyImprovers.isEmpty {
      document.paragraph(t("Таких школ нет.", "No such schools."))
    }
    for (rank, school) in ranking.steadyImprovers.enumerated() {
      var label = "\(rank + 1). \(school.school.name) (\(school.school.id))"
      if let first = school.firstYear, let last = school.lastYear {
        label += ": " + (school.mayShowValues ? signed(school.change) + " " : "")
        label += "(\(first) → \(last))"
      }
      document.line(label)
    }
    document.blank()

    document.heading(3, t("Изменения всех школ", "Every school's change"))
    let header =
      [t("школа", "school")] + ranking.years.map(\.description) + [
        t("изменение", "change"), t("устойчиво", "steady"),
      ]
    var rows: [[String]] = []
    var suppressed = false
    for school in ranking.schools {
      var row = ["\(school.school.name) (\(school.school.id))"]
      if school.mayShowValues {
        row += school.scores.map { $0.map { NumberText.format($0, decimals: 2, language) } ?? "—" }
        row.append(signed(school.change))
      } else {
        suppressed = true
        row += Array(repeating: t("скрыто", "hidden"), count: school.scores.count + 1)
      }
      row.append(
        school.isSteady
          ? t("да", "yes")
          : school.hasGap ? t("нет (пропуск)", "no (gap)") : t("нет", "no"))
      rows.append(row)
    }
    document.table(header, rows)
    if suppressed {
      document.blank()
      document.paragraph(
        t(
          "Значения скрыты у школ, где в каком-либо году, из которого они берутся, менее "
            + "\(ranking.minimumGroupSize) обучающихся или их число неизвестно.",
          "Values are hidden for schools with fewer than \(ranking.minimumGroupSize) students, or "
            + "an unknown number, in some year they come from."))
    }
    document.blank()
  }

  private func signed(_ value: Double?) -> String {
    guard let value else { return "—" }
    let text = NumberText.format(value, decimals: 2, language)
    return value > 0 && text != "0" ? "+" + text : text
  }

}
