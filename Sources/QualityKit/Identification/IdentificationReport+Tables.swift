/// The tables of an identification report, for CSV and workbooks: `summary` (schools per
/// category), `municipalities` (each municipality's counts and shares), `schools` (one row per
/// school and criterion, the main table), `parameters` and `issues`.
///
/// Categories, criteria and statuses are named by title; their ids stand in `…_id` columns of
/// their own, for filters and programs. A school's values hidden by small-group suppression are
/// empty cells, and the explanation says why. Shares are of the schools counted, in per cent.
///
/// - Complexity: O(s · c) for s schools and c criteria, when written.
extension IdentificationReport {
  /// The tables, in the order of the document: summary, municipalities, schools (main), context
  /// (when the run has context-adjusted results), parameters, data issues.
  public func tables(language: Language) -> [ExportTable] {
    [summaryTable(language), municipalityTable(language), schoolTable(language)]
      + (contextTable(language).map { [$0] } ?? [])
      + [parameterTable(language), issueTable(language)]
  }

  /// Schools per category: how many, their share, by pack and severity where a run has several,
  /// and how many are undetermined.
  private func summaryTable(_ language: Language) -> ExportTable {
    let (packs, severities) = summaryBreakdown
    var columns: [ExportTable.Column] = [
      .init("категория", "category"), .code("category_id"), .init("школ", "schools", .integer),
      .init("доля, %", "share, %", .share(places: 1)),
    ]
    columns += packs.map { .init("школ по пакету \($0)", "schools by pack \($0)", .integer) }
    columns += severities.map {
      .init("школ: \($0.title.ru)", "schools: \($0.title.en)", .integer)
    }
    columns.append(.init("не определено", "undetermined", .integer))
    let report = self
    return ExportTable(
      id: "summary", title: LocalizedText(ru: "Итог", en: "Summary"), columns: columns
    ) { row in
      let total = report.schools.count
      for category in report.categories {
        let counts = report.counts(of: category, packs: packs, severities: severities)
        row.text(category.title[row.language])
        row.code(category.id)
        row.integer(counts.members)
        row.number(total == 0 ? nil : Double(counts.members) * 100 / Double(total))
        // A pack or severity without a rule for the category has no count: an empty cell.
        for count in counts.byPack + counts.bySeverity { row.integer(count) }
        row.integer(counts.undetermined)
        row.endRow()
      }
    }
  }

  /// Each municipality, in natural order: schools, each category's count and share, and those
  /// with a category undetermined. No total row: a sheet sums its own columns.
  private func municipalityTable(_ language: Language) -> ExportTable {
    var columns: [ExportTable.Column] = [
      .init("муниципалитет", "municipality"), .init("школ", "schools", .integer),
    ]
    for category in categories {
      let label = LocalizedText(
        ru: Self.shortLabel(category, .russian), en: Self.shortLabel(category, .english))
      columns += [
        .init(label.ru, label.en, .integer),
        .init(label.ru + ", %", label.en + ", %", .share(places: 1)),
      ]
    }
    columns += [
      .init("не определено", "undetermined", .integer),
      .init("не определено, %", "undetermined, %", .share(places: 1)),
    ]
    let report = self
    return ExportTable(
      id: "municipalities", title: LocalizedText(ru: "По муниципалитетам", en: "By municipality"),
      columns: columns
    ) { row in
      let spellings = DistinctSpellings(report.schools.count) {
        report.schools[$0].school.municipality
      }
      let names = naturallySorted(Set(spellings.texts))
      var rank: [String: Int] = [:]
      for (index, name) in names.enumerated() { rank[name] = index }
      let spellingRanks = spellings.texts.map { rank[$0] ?? 0 }
      let categories = report.categories
      var schools = [Int](repeating: 0, count: names.count)
      var open = [Int](repeating: 0, count: names.count)
      var members = [[Int]](
        repeating: [Int](repeating: 0, count: categories.count), count: names.count)
      for (position, outcome) in report.schools.enumerated() {
        let municipality = spellingRanks[spellings.indices[position]]
        schools[municipality] += 1
        if !outcome.undeterminedCategories.isEmpty { open[municipality] += 1 }
        for (index, category) in categories.enumerated()
        where outcome.placement(in: category) != nil {
          members[municipality][index] += 1
        }
      }
      func share(_ part: Int, _ whole: Int) -> Double? {
        whole == 0 ? nil : Double(part) * 100 / Double(whole)
      }
      for (index, name) in names.enumerated() {
        row.text(name)
        row.integer(schools[index])
        for count in members[index] {
          row.integer(count)
          row.number(share(count, schools[index]))
        }
        row.integer(open[index])
        row.number(share(open[index], schools[index]))
        row.endRow()
      }
    }
  }

