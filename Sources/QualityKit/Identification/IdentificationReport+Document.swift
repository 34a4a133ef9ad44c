/// An identification report for people, and its JSON (`qualitykit.identification/1`) and CSV
/// exports.
///
/// The document, in order:
///
/// 1. the heading: the territory (the one municipality, or every municipality of the data), the
///    number of schools and what they are compared with, the rule packs with their versions and
///    source documents, the data files and the day it was made (the last two when the host says);
/// 2. the summary: schools per category, with each pack's count and each severity where there are
///    several, and those left undetermined;
/// 3. a table per municipality: schools, each category's count and share, undetermined;
/// 4. the list of each category, one line per school with the reasons by title; then the schools
///    whose category is undetermined for lack of data, with what is missing;
/// 5. at ``ReportDocument/Detail/full`` only: the table of criterion outcomes and a card per listed
///    school — every finding with its value, threshold, reference, years and sentence, and the rule
///    that placed it — which the lists link to (`school-<id>`);
/// 6. the parameters in force (the summary names only those changed), and the data issues.
///
/// Categories, criteria, statuses and metrics are named by title, never by id: ids are for the JSON
/// and CSV exports. A parameter key is shown as code, since it is what a reader types to change it.
///
/// - Complexity: O(s · c) for s schools and c criteria.
extension IdentificationReport: Reportable {
  /// The report as a document in `language`, with everything: ``ReportDocument/Detail/full``.
  ///
  /// - Complexity: O(s · c).
  public func document(language: Language) -> ReportDocument {
    document(language: language, detail: .full)
  }

  /// The report as a document in `language` at `detail`: the summary (text) leaves out the school
  /// cards, the criterion table and the full parameter table.
  ///
  /// - Complexity: O(s · c).
  public func document(language: Language, detail: ReportDocument.Detail) -> ReportDocument {
    IdentificationDocument(self, language: language, detail: detail).document()
  }

  /// The report as a document with compact cards above `compactCardsAbove` cards rather than
  /// ``IdentificationDocument/compactCardsAbove``: tests force the compact cards on a small report.
  func document(
    language: Language, detail: ReportDocument.Detail, compactCardsAbove: Int
  ) -> ReportDocument {
    IdentificationDocument(
      self, language: language, detail: detail, compactCardsAbove: compactCardsAbove
    ).document()
  }

  /// Writes the `qualitykit.identification/1` JSON.
  ///
  /// - Complexity: O(s · c).
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    JSONReport(language: language).write(self, to: &output)
  }

  /// One unit per school.
  public var progressUnits: Int { schools.count }

  /// Writes the JSON document, telling `written` after each chunk of schools.
  public func writeJSON(
    language: Language, to output: inout some ReportOutputStream, written: (Int) -> Void
  ) {
    JSONReport(language: language).write(self, to: &output, written: written)
  }

  /// Writes one CSV row per school and criterion.
  ///
  /// - Complexity: O(s · c).
  public func writeCSV(language: Language, to output: inout some ReportOutputStream) {
    CSVReport(language: language).write(self, to: &output)
  }
}

/// Builds the document of an identification report.
struct IdentificationDocument {
  typealias Inline = ReportDocument.Inline

  /// Above this many cards the document holds compact cards: a full card is ~5.7 KB, so at 40,000
  /// schools (18,625 cards) the HTML was 110 MB; a reader browses a few cards of a large run and
  /// asks `identify-schools --school ID` for every sentence, as the charts draw a density grid
  /// above 2,000 points.
  static let compactCardsAbove = 1_000

  let report: IdentificationReport
  let language: Language
  let detail: ReportDocument.Detail
  /// How findings and missing data are worded.
  let words: FindingText
  /// The municipalities of the data, in natural order («Муниципалитет 2» before «Муниципалитет 10»).
  let municipalities: [String]
  /// The schools in list order: by municipality, then by id.
  let ordered: [IdentificationReport.SchoolOutcome]
  /// The number of cards above which they are compact.
  let compactCardsAbove: Int

