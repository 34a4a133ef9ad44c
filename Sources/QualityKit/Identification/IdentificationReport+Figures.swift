/// The charts of the identification document, drawn by the formats that draw (HTML) and left out
/// by text and Markdown: results against social conditions, the distribution of each lowest-share
/// index with its cut-off, and the share of schools on each list by municipality.
///
/// Everything is read from the report itself — the values and cut-offs of the lowest-share
/// findings, the categories, the municipalities — so any pack gets the charts its criteria allow. A
/// school whose values may not be shown (``IdentificationReport/SchoolOutcome/suppression``) is
/// plotted nowhere, as it is printed nowhere; nor is a cut-off that one or two schools' values make
/// when one of them is hidden — it would be that school's value.
extension IdentificationReport {
  /// The section of charts, opened by the heading «Диаграммы» on its first figure; empty for a
  /// report without schools.
  ///
  /// - Complexity: O(s · c) for s schools and c criteria.
  func figureSection(language: Language) -> ReportDocument {
    guard !schools.isEmpty else { return ReportDocument() }
    let figures = IdentificationFigures(report: self, language: language)
    var all = figures.resultsAgainstConditions() + figures.distributions()
    if let municipalities = figures.categoriesByMunicipality() { all.append(municipalities) }
    guard !all.isEmpty else { return ReportDocument() }
    all[0].section = ReportDocument.Inline(language == .russian ? "Диаграммы" : "Charts")
    return ReportDocument(all.map { .figure($0) })
  }
}

/// Builds the identification charts of one report in one language.
private struct IdentificationFigures {
  let report: IdentificationReport
  let language: Language
  /// Every criterion's results, criterion by criterion, as the report keeps them: read in place, a
  /// national run's 400,000 findings need no copies of the schools they belong to.
  let columns: [[CriterionResult]]
  /// For each school of `report.schools`, its position in `columns`.
  let positions: [Int]
  /// For each school, whether its values may be shown.
  let shown: [Bool]
  /// The lowest-share criteria of the run, found once.
  let lowestShares: [LowestShare]
  /// For each lowest-share criterion (by its index in the run), each school's value where it may
  /// be shown, in the order of `report.schools`: read once, used by the scatter and the
  /// distribution.
  let values: [Int: [Double?]]

  init(report: IdentificationReport, language: Language) {
    self.report = report
    self.language = language
    columns = report.schools.first?.table.columns ?? []
    var positions: [Int] = []
    var shown: [Bool] = []
    positions.reserveCapacity(report.schools.count)
    shown.reserveCapacity(report.schools.count)
    // Read in place: a copy of an outcome retains its school's texts and its placements.
    report.schools.withUnsafeBufferPointer { outcomes in
      for index in outcomes.indices {
        positions.append(outcomes[index].position)
        shown.append(outcomes[index].mayShowValues)
      }
    }
    self.positions = positions
    self.shown = shown
    let columns = self.columns
    lowestShares = Self.lowestShares(of: report, columns: columns, in: language).map { lowest in
      // The k-th smallest of at most two values, one of them hidden, may be the hidden one.
      var decided = 0
      var anyHidden = false
      for school in positions.indices where columns[lowest.index][positions[school]].evidence != nil
      {
        decided += 1
        if !shown[school] { anyHidden = true }
      }
      guard decided <= 2, anyHidden else { return lowest }
      return LowestShare(
        index: lowest.index, criterion: lowest.criterion, title: lowest.title,
        share: lowest.share, cutoff: nil)
    }
    var values: [Int: [Double?]] = [:]
    for lowest in lowestShares {
      values[lowest.index] = columns[lowest.index].withUnsafeBufferPointer { column in
        positions.indices.map { school in
          shown[school] ? column[positions[school]].evidenceValue : nil
        }
      }
    }
    self.values = values
  }

  typealias Figure = ReportDocument.Figure

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  private func number(_ value: Double) -> String { NumberText.format(value, decimals: 2, language) }

  /// A lowest-share criterion of the run: where its findings are in the report, what it ranks and
  /// its cut-off.
  struct LowestShare {
    let index: Int
    let criterion: IdentificationReport.CriterionReference
    /// The index ranked, as its findings name it.
    let title: String
    /// The share at the bottom that meets it.
    let share: Double
    /// The cut-off, when one holds for every school (cohort `all`); `nil` when each cohort group
    /// has its own.
    let cutoff: Double?
  }

  /// The lowest-share criteria of the run, in criterion order: those whose findings are decided
  /// on a lowest-share evidence.
  static func lowestShares(
    of report: IdentificationReport, columns: [[CriterionResult]], in language: Language
  ) -> [LowestShare] {
    report.criteria.indices.compactMap { index in
      guard index < columns.count else { return nil }
      var found: (title: String, share: Double)?
      var cutoff: Double?
      var uniform = true
      for result in columns[index] {
        guard let evidence = result.evidence else { continue }
        // A criterion's findings are all of one kind: the first decided one tells.
        guard
          case .lowestShare(let title, _, let cut, let share, _, _, _) = evidence.explanation
            .storage
        else { break }
        if found == nil { found = (title.text[language], share) }
        if let cutoff, cutoff != cut { uniform = false }
        cutoff = cut
        // Compared with every school, the run has one cut-off: the first finding has it.
        if report.cohort == .all { break }
      }
      guard let found else { return nil }
      return LowestShare(
        index: index, criterion: report.criteria[index], title: found.title, share: found.share,
        cutoff: uniform ? cutoff : nil)
    }
  }

