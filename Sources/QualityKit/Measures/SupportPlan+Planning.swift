extension SupportPlan {
  /// One measure prepared for matching: its pack, its occurrences in the year and the positions
  /// of the criteria its condition names.
  fileprivate struct Item {
    let pack: String
    let measure: SupportMeasure
    let occurrences: [ClosedRange<CalendarDate>]
    let positions: [Int?]
    var served: [SchoolID] = []
    var open: [SchoolID] = []
    var reasons = Set<MeasureReason>()
    var openReasons = Set<MeasureReason>()

    func entry(reasons: Set<MeasureReason>, schools: [SchoolID] = [], open: [SchoolID] = [])
      -> RoadmapEntry
    {
      RoadmapEntry(
        measure: measure, pack: pack, occurrences: occurrences,
        reasons: reasons.sorted(by: MeasureReason.listOrder), schools: schools,
        schoolsWithoutData: open)
    }

    /// Whether the measure applies but falls outside the year.
    var isOutsideYear: Bool { occurrences.isEmpty && measure.schedule.isDated }
  }

  /// The plan for `year` from `report`, with `measures` of the packs `packIDs` — the planning
  /// itself; ``SupportPlanner/plan(for:year:)`` is its public entry, which documents what goes
  /// where.
  ///
  /// - Throws: ``SupportPlanError`` for a year without a calendar or a pack not in the run.
  init(
    measures: [(pack: String, measure: SupportMeasure)], packs packIDs: [String],
    for report: IdentificationReport, year: AcademicYear
  ) throws(SupportPlanError) {
    guard year.hasCalendar else { throw .yearOutsideCalendar(year) }
    let run = report.packs.map(\.id)
    for pack in packIDs where !run.contains(pack) {
      throw .packNotInRun(pack, run: run)
    }
    var position: [CriterionID: Int] = [:]
    for (index, criterion) in report.criteria.enumerated() where position[criterion.id] == nil {
      position[criterion.id] = index
    }
    var items = measures.map { pack, measure in
      Item(
        pack: pack, measure: measure, occurrences: measure.schedule.occurrences(in: year),
        positions: measure.condition.criteria.map { position[$0] })
    }
    let aimed = items.indices.filter { items[$0].measure.isAimedAtSchools }

    var roadmaps: [SchoolRoadmap] = []
    for outcome in report.schools
    where !outcome.placements.isEmpty || !outcome.undeterminedCategories.isEmpty {
      var entries: [RoadmapEntry] = []
      var outside: [RoadmapEntry] = []
      var noData: [RoadmapEntry] = []
      for index in aimed {
        let item = items[index]
        switch item.measure.condition.match(outcome, positions: item.positions, report: report) {
        case .applies(let reasons):
          let entry = item.entry(reasons: Set(reasons))
          if item.isOutsideYear { outside.append(entry) } else { entries.append(entry) }
          items[index].served.append(outcome.school.id)
          items[index].reasons.formUnion(reasons.map(\.withoutExplanation))
        case .noData(let reasons):
          noData.append(item.entry(reasons: Set(reasons)))
          items[index].open.append(outcome.school.id)
          items[index].openReasons.formUnion(reasons.map(\.withoutExplanation))
        case .doesNotApply:
          break
        }
      }
      roadmaps.append(
        SchoolRoadmap(
          school: outcome.school, placements: outcome.placements,
          undeterminedCategories: outcome.undeterminedCategories,
          mayShowValues: outcome.mayShowValues,
          roadmap: Roadmap(entries: entries, outsideYear: outside, noData: noData)))
    }

    var entries: [RoadmapEntry] = []
    var outside: [RoadmapEntry] = []
    var noData: [RoadmapEntry] = []
    var notSelected: [SupportMeasure] = []
    for item in items {
      switch (item.measure.level, item.measure.condition) {
      case (.municipal, .programme):
        let entry = item.entry(reasons: [.programme])
        if item.isOutsideYear { outside.append(entry) } else { entries.append(entry) }
      case (.municipal, _) where !item.served.isEmpty:
        let entry = item.entry(reasons: item.reasons, schools: item.served, open: item.open)
        if item.isOutsideYear { outside.append(entry) } else { entries.append(entry) }
      case (.municipal, _) where !item.open.isEmpty:
        noData.append(item.entry(reasons: item.openReasons, open: item.open))
      case (.school, _) where !item.served.isEmpty || !item.open.isEmpty:
        break
      default:
        notSelected.append(item.measure)
      }
    }
    self.init(
      year: year, identificationYear: report.year,
      packs: report.packs.filter { packIDs.contains($0.id) },
      measures: items.map { ($0.pack, $0.measure) },
      municipal: Roadmap(entries: entries, outsideYear: outside, noData: noData),
      schools: roadmaps.sorted { $0.school.id < $1.school.id }, notSelected: notSelected,
      minimumGroupSize: report.minimumGroupSize)
  }
}