  init(
    _ report: IdentificationReport, language: Language, detail: ReportDocument.Detail,
    compactCardsAbove: Int = IdentificationDocument.compactCardsAbove
  ) {
    self.report = report
    self.language = language
    self.detail = detail
    self.compactCardsAbove = compactCardsAbove
    words = FindingText(
      language: language, catalog: report.catalog, minimumGroupSize: report.minimumGroupSize)
    municipalities = Set(report.schools.map(\.school.municipality)).sorted(by: naturalOrder)
    var rank: [String: Int] = [:]
    for (index, name) in municipalities.enumerated() { rank[name] = index }
    // The report's schools are sorted by id; a stable sort by municipality keeps that within each.
    // Each school's rank is looked up once and the positions sorted, not the outcomes: hashing a
    // name in every comparison and moving whole outcomes took a tenth of a 40,000-school document.
    let ranks = report.schools.map { rank[$0.school.municipality] ?? 0 }
    let positions = ranks.indices.sorted { lhs, rhs in
      ranks[lhs] != ranks[rhs] ? ranks[lhs] < ranks[rhs] : lhs < rhs
    }
    ordered = positions.map { report.schools[$0] }
  }

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  private var full: Bool { detail == .full }

  /// Whether a list line names the school's municipality: only when there are several.
  private var namesMunicipality: Bool { municipalities.count > 1 }

  func document() -> ReportDocument {
    var document = ReportDocument()
    document.blocks.reserveCapacity(
      full ? report.schools.count * 12 + 64 : report.schools.count * 2 + 64)
    heading(to: &document)
    summary(to: &document)
    byMunicipality(to: &document)
    // The charts are drawn only where figures are (HTML); the summary has no use for them.
    if full { document.append(contentsOf: report.figureSection(language: language)) }
    lists(to: &document)
    undetermined(to: &document)
    if full {
      criteria(to: &document)
      cards(to: &document)
    }
    parameters(to: &document)
    issues(to: &document)
    return document
  }

  // MARK: - Heading

  private func heading(to document: inout ReportDocument) {
    document.heading(
      1,
      t(
        "Идентификация школ: \(report.year) учебный год",
        "School identification: \(report.year) academic year"))
    // Facts, one a line: lines in text, list items in Markdown, so that they stay apart.
    document.item(t("Территория: ", "Territory: ") + territory, marked: false)
    document.item(
      t(
        "Школ: \(report.schools.count); сравнение с: ",
        "Schools: \(report.schools.count); compared with: ")
        + report.cohort.comparedWith[language], marked: false)
    if report.packs.count == 1, let pack = report.packs.first {
      document.item(Inline(t("Пакет правил: ", "Rule pack: ")) + packLine(pack), marked: false)
    } else {
      document.item(t("Пакеты правил:", "Rule packs:"), marked: false)
      for pack in report.packs { document.item(packLine(pack), level: 1) }
    }
    if !report.dataFiles.isEmpty {
      document.item(
        Inline(t("Данные: ", "Data: ")) + files(report.dataFiles), marked: false)
    }
    if let day = report.madeOn {
      document.item(t("Составлен: ", "Made on: ") + day.formatted(in: language), marked: false)
    }
    document.blank()
  }

  /// The one municipality of the data, or every municipality (with the region when there is one).
  private var territory: String {
    let regions = Set(report.schools.map(\.school.region)).filter { !$0.isEmpty }
    let region = regions.count == 1 ? regions.first : nil
    if municipalities.count == 1, let municipality = municipalities.first {
      return region.map { "\($0), \(municipality)" } ?? municipality
    }
    let all = t(
      "все муниципалитеты набора данных (\(municipalities.count))",
      "every municipality of the data (\(municipalities.count))")
    return region.map { "\($0), \(all)" } ?? all.capitalizedInitial
  }

  /// «krasnoyarsk 1.0.0 — Красноярский край: …; документ: 003_….txt».
  private func packLine(_ pack: IdentificationReport.PackReference) -> Inline {
    var line = Inline("\(pack.id) \(pack.version) — \(pack.title[language])")
    if !pack.sources.isEmpty {
      line =
        line
        + Inline(
          pack.sources.count == 1
            ? t("; документ: ", "; document: ") : t("; документы: ", "; documents: "))
        + files(pack.sources)
    }
    return line
  }