  /// The number of schools whose values may not be shown.
  private var hiddenCount: Int { shown.count(where: { !$0 }) }

  /// The axis of a composite index: its scores are means of z-scores within the cohort.
  private func axis(_ lowest: LowestShare) -> Figure.Axis {
    Figure.Axis(title: lowest.title, unit: t("средняя z-оценка", "mean z-score"))
  }

  private func cutoffLabel(_ lowest: LowestShare, _ cutoff: Double) -> String {
    let percent = NumberText.format(lowest.share * 100, decimals: 1, language)
    return t(
      "порог отсечения \(number(cutoff)) (нижние \(percent) %)",
      "cut-off \(number(cutoff)) (lowest \(percent)%)")
  }

  /// Why some schools are not plotted, and why a cut-off is not drawn: `nil` when nothing is left
  /// out.
  private func note(hidden: Int, cutoffPerGroup: Bool) -> ReportDocument.Inline? {
    var parts: [String] = []
    if hidden > 0 {
      parts.append(
        t(
          "Не показаны школы, значения которых не выводятся (менее \(report.minimumGroupSize) "
            + "обучающихся или их число неизвестно в одном из лет, из которых берутся значения): "
            + "\(hidden).",
          "Schools whose values are not shown (fewer than \(report.minimumGroupSize) students, or "
            + "an unknown number, in a year the values come from) are not plotted: \(hidden)."))
    }
    if cutoffPerGroup {
      parts.append(
        t(
          "Порог отсечения свой в каждой группе сравнения (\(report.cohort.comparedWith[language])), поэтому линия порога не проведена.",
          "Each comparison group (\(report.cohort.comparedWith[language])) has its own cut-off, so no cut-off line is drawn."
        ))
    }
    return parts.isEmpty ? nil : ReportDocument.Inline(parts.joined(separator: " "))
  }

  /// The short name of a category: «ШНОР» of «ШНОР — школы с низкими результатами обучения», or
  /// of «Schools with low learning results (ШНОР)»; the whole title when it has no short form.
  private func shortName(_ category: SchoolCategory) -> String {
    let title = category.title[language]
    if let dash = title.range(of: " — ") { return String(title[..<dash.lowerBound]) }
    if title.hasSuffix(")"), let open = title.lastIndex(of: "(") {
      return String(title[title.index(after: open)..<title.index(before: title.endIndex)])
    }
    return title
  }

  // MARK: Results against social conditions

  /// For each pack whose rules rank both a results index (for ШНОР) and a social one (for ШНСУ):
  /// a point per school, results against conditions, the two cut-offs, the lists by colour and
  /// shape.
  func resultsAgainstConditions() -> [Figure] {
    let lowest = lowestShares
    var figures: [Figure] = []
    for pack in report.packs {
      func ranked(for category: SchoolCategory) -> LowestShare? {
        let named = Set(
          report.rules.filter { $0.pack == pack.id && $0.category == category }.flatMap(\.criteria))
        return lowest.first { $0.criterion.pack == pack.id && named.contains($0.criterion.id) }
      }
      guard let results = ranked(for: .lowResults),
        let social = ranked(for: .unfavourableSocialConditions)
      else { continue }
      let figure = scatter(
        results: results, social: social, pack: report.packs.count > 1 ? pack.id : nil)
      if !figure.points.isEmpty { figures.append(figure) }
    }
    return figures
  }

  private func scatter(results: LowestShare, social: LowestShare, pack: String?) -> Figure {
    let low = shortName(.lowResults)
    let unfavourable = shortName(.unfavourableSocialConditions)
    let series = [
      Figure.Series(t("\(low) и \(unfavourable)", "\(low) and \(unfavourable)")),
      Figure.Series(t("только \(low)", "\(low) only")),
      Figure.Series(t("только \(unfavourable)", "\(unfavourable) only")),
      Figure.Series(t("ни в одном из двух списков", "on neither list"), style: .muted),
    ]
    let labelled = report.schools.count <= Figure.densityThreshold
    var points: [Figure.Point] = []
    points.reserveCapacity(report.schools.count)
    let xs = values[social.index] ?? []
    let ys = values[results.index] ?? []
    for school in report.schools.indices {
      guard let x = xs[school], let y = ys[school] else { continue }
      let placements = report.schools[school].placements
      let isLow = placements.contains { $0.category == .lowResults }
      let isUnfavourable = placements.contains { $0.category == .unfavourableSocialConditions }
      let group = isLow ? (isUnfavourable ? 0 : 1) : (isUnfavourable ? 2 : 3)
      var label: String?
      if labelled {
        let identity = report.schools[school].school
        label = "\(identity.name) (\(identity.id))"
      }
      points.append(Figure.Point(x: x, y: y, series: group, label: label))
    }
    let hidden = hiddenCount
    var references: [Figure.Reference] = []
    if let cut = social.cutoff {
      references.append(Figure.Reference(.x, cut, label: cutoffLabel(social, cut)))
    }
    if let cut = results.cutoff {
      references.append(Figure.Reference(.y, cut, label: cutoffLabel(results, cut)))
    }
    return Figure.scatter(
      title: ReportDocument.Inline(
        t("Результаты обучения и социальные условия", "Learning results and social conditions")
          + (pack.map { " (\($0))" } ?? "")),
      x: axis(social), y: axis(results), series: series, points: points,
      pointTitle: t("школа", "school"), references: references,
      note: note(hidden: hidden, cutoffPerGroup: results.cutoff == nil || social.cutoff == nil),
      language: language)
  }

