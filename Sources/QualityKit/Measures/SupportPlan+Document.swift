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
  /// The plan as a document in `language`: its parts joined.
  ///
  /// - Complexity: O(e + s).
  public func document(language: Language) -> ReportDocument {
    documentParts(language: language, detail: .full).joined()
  }

  /// The plan's document in parts: the heading and the municipal roadmap; the school roadmaps, a
  /// few schools a part; the measures not needed. The same at every detail.
  ///
  /// - Complexity: O(m) for m measures; a part O(e) in its entries.
  public func documentParts(language: Language, detail: ReportDocument.Detail)
    -> ReportDocument.Parts
  {
    SupportPlanDocument(plan: self, language: language).parts
  }

  /// Writes the `qualitykit.support/1` JSON.
  ///
  /// - Complexity: O(m + e + s) for m measures.
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    appending([]).writeJSON(language: language, to: &output)
  }

}

/// Builds the document of a support plan, part by part.
///
/// What a measure shows wherever it is listed (its title, the quote of its timing, categories,
/// responsible roles, expected result and target) is laid out once per measure; an entry adds only
/// its dates, its schools and its reasons. Within a part, the dates and the reasons that carry no
/// school's own values (categories, the programme) are laid out once for all the entries that
/// share them.
private struct SupportPlanDocument: Sendable {
  let plan: SupportPlan
  let language: Language
  /// The metric titles for the reasons' sentences, which the exports keep with keys.
  private let names = ReadableNames(MetricCatalog.standard)
  /// The schools in the order the document lists them: identified, then undetermined, each by id.
  private let order: [Int]
  /// Each measure's own lines, by id.
  private let lines: [MeasureID: MeasureLines]

  /// The schools of one part.
  private static let schoolsPerPart = 32

  private func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  init(plan: SupportPlan, language: Language) {
    self.plan = plan
    self.language = language
    order =
      plan.schools.indices.filter { plan.schools[$0].isIdentified }
      + plan.schools.indices.filter { !plan.schools[$0].isIdentified }
    var lines: [MeasureID: MeasureLines] = [:]
    for measure in plan.measures {
      let description = measure.measureDescription
      if lines[description.id] == nil {
        lines[description.id] = MeasureLines(description, language: language)
      }
    }
    self.lines = lines
  }

  /// The heading and the municipal roadmap, the schools' parts, the measures not needed.
  var parts: ReportDocument.Parts {
    let schoolParts = (order.count + Self.schoolsPerPart - 1) / Self.schoolsPerPart
    let builder = self
    return ReportDocument.Parts(count: schoolParts + 2) { index in
      switch index {
      case 0: builder.head()
      case schoolParts + 1: builder.notSelected()
      default: builder.schools(part: index - 1)
      }
    }
  }

  private func head() -> ReportDocument {
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
    var shared = Shared()
    add(plan.municipal, municipal: true, to: &document, &shared)
    return document
  }

  /// The roadmaps of the schools of `part`, the first under the section's heading.
  private func schools(part: Int) -> ReportDocument {
    var document = ReportDocument()
    if part == 0 { document.heading(2, t("Дорожные карты школ", "School roadmaps")) }
    var shared = Shared()
    let start = part * Self.schoolsPerPart
    for index in order[start..<min(order.count, start + Self.schoolsPerPart)] {
      add(plan.schools[index], limit: plan.minimumGroupSize, to: &document, &shared)
    }
    return document
  }

  private func notSelected() -> ReportDocument {
    var document = ReportDocument()
    guard !plan.notSelected.isEmpty else { return document }
    document.heading(2, t("Не потребовались в этом году", "Not needed this year"))
    for measure in plan.notSelected.map(\.measureDescription) {
      document.item(
        name(measure)
          + ReportDocument.Inline(
            " — \(t("условие", "condition")): \(measure.appliesTo.summary[language])"))
    }
    document.blank()
    return document
  }

  private func add(
    _ roadmap: SupportPlan.SchoolRoadmap, limit: Int, to document: inout ReportDocument,
    _ shared: inout Shared
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
    add(roadmap.roadmap, municipal: false, to: &document, &shared)
  }