  /// File names, as code where the format has it: they are names, not words.
  private func files(_ names: [String]) -> Inline {
    var runs: [Inline.Run] = []
    for (index, name) in names.enumerated() {
      if index > 0 { runs.append(.text(", ")) }
      runs.append(.code(name))
    }
    return Inline(runs: runs)
  }

  // MARK: - Summary

  private func summary(to document: inout ReportDocument) {
    document.heading(2, t("Итог", "Summary"))
    let total = report.schools.count
    let listed = report.schools.filter { !$0.placements.isEmpty }.count
    let open = report.schools.filter { !$0.undeterminedCategories.isEmpty }.count
    document.paragraph(
      t(
        "Школ: \(total); хотя бы в одном списке: \(listed) (\(percent(listed, of: total)) %); "
          + "категория не определена из-за нехватки данных: \(open) (\(percent(open, of: total)) %).",
        "Schools: \(total); on at least one list: \(listed) (\(percent(listed, of: total))%); "
          + "a category undetermined for lack of data: \(open) (\(percent(open, of: total))%)."))

    let packs = report.packs.count > 1 ? report.packs.map(\.id) : []
    let severities = Set(report.rules.compactMap(\.severity)).sorted(by: >)
    var header = [t("категория", "category"), t("школ", "schools"), t("доля, %", "share, %")]
    header += packs
    header += severities.map { $0.title[language] }
    header.append(t("не определено", "undetermined"))
    var rows: [[String]] = []
    for category in report.categories {
      let members = report.schools(in: category)
      var row = [
        category.title[language], "\(members.count)", percent(members.count, of: total),
      ]
      for pack in packs {
        let hasRule = report.rules.contains { $0.pack == pack && $0.category == category }
        let count = members.filter { $0.placement(in: category)?.packs.contains(pack) == true }
          .count
        row.append(hasRule ? "\(count)" : "—")
      }
      for severity in severities {
        let graded = report.rules.contains { $0.category == category && $0.severity == severity }
        let count = members.filter { $0.placement(in: category)?.severity == severity }.count
        row.append(graded ? "\(count)" : "—")
      }
      row.append("\(report.schools.filter { $0.undeterminedCategories.contains(category) }.count)")
      rows.append(row)
    }
    document.table(header, rows)
    document.blank()
    if !full {
      document.paragraph(
        t(
          "Карточки школ со всеми критериями (значение, порог, эталон, годы) и правилом, по которому "
            + "школа в списке, таблица критериев и все параметры — в полной версии отчёта "
            + "(Markdown, HTML) и в объяснении по одной школе.",
          "School cards with every criterion (value, threshold, reference, years) and the rule that "
            + "placed the school, the criterion table and every parameter are in the full report "
            + "(Markdown, HTML) and in the explanation of one school."))
      document.blank(.textOnly)
    }
  }

  /// A share of schools in per cent with one decimal, «—» of none.
  private func percent(_ part: Int, of whole: Int) -> String {
    whole == 0 ? "—" : NumberText.format(Double(part) * 100 / Double(whole), decimals: 1, language)
  }

  // MARK: - Municipalities

