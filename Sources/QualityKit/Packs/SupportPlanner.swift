/// Turns an identification report into support roadmaps for an academic year: a municipal
/// roadmap and a roadmap per identified school, with concrete dates, responsible roles, expected
/// results and the findings that made each measure apply.
///
/// **What goes where.**
/// - *Municipal roadmap*: every municipal measure for the ``MeasureCondition/programme``, and
///   every municipal measure aimed at schools whose condition holds for at least one school, with
///   the schools it serves (and those left open by missing data). A municipal measure aimed at
///   schools that serves none but is open for some is in its «нет данных» list.
/// - *School roadmaps* (identified schools, and undetermined ones — in no category but with one
///   open for missing data): the school-level measures whose condition holds for the school (a
///   school-level programme measure holds for every identified school), and the municipal measures
///   aimed at schools that serve it. Matching is ``MeasureCondition/match(_:in:)``; a match that is
///   open for missing data goes to the school's «нет данных» list.
/// - *Dates*: ``MeasureSchedule/occurrences(in:)`` of the plan's year. A measure that applies but
///   has no occurrence in the year is listed in «не приходятся на этот учебный год»; a measure «по
///   графику» is listed without dates.
/// - A measure no roadmap lists is in ``SupportPlan/notSelected``.
///
/// Lists are in ``RoadmapEntry/roadmapOrder(_:_:)`` and schools by id, so the plan does not depend
/// on the order of the input.
///
/// ```swift
/// let report = try Identifier(packs: [pack]).identify(dataset)
/// let plan = try SupportPlanner(packs: [pack]).plan(for: report, year: 2025)
/// plan.municipal.entries.map(\.measure.id)
/// print(ReportFormat.text.render(plan))
/// ```
public struct SupportPlanner: Sendable {
  /// The packs whose measures are planned, in the order given.
  public let packs: [RulePack]

  /// Prepares plans with the measures of `packs` — the packs, or some of the packs, the
  /// identification was run with.
  ///
  /// - Throws: ``PackError`` for a pack that does not validate, or a measure id in two packs
  ///   (``PackError/Kind/measureInTwoPacks(_:first:second:)``).
  /// - Complexity: O(c + m) for c criteria and m measures of the packs.
  public init(packs: [RulePack]) throws(PackError) {
    var owner: [MeasureID: String] = [:]
    for pack in packs {
      try pack.validate()
      for measure in pack.measures {
        if let first = owner[measure.id] {
          throw PackError(
            kind: .measureInTwoPacks(measure.id, first: first, second: pack.id), pack: pack.id)
        }
        owner[measure.id] = pack.id
      }
    }
    self.packs = packs
  }

  /// The plan for `year` from `report`.
  ///
  /// - Parameters:
  ///   - report: The identification run; it must include every pack of the planner.
  ///   - year: The academic year to plan, usually the one after ``IdentificationReport/year``.
  /// - Returns: The municipal roadmap and the school roadmaps.
  /// - Throws: ``SupportPlanError`` for a year without a calendar or a pack not in the run.
  /// - Complexity: O(s · m · k + m log m · r) for s schools, m measures, k criteria a condition
  ///   names (a handful) and r roadmaps: each school is matched once against each measure.
  public func plan(for report: IdentificationReport, year: AcademicYear) throws(SupportPlanError)
    -> SupportPlan
  {
    try SupportPlan(
      measures: packs.flatMap { pack in pack.measures.map { (pack: pack.id, measure: $0) } },
      packs: packs.map(\.id), for: report, year: year)
  }
}