  private func add(
    _ roadmap: Roadmap, municipal: Bool, to document: inout ReportDocument, _ shared: inout Shared
  ) {
    document.append(contentsOf: shared.timeline(of: roadmap, language: language))
    if roadmap.entries.isEmpty {
      document.paragraph(t("Мероприятий нет.", "No measures."))
    }
    for entry in roadmap.entries { add(entry, municipal: municipal, to: &document, &shared) }
    document.blank()
    if !roadmap.outsideYear.isEmpty {
      document.paragraph(
        .strong(t("Не приходятся на этот учебный год:", "Not in this academic year:")))
      for entry in roadmap.outsideYear {
        add(entry, municipal: municipal, to: &document, &shared)
      }
      document.blank()
    }
    if !roadmap.noData.isEmpty {
      document.paragraph(
        .strong(
          t(
            "Нет данных — могут потребоваться, если данные подтвердят:",
            "No data — may be needed if the data confirm it:")))
      for entry in roadmap.noData { add(entry, municipal: municipal, to: &document, &shared) }
      document.blank()
    }
  }

  private func add(
    _ entry: Roadmap.Entry, municipal: Bool, to document: inout ReportDocument,
    _ shared: inout Shared
  ) {
    // Read in place from the entry's shared box: a copy of the description is dozens of retains.
    let lines =
      self.lines[entry.shared.description.id]
      ?? MeasureLines(entry.shared.description, language: language)
    document.append(lines.name)
    document.append(shared.dates(entry.occurrences, of: lines, self))
    document.blocks.append(contentsOf: lines.described)
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
      document.append(shared.reasons(entry.reasons, self))
    }
  }

  /// The line of `occurrences` of the measure `lines` describe: the windows in the year and the
  /// schedule's summary, or «в этом учебном году нет».
  fileprivate func dates(_ occurrences: [ClosedRange<CalendarDate>], of lines: MeasureLines)
    -> ReportDocument.Block
  {
    let dates: String
    if !occurrences.isEmpty {
      dates = occurrences.map(window).joined(separator: "; ") + " (\(lines.summary))"
    } else if lines.isDated {
      dates = t("в этом учебном году нет", "none in this academic year") + " (\(lines.summary))"
    } else {
      dates = lines.summary
    }
    return .item(Inline(t("сроки: ", "dates: ") + dates), level: 1, marked: true, details: [])
  }

  /// The line of `reasons`: why the measure is listed.
  fileprivate func reasons(_ reasons: [MeasureMatch.Reason]) -> ReportDocument.Block {
    .item(
      Inline(
        t("основание: ", "because: ")
          + reasons.map { $0.documentText(in: language, names: names) }.joined(separator: "; ")),
      level: 1, marked: true, details: [])
  }

  /// The lines a part's entries share, each laid out the first time it is needed.
  fileprivate struct Shared {
    private struct DatesKey: Hashable {
      let measure: MeasureID
      let occurrences: [ClosedRange<CalendarDate>]
    }
    private var dates: [DatesKey: ReportDocument.Block] = [:]
    /// Only reasons without a school's own explanation are shared: the others are one school's,
    /// and hashing their texts would cost more than laying them out.
    private var reasons: [ReasonsKey: ReportDocument.Block] = [:]
    /// The same lines by the address of the reasons' array.
    private var reasonsAt: [UnsafeRawPointer: ReportDocument.Block] = [:]

    /// A list of reasons as a key, hashed by kinds and ids alone: hashing the categories' titles
    /// (Russian text, which Swift normalises to hash) cost more than laying the line out.
    private struct ReasonsKey: Hashable {
      let reasons: [MeasureMatch.Reason]

      static func == (lhs: ReasonsKey, rhs: ReasonsKey) -> Bool { lhs.reasons == rhs.reasons }

      func hash(into hasher: inout Hasher) {
        hasher.combine(reasons.count)
        for reason in reasons { reason.hashIdentity(into: &hasher) }
      }
    }
    /// The timelines drawn so far, by the measures and dates they show: a school's chart reads its
    /// dated measures' titles and dates only, which most schools of a part share, and drawing one
    /// is most of what a school's roadmap costs to lay out.
    private var timelines: [(key: [TimelineRow], figure: ReportDocument)] = []

    /// A dated measure of a timeline: the measure's box and its dates (mostly the very array of
    /// the municipality's dates, so compared at once).
    private struct TimelineRow: Equatable {
      let measure: ObjectIdentifier
      let occurrences: [ClosedRange<CalendarDate>]
    }

    mutating func timeline(of roadmap: Roadmap, language: Language) -> ReportDocument {
      let key = roadmap.entries.compactMap { entry in
        entry.occurrences.isEmpty
          ? nil
          : TimelineRow(measure: ObjectIdentifier(entry.shared), occurrences: entry.occurrences)
      }
      if let drawn = timelines.first(where: { $0.key == key }) { return drawn.figure }
      let figure = roadmap.timelineFigure(language: language)
      timelines.append((key, figure))
      return figure
    }

    mutating func dates(
      _ occurrences: [ClosedRange<CalendarDate>], of lines: MeasureLines,
      _ document: SupportPlanDocument
    ) -> ReportDocument.Block {
      let key = DatesKey(measure: lines.id, occurrences: occurrences)
      if let line = dates[key] { return line }
      let line = document.dates(occurrences, of: lines)
      dates[key] = line
      return line
    }

    mutating func reasons(_ list: [MeasureMatch.Reason], _ document: SupportPlanDocument)
      -> ReportDocument.Block
    {
      guard list.allSatisfy(\.isGeneral) else { return document.reasons(list) }
      // The planner gives the schools it matches together the very same array for the same
      // general reasons, whatever the measure, which its address tells at once; equal lists
      // apart are found by their contents.
      // The plan holds every list while its document is built, so no two live lists share one.
      let address = list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
      if let address, let line = reasonsAt[address] { return line }
      let key = ReasonsKey(reasons: list)
      let line: ReportDocument.Block
      if let laid = reasons[key] {
        line = laid
      } else {
        line = document.reasons(list)
        reasons[key] = line
      }
      if let address { reasonsAt[address] = line }
      return line
    }
  }

  private typealias Inline = ReportDocument.Inline

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