  private func byMunicipality(to document: inout ReportDocument) {
    document.heading(2, t("По муниципалитетам", "By municipality"))
    var header = [t("муниципалитет", "municipality"), t("школ", "schools")]
    for category in report.categories {
      let label = shortLabel(category)
      header += [label, label + ", %"]
    }
    let undetermined = t("не определено", "undetermined")
    header += [undetermined, undetermined + ", %"]

    var bySchools: [String: [IdentificationReport.SchoolOutcome]] = [:]
    for outcome in report.schools {
      bySchools[outcome.school.municipality, default: []].append(outcome)
    }
    func row(_ name: String, _ schools: [IdentificationReport.SchoolOutcome]) -> [String] {
      var cells = [name, "\(schools.count)"]
      for category in report.categories {
        let count = schools.filter { $0.placement(in: category) != nil }.count
        cells += ["\(count)", percent(count, of: schools.count)]
      }
      let open = schools.filter { !$0.undeterminedCategories.isEmpty }.count
      cells += ["\(open)", percent(open, of: schools.count)]
      return cells
    }
    var rows = municipalities.map { row($0, bySchools[$0] ?? []) }
    if municipalities.count > 1 { rows.append(row(t("Всего", "Total"), report.schools)) }
    document.table(header, rows)
    document.blank()
    // Counts of schools, not of students: a share of a small municipality hides no pupil.
    document.paragraph(
      t(
        "Доли — от числа школ муниципалитета; «не определено» — школы, у которых хотя бы одна "
          + "категория не определена из-за нехватки данных.",
        "Shares are of the municipality's schools; \"undetermined\" counts the schools with at least "
          + "one category undetermined for lack of data."))
    document.blank(.textOnly)
  }

  /// A category's name for a column: ШНОР, ШНСУ, or the title of another category.
  private func shortLabel(_ category: SchoolCategory) -> String {
    switch category.id {
    case SchoolCategory.lowResults.id: return "ШНОР"
    case SchoolCategory.unfavourableSocialConditions.id: return "ШНСУ"
    case SchoolCategory.nonObjectiveResults.id: return t("необъективность", "non-objective")
    default: return category.title[language]
    }
  }

  // MARK: - Lists

  private func lists(to document: inout ReportDocument) {
    for category in report.categories {
      let members = ordered.filter { $0.placement(in: category) != nil }
      document.heading(
        2,
        "\(category.title[language]): \(members.count) " + t("из", "of")
          + " \(report.schools.count)")
      if members.isEmpty {
        document.paragraph(t("Таких школ нет.", "No such schools."))
        document.blank(.textOnly)
        continue
      }
      for outcome in members {
        document.item(name(outcome) + Inline(" — " + reasons(outcome, category)))
      }
      document.blank()
    }
  }

  /// «МБОУ «СОШ №6» (LES05)», with the municipality when there are several; the name links to the
  /// school's card in the full document.
  private func name(_ outcome: IdentificationReport.SchoolOutcome) -> Inline {
    let school = outcome.school
    let name: Inline =
      full ? .link(school.name, anchor: Self.anchor(school.id)) : Inline(school.name)
    var rest = " (\(school.id))"
    if namesMunicipality { rest += ", \(school.municipality)" }
    return name + Inline(rest)
  }

  /// The anchor of a school's card.
  static func anchor(_ id: SchoolID) -> String { "school-\(id)" }

  /// One line of why the school is on the list: the severity and, with several packs, the packs
  /// that put it there, then the met criteria of their rules by title (three at most).
  private func reasons(_ outcome: IdentificationReport.SchoolOutcome, _ category: SchoolCategory)
    -> String
  {
    let placement = outcome.placement(in: category)
    let raisers = Set(placement?.packs ?? [])
    let criteria = Set(
      report.rules.filter { $0.category == category && raisers.contains($0.pack) }
        .flatMap(\.criteria))
    var titles: [String] = []
    for index in 0..<outcome.findingCount {
      let finding = outcome.finding(at: index)
      guard finding.status == .met, criteria.contains(finding.criterion) else { continue }
      titles.append(report.criteria[index].title[language])
    }
    var text =
      titles.isEmpty
      ? t("правило пакета выполнено", "a pack's rule holds")
      : titles.prefix(3).joined(separator: "; ")
    if titles.count > 3 { text += t(" и ещё \(titles.count - 3)", " and \(titles.count - 3) more") }
    // The severity and the packs first: «и ещё 13 (в кризисной ситуации)» would read as if the
    // note were about the thirteen.
    let notes = placement.map(self.notes) ?? ""
    return notes.isEmpty ? text : notes + t(". Критерии: ", ". Criteria: ") + text
  }

