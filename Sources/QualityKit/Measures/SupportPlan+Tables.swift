/// The tables of a support plan, for CSV and workbooks: `municipal-roadmap` (the main table) and
/// `school-roadmaps`, one row per measure and occurrence in the year.
///
/// A measure with k occurrences in the year has k rows numbered 1…k; one without (by schedule,
/// outside the year, or open for missing data) has one row with empty number and dates. The
/// section («запланировано», «по графику», «вне учебного года», «нет данных»), the directions and
/// the level are titles; `section_id`, `measure_id` and `direction_id` keep the ids. The school
/// roadmaps add the school's id and name in front.
///
/// - Complexity: O(o) in the occurrences of all entries, when written.
extension SupportPlan {
  /// The municipal roadmap and the school roadmaps.
  public func tables(language: Language) -> [ExportTable] {
    [roadmapTable(municipal: true), roadmapTable(municipal: false)]
  }

  /// The columns after a school roadmap's school.
  private static let measureColumns: [ExportTable.Column] = [
    .init("раздел", "section"), .code("section_id"), .code("measure_id"),
    .init("мероприятие", "measure"), .init("направления", "directions", .list),
    .init("direction_id", "direction_id", .list), .init("уровень", "level"),
    .init("ответственные", "responsible", .list), .init("номер", "number", .integer),
    .init("из", "of", .integer), .init("начало", "start", .date),
    .init("окончание", "end", .date), .init("сроки", "timing"),
    .init("ожидаемый результат", "expected result"), .init("целевое значение", "target"),
    .init("значение цели", "target value", .decimal(places: 2)),
    .init("школ", "schools", .integer), .init("основание", "reason"),
  ]

  private func roadmapTable(municipal: Bool) -> ExportTable {
    let plan = self
    if municipal {
      return ExportTable(
        id: "municipal-roadmap",
        title: LocalizedText(ru: "Муниципальная дорожная карта", en: "Municipal roadmap"),
        columns: Self.measureColumns, isMain: true
      ) { row in
        var cells = Cells()
        Self.rows(plan.municipal, school: nil, row, &cells)
      }
    }
    return ExportTable(
      id: "school-roadmaps",
      title: LocalizedText(ru: "Дорожные карты школ", en: "School roadmaps"),
      columns: [.code("school_id"), .init("школа", "school")] + Self.measureColumns,
      items: plan.schools.count
    ) { range, row in
      var cells = Cells()
      for school in plan.schools[range] {
        Self.rows(school.roadmap, school: school.school, row, &cells)
      }
    }
  }

  private static func rows(
    _ roadmap: Roadmap, school: School?, _ row: TableRowWriter, _ cells: inout Cells
  ) {
    for entry in roadmap.entries {
      rows(
        entry, section: entry.shared.description.timing.isDated ? .planned : .asScheduled,
        school, row, &cells)
    }
    for entry in roadmap.outsideYear { rows(entry, section: .outsideYear, school, row, &cells) }
    for entry in roadmap.noData { rows(entry, section: .noData, school, row, &cells) }
  }

  /// The texts of a measure's cells and of an entry's reasons, each made the first time a chunk
  /// of rows needs it: a national plan's school roadmaps have 400,000 entries of a few dozen
  /// measures, and the planner gives schools with the same reasons the same entry.
  private struct Cells {
    struct Measure {
      let directions: String
      let codes: String
      let responsible: String
      let summary: String
    }
    private var measures: [ObjectIdentifier: Measure] = [:]
    private var reasons: [ObjectIdentifier: String] = [:]
    private static let reasonsKept = 256

    mutating func measure(_ entry: Roadmap.Entry, _ language: Language) -> Measure {
      let key = ObjectIdentifier(entry.shared)
      if let made = measures[key] { return made }
      let measure = entry.shared.description
      let made = Measure(
        directions: measure.categories.map { $0.title[language] }.joined(separator: ", "),
        codes: measure.categories.map(\.code).joined(separator: ", "),
        responsible: measure.responsible.map { $0.title[language] }.joined(separator: ", "),
        summary: measure.timing.summary[language])
      measures[key] = made
      return made
    }

    mutating func reasons(_ entry: Roadmap.Entry, _ language: Language) -> String {
      if let made = reasons[entry.identity] { return made }
      let made = entry.reasons.map { $0.text(in: language) }.joined(separator: "; ")
      // Entries with a school's own findings are met once: kept, a workbook's one chunk would
      // hold every school's reasons.
      if reasons.count == Self.reasonsKept { reasons.removeAll(keepingCapacity: true) }
      reasons[entry.identity] = made
      return made
    }
  }

  /// The part of a roadmap an entry is in.
  private enum RoadmapSection: String {
    case planned
    case asScheduled = "as_scheduled"
    case outsideYear = "outside_year"
    case noData = "no_data"

    var title: LocalizedText {
      switch self {
      case .planned: LocalizedText(ru: "запланировано", en: "planned")
      case .asScheduled: LocalizedText(ru: "по графику", en: "as scheduled")
      case .outsideYear: LocalizedText(ru: "вне учебного года", en: "outside the year")
      case .noData: LocalizedText(ru: "нет данных", en: "no data")
      }
    }
  }

  private static func rows(
    _ entry: Roadmap.Entry, section: RoadmapSection, _ school: School?, _ row: TableRowWriter,
    _ cells: inout Cells
  ) {
    let language = row.language
    let measure = entry.shared.description
    let texts = cells.measure(entry, language)
    let reasons = cells.reasons(entry, language)
    func write(_ occurrence: (number: Int, range: ClosedRange<CalendarDate>)?) {
      if let school {
        row.code(school.id.rawValue)
        row.text(school.name)
      }
      row.text(section.title[language])
      row.code(section.rawValue)
      row.code(measure.id.rawValue)
      row.text(measure.title[language])
      row.list(joined: texts.directions)
      row.list(joined: texts.codes)
      row.text(measure.level.title[language])
      row.list(joined: texts.responsible)
      if let occurrence {
        row.integer(occurrence.number)
        row.integer(entry.occurrences.count)
        row.date(occurrence.range.lowerBound)
        row.date(occurrence.range.upperBound)
      } else {
        for _ in 0..<4 { row.empty() }
      }
      row.text(texts.summary)
      row.text(measure.expectedResult?[language] ?? "")
      row.text(measure.target?.text[language] ?? "")
      row.number(measure.target?.value)
      row.integer(school == nil && !entry.schools.isEmpty ? entry.schools.count : nil)
      row.text(reasons)
      row.endRow()
    }
    if entry.occurrences.isEmpty { return write(nil) }
    for (index, range) in entry.occurrences.enumerated() { write((index + 1, range)) }
  }
}