/// What a measure shows wherever a roadmap lists it, laid out once: its title, and the lines after
/// its dates — the quote of its timing, categories and level, responsible roles, expected result,
/// target.
private struct MeasureLines: Sendable {
  let id: MeasureID
  /// The title item.
  let name: ReportDocument.Block
  /// The schedule in words.
  let summary: String
  /// Whether the measure has dates (a measure «по графику» has none).
  let isDated: Bool
  /// The lines after the dates.
  let described: [ReportDocument.Block]

  init(_ measure: MeasureDescription, language: Language) {
    func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }
    func line(_ text: String) -> ReportDocument.Block {
      .item(ReportDocument.Inline(text), level: 1, marked: true, details: [])
    }
    id = measure.id
    name = .item(.strong(measure.title[language]), level: 0, marked: true, details: [])
    summary = measure.timing.summary[language]
    isDated = measure.timing.isDated
    var described: [ReportDocument.Block] = []
    if let quote = measure.timingQuote {
      described.append(line(t("в документе: ", "in the document: ") + "«\(quote)»"))
    }
    described.append(
      line(
        t("направления: ", "categories: ")
          + measure.categories.map { $0.title[language] }.joined(separator: "; ") + "; "
          + measure.level.title[language]))
    if !measure.responsible.isEmpty {
      described.append(
        line(
          t("ответственные: ", "responsible: ")
            + measure.responsible.map { $0.title[language] }.joined(separator: "; ")))
    }
    if let result = measure.expectedResult {
      described.append(line(t("ожидаемый результат: ", "expected result: ") + result[language]))
    }
    if let target = measure.target {
      described.append(line(t("целевое значение: ", "target: ") + target.text[language]))
    }
    self.described = described
  }
}

extension MeasureMatch.Reason {
  /// Hashes what tells general reasons apart — the kind, the category's and severity's ids —
  /// and only the kind of the others: equal reasons hash alike, and no title is hashed.
  fileprivate func hashIdentity(into hasher: inout Hasher) {
    switch self {
    case .programme: hasher.combine(0)
    case .category(let category, let severity):
      hasher.combine(1)
      hasher.combine(category.id)
      hasher.combine(severity?.id)
    case .undeterminedCategory(let category):
      hasher.combine(2)
      hasher.combine(category.id)
    case .criterion, .insufficientData, .rule, .ruleWithoutData: hasher.combine(3)
    }
  }
}