  private func undetermined(to document: inout ReportDocument) {
    let open = ordered.filter { !$0.undeterminedCategories.isEmpty }
    guard !open.isEmpty else { return }
    document.heading(
      2,
      t("Категория не определена из-за нехватки данных", "Undetermined for lack of data")
        + ": \(open.count)")
    for outcome in open {
      let categories = outcome.undeterminedCategories.map(shortLabel).joined(separator: ", ")
      let missing = missingData(outcome, outcome.undeterminedCategories)
      let what =
        missing.isEmpty
        ? "" : t(": нет данных — ", ": missing — ") + words.missingMetrics(missing)
      document.item(name(outcome) + Inline(" — " + categories + what))
    }
    document.blank()
  }

  /// The cells missing for the criteria of the rules of `categories`.
  private func missingData(
    _ outcome: IdentificationReport.SchoolOutcome, _ categories: [SchoolCategory]
  ) -> [CriterionResult.MissingData] {
    let criteria = Set(
      report.rules.filter { categories.contains($0.category) }.flatMap(\.criteria))
    var missing: [CriterionResult.MissingData] = []
    for index in 0..<outcome.findingCount where criteria.contains(report.criteria[index].id) {
      if case .insufficientData(let cells, _) = outcome.finding(at: index).result {
        missing += cells
      }
    }
    return missing
  }

  // MARK: - Full detail

  private func criteria(to document: inout ReportDocument) {
    document.heading(2, t("Критерии", "Criteria"))
    let header = [
      t("критерий", "criterion"), t("выполнен", "met"), t("не выполнен", "not met"),
      t("недостаточно данных", "insufficient data"),
    ]
    var rows: [[String]] = []
    for (criterion, counts) in report.statusCounts {
      let title =
        report.packs.count > 1
        ? "\(criterion.title[language]) (\(criterion.pack))" : criterion.title[language]
      rows.append([
        title, "\(counts[.met] ?? 0)", "\(counts[.notMet] ?? 0)",
        "\(counts[.insufficientData] ?? 0)",
      ])
    }
    document.table(header, rows)
    document.blank()
  }

  private func cards(to document: inout ReportDocument) {
    let listed = ordered.filter { !$0.placements.isEmpty || !$0.undeterminedCategories.isEmpty }
    guard !listed.isEmpty else { return }
    document.heading(2, t("Карточки школ", "School cards"))
    var parameters: [ParameterKey: Double] = [:]
    for parameter in report.parameters { parameters[parameter.key] = parameter.value }
    let keys = report.parameters.map(\.key)
    if listed.count > compactCardsAbove {
      compactCards(listed, parameters: parameters, keys: keys, to: &document)
      return
    }
    for outcome in listed { card(outcome, parameters: parameters, keys: keys, to: &document) }
  }

  // MARK: - Compact cards

  /// A criterion's short label: «К1», «К2» … in Russian, «C1», «C2» … in English, in the order of
  /// the report's criteria.
  private func label(_ index: Int) -> String { t("К", "C") + "\(index + 1)" }

