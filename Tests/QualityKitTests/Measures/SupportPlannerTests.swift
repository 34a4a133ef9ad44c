import QualityKit
import QualityKitTestSupport
import Testing

/// ``SupportPlanner`` on ``MeasureFixture``: seven schools, eight measures, planned for 2020/2021
/// after identification for 2019/2020. Every list below is worked out by hand from the fixture's
/// tables; the order is by the first date, then the primary category (NORM-ORG 0, INFRA-STAFF 1,
/// PD 2, METHOD 3, NETWORK 4, MONITOR 5), then the id; measures «по графику» after the dated ones.
@Suite struct SupportPlannerTests {
  typealias F = MeasureFixture

  func ids(_ entries: [Roadmap.Entry]) -> [String] { entries.map(\.measure.id.rawValue) }

  @Test("the municipal roadmap: programme measures, and measures that serve at least one school")
  func municipalRoadmap() throws {
    let plan = try F.plan()
    #expect(plan.year == 2021)
    #expect(plan.identificationYear == 2020)
    // 2020-09-01: working group (NORM-ORG), staffing recommendations (INFRA-STAFF), consultations
    // (METHOD); 2020-10-01: development plans; 2021-06-01: best schools list; then «по графику»
    #expect(
      ids(plan.municipal.entries) == [
        "m.working_group_meeting", "m.staffing_recommendations", "m.consultations",
        "m.development_plans", "m.best_schools_list", "m.results_analysis",
      ])
    // «2022–2024» does not touch 2020/2021: listed apart, not dropped
    #expect(ids(plan.municipal.outsideYear) == ["m.partnership_agreements"])
    #expect(plan.municipal.noData.isEmpty)
    #expect(plan.notSelected.isEmpty)
    // the school-level measure is not on the municipal roadmap
    #expect(!ids(plan.municipal.entries).contains("m.school_roadmaps"))
  }

  @Test("entries with the same general reasons share one array of them, whatever the measure")
  func sharedReasonLists() throws {
    let plan = try F.plan()
    func address(_ list: [MeasureMatch.Reason]) -> UnsafeRawPointer? {
      list.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
    }
    var shared = 0
    for roadmap in plan.schools {
      let all = roadmap.roadmap.entries + roadmap.roadmap.outsideYear + roadmap.roadmap.noData
      for (index, entry) in all.enumerated() {
        for other in all[(index + 1)...] where entry.reasons == other.reasons {
          let general = entry.reasons.allSatisfy {
            switch $0 {
            case .programme, .category, .undeterminedCategory: true
            default: false
            }
          }
          guard general, !entry.reasons.isEmpty else { continue }
          #expect(address(entry.reasons) == address(other.reasons), "\(roadmap.school.id)")
          shared += 1
        }
      }
    }
    #expect(shared > 0)
  }

  @Test("municipal dates, by hand")
  func municipalDates() throws {
    let plan = try F.plan()
    let dates = Dictionary(
      uniqueKeysWithValues: plan.municipal.entries.map {
        ($0.measure.id.rawValue, F.spans($0.occurrences))
      })
    #expect(
      dates["m.working_group_meeting"] == [
        "2020-09-01–2020-10-31", "2020-11-01–2020-12-31", "2021-01-09–2021-03-31",
        "2021-04-01–2021-05-31",
      ])
    #expect(dates["m.staffing_recommendations"] == ["2020-09-01–2021-01-01"])
    #expect(dates["m.consultations"] == ["2020-09-01–2021-08-31"])
    #expect(dates["m.development_plans"] == ["2020-10-01–2020-11-30"])
    #expect(dates["m.best_schools_list"] == ["2021-06-01–2021-06-30"])
    #expect(dates["m.results_analysis"] == [])
    #expect(plan.municipal.outsideYear.first?.occurrences == [])
  }

  @Test("the schools each municipal measure serves, and those without data")
  func servedSchools() throws {
    let plan = try F.plan()
    let entries = plan.municipal.entries + plan.municipal.outsideYear
    func entry(_ id: MeasureID) throws -> Roadmap.Entry {
      try #require(entries.first { $0.measure.id == id })
    }
    // programme measures serve no school in particular
    #expect(try entry("m.working_group_meeting").schools == [])
    #expect(try entry("m.working_group_meeting").reasons == [.programme])
    // ШНСУ: A2, A3, A6; A7's ШНСУ is open
    #expect(try entry("m.staffing_recommendations").schools == ["A2", "A3", "A6"])
    #expect(try entry("m.staffing_recommendations").schoolsWithoutData == ["A7"])
    #expect(
      try entry("m.staffing_recommendations").reasons
        == [.category(.unfavourableSocialConditions, severity: nil)])
    // staffing < 40: A2 (30), A3 (20), A6 (35); A7 has no value; A1 (60) does not meet it
    #expect(try entry("m.development_plans").schools == ["A2", "A3", "A6"])
    #expect(try entry("m.development_plans").schoolsWithoutData == ["A7"])
    // identified: A1, A2, A3, A6, A7; A5 undetermined
    #expect(try entry("m.consultations").schools == ["A1", "A2", "A3", "A6", "A7"])
    #expect(try entry("m.consultations").schoolsWithoutData == ["A5"])
    #expect(
      try entry("m.consultations").reasons == [
        .category(.lowResults, severity: nil),
        .category(.unfavourableSocialConditions, severity: nil),
      ])
    // ШНОР: A1, A3, A7; A5 open
    #expect(try entry("m.results_analysis").schools == ["A1", "A3", "A7"])
    #expect(try entry("m.partnership_agreements").schools == ["A1", "A3", "A7"])
    #expect(try entry("m.partnership_agreements").schoolsWithoutData == ["A5"])
  }

  @Test("a roadmap per identified or undetermined school, by id; A4 has none")
  func schoolRoadmaps() throws {
    let plan = try F.plan()
    #expect(plan.schools.map(\.school.id) == ["A1", "A2", "A3", "A5", "A6", "A7"])
    #expect(plan.identifiedCount == 5)
    #expect(plan.undeterminedCount == 1)
    #expect(plan.roadmap(of: "A4") == nil)

    let a1 = try #require(plan.roadmap(of: "A1")).roadmap
    #expect(ids(a1.entries) == ["m.school_roadmaps", "m.consultations", "m.results_analysis"])
    #expect(ids(a1.outsideYear) == ["m.partnership_agreements"])
    #expect(a1.noData.isEmpty)

    let a2 = try #require(plan.roadmap(of: "A2")).roadmap
    #expect(
      ids(a2.entries) == [
        "m.school_roadmaps", "m.staffing_recommendations", "m.consultations",
        "m.development_plans",
      ])
    #expect(a2.outsideYear.isEmpty && a2.noData.isEmpty)

    let a3 = try #require(plan.roadmap(of: "A3")).roadmap
    #expect(
      ids(a3.entries) == [
        "m.school_roadmaps", "m.staffing_recommendations", "m.consultations",
        "m.development_plans", "m.results_analysis",
      ])
    #expect(ids(a3.outsideYear) == ["m.partnership_agreements"])

    let a6 = try #require(plan.roadmap(of: "A6")).roadmap
    #expect(ids(a6.entries) == ids(a2.entries))
  }

  @Test("missing data: listed as «нет данных» for the school, never dropped")
  func noData() throws {
    let plan = try F.plan()
    // A5: ШНОР open, in no category
    let a5 = try #require(plan.roadmap(of: "A5"))
    #expect(!a5.isIdentified)
    #expect(a5.roadmap.entries.isEmpty && a5.roadmap.outsideYear.isEmpty)
    #expect(
      ids(a5.roadmap.noData) == [
        "m.school_roadmaps", "m.consultations", "m.results_analysis", "m.partnership_agreements",
      ])
    #expect(
      a5.roadmap.noData.allSatisfy { $0.reasons.contains(.undeterminedCategory(.lowResults)) })

    // A7: ШНОР, ШНСУ open, no staffing value
    let a7 = try #require(plan.roadmap(of: "A7")).roadmap
    #expect(ids(a7.entries) == ["m.school_roadmaps", "m.consultations", "m.results_analysis"])
    #expect(ids(a7.outsideYear) == ["m.partnership_agreements"])
    #expect(ids(a7.noData) == ["m.staffing_recommendations", "m.development_plans"])
    let plans = try #require(a7.noData.last)
    #expect(plans.reasons.map(\.kind) == ["insufficient_data"])
    #expect(plans.occurrences.map { "\($0.lowerBound)" } == ["2020-10-01"])
  }

  @Test("each school entry carries the findings that made it apply")
  func reasons() throws {
    let plan = try F.plan()
    let a2 = try #require(plan.roadmap(of: "A2")).roadmap
    let plans = try #require(a2.entries.first { $0.measure.id == "m.development_plans" })
    guard case .criterion(let id, _, let why)? = plans.reasons.first else {
      Issue.record("expected a criterion reason, got \(plans.reasons)")
      return
    }
    #expect(id == F.staffing)
    #expect(why.ru.contains("30"))
    let a3 = try #require(plan.roadmap(of: "A3"))
    #expect(!a3.mayShowValues)
    let hidden = try #require(a3.roadmap.entries.first { $0.measure.id == "m.development_plans" })
    #expect(
      hidden.reasons.first?.text(in: .russian).hasSuffix(
        "Значения не выводятся: в 2019/2020 в школе менее 5 обучающихся.") == true)
    let roadmaps = try #require(a3.roadmap.entries.first { $0.measure.id == "m.school_roadmaps" })
    #expect(
      roadmaps.reasons == [
        .category(.lowResults, severity: nil),
        .category(.unfavourableSocialConditions, severity: nil),
      ])
  }

  @Test("a measure that applies to no school is not selected, and says so")
  func notSelected() throws {
    let objectivity = DeclaredMeasure(
      id: "m.objectivity_visits", title: Fixtures.text("Выезды наблюдателей"),
      categories: [.monitoring], level: .municipal, responsible: [.educationDepartment],
      schedule: .month(.april), condition: .categories([.nonObjectiveResults]),
      provenance: Fixtures.provenance)
    let plan = try F.plan(pack: F.pack(measures: F.measures + [objectivity]))
    #expect(plan.notSelected.map(\.id) == ["m.objectivity_visits"])
    #expect(plan.measures.count == 9)
    #expect(plan.pack(of: "m.objectivity_visits") == "m")
  }

  @Test("a municipal measure open for some schools and serving none is in «нет данных»")
  func municipalNoData() throws {
    // A5's ШНОР is open and no school is ШНОР when the ЕГЭ threshold is 30 (A1 40, A3 45, A7 42)
    let pack = F.pack(measures: [F.resultsAnalysis])
    let report = try Identifier(packs: [pack]).identify(
      try F.dataset(), year: 2020, overrides: ["m.results_below_50.threshold": 30])
    let plan = try SupportPlanner(packs: [pack]).plan(for: report, year: 2021)
    #expect(plan.municipal.entries.isEmpty)
    #expect(ids(plan.municipal.noData) == ["m.results_analysis"])
    #expect(plan.municipal.noData.first?.schoolsWithoutData == ["A5"])
    #expect(plan.municipal.noData.first?.reasons == [.undeterminedCategory(.lowResults)])
    #expect(plan.notSelected.isEmpty)
  }

  @Test("the same plan whatever the order of the schools and of the measures")
  func determinism() throws {
    let reference = try F.plan()
    for order in [[6, 5, 4, 3, 2, 1, 0], [3, 0, 6, 1, 5, 2, 4]] {
      #expect(try F.plan(order: order) == reference)
    }
    let shuffled = F.pack(measures: F.measures.reversed())
    let plan = try F.plan(pack: shuffled)
    #expect(plan.municipal == reference.municipal)
    #expect(plan.schools == reference.schools)
    #expect(ReportFormat.json.render(try F.plan()) == ReportFormat.json.render(reference))
  }

  @Test("another year: the one-offs of 2020 fall outside 2024/2025, partnerships within")
  func anotherYear() throws {
    let plan = try F.plan(year: 2025)
    #expect(
      ids(plan.municipal.entries) == [
        "m.working_group_meeting", "m.consultations", "m.partnership_agreements",
        "m.best_schools_list", "m.results_analysis",
      ])
    #expect(
      plan.municipal.entries.first { $0.measure.id == "m.partnership_agreements" }
        .map { F.spans($0.occurrences) } == ["2024-09-01–2024-12-31"])
    // the 2020 one-offs, by the first date they state
    #expect(
      ids(plan.municipal.outsideYear) == ["m.staffing_recommendations", "m.development_plans"])
    #expect(ids(try #require(plan.roadmap(of: "A1")).roadmap.outsideYear) == ["m.school_roadmaps"])
  }

  @Test("errors: a year without a calendar, a pack not in the run, a measure in two packs")
  func errors() throws {
    let report = try F.report()
    let planner = try SupportPlanner(packs: [F.pack()])
    #expect(throws: SupportPlanError.yearOutsideCalendar(0)) {
      try planner.plan(for: report, year: 0)
    }
    let other = Fixtures.krasnoyarskLikePack(id: "k")
    #expect(throws: SupportPlanError.packNotInRun("k", run: ["m"])) {
      try SupportPlanner(packs: [other]).plan(for: report, year: 2021)
    }
    let clash = try other.addingMeasure(F.consultations)
    #expect(
      throws: PackError(
        kind: .measureInTwoPacks("m.consultations", first: "m", second: "k"), pack: "k")
    ) {
      try SupportPlanner(packs: [F.pack(), clash])
    }
    #expect(
      SupportPlanError.packNotInRun("k", run: ["m"]).description
        == "пакет k не участвовал в идентификации (пакеты расчёта: m)")
  }
}
