/// The standard ``SupportMeasure``: a measure stated as data — what is done, when, by whom, to
/// what result, and for which schools — with the document it comes from.
///
/// Every measure of the built-in packs and of pack files is one: which schools it answers is a
/// ``MeasureDescription/Condition`` (``match(_:in:)`` reads it) and when it happens a ``MeasureDescription/Schedule``
/// (``occurrences(in:for:context:)`` dates it, the same for every school). Both are data, so a host
/// adds such a measure by creating a value, and it is written in pack files as it is read. A
/// measure whose schools or dates follow the host's own data is a type of the host's instead (see
/// ``SupportMeasure``).
///
/// - Complexity: Every property is O(1); ``validate()`` is O(g + w) in the number of categories
///   and schedule windows.
///
/// ```swift
/// let meeting = DeclaredMeasure(
///   id: "amur.working_group_meeting",
///   title: LocalizedText(ru: "Заседание муниципальной рабочей группы",
///                        en: "Meeting of the municipal working group"),
///   categories: [.normativeOrganisational, .monitoring], level: .municipal,
///   responsible: [.municipalCoordinator], schedule: .schoolQuarters,
///   timingQuote: "1 раз в четверть ежегодно",
///   expectedResult: LocalizedText(ru: "Анализ эффективности принятых мер",
///                                 en: "Analysis of how effective the measures taken were"),
///   condition: .programme,
///   provenance: Provenance(source: "000_2047c6b8ed2e3828.txt", section: "План мероприятий",
///                          quote: "Заседание м униципальной рабочей группы", kind: .stated))
/// try meeting.validate()
/// ```
public struct DeclaredMeasure: SupportMeasure, Hashable {
  /// The measure's id, unique within the packs of a plan.
  public let id: MeasureID
  /// What is done, in the document's words (shortened only by cutting).
  public let title: LocalizedText
  /// The kinds of help, primary first.
  public let categories: [MeasureDescription.Category]
  /// Who carries it out: the municipality or each school.
  public let level: MeasureDescription.Level
  /// The responsible roles, in the document's order; empty when the document names none.
  public let responsible: [ResponsibleRole]
  /// When it takes place.
  public let schedule: MeasureDescription.Schedule
  /// The document's timing cell verbatim («1 раз в четверть ежегодно»), or `nil` when it has none.
  public let timingQuote: String?
  /// The expected result in the document's words, or `nil` when it gives none.
  public let expectedResult: LocalizedText?
  /// The measurable target the document states, or `nil`.
  public let target: MeasureDescription.Target?
  /// Which schools the measure answers.
  public let condition: MeasureDescription.Condition
  /// The document, section and verbatim quote; `derived` when the measure needed a reading.
  public let provenance: Provenance
  /// The seed line range the measure is printed on, e.g. `L1040–1044`, for maintainers
  /// (``Provenance`` has no field for it); `nil` when not recorded.
  public let lines: String?

  /// Creates a measure.
  ///
  /// - Parameters:
  ///   - id: The id, `<pack>.<snake_case_english>`.
  ///   - title: What is done.
  ///   - categories: The kinds of help, primary first.
  ///   - level: Municipal or school.
  ///   - responsible: The responsible roles.
  ///   - schedule: When it takes place.
  ///   - timingQuote: The document's timing cell verbatim.
  ///   - expectedResult: The expected result.
  ///   - target: The measurable target.
  ///   - condition: Which schools it answers.
  ///   - provenance: Where it comes from.
  ///   - lines: The seed line range.
  public init(
    id: MeasureID, title: LocalizedText, categories: [MeasureDescription.Category],
    level: MeasureDescription.Level,
    responsible: [ResponsibleRole], schedule: MeasureDescription.Schedule,
    timingQuote: String? = nil,
    expectedResult: LocalizedText? = nil, target: MeasureDescription.Target? = nil,
    condition: MeasureDescription.Condition, provenance: Provenance, lines: String? = nil
  ) {
    self.id = id
    self.title = title
    self.categories = categories
    self.level = level
    self.responsible = responsible
    self.schedule = schedule
    self.timingQuote = timingQuote
    self.expectedResult = expectedResult
    self.target = target
    self.condition = condition
    self.provenance = provenance
    self.lines = lines
  }

  /// What the measure is: its properties, with ``schedule`` as the timing and ``condition`` as
  /// the audience.
  public var measureDescription: MeasureDescription {
    MeasureDescription(
      id: id, title: title, categories: categories, level: level, responsible: responsible,
      timing: .schedule(schedule), timingQuote: timingQuote, expectedResult: expectedResult,
      target: target, appliesTo: .condition(condition), provenance: provenance, lines: lines)
  }

  /// The primary category, or `nil` for a measure without one (which ``validate()`` refuses).
  public var primaryCategory: MeasureDescription.Category? { categories.first }

  /// Whether the measure is carried out for or by schools rather than for the programme as a
  /// whole: a school-level measure, or a municipal one whose condition selects schools.
  public var isAimedAtSchools: Bool { level == .school || condition.isAimedAtSchools }

  /// Whether ``condition`` holds for `school`, and why (``MeasureDescription/Condition/match(_:in:)``).
  ///
  /// - Complexity: O(k) for k criteria the condition names.
  public func match(_ school: IdentificationReport.SchoolOutcome, in context: MeasureContext)
    -> MeasureMatch
  {
    condition.match(
      school, positions: condition.criteria.map(context.position(of:)), report: context.report)
  }

  /// The occurrences of ``schedule`` in `year` (``MeasureDescription/Schedule/occurrences(in:)``), the same
  /// for every school and the municipality.
  ///
  /// - Complexity: O(w log w) in the number of windows.
  public func occurrences(in year: AcademicYear, for school: School?, context: MeasureContext)
    -> [ClosedRange<CalendarDate>]
  {
    schedule.occurrences(in: year)
  }

  /// `false`: the schedule dates every school and the municipality alike.
  public var datesDependOnSchool: Bool { false }

  /// Checks the measure on its own: an id, at least one category and none twice, a schedule that
  /// can be dated, a condition that names something, a target that is a number.
  ///
  /// Whether the criteria of the condition exist is checked by the pack
  /// (``RulePack/validate()``), which knows them.
  ///
  /// - Throws: ``MeasureError`` naming the measure.
  /// - Complexity: O(g + w) for g categories and w schedule windows.
  public func validate() throws(MeasureError) {
    if let kind = problem { throw MeasureError(kind: kind, measure: id) }
  }

  /// What ``validate()`` would throw, or `nil`.
  ///
  /// - Complexity: O(g + w).
  public var problem: MeasureError.Kind? { measureDescription.problem }
}