  /// The compact cards of a large run: a note on why, the legend of the short labels, and a card
  /// per school with its categories, the rules that placed it, one line per met criterion or
  /// criterion short of data, and the count of the rest.
  private func compactCards(
    _ listed: [IdentificationReport.SchoolOutcome], parameters: [ParameterKey: Double],
    keys: [ParameterKey], to document: inout ReportDocument
  ) {
    document.paragraph(
      Inline(
        t(
          "Школ в списках: \(listed.count), поэтому карточки краткие: в них выполненные критерии и "
            + "критерии с недостаточными данными, одна строка на критерий, и число невыполненных. "
            + "Все критерии школы с пояснением каждого даёт ",
          "Schools on the lists: \(listed.count), so the cards are compact: the met criteria and "
            + "those short of data, one line each, and the number not met. Every criterion of a "
            + "school with its sentence is given by "))
        + .code("identify-schools --school ID") + Inline("."))
    document.blank(.markdownOnly)
    document.table(
      [t("метка", "label"), t("критерий", "criterion"), t("пакет", "pack")],
      report.criteria.indices.map { index in
        let criterion = report.criteria[index]
        return [label(index), criterion.title[language], criterion.pack]
      }, alignment: .left)
    document.blank()
    // The rules, worded once here rather than on each of thousands of cards.
    let ruleLabels = report.rules.indices.map { t("П", "R") + "\($0 + 1)" }
    document.table(
      [
        Inline(t("правило", "rule")), Inline(t("категория", "category")),
        Inline(t("пакет", "pack")),
        Inline(t("условие", "condition")),
      ],
      report.rules.enumerated().map { index, rule in
        [
          Inline(ruleLabels[index]), Inline(shortLabel(rule.category)), Inline(rule.pack),
          .marking(keys, in: rule.rationale[language]),
        ]
      }, alignment: .left)
    document.blank()

    // Everything that is the same on every card, worded once.
    let labels = report.criteria.indices.map(label)
    let met = labels.map { $0 + t(" выполнен", " met") }
    let short = labels.map { $0 + t(": недостаточно данных", ": insufficient data") }
    let onList = t(": в списке", ": on the list")
    let byRule = t("; правило ", "; rule ")
    let byRules = t("; правила ", "; rules ")
    let open = t(": не определено", ": undetermined")
    let notMetWord = t("не выполнены: ", "not met: ")
    let of = t(" из ", " of ")
    let atThreshold = t(" при пороге ", " at threshold ")
    let reference = t(", эталон ", ", reference ")
    let missingWord = t(" — нет данных: ", " — missing: ")
    let total = report.criteria.count
    var categoryLabels: [String: String] = [:]
    for category in report.categories { categoryLabels[category.id] = shortLabel(category) }

    for outcome in listed {
      let school = outcome.school
      document.heading(3, "\(school.name) (\(school.id))", anchor: Self.anchor(school.id))
      var place =
        school.region.isEmpty ? school.municipality : "\(school.region), \(school.municipality)"
      if !outcome.mayShowValues {
        place += ". " + SmallCell.notice(language, limit: report.minimumGroupSize)
      }
      document.paragraph(place)

      var statuses: [CriterionID: CriterionResult.Status] = [:]
      statuses.reserveCapacity(outcome.findingCount)
      for index in 0..<outcome.findingCount {
        statuses[report.criteria[index].id] = outcome.finding(at: index).status
      }
      for category in report.categories {
        guard let placement = outcome.placement(in: category) else {
          if outcome.undeterminedCategories.contains(category) {
            document.item(categoryLabels[category.id, default: category.title[language]] + open)
          }
          continue
        }
        // The rules that placed it: each rule for the category, of a pack that raised it, that
        // holds.
        var holding: [String] = []
        for (index, rule) in report.rules.enumerated()
        where rule.category == category && placement.packs.contains(rule.pack) {
          let truth = rule.condition.evaluation({ statuses[$0] }, parameter: { parameters[$0] })
            .truth
          if truth == .true { holding.append(ruleLabels[index]) }
        }
        let notes = self.notes(placement)
        var line = categoryLabels[category.id, default: category.title[language]] + onList
        if !notes.isEmpty { line += " (" + notes + ")" }
        if !holding.isEmpty {
          line += (holding.count == 1 ? byRule : byRules) + holding.joined(separator: ", ")
        }
        document.item(line)
      }

      var notMet = 0
      for index in 0..<outcome.findingCount {
        let finding = outcome.finding(at: index)
        switch finding.status {
        case .notMet:
          notMet += 1
        case .met:
          var line = met[index]
          if outcome.mayShowValues, let evidence = finding.result.evidence {
            if let value = evidence.value, value.isFinite {
              line += ": " + NumberText.format(value, decimals: 2, language)
              if let threshold = evidence.threshold, threshold.isFinite {
                line += atThreshold + NumberText.format(threshold, decimals: 2, language)
              }
              if let value = evidence.reference, value.isFinite {
                line += reference + NumberText.format(value, decimals: 2, language)
              }
            }
          }
          line += years(finding.result.years)
          document.item(line)
        case .insufficientData:
          var line = short[index]
          if case .insufficientData(let cells, _) = finding.result, !cells.isEmpty {
            line += missingWord + words.missingMetrics(cells, limit: 2)
          }
          document.item(line)
        }
      }
      document.item(notMetWord + "\(notMet)" + of + "\(total)")
      document.blank()
    }
  }