  // MARK: Distributions

  /// For each lowest-share criterion: the distribution of its index over the schools, with the
  /// cut-off.
  func distributions() -> [Figure] {
    let hidden = hiddenCount
    return lowestShares.compactMap { lowest in
      let values = (self.values[lowest.index] ?? []).compactMap { $0 }
      // Every value hidden or undecided: nothing to draw.
      guard !values.isEmpty else { return nil }
      // About two bins per ten schools' square root: six for the sample of nine, twenty from a
      // hundred schools on.
      let bins = min(20, max(5, Int(Double(values.count).squareRoot() * 2)))
      return Figure.histogram(
        title: ReportDocument.Inline(t("Распределение: ", "Distribution: ") + lowest.title),
        x: axis(lowest), count: Figure.Axis(title: t("школ", "schools")), values: values,
        bins: bins,
        references: lowest.cutoff.map { [Figure.Reference(.x, $0, label: cutoffLabel(lowest, $0))] }
          ?? [],
        note: note(hidden: hidden, cutoffPerGroup: lowest.cutoff == nil), language: language)
    }
  }

  // MARK: Municipalities

  /// The municipalities shown at most: two printed pages of bars.
  static let municipalityLimit = 60

  /// The share of schools on each list in each municipality, the municipalities with the largest
  /// share on any list first; `nil` when the run assigns no category.
  func categoriesByMunicipality() -> Figure? {
    let categories = report.categories
    guard !categories.isEmpty else { return nil }
    struct Tally {
      var name: String
      var schools = 0
      var listed = 0
      var inCategory: [Int]
    }
    // One lookup per school, by the name's bytes (hashing Cyrillic text as a `String` normalises
    // it first, which 40,000 lookups feel); the tallies in an array.
    let names = DistinctSpellings(report.schools.count) { report.schools[$0].school.municipality }
    var tallies = names.texts.map {
      Tally(name: $0, inCategory: [Int](repeating: 0, count: categories.count))
    }
    report.schools.withUnsafeBufferPointer { outcomes in
      for school in outcomes.indices {
        let slot = names.indices[school]
        let placements = outcomes[school].placements
        tallies[slot].schools += 1
        if !placements.isEmpty { tallies[slot].listed += 1 }
        for (index, category) in categories.enumerated()
        where placements.contains(where: { $0.category == category }) {
          tallies[slot].inCategory[index] += 1
        }
      }
    }
    // Worst first; the name breaks ties, so the order never depends on the dictionary's.
    let ordered = tallies.sorted { lhs, rhs in
      let left = Double(lhs.listed) / Double(lhs.schools)
      let right = Double(rhs.listed) / Double(rhs.schools)
      if left != right { return left > right }
      return lhs.name.utf8.lexicographicallyPrecedes(rhs.name.utf8)
    }
    let shown = ordered.prefix(Self.municipalityLimit)
    let groups = shown.map { tally in
      Figure.Group(
        t("\(tally.name) (\(tally.schools) шк.)", "\(tally.name) (\(tally.schools) schools)"),
        values: tally.inCategory.map { 100 * Double($0) / Double(tally.schools) })
    }
    let note =
      ordered.count > shown.count
      ? ReportDocument.Inline(
        t(
          "Показаны \(shown.count) муниципалитетов с наибольшей долей школ в списках из \(ordered.count).",
          "The \(shown.count) municipalities with the largest share of listed schools of \(ordered.count) are shown."
        )) : nil
    return Figure.bars(
      title: ReportDocument.Inline(
        t("Доля школ в списках по муниципалитетам", "Share of schools on each list by municipality")
      ),
      value: Figure.Axis(
        title: t("доля школ муниципалитета", "share of the municipality's schools"), unit: "%"),
      groupTitle: t("муниципалитет", "municipality"),
      series: categories.map { Figure.Series(shortName($0)) }, groups: Array(groups), note: note,
      language: language)
  }
}

extension CriterionResult {
  /// The evidence's value, read without copying the evidence out.
  fileprivate var evidenceValue: Double? {
    switch self {
    case .met(let evidence), .notMet(let evidence): evidence.value
    case .insufficientData: nil
    }
  }
}
