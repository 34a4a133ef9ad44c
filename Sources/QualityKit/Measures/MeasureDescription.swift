/// Everything a reader — a roadmap, `--describe`, a JSON export — needs to know about a support
/// measure: what is done, of which kind, by whom, when, for whom, to what result, and the document
/// it comes from.
///
/// ``DeclaredMeasure`` is its own description; a host's ``SupportMeasure`` type builds one. The
/// timing and the audience are either the library's vocabulary (``Timing/schedule(_:)``,
/// ``Audience/condition(_:)``), which reports write as data, or a host's own rule in words
/// (``Timing/custom(_:)``, ``Audience/custom(_:)``).
///
/// Two descriptions are equal when every property is: a roadmap entry compares its measure by its
/// description.
///
/// - Complexity: Every property is O(1); ``problem`` is O(g + w) in the number of categories and
///   schedule windows.
///
/// ```swift
/// let description = MeasureDescription(
///   id: "host.visiting_teacher",
///   title: LocalizedText(ru: "Выездной учитель", en: "Visiting teacher"),
///   categories: [.staffingInfrastructure], level: .municipal, responsible: [.methodicalService],
///   timing: .custom(LocalizedText(ru: "по календарю школы", en: "on the school's calendar")),
///   appliesTo: .custom(LocalizedText(ru: "сельские школы с низким кадровым индексом",
///                                    en: "rural schools with a low staffing index")),
///   provenance: Provenance(source: "host", section: "решение управления",
///                          quote: "выездной учитель", kind: .derived))
/// description.isAimedAtSchools   // true
/// ```
public struct MeasureDescription: Sendable, Hashable {
  /// When a measure takes place, as reports state it.
  public enum Timing: Sendable, Hashable {
    /// The library's timing vocabulary: ``DeclaredMeasure`` dates its occurrences by it.
    case schedule(MeasureDescription.Schedule)
    /// The measure's own dating, in words («по календарю школы»): the measure computes its dates
    /// (``SupportMeasure/occurrences(in:for:context:)``). A measure with no dates at all states
    /// ``MeasureDescription/Schedule/asScheduled`` instead.
    case custom(LocalizedText)

    /// A short phrase for reports: the schedule's ``MeasureDescription/Schedule/summary``, or the words.
    public var summary: LocalizedText {
      switch self {
      case .schedule(let schedule): schedule.summary
      case .custom(let text): text
      }
    }

    /// Whether the measure is dated: `false` only for ``MeasureDescription/Schedule/asScheduled`` («по
    /// графику»), which roadmaps list without dates.
    public var isDated: Bool {
      if case .schedule(let schedule) = self { return schedule.isDated }
      return true
    }

    /// The earliest date the schedule states (``MeasureDescription/Schedule/firstStatedDate``), for ordering
    /// measures that fall outside a year; `nil` for a custom timing.
    public var firstStatedDate: CalendarDate? {
      if case .schedule(let schedule) = self { return schedule.firstStatedDate }
      return nil
    }
  }

  /// Which schools a measure answers, as reports state it.
  public enum Audience: Sendable, Hashable {
    /// The library's conditions: ``DeclaredMeasure`` matches schools by it.
    case condition(MeasureDescription.Condition)
    /// The measure's own rule, in words («сельские школы с низким индексом кадрового
    /// потенциала»): the measure decides (``SupportMeasure/match(_:in:)``). Always aimed at
    /// schools.
    case custom(LocalizedText)

    /// The audience in words: the condition's ``MeasureDescription/Condition/summary``, or the words.
    public var summary: LocalizedText {
      switch self {
      case .condition(let condition): condition.summary
      case .custom(let text): text
      }
    }

    /// Whether the measure answers schools rather than the programme as a whole: everything but
    /// ``MeasureDescription/Condition/programme``.
    public var isAimedAtSchools: Bool {
      if case .condition(let condition) = self { return condition.isAimedAtSchools }
      return true
    }

    /// The criteria the condition names, in order; empty for a custom audience.
    public var criteria: [CriterionID] {
      if case .condition(let condition) = self { return condition.criteria }
      return []
    }
  }

  /// The measure's id, unique within the packs of a plan.
  public var id: MeasureID
  /// What is done, in the document's words (shortened only by cutting).
  public var title: LocalizedText
  /// The kinds of help, primary first.
  public var categories: [MeasureDescription.Category]
  /// Who carries it out: the municipality or each school.
  public var level: MeasureDescription.Level
  /// The responsible roles, in the document's order; empty when the document names none.
  public var responsible: [ResponsibleRole]
  /// When it takes place.
  public var timing: Timing
  /// The document's timing cell verbatim («1 раз в четверть ежегодно»), or `nil` when it has none.
  public var timingQuote: String?
  /// The expected result in the document's words, or `nil` when it gives none.
  public var expectedResult: LocalizedText?
  /// The measurable target the document states, or `nil`.
  public var target: MeasureDescription.Target?
  /// Which schools the measure answers.
  public var appliesTo: Audience
  /// The document, section and verbatim quote; `derived` when the measure needed a reading.
  public var provenance: Provenance
  /// The seed line range the measure is printed on, e.g. `L1040–1044`, for maintainers; `nil`
  /// when not recorded.
  public var lines: String?

  /// Creates a description.
  public init(
    id: MeasureID, title: LocalizedText, categories: [MeasureDescription.Category],
    level: MeasureDescription.Level,
    responsible: [ResponsibleRole], timing: Timing, timingQuote: String? = nil,
    expectedResult: LocalizedText? = nil, target: MeasureDescription.Target? = nil,
    appliesTo: Audience,
    provenance: Provenance, lines: String? = nil
  ) {
    self.id = id
    self.title = title
    self.categories = categories
    self.level = level
    self.responsible = responsible
    self.timing = timing
    self.timingQuote = timingQuote
    self.expectedResult = expectedResult
    self.target = target
    self.appliesTo = appliesTo
    self.provenance = provenance
    self.lines = lines
  }

  /// The primary category, or `nil` for a measure without one (which ``problem`` refuses).
  public var primaryCategory: MeasureDescription.Category? { categories.first }

  /// Whether the measure is carried out for or by schools rather than for the programme as a
  /// whole: a school-level measure, or a municipal one aimed at schools. The ``SupportPlanner``
  /// matches such a measure against every identified or undetermined school.
  public var isAimedAtSchools: Bool { level == .school || appliesTo.isAimedAtSchools }

  /// Why the measure cannot be used — no id, no category or one listed twice, a schedule that
  /// cannot be dated, a condition that names nothing, a target that is not a number — or `nil`.
  ///
  /// - Complexity: O(g + w) for g categories and w schedule windows.
  public var problem: MeasureError.Kind? {
    if id.rawValue.isEmpty { return .emptyID }
    if categories.isEmpty { return .noCategories }
    var seen = Set<MeasureDescription.Category>()
    for category in categories where !seen.insert(category).inserted {
      return .repeatedCategory(category)
    }
    if case .schedule(let schedule) = timing, let problem = schedule.problem { return problem }
    if case .condition(let condition) = appliesTo, let problem = condition.problem {
      return problem
    }
    if let target, !target.value.isFinite { return .invalidTarget }
    return nil
  }

  /// Checks the description on its own (see ``problem``).
  ///
  /// - Throws: ``MeasureError`` naming the measure.
  /// - Complexity: O(g + w).
  public func validate() throws(MeasureError) {
    if let kind = problem { throw MeasureError(kind: kind, measure: id) }
  }
}