  /// « (2019/2020–2021/2022)», « (2021/2022)», or nothing without years.
  private func years(_ years: [some CustomStringConvertible]) -> String {
    guard let first = years.first, let last = years.last else { return "" }
    return years.count == 1 ? " (\(first))" : " (\(first)–\(last))"
  }

  /// A school's card: where it stands in each category, the rules that placed it, every finding.
  /// Sub-points are nested items rather than detail lines, so that Markdown and HTML keep them
  /// apart.
  private func card(
    _ outcome: IdentificationReport.SchoolOutcome, parameters: [ParameterKey: Double],
    keys: [ParameterKey],
    to document: inout ReportDocument
  ) {
    let school = outcome.school
    document.heading(3, "\(school.name) (\(school.id))", anchor: Self.anchor(school.id))
    var place = school.municipality
    if !school.region.isEmpty { place = "\(school.region), \(place)" }
    if !outcome.mayShowValues {
      place += ". " + SmallCell.notice(language, limit: report.minimumGroupSize)
    }
    document.paragraph(place)

    var statuses: [CriterionID: CriterionResult.Status] = [:]
    for index in 0..<outcome.findingCount {
      statuses[report.criteria[index].id] = outcome.finding(at: index).status
    }
    for category in report.categories {
      guard let placement = outcome.placement(in: category) else {
        if outcome.undeterminedCategories.contains(category) {
          let missing = missingData(outcome, [category])
          document.item(
            category.title[language] + ": " + t("не определено", "undetermined")
              + (missing.isEmpty ? "" : " — " + words.missing(missing)))
        } else {
          document.item(category.title[language] + ": " + t("не в списке", "not on the list"))
        }
        continue
      }
      let notes = self.notes(placement)
      document.item(
        category.title[language] + ": " + t("в списке", "on the list")
          + (notes.isEmpty ? "" : " (" + notes + ")"))
      // The rules that placed it: each rule for the category, of a pack that raised it, that holds.
      for rule in report.rules
      where rule.category == category && placement.packs.contains(rule.pack) {
        let truth = rule.condition.evaluation({ statuses[$0] }, parameter: { parameters[$0] })
          .truth
        guard truth == .true else { continue }
        document.item(
          Inline(t("правило пакета \(rule.pack): ", "rule of pack \(rule.pack): "))
            + .marking(keys, in: rule.rationale[language]), level: 1)
      }
    }
    // A paragraph right after a list would continue its last item in Markdown.
    document.blank(.markdownOnly)

    document.paragraph(.strong(t("Критерии", "Criteria")))
    for index in 0..<outcome.findingCount {
      let finding = outcome.finding(at: index)
      var title = report.criteria[index].title[language]
      if report.packs.count > 1 { title += " (\(finding.pack))" }
      document.item("\(title) — \(finding.status.title(in: language))")
      document.item(words.sentence(finding, mayShowValues: outcome.mayShowValues), level: 1)
      if let numbers = words.numbers(finding, mayShowValues: outcome.mayShowValues) {
        document.item(numbers, level: 1)
      }
    }
    document.blank()
  }

  /// «в кризисной ситуации; пакеты: amur, krasnoyarsk»: the severity, and the packs when several
  /// ran.
  private func notes(_ placement: IdentificationReport.Placement) -> String {
    var notes: [String] = []
    if let severity = placement.severity { notes.append(severity.title[language]) }
    if report.packs.count > 1 {
      notes.append(
        (placement.packs.count == 1 ? t("пакет: ", "pack: ") : t("пакеты: ", "packs: "))
          + placement.packs.joined(separator: ", "))
    }
    return notes.joined(separator: "; ")
  }

  // MARK: - Parameters and issues