  /// A category's name for a column: ШНОР, ШНСУ, or the title of another category.
  static func shortLabel(_ category: SchoolCategory, _ language: Language) -> String {
    switch category.id {
    case SchoolCategory.lowResults.id: return "ШНОР"
    case SchoolCategory.unfavourableSocialConditions.id: return "ШНСУ"
    case SchoolCategory.nonObjectiveResults.id:
      return language == .russian ? "необъективность" : "non-objective"
    default: return category.title[language]
    }
  }

  /// One row per school and criterion: the school, its categories, the criterion, its status,
  /// value, threshold, reference, years and sentence.
  private func schoolTable(_ language: Language) -> ExportTable {
    let columns: [ExportTable.Column] = [
      .code("school_id"), .init("школа", "school"), .init("муниципалитет", "municipality"),
      .init("категории", "categories", .list), .init("category_id", "category_id", .list),
      .init("критерий", "criterion"), .code("criterion_id"), .init("статус", "status"),
      .code("status_id"), .init("значение", "value", .decimal(places: 2)),
      .init("порог", "threshold", .decimal(places: 2)),
      .init("эталон", "reference", .decimal(places: 2)),
      .init("годы", "years", .list), .init("пояснение", "explanation"),
    ]
    let report = self
    return ExportTable(
      id: "schools", title: LocalizedText(ru: "Школы и критерии", en: "Schools and criteria"),
      columns: columns, isMain: true, items: report.schools.count
    ) { range, row in
      let language = row.language
      let words = FindingText(
        language: language, catalog: report.catalog, minimumGroupSize: report.minimumGroupSize)
      let met = CriterionResult.Status.met.title(in: language)
      let notMet = CriterionResult.Status.notMet.title(in: language)
      let insufficient = CriterionResult.Status.insufficientData.title(in: language)
      for outcome in report.schools[range] {
        // Joined once per school, not once per criterion.
        let titles = [outcome.categories.map { $0.title[language] }.joined(separator: ", ")]
        let ids = [outcome.categories.map(\.id).joined(separator: ", ")]
        let criteria = outcome.table.criteria
        for index in 0..<outcome.findingCount {
          let finding = outcome.finding(at: index)
          let evidence = outcome.mayShowValues ? finding.result.evidence : nil
          row.code(outcome.school.id.rawValue)
          row.text(outcome.school.name)
          row.text(outcome.school.municipality)
          row.list(titles)
          row.list(ids)
          row.text(criteria[index].title[language])
          row.code(finding.criterion.rawValue)
          switch finding.status {
          case .met: row.text(met)
          case .notMet: row.text(notMet)
          case .insufficientData: row.text(insufficient)
          }
          row.code(finding.status.rawValue)
          row.number(evidence?.value)
          row.number(evidence?.threshold)
          row.number(evidence?.reference)
          row.list(endYears: finding.result.years)
          row.text(words.sentence(finding, suppression: outcome.suppression))
          row.endRow()
        }
      }
    }
  }

  /// Every parameter of the run: what it sets, its value, the default, and its key.
  private func parameterTable(_ language: Language) -> ExportTable {
    let report = self
    return ExportTable(
      id: "parameters", title: LocalizedText(ru: "Параметры", en: "Parameters"),
      columns: [
        .init("параметр", "parameter"), .init("значение", "value", .decimal(places: 2)),
        .init("по умолчанию", "default", .decimal(places: 2)),
        .init("изменён", "changed"), .code("parameter_id"),
      ]
    ) { row in
      for parameter in report.parameters {
        let reference = report.parameterReferences[parameter.key]
        row.text(reference?.title(in: row.language) ?? parameter.key.rawValue)
        row.number(parameter.value)
        row.number(reference?.defaultValue)
        let changed = reference.map { $0.defaultValue != parameter.value } ?? false
        row.text(changed ? (row.language == .russian ? "да" : "yes") : "")
        row.code(parameter.key.rawValue)
        row.endRow()
      }
    }
  }

  /// What the reader should know about the input, one issue a row, metrics and criteria by title.
  private func issueTable(_ language: Language) -> ExportTable {
    let report = self
    return ExportTable(
      id: "issues", title: LocalizedText(ru: "Замечания к данным", en: "Data issues"),
      columns: [.init("замечание", "issue")]
    ) { row in
      let names = ReadableNames(report.catalog).merging(
        ReadableNames(
          Dictionary(report.criteria.map { ($0.id.rawValue, $0.title) }) { first, _ in first }))
      for issue in report.issues {
        row.text(names.text(issue.text(in: row.language), in: row.language))
        row.endRow()
      }
    }
  }
}
