import Foundation

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
  /// The schools in list order, by municipality, then by id: positions in `report.schools`, so that
  /// the lists and cards read each outcome in place rather than copy it (a copy retains the
  /// school's texts, its placements and its findings).
  let ordered: [Int]
  /// For each school of `report.schools`, the index of its municipality in `municipalities`.
  let municipalityRanks: [Int]
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
    // Hashing a Cyrillic name as a `String` normalises it: each school's municipality is found
    // among the few distinct spellings by its bytes, and only those are hashed as names.
    let spellings = DistinctSpellings(report.schools.count) {
      report.schools[$0].school.municipality
    }
    municipalities = naturallySorted(Set(spellings.texts))
    var rank: [String: Int] = [:]
    for (index, name) in municipalities.enumerated() { rank[name] = index }
    let spellingRanks = spellings.texts.map { rank[$0] ?? 0 }
    // The report's schools are sorted by id; a stable sort by municipality keeps that within each.
    // Each school's rank is looked up once and the positions sorted, not the outcomes: hashing a
    // name in every comparison and moving whole outcomes took a tenth of a 40,000-school document.
    let ranks = spellings.indices.map { spellingRanks[$0] }
    municipalityRanks = ranks
    ordered = ranks.indices.sorted { lhs, rhs in
      ranks[lhs] != ranks[rhs] ? ranks[lhs] < ranks[rhs] : lhs < rhs
    }
  }

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  private var full: Bool { detail == .full }

  /// Whether a list line names the school's municipality: only when there are several.
  private var namesMunicipality: Bool { municipalities.count > 1 }

  func document() -> ReportDocument {
    guard full else {
      var document = front()
      parameters(to: &document)
      issues(to: &document)
      return document
    }
    // The compact cards of a large run are built in chunks on the other cores while this one
    // builds what comes before them; the chunks are put in order, so the document is the same.
    let listed = listedSchools()
    let compact = listed.count > compactCardsAbove
    let chunkSize = max(512, (listed.count + 7) / 8)
    let chunks =
      compact
      ? stride(from: 0, to: listed.count, by: chunkSize).map {
        $0..<min($0 + chunkSize, listed.count)
      } : []
    let parameters = parameterValues
    let parts = Parallel.map(chunks.count + 1) { part -> ReportDocument in
      guard part > 0 else { return front() }
      var cards = ReportDocument()
      cards.blocks.reserveCapacity(chunks[part - 1].count * 10)
      compactCards(listed[chunks[part - 1]], parameters: parameters, to: &cards)
      return cards
    }
    var document = parts[0]
    if compact {
      document.blocks.reserveCapacity(
        document.blocks.count + parts.dropFirst().reduce(64) { $0 + $1.blocks.count })
      document.heading(2, t("Карточки школ", "School cards"))
      compactCardsLegend(listed, keys: report.parameters.map(\.key), to: &document)
      for part in parts.dropFirst() { document.append(contentsOf: part) }
    } else {
      cards(listed, to: &document)
    }
    self.parameters(to: &document)
    issues(to: &document)
    return document
  }

  /// Everything before the cards: the heading, the summary, the municipalities, the charts, the
  /// lists, the schools left undetermined and, in full, the criteria.
  private func front() -> ReportDocument {
    var document = ReportDocument()
    document.blocks.reserveCapacity(report.schools.count * 2 + 64)
    heading(to: &document)
    summary(to: &document)
    byMunicipality(to: &document)
    // The charts are drawn only where figures are (HTML); the summary has no use for them.
    if full { document.append(contentsOf: report.figureSection(language: language)) }
    lists(to: &document)
    undetermined(to: &document)
    document.append(contentsOf: report.contextSection(language: language, detail: detail))
    if full { criteria(to: &document) }
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
    document.item(
      t("Год отчёта: \(report.year) — ", "Report year: \(report.year) — ")
        + report.yearBasis.reason(language), marked: false)
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
    for pack in report.packs {
      guard let sentence = pack.listing.sentence(in: language) else { continue }
      let line = report.packs.count == 1 ? sentence : "\(pack.id): \(sentence)"
      document.item(t("Отбор: ", "Selection: ") + line, marked: false)
    }
    if !report.dataFiles.isEmpty {
      document.item(
        Inline(t("Данные: ", "Data: "))
          + Self.documents(report.dataFiles, titles: [:], in: language), marked: false)
    }
    if let day = report.madeOn {
      document.item(t("Составлен: ", "Made on: ") + day.formatted(in: language), marked: false)
    }
    document.item(report.suppression.sentence(language), marked: false)
    document.blank()
  }

  /// The one municipality of the data, or every municipality (with the region when there is one).
  private var territory: String {
    let spellings = DistinctSpellings(report.schools.count) { report.schools[$0].school.region }
    let regions = Set(spellings.texts).filter { !$0.isEmpty }
    let region = regions.count == 1 ? regions.first : nil
    if municipalities.count == 1, let municipality = municipalities.first {
      return region.map { "\($0), \(municipality)" } ?? municipality
    }
    let all = t(
      "все муниципалитеты набора данных (\(municipalities.count))",
      "every municipality of the data (\(municipalities.count))")
    return region.map { "\($0), \(all)" } ?? all.capitalizedInitial
  }

  /// «krasnoyarsk 1.0.0 — Красноярский край: …; документ: Муниципальная программа «…» (003_….txt)».
  private func packLine(_ pack: IdentificationReport.PackReference) -> Inline {
    var line = Inline("\(pack.id) \(pack.version) — \(pack.title[language])")
    if !pack.sources.isEmpty {
      line =
        line
        + Inline(
          pack.sources.count == 1
            ? t("; документ: ", "; document: ") : t("; документы: ", "; documents: "))
        + Self.documents(pack.sources, titles: pack.sourceTitles, in: language)
    }
    return line
  }

  /// Source documents by their titles with the file name after each, as code where the format has
  /// it (a name, not words); a file without a title by its name alone.
  static func documents(
    _ files: [String], titles: [String: LocalizedText], in language: Language
  ) -> Inline {
    var runs: [Inline.Run] = []
    for (index, file) in files.enumerated() {
      if index > 0 { runs.append(.text(titles.isEmpty ? ", " : "; ")) }
      if let title = titles[file] {
        runs.append(.text("\(title[language]) ("))
        runs.append(.code(file))
        runs.append(.text(")"))
      } else {
        runs.append(.code(file))
      }
    }
    return Inline(runs: runs)
  }

  // MARK: - Summary

  private func summary(to document: inout ReportDocument) {
    document.heading(2, t("Итог", "Summary"))
    let total = report.schools.count
    let listed = report.schools.count { !$0.placements.isEmpty }
    let open = report.schools.count { !$0.undeterminedCategories.isEmpty }
    document.paragraph(
      t(
        "Школ: \(total); хотя бы в одном списке: \(listed) (\(percent(listed, of: total)) %); "
          + "категория не определена из-за нехватки данных: \(open) (\(percent(open, of: total)) %).",
        "Schools: \(total); on at least one list: \(listed) (\(percent(listed, of: total))%); "
          + "a category undetermined for lack of data: \(open) (\(percent(open, of: total))%)."))
    let decisions = report.decisions
    if !decisions.isEmpty {
      let included = decisions.filter { $0.verdict == .include }.count
      let excluded = decisions.count - included
      document.paragraph(
        t(
          "Решения органа управления: включено \(included), исключено \(excluded); списки и "
            + "таблицы ниже — с их учётом.",
          "Decisions of an authority: \(included) included, \(excluded) excluded; the lists and "
            + "tables below apply them."))
    }

    let (packs, severities) = report.summaryBreakdown
    var header = [t("категория", "category"), t("школ", "schools"), t("доля, %", "share, %")]
    header += packs
    header += severities.map { $0.title[language] }
    header.append(t("не определено", "undetermined"))
    var rows: [[String]] = []
    for category in report.categories {
      let counts = report.counts(of: category, packs: packs, severities: severities)
      var row = [
        category.title[language], "\(counts.members)", percent(counts.members, of: total),
      ]
      // A pack or severity without a rule for the category has no count.
      for count in counts.byPack + counts.bySeverity { row.append(count.map { "\($0)" } ?? "—") }
      row.append("\(counts.undetermined)")
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

    // Counted in one pass over the schools, by each one's municipality: the schools, those in
    // each category, those with a category undetermined; the last entry is the total.
    let categories = report.categories
    var counts = [Counts](
      repeating: Counts(categories: categories.count), count: municipalities.count + 1)
    report.schools.withUnsafeBufferPointer { outcomes in
      for (position, outcome) in outcomes.enumerated() {
        let rank = municipalityRanks[position]
        let open = !outcome.undeterminedCategories.isEmpty
        counts[rank].schools += 1
        counts[municipalities.count].schools += 1
        if open {
          counts[rank].open += 1
          counts[municipalities.count].open += 1
        }
        for (index, category) in categories.enumerated()
        where outcome.placement(in: category) != nil {
          counts[rank].categories[index] += 1
          counts[municipalities.count].categories[index] += 1
        }
      }
    }
    func row(_ name: String, _ counts: Counts) -> [String] {
      var cells = [name, "\(counts.schools)"]
      for count in counts.categories {
        cells += ["\(count)", percent(count, of: counts.schools)]
      }
      cells += ["\(counts.open)", percent(counts.open, of: counts.schools)]
      return cells
    }
    var rows = municipalities.indices.map { row(municipalities[$0], counts[$0]) }
    if municipalities.count > 1 {
      rows.append(row(t("Всего", "Total"), counts[municipalities.count]))
    }
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

  /// The schools of a municipality, those in each category and those with a category undetermined.
  private struct Counts {
    var schools = 0
    var categories: [Int]
    var open = 0

    init(categories: Int) { self.categories = [Int](repeating: 0, count: categories) }
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
    let schools = report.schools
    for category in report.categories {
      let members = schools.withUnsafeBufferPointer { outcomes in
        ordered.filter { outcomes[$0].placement(in: category) != nil }
      }
      document.heading(
        2,
        "\(category.title[language]): \(members.count) " + t("из", "of")
          + " \(report.schools.count)")
      let excluded = schools.withUnsafeBufferPointer { outcomes in
        ordered.filter { position in
          outcomes[position].decisions.contains {
            $0.category == category && $0.verdict == .exclude
          }
        }
      }
      if let proposal = proposalNote(category) { document.paragraph(proposal) }
      if members.isEmpty {
        document.paragraph(t("Таких школ нет.", "No such schools."))
        document.blank(.textOnly)
      } else {
        var criteria = RuleCriteria()
        schools.withUnsafeBufferPointer { outcomes in
          withColumns { shared, columns in
            for position in members {
              let outcome = outcomes[position]
              let reasons: String
              if outcome.table === shared {
                reasons = self.reasons(outcome, category, criteria: &criteria, columns: columns)
              } else {
                reasons = outcome.table.withColumns {
                  self.reasons(outcome, category, criteria: &criteria, columns: $0)
                }
              }
              document.item(name(outcome, then: " — " + reasons))
            }
          }
        }
        document.blank()
      }
      guard !excluded.isEmpty else { continue }
      document.paragraph(
        t("Исключены решением органа управления:", "Excluded by a decision of an authority:"))
      for position in excluded {
        let outcome = schools[position]
        for decision in outcome.decisions
        where decision.category == category && decision.verdict == .exclude {
          document.item(name(outcome, then: " — " + decision.sentence(in: language)))
        }
      }
      document.blank()
    }
  }

  /// Where `category`'s rules come from packs whose lists an act fixes: the note that the list
  /// below is the library's proposal (with the authority's decisions applied), not the document's.
  private func proposalNote(_ category: SchoolCategory) -> String? {
    let acts = report.packs.filter { pack in
      pack.listing.isProposal
        && report.rules.contains { $0.pack == pack.id && $0.category == category }
    }
    guard !acts.isEmpty else { return nil }
    let names = acts.map(\.id).joined(separator: ", ")
    let decided = report.decisions.contains { $0.category == category }
    return t(
      "Список по документу: \(acts.compactMap { $0.listing.act?.ru }.joined(separator: "; ")). "
        + "Ниже — предложение библиотеки по правилам пакета \(names)"
        + (decided ? " с учётом решений органа управления." : ": решений органа управления нет."),
      "The document's list: \(acts.compactMap { $0.listing.act?.en }.joined(separator: "; ")). "
        + "Below is the library's proposal by the rules of pack \(names)"
        + (decided
          ? ", with the authority's decisions applied." : "; no decisions of an authority given."))
  }

  /// «МБОУ «СОШ №6» (LES05)», with the municipality when there are several; the name links to the
  /// school's card in the full document.
  private func name(_ outcome: IdentificationReport.SchoolOutcome) -> Inline {
    let school = outcome.school
    let name: Inline =
      full ? .link(school.name, anchor: Self.anchor(school.id)) : Inline(school.name)
    return name + Inline(rest(of: school))
  }

  /// `name(outcome) + Inline(text)`, built without the intermediate values: the same runs.
  private func name(_ outcome: IdentificationReport.SchoolOutcome, then text: String) -> Inline {
    let school = outcome.school
    guard full else { return Inline(school.name + rest(of: school) + text) }
    return Inline(runs: [
      .link(school.name, anchor: Self.anchor(school.id)), .text(rest(of: school)), .text(text),
    ])
  }

  /// « (LES05)», with «, Муниципалитет 2» when the list names municipalities.
  private func rest(of school: School) -> String {
    var rest = " (" + school.id.rawValue + ")"
    if namesMunicipality { rest += ", " + school.municipality }
    return rest
  }

  /// The anchor of a school's card.
  static func anchor(_ id: SchoolID) -> String { "school-" + id.rawValue }

  /// A result table's columns, read in place.
  typealias Columns = UnsafeBufferPointer<UnsafeBufferPointer<CriterionResult>>

  /// Calls `body` with the table the schools share (that of the first; every outcome of a run has
  /// the same) and its columns read in place; a school of another table is read through its own.
  private func withColumns<Result>(
    _ body: (IdentificationReport.ResultTable?, Columns) -> Result
  ) -> Result {
    guard let table = report.schools.first?.table else {
      return [].withUnsafeBufferPointer { body(nil, $0) }
    }
    return table.withColumns { body(table, $0) }
  }

  /// For the schools of one category, the criteria of the rules that placed each, found once per
  /// set of packs that raised it: by criterion index, whether a rule of the category of one of the
  /// packs names it.
  private struct RuleCriteria {
    var found: [(table: ObjectIdentifier, packs: [String], criteria: [Bool])] = []
  }

  /// One line of why the school is on the list: the severity and, with several packs, the packs
  /// that put it there, then the met criteria of their rules by title (three at most).
  private func reasons(
    _ outcome: IdentificationReport.SchoolOutcome, _ category: SchoolCategory,
    criteria found: inout RuleCriteria, columns: Columns
  ) -> String {
    let placement = outcome.placement(in: category)
    if let decision = placement?.decision, placement?.packs.isEmpty == true {
      // No rule placed it: the decision is the whole reason.
      return decision.sentence(in: language)
    }
    let packs = placement?.packs ?? []
    let table = outcome.table
    let criteria: [Bool]
    if let known = found.found.first(where: {
      $0.table == ObjectIdentifier(table) && $0.packs == packs
    }) {
      criteria = known.criteria
    } else {
      let raisers = Set(packs)
      let named = Set(
        report.rules.filter { $0.category == category && raisers.contains($0.pack) }
          .flatMap(\.criteria))
      criteria = table.criteria.map { named.contains($0.id) }
      found.found.append((ObjectIdentifier(table), packs, criteria))
    }
    // The first three titles joined, and the count of the rest.
    var text = ""
    var titles = 0
    let position = outcome.position
    for index in 0..<outcome.findingCount {
      guard criteria[index], columns[index][position].status == .met else { continue }
      titles += 1
      if titles <= 3 {
        if titles > 1 { text += "; " }
        text += report.criteria[index].title[language]
      }
    }
    if titles == 0 { text = t("правило пакета выполнено", "a pack's rule holds") }
    if titles > 3 { text += t(" и ещё \(titles - 3)", " and \(titles - 3) more") }
    // The severity and the packs first: «и ещё 13 (в кризисной ситуации)» would read as if the
    // note were about the thirteen.
    let notes = placement.map { self.notes($0) } ?? ""
    let reasons = notes.isEmpty ? text : notes + t(". Критерии: ", ". Criteria: ") + text
    guard let decision = placement?.decision else { return reasons }
    return reasons + "; " + decision.sentence(in: language)
  }

  private func undetermined(to document: inout ReportDocument) {
    let schools = report.schools
    let open = ordered.filter { !schools[$0].undeterminedCategories.isEmpty }
    guard !open.isEmpty else { return }
    document.heading(
      2,
      t("Категория не определена из-за нехватки данных", "Undetermined for lack of data")
        + ": \(open.count)")
    // The criteria of the rules of a set of categories, found once per set.
    var found: [(categories: [SchoolCategory], criteria: [Bool])] = []
    schools.withUnsafeBufferPointer { outcomes in
      for position in open {
        let outcome = outcomes[position]
        let undetermined = outcome.undeterminedCategories
        let categories = undetermined.map(shortLabel).joined(separator: ", ")
        let criteria: [Bool]
        if let known = found.first(where: { $0.categories == undetermined }) {
          criteria = known.criteria
        } else {
          criteria = ruleCriteria(undetermined)
          found.append((undetermined, criteria))
        }
        let missing = missingData(outcome, criteria: criteria)
        let what =
          missing.isEmpty
          ? "" : t(": нет данных — ", ": missing — ") + words.missingMetrics(missing)
        document.item(name(outcome, then: " — " + categories + what))
      }
    }
    document.blank()
  }

  /// The cells missing for the criteria of the rules of `categories`.
  private func missingData(
    _ outcome: IdentificationReport.SchoolOutcome, _ categories: [SchoolCategory]
  ) -> [CriterionResult.MissingData] {
    missingData(outcome, criteria: ruleCriteria(categories))
  }

  /// By criterion index, whether a rule of one of `categories` names the criterion.
  private func ruleCriteria(_ categories: [SchoolCategory]) -> [Bool] {
    let criteria = Set(
      report.rules.filter { categories.contains($0.category) }.flatMap(\.criteria))
    return report.criteria.map { criteria.contains($0.id) }
  }

  /// The cells missing for the criteria marked in `criteria` (by index).
  private func missingData(
    _ outcome: IdentificationReport.SchoolOutcome, criteria: [Bool]
  ) -> [CriterionResult.MissingData] {
    var missing: [CriterionResult.MissingData] = []
    let columns = outcome.table.columns
    let position = outcome.position
    for index in 0..<outcome.findingCount where criteria[index] {
      if case .insufficientData(let cells, _) = columns[index][position] {
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

  /// The schools with a card, in list order: those on a list or with a category undetermined.
  private func listedSchools() -> [Int] {
    report.schools.withUnsafeBufferPointer { outcomes in
      ordered.filter {
        !outcomes[$0].placements.isEmpty || !outcomes[$0].undeterminedCategories.isEmpty
          || !outcomes[$0].decisions.isEmpty
      }
    }
  }

  /// The run's parameters by key.
  private var parameterValues: [ParameterKey: Double] {
    var parameters: [ParameterKey: Double] = [:]
    for parameter in report.parameters { parameters[parameter.key] = parameter.value }
    return parameters
  }

  /// The full cards of `listed`, under their heading; `document()` builds the compact ones.
  private func cards(_ listed: [Int], to document: inout ReportDocument) {
    guard !listed.isEmpty else { return }
    document.heading(2, t("Карточки школ", "School cards"))
    let parameters = parameterValues
    let keys = report.parameters.map(\.key)
    report.schools.withUnsafeBufferPointer { outcomes in
      for position in listed {
        card(outcomes[position], parameters: parameters, keys: keys, to: &document)
      }
    }
  }

  // MARK: - Compact cards

  /// A criterion's short label: «К1», «К2» … in Russian, «C1», «C2» … in English, in the order of
  /// the report's criteria.
  private func label(_ index: Int) -> String { t("К", "C") + "\(index + 1)" }

  /// The compact cards of a large run are a note on why, the legend of the short labels, and a card
  /// per school with its categories, the rules that placed it, one line per met criterion or
  /// criterion short of data, and the count of the rest.
  ///
  /// The note on why the cards are compact and the legend of the short labels.
  private func compactCardsLegend(
    _ listed: [Int], keys: [ParameterKey], to document: inout ReportDocument
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
    let ruleLabels = self.ruleLabels
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
  }

  /// The rules' short labels: «П1», «П2» … in Russian, «R1», «R2» … in English.
  private var ruleLabels: [String] { report.rules.indices.map { t("П", "R") + "\($0 + 1)" } }

  /// The compact cards of the schools at `listed` (positions in `report.schools`).
  private func compactCards(
    _ listed: ArraySlice<Int>, parameters: [ParameterKey: Double], to document: inout ReportDocument
  ) {
    // Everything that is the same on every card, worded once.
    let ruleLabels = self.ruleLabels
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
    let total = String(report.criteria.count)
    var categoryLabels: [String: String] = [:]
    for category in report.categories { categoryLabels[category.id] = shortLabel(category) }
    // By category index: its label and the rules (by index) that may place a school in it.
    let labelsOfCategories = report.categories.map {
      categoryLabels[$0.id, default: $0.title[language]]
    }
    let rulesOfCategories = report.categories.map { category in
      report.rules.indices.filter { report.rules[$0].category == category }
    }
    // Whether each rule holds depends on the statuses of the criteria alone (the parameters are
    // the run's): worked out once per pattern of statuses rather than once per school.
    var truths = RuleTruths(
      rules: report.rules, criteria: report.criteria.map(\.id), parameters: parameters)

    var yearTexts = YearTexts()
    // One school's card, its findings read from `columns`.
    func card(_ outcome: IdentificationReport.SchoolOutcome, _ columns: Columns) {
      let school = outcome.school
      let row = outcome.position
      var heading = school.name
      heading.reserveCapacity(school.name.utf8.count + school.id.rawValue.utf8.count + 3)
      heading += " ("
      heading += school.id.rawValue
      heading += ")"
      document.heading(3, heading, anchor: Self.anchor(school.id))
      var place: String
      if school.region.isEmpty {
        place = school.municipality
      } else {
        place = school.region
        place += ", "
        place += school.municipality
      }
      if let reason = outcome.suppression {
        place += ". "
        place += reason.notice(language, limit: report.minimumGroupSize)
      }
      document.paragraph(place)

      let holds = truths.holding(columns: columns, position: row, count: outcome.findingCount)
      for (categoryIndex, category) in report.categories.enumerated() {
        guard let placement = outcome.placement(in: category) else {
          if outcome.undeterminedCategories.contains(category) {
            document.item(labelsOfCategories[categoryIndex] + open)
          }
          for decision in outcome.decisions where decision.category == category {
            document.item(
              labelsOfCategories[categoryIndex] + ": " + decision.sentence(in: language))
          }
          continue
        }
        var line = labelsOfCategories[categoryIndex]
        line.reserveCapacity(line.utf8.count + 64)
        line += onList
        let notes = self.notes(placement)
        if !notes.isEmpty {
          line += " ("
          line += notes
          line += ")"
        }
        // The rules that placed it: each rule for the category, of a pack that raised it, that
        // holds.
        var holding = 0
        for index in rulesOfCategories[categoryIndex]
        where holds[index] && placement.packs.contains(report.rules[index].pack) {
          holding += 1
        }
        if holding > 0 {
          line += holding == 1 ? byRule : byRules
          var first = true
          for index in rulesOfCategories[categoryIndex]
          where holds[index] && placement.packs.contains(report.rules[index].pack) {
            if !first { line += ", " }
            line += ruleLabels[index]
            first = false
          }
        }
        if let decision = placement.decision {
          line += "; "
          line += decision.sentence(in: language)
        }
        document.item(line)
      }

      var notMet = 0
      for index in 0..<outcome.findingCount {
        // Read in place, field by field: binding the evidence would copy it out of the column.
        let column = columns[index]
        switch column[row].status {
        case .notMet:
          notMet += 1
        case .met:
          var line = met[index]
          line.reserveCapacity(line.utf8.count + 96)
          if outcome.mayShowValues {
            let numbers = column[row].evidenceNumbers
            if let value = numbers.value, value.isFinite {
              line += ": "
              line += NumberText.format(value, decimals: 2, language)
              if let threshold = numbers.threshold, threshold.isFinite {
                line += atThreshold
                line += NumberText.format(threshold, decimals: 2, language)
              }
              if let value = numbers.reference, value.isFinite {
                line += reference
                line += NumberText.format(value, decimals: 2, language)
              }
            }
          }
          line += yearTexts.text(column[row].evidenceYears)
          document.item(line)
        case .insufficientData:
          var line = short[index]
          let cells = column[row].missingCells
          if !cells.isEmpty {
            line += missingWord
            line += words.missingMetrics(cells, limit: 2)
          }
          document.item(line)
        }
      }
      var count = notMetWord
      count += String(notMet)
      count += of
      count += total
      document.item(count)
      document.blank()
    }

    report.schools.withUnsafeBufferPointer { outcomes in
      withColumns { shared, columns in
        for position in listed {
          let outcome = outcomes[position]
          if outcome.table === shared {
            card(outcome, columns)
          } else {
            outcome.table.withColumns { card(outcome, $0) }
          }
        }
      }
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
      place +=
        ". "
        + SmallCell.notice(
          language, limit: report.minimumGroupSize, reason: outcome.suppression)
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
        for decision in outcome.decisions where decision.category == category {
          document.item(decision.sentence(in: language), level: 1)
        }
        continue
      }
      let notes = self.notes(placement)
      document.item(
        category.title[language] + ": " + t("в списке", "on the list")
          + (notes.isEmpty ? "" : " (" + notes + ")"))
      if let decision = placement.decision {
        document.item(decision.sentence(in: language), level: 1)
      }
      // The rules that placed it: each rule for the category, of a pack that raised it, that holds.
      for rule in report.rules
      where rule.category == category && placement.packs.contains(rule.pack) {
        let truth = rule.condition.evaluation({ statuses[$0] }, parameter: { parameters[$0] })
          .truth
        guard truth == .true else { continue }
        let proposal = report.packs.contains { $0.id == rule.pack && $0.listing.isProposal }
        let label =
          proposal
          ? t(
            "предложение библиотеки (правило пакета \(rule.pack)): ",
            "the library's proposal (rule of pack \(rule.pack)): ")
          : t("правило пакета \(rule.pack): ", "rule of pack \(rule.pack): ")
        document.item(Inline(label) + .marking(keys, in: rule.rationale[language]), level: 1)
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
      document.item(words.sentence(finding, suppression: outcome.suppression), level: 1)
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

/// `names` sorted by `naturalOrder`, each name's scalars read once rather than in every comparison.
func naturallySorted(_ names: some Collection<String>) -> [String] {
  let keyed = names.map { (name: $0, scalars: Array($0.unicodeScalars)) }
  return keyed.sorted { naturalOrder($0.scalars[...], $1.scalars[...]) }.map(\.name)
}

/// Orders names as people read numbers in them: «Муниципалитет 2» before «Муниципалитет 10»; runs of
/// digits compare by value, everything else by Unicode scalars, so that the order is the same on
/// every platform and locale.
func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
  naturalOrder(Array(lhs.unicodeScalars)[...], Array(rhs.unicodeScalars)[...])
}

/// `naturalOrder` of two names' scalars.
private func naturalOrder(
  _ lhs: ArraySlice<Unicode.Scalar>, _ rhs: ArraySlice<Unicode.Scalar>
) -> Bool {
  var left = lhs
  var right = rhs
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
  return lhs.lexicographicallyPrecedes(rhs) { $0.value < $1.value }
}

/// Whether each rule of a run holds, by the statuses of a school's findings: a national run has
/// tens of thousands of cards and a few hundred patterns of statuses, so each pattern's rules are
/// evaluated once.
struct RuleTruths {
  let rules: [IdentificationReport.RuleReference]
  /// The criteria of the findings, in order.
  let criteria: [CriterionID]
  let parameters: [ParameterKey: Double]
  /// By pattern of statuses (two bits a finding after a leading one), whether each rule holds.
  private var known: [UInt64: [Bool]] = [:]

  init(
    rules: [IdentificationReport.RuleReference], criteria: [CriterionID],
    parameters: [ParameterKey: Double]
  ) {
    self.rules = rules
    self.criteria = criteria
    self.parameters = parameters
  }

  /// Whether each rule holds for the school at `position` of `columns`, whose first `count`
  /// findings are read.
  mutating func holding(
    columns: UnsafeBufferPointer<UnsafeBufferPointer<CriterionResult>>, position: Int, count: Int
  ) -> [Bool] {
    // 31 findings fit in the key; a larger run evaluates every school's rules.
    let cached = count <= 31
    var key: UInt64 = 1
    if cached {
      for index in 0..<count {
        let code: UInt64 =
          switch columns[index][position].status {
          case .met: 0
          case .notMet: 1
          case .insufficientData: 2
          }
        key = key << 2 | code
      }
      if let truths = known[key] { return truths }
    }
    var statuses: [CriterionID: CriterionResult.Status] = [:]
    statuses.reserveCapacity(count)
    for index in 0..<count { statuses[criteria[index]] = columns[index][position].status }
    let parameters = self.parameters
    let truths = rules.map { rule in
      rule.condition.evaluation({ statuses[$0] }, parameter: { parameters[$0] }).truth == .true
    }
    if cached { known[key] = truths }
    return truths
  }
}

/// The distinct spellings of n texts, byte for byte, in the order they first occur, and for each
/// text the index of its spelling: 40,000 schools name a few dozen municipalities, and hashing each
/// name as a `String` (which normalises non-ASCII text) cost more than comparing bytes.
///
/// Two spellings may still be the same `String` (canonically equivalent); a `Set` of `texts` keeps
/// the first of them, as a `Set` of all the texts would.
struct DistinctSpellings {
  /// The distinct spellings, in the order they first occur.
  private(set) var texts: [String] = []
  /// For each text, the index of its spelling in `texts`.
  private(set) var indices: [Int] = []

  init(_ count: Int, _ text: (Int) -> String) {
    var found: [Bytes: Int] = [:]
    indices.reserveCapacity(count)
    var last: (text: String, index: Int)?
    for position in 0..<count {
      let text = text(position)
      // Neighbours often share a spelling: the same storage is equal at once.
      if let last, last.text.utf8.count == text.utf8.count, Bytes(last.text) == Bytes(text) {
        indices.append(last.index)
        continue
      }
      let index: Int
      if let known = found[Bytes(text)] {
        index = known
      } else {
        index = texts.count
        found[Bytes(text)] = index
        texts.append(text)
      }
      indices.append(index)
      last = (text, index)
    }
  }

  /// A text compared and hashed by its UTF-8 bytes.
  private struct Bytes: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    static func == (lhs: Bytes, rhs: Bytes) -> Bool {
      let equal = lhs.text.utf8.withContiguousStorageIfAvailable { left in
        rhs.text.utf8.withContiguousStorageIfAvailable { right in
          guard left.count == right.count else { return false }
          guard let l = left.baseAddress, let r = right.baseAddress else { return true }
          return memcmp(l, r, left.count) == 0
        }
      }
      return (equal ?? nil) ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    func hash(into hasher: inout Hasher) {
      let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
      }
      if hashed == nil {
        for byte in text.utf8 { hasher.combine(byte) }
      }
      hasher.combine(text.utf8.count)
    }
  }
}

/// « (2019/2020–2021/2022)», « (2021/2022)», or nothing without years — `years(_:)` of a span's
/// years — made once per span: the cards of a run name a handful of spans thousands of times.
private struct YearTexts {
  private struct Key: Hashable {
    let first: Int
    let last: Int
    let count: Int
  }

  private var known: [Key: String] = [:]

  mutating func text(_ span: YearSpan?) -> String {
    guard let span, span.count > 0 else { return "" }
    let first = span[0]
    let last = span[span.count - 1]
    let key = Key(first: first.endYear, last: last.endYear, count: span.count == 1 ? 1 : 2)
    if let text = known[key] { return text }
    let text = span.count == 1 ? " (\(first))" : " (\(first)–\(last))"
    known[key] = text
    return text
  }
}

extension CriterionResult {
  /// The evidence's value, threshold and reference, read without copying the evidence out.
  fileprivate var evidenceNumbers: (value: Double?, threshold: Double?, reference: Double?) {
    switch self {
    case .met(let evidence), .notMet(let evidence):
      (evidence.value, evidence.threshold, evidence.reference)
    case .insufficientData: (nil, nil, nil)
    }
  }

  /// The evidence's years, `nil` without evidence.
  fileprivate var evidenceYears: YearSpan? {
    switch self {
    case .met(let evidence), .notMet(let evidence): evidence.yearSpan
    case .insufficientData: nil
    }
  }

  /// The cells whose lack left the finding undecided.
  fileprivate var missingCells: [CriterionResult.MissingData] {
    if case .insufficientData(let cells, _) = self { cells } else { [] }
  }
}