  private func parameters(to document: inout ReportDocument) {
    document.heading(2, t("Параметры", "Parameters"))
    let changed = report.parameters.filter { parameter in
      report.parameterReferences[parameter.key].map { $0.defaultValue != parameter.value } ?? false
    }
    let count = report.parameters.count
    if !full {
      document.paragraph(
        changed.isEmpty
          ? t(
            "Параметров: \(count); все — значения пакетов по умолчанию.",
            "Parameters: \(count); every one at the packs' default.")
          : t(
            "Параметров: \(count); изменено: \(changed.count).",
            "Parameters: \(count); changed: \(changed.count)."))
      for parameter in changed {
        let reference = report.parameterReferences[parameter.key]
        document.item(
          Inline(
            "\(title(of: parameter.key)) — \(number(parameter.value))"
              + (reference.map {
                t(" (по умолчанию ", " (default ") + number($0.defaultValue) + ")"
              }
                ?? "") + t(", ключ ", ", key "))
            + .code(parameter.key.rawValue))
      }
      document.blank(changed.isEmpty ? .textOnly : .always)
      return
    }
    let header: [Inline] = [
      Inline(t("параметр", "parameter")), Inline(t("значение", "value")),
      Inline(t("по умолчанию", "default")), Inline(t("ключ", "key")),
    ]
    let rows = report.parameters.map { parameter -> [Inline] in
      let reference = report.parameterReferences[parameter.key]
      var value = number(parameter.value)
      if reference.map({ $0.defaultValue != parameter.value }) == true {
        value += t(" (изменён)", " (changed)")
      }
      return [
        Inline(title(of: parameter.key)), Inline(value),
        Inline(reference.map { number($0.defaultValue) } ?? "—"), .code(parameter.key.rawValue),
      ]
    }
    document.table(header, rows, alignment: .left)
    document.blank()
  }

  /// A parameter by title, or by its key when the run does not know it.
  private func title(of key: ParameterKey) -> String {
    report.parameterReferences[key]?.title(in: language) ?? key.rawValue
  }

  private func number(_ value: Double) -> String {
    NumberText.format(value, decimals: 6, language)
  }

  private func issues(to document: inout ReportDocument) {
    guard !report.issues.isEmpty else { return }
    document.heading(2, t("Замечания к данным", "Data issues") + ": \(report.issues.count)")
    let names = ReadableNames(report.catalog).merging(
      ReadableNames(
        Dictionary(report.criteria.map { ($0.id.rawValue, $0.title) }) { first, _ in first }))
    for issue in report.issues { document.item(names.text(issue.text(in: language), in: language)) }
  }
}

/// Orders names as people read numbers in them: «Муниципалитет 2» before «Муниципалитет 10»; runs of
/// digits compare by value, everything else by Unicode scalars, so that the order is the same on
/// every platform and locale.
func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
  var left = Array(lhs.unicodeScalars)[...]
  var right = Array(rhs.unicodeScalars)[...]
  func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
  while let l = left.first, let r = right.first {
    if isDigit(l), isDigit(r) {
      let leftDigits = left.prefix(while: isDigit)
      let rightDigits = right.prefix(while: isDigit)
      let leftValue = leftDigits.drop { $0 == "0" }
      let rightValue = rightDigits.drop { $0 == "0" }
      if leftValue.count != rightValue.count { return leftValue.count < rightValue.count }
      if !leftValue.elementsEqual(rightValue) {
        return leftValue.lexicographicallyPrecedes(rightValue) { $0.value < $1.value }
      }
      left = left.dropFirst(leftDigits.count)
      right = right.dropFirst(rightDigits.count)
      continue
    }
    if l != r { return l.value < r.value }
    left = left.dropFirst()
    right = right.dropFirst()
  }
  if left.isEmpty != right.isEmpty { return left.isEmpty }
  return lhs.unicodeScalars.lexicographicallyPrecedes(rhs.unicodeScalars) { $0.value < $1.value }
}

extension String {
  /// The text with its first character upper-cased.
  fileprivate var capitalizedInitial: String { prefix(1).uppercased() + dropFirst() }
}
