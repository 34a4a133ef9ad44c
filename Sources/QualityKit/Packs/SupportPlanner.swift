/// Turns an identification report into support roadmaps for an academic year: a municipal
/// roadmap and a roadmap per identified school, with concrete dates, responsible roles, expected
/// results and the findings that made each measure apply.
///
/// **What goes where.**
/// - *Municipal roadmap*: every municipal measure for the ``MeasureDescription/Condition/programme`` (not
///   aimed at schools, ``MeasureDescription/isAimedAtSchools``), and
///   every municipal measure aimed at schools whose condition holds for at least one school, with
///   the schools it serves (and those left open by missing data). A municipal measure aimed at
///   schools that serves none but is open for some is in its «нет данных» list.
/// - *School roadmaps* (identified schools, and undetermined ones — in no category but with one
///   open for missing data): the school-level measures whose condition holds for the school (a
///   school-level programme measure holds for every identified school), and the municipal measures
///   aimed at schools that serve it. The planner asks each measure
///   (``SupportMeasure/match(_:in:)``; for a ``DeclaredMeasure``, its ``MeasureDescription/Condition``); a
///   match that is open for missing data goes to the school's «нет данных» list.
/// - *Dates*: the measure's ``SupportMeasure/occurrences(in:for:context:)`` in the plan's year —
///   for each school on its roadmap, for the municipality on the municipal one (a
///   ``DeclaredMeasure``'s ``MeasureDescription/Schedule`` dates both alike). A measure that applies but has no
///   occurrence in the year is listed in «не приходятся на этот учебный год»; a measure «по
///   графику» is listed without dates.
/// - A measure no roadmap lists is in ``SupportPlan/notSelected``.
///
/// Lists are in ``Roadmap/Entry/roadmapOrder(_:_:)`` and schools by id, so the plan does not depend
/// on the order of the input.
///
/// ```swift
/// let report = try Identifier(packs: [pack]).identify(dataset)
/// let plan = try SupportPlanner(packs: [pack]).plan(for: report, year: 2025)
/// plan.municipal.entries.map(\.measure.id)
/// // With the dataset, for host measures that read the schools' values (``MeasureContext``):
/// let withData = try SupportPlanner(packs: [pack]).plan(for: report, year: 2025, dataset: dataset)
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
    var owner: [MeasureID: PackID] = [:]
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

  /// One measure prepared for matching: its pack, its description and its municipal occurrences
  /// in the year.
  private struct Item {
    /// The measure, its description and its pack, in the one box all its entries share.
    let shared: Roadmap.Entry.Measure
    let occurrences: [ClosedRange<CalendarDate>]
    var measure: any SupportMeasure { shared.measure }
    var served: [SchoolID] = []
    var open: [SchoolID] = []
    /// The reasons of the schools served, without their explanations, each once: a short list
    /// (a few categories and criteria), so kept as one rather than hashed as a set.
    var reasons: [MeasureMatch.Reason] = []
    var openReasons: [MeasureMatch.Reason] = []

    /// The entry, its reasons `distinct` (no two equal) in the list order.
    func entry(
      distinct reasons: [MeasureMatch.Reason], occurrences: [ClosedRange<CalendarDate>],
      schools: [SchoolID] = [], open: [SchoolID] = []
    ) -> Roadmap.Entry {
      entry(
        sorted: reasons.sorted(by: MeasureMatch.Reason.listOrder), occurrences: occurrences,
        schools: schools, open: open)
    }

    /// The entry, its reasons already distinct and in the list order.
    func entry(
      sorted reasons: [MeasureMatch.Reason], occurrences: [ClosedRange<CalendarDate>],
      schools: [SchoolID] = [], open: [SchoolID] = []
    ) -> Roadmap.Entry {
      Roadmap.Entry(
        measure: shared, occurrences: occurrences, reasons: reasons, schools: schools,
        schoolsWithoutData: open)
    }

    /// `reasons` without repeats. A match gives a handful, so comparing each with those kept is
    /// cheaper than hashing their texts into a set.
    static func distinct(_ reasons: [MeasureMatch.Reason]) -> [MeasureMatch.Reason] {
      var kept: [MeasureMatch.Reason] = []
      kept.reserveCapacity(reasons.count)
      for reason in reasons where !kept.contains(reason) { kept.append(reason) }
      return kept
    }

    /// Whether the measure, dated `occurrences`, applies but falls outside the year.
    func isOutsideYear(_ occurrences: [ClosedRange<CalendarDate>]) -> Bool {
      occurrences.isEmpty && shared.description.timing.isDated
    }
  }

  /// How many lists of general reasons a chunk of schools keeps to share: a few combinations of
  /// categories in practice.
  private static let listsKept = 32

  /// A measure that applies to a school (`hasData`) or is left open for it by missing data, and
  /// why: what a school's roadmap adds to the municipal one. `general` holds the reasons without
  /// their explanations that no earlier school of its chunk gave the measure (with the same
  /// `hasData`), in the order the school's match gave them; added up in the schools' order, they
  /// make the same lists as every school's reasons would.
  private struct Served {
    let item: Int
    let hasData: Bool
    let general: [MeasureMatch.Reason]
  }

  /// What one chunk of schools last gave a measure (applying, or left open): the reasons the last
  /// school's match gave, the list made of them (distinct, in order), whose array the next school
  /// with equal reasons shares, the entry made with that list and the municipality's dates, which
  /// such a school shares whole, and the reasons without explanations passed on to the municipal
  /// roadmap so far.
  private struct Recent {
    var given: [MeasureMatch.Reason] = []
    var reasons: [MeasureMatch.Reason] = []
    var entry: Roadmap.Entry?
    var general: [MeasureMatch.Reason] = []
  }

  /// The plan for `year` from `report`.
  ///
  /// - Parameters:
  ///   - report: The identification run; it must include every pack of the planner.
  ///   - year: The academic year to plan, usually the one after ``IdentificationReport/year``.
  ///   - dataset: The schools' dataset the run was made on, for measures that read the schools'
  ///     values (``MeasureContext/dataset``); `nil` plans from the report alone, which is all a
  ///     ``DeclaredMeasure`` reads.
  /// - Returns: The municipal roadmap and the school roadmaps.
  /// - Throws: ``SupportPlanError`` for a year without a calendar or a pack not in the run.
  /// - Complexity: O(s · m · k + m log m · r) for s schools, m measures, k criteria a condition
  ///   names (a handful) and r roadmaps: each school is matched once against each measure.
  public func plan(
    for report: IdentificationReport, year: AcademicYear, dataset: Dataset? = nil
  ) throws(SupportPlanError) -> SupportPlan {
    guard year.hasCalendar else { throw .yearOutsideCalendar(year) }
    let run = report.packs.map(\.id)
    for pack in packs where !run.contains(pack.id.rawValue) {
      throw .packNotInRun(pack.id.rawValue, run: run)
    }
    let context = MeasureContext(report: report, dataset: dataset)
    var items = packs.flatMap { pack in
      pack.measures.map { measure in
        Item(
          shared: Roadmap.Entry.Measure(
            measure, description: measure.measureDescription, pack: pack.id.rawValue),
          occurrences: measure.occurrences(in: year, for: nil, context: context))
      }
    }
    // In the municipal roadmap order, so that a school's entries, made in this order, are usually
    // in order already (``Roadmap`` then keeps them as they are).
    let aimed = items.indices.filter { items[$0].shared.description.isAimedAtSchools }
      .map { ($0, items[$0].entry(sorted: [], occurrences: items[$0].occurrences)) }
      .sorted { Roadmap.Entry.roadmapOrder($0.1, $1.1) }.map(\.0)
    /// A school's entry for `item`, whether it falls outside the year, and the reasons without
    /// explanations it passes on to the municipal roadmap (see ``Served``). Its dates and reasons
    /// are the very arrays of an earlier entry when they equal them — the municipality's dates,
    /// the reasons `recent` last gave the measure (most schools share both), and the very entry
    /// when both are — so that a national plan keeps one copy of each instead of one per school.
    @Sendable func schoolEntry(
      _ item: Item, _ reasons: [MeasureMatch.Reason], _ school: School, _ recent: inout Recent,
      _ lists: inout [[MeasureMatch.Reason]]
    ) -> (entry: Roadmap.Entry, isOutside: Bool, general: [MeasureMatch.Reason]) {
      var occurrences = item.occurrences
      var municipalDates = true
      if item.shared.measure.datesDependOnSchool {
        occurrences = item.shared.measure.occurrences(in: year, for: school, context: context)
        municipalDates = occurrences == item.occurrences
        if municipalDates { occurrences = item.occurrences }
      }
      var general: [MeasureMatch.Reason] = []
      if reasons != recent.given {
        var sorted = Item.distinct(reasons).sorted(by: MeasureMatch.Reason.listOrder)
        // A list that reads the same for every school (categories, the programme) is the chunk's
        // one array of it, whatever the measure: a school's document lays such a line out once.
        if sorted.allSatisfy(\.isGeneral) {
          if let same = lists.first(where: { $0 == sorted }) {
            sorted = same
          } else if lists.count < Self.listsKept {
            lists.append(sorted)
          }
        }
        recent.given = reasons
        if sorted != recent.reasons {
          recent.reasons = sorted
          recent.entry = nil
          for reason in reasons {
            let form = reason.withoutExplanation
            if !recent.general.contains(form) {
              recent.general.append(form)
              general.append(form)
            }
          }
        }
        // Otherwise the same reasons as the last school's: their general forms are passed on
        // already.
      }
      let isOutside = item.isOutsideYear(occurrences)
      if municipalDates, let entry = recent.entry { return (entry, isOutside, general) }
      let entry = item.entry(sorted: recent.reasons, occurrences: occurrences)
      if municipalDates { recent.entry = entry }
      return (entry, isOutside, general)
    }

    // Each school's roadmap is matched on its own, on all cores; what the municipal roadmap
    // gathers from them (the schools each measure serves or leaves open, and why) is then added
    // up in the schools' order, as one pass would.
    let planned = report.schools.indices.filter { index in
      let outcome = report.schools[index]
      return !outcome.placements.isEmpty || !outcome.undeterminedCategories.isEmpty
    }
    let prepared = items
    let matched = Parallel.array(count: planned.count, chunkSize: 64) { range, slots in
      // What this chunk last gave each measure: two per measure, applying and left open.
      var recent = [Recent](repeating: Recent(), count: 2 * prepared.count)
      // The lists of general reasons this chunk has made.
      var lists: [[MeasureMatch.Reason]] = []
      for slot in range {
        let outcome = report.schools[planned[slot]]
        var entries: [Roadmap.Entry] = []
        var outside: [Roadmap.Entry] = []
        var noData: [Roadmap.Entry] = []
        var served: [Served] = []
        for index in aimed {
          let item = prepared[index]
          switch item.shared.measure.match(outcome, in: context) {
          case .applies(let reasons):
            let (entry, isOutside, general) = schoolEntry(
              item, reasons, outcome.school, &recent[2 * index], &lists)
            if isOutside {
              outside.append(entry)
            } else {
              entries.append(entry)
            }
            served.append(Served(item: index, hasData: true, general: general))
          case .noData(let reasons):
            let made = schoolEntry(
              item, reasons, outcome.school, &recent[2 * index + 1], &lists)
            noData.append(made.entry)
            served.append(Served(item: index, hasData: false, general: made.general))
          case .doesNotApply:
            break
          }
        }
        slots.initializeElement(
          at: slot,
          to: (
            SupportPlan.SchoolRoadmap(
              school: outcome.school, placements: outcome.placements,
              undeterminedCategories: outcome.undeterminedCategories,
              mayShowValues: outcome.mayShowValues,
              roadmap: Roadmap(entries: entries, outsideYear: outside, noData: noData)),
            served
          ))
      }
    }
    var roadmaps: [SupportPlan.SchoolRoadmap] = []
    roadmaps.reserveCapacity(matched.count)
    for (roadmap, served) in matched {
      roadmaps.append(roadmap)
      let id = roadmap.school.id
      for match in served {
        if match.hasData {
          items[match.item].served.append(id)
          for general in match.general where !items[match.item].reasons.contains(general) {
            items[match.item].reasons.append(general)
          }
        } else {
          items[match.item].open.append(id)
          for general in match.general where !items[match.item].openReasons.contains(general) {
            items[match.item].openReasons.append(general)
          }
        }
      }
    }

    var entries: [Roadmap.Entry] = []
    var outside: [Roadmap.Entry] = []
    var noData: [Roadmap.Entry] = []
    var notSelected: [any SupportMeasure] = []
    for item in items {
      switch item.shared.description.level {
      case .municipal where !item.shared.description.appliesTo.isAimedAtSchools:
        let entry = item.entry(distinct: [.programme], occurrences: item.occurrences)
        if item.isOutsideYear(item.occurrences) {
          outside.append(entry)
        } else {
          entries.append(entry)
        }
      case .municipal where !item.served.isEmpty:
        let entry = item.entry(
          distinct: item.reasons, occurrences: item.occurrences, schools: item.served,
          open: item.open)
        if item.isOutsideYear(item.occurrences) {
          outside.append(entry)
        } else {
          entries.append(entry)
        }
      case .municipal where !item.open.isEmpty:
        noData.append(
          item.entry(distinct: item.openReasons, occurrences: item.occurrences, open: item.open))
      case .school where !item.served.isEmpty || !item.open.isEmpty:
        break
      default:
        notSelected.append(item.measure)
      }
    }
    var plan = SupportPlan(
      year: year, identificationYear: report.year,
      packs: report.packs.filter { reference in packs.contains { $0.id.rawValue == reference.id } },
      measures: items.map { ($0.shared.pack, $0.measure) },
      municipal: Roadmap(entries: entries, outsideYear: outside, noData: noData),
      schools: roadmaps.sorted { $0.school.id < $1.school.id }, notSelected: notSelected,
      minimumGroupSize: report.minimumGroupSize)
    plan.identificationYearBasis = report.yearBasis
    return plan
  }
}
