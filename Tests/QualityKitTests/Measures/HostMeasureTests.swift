import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

private typealias F = MeasureFixture

/// A host's own ``SupportMeasure``: selected by its own rule on the dataset and dated by each
/// school's own calendar, planned by the ``SupportPlanner`` next to the standard measures.
///
/// The rule: a school of fewer than 200 students (the dataset's `context.enrollment` in 2019/2020).
/// Of the fixture's roadmap schools (A1, A2, A3, A5, A6, A7 — see ``MeasureFixture``) that is A3 (3),
/// A6 (150) and A7 (120); A1 (300), A2 (200) and A5 (250) are not. The schools' own visit days in
/// 2020/2021: A3 5 October 2020 and 15 March 2021, A6 20 November 2020, A7 none in the year (its
/// only day is in 2022), so A7's entry falls outside the year.
@Suite struct HostMeasureTests {
  struct SmallSchoolVisits: SupportMeasure {
    static let rule = LocalizedText(ru: "менее 200 обучающихся", en: "fewer than 200 students")
    var categories: [MeasureDescription.Category] = [.methodicalSupport]
    let days: [SchoolID: [CalendarDate]] = [
      "A3": [F.day("2020-10-05"), F.day("2021-03-15")], "A6": [F.day("2020-11-20")],
      "A7": [F.day("2022-02-01")],
    ]

    var measureDescription: MeasureDescription {
      MeasureDescription(
        id: "host.small_school_visits",
        title: LocalizedText(ru: "Выезд методиста", en: "Methodologist's visit"),
        categories: categories, level: .school, responsible: [.methodicalService],
        timing: .custom(LocalizedText(ru: "в дни, назначенные школой", en: "on the school's days")),
        appliesTo: .custom(Self.rule), provenance: Fixtures.provenance)
    }

    func match(_ school: IdentificationReport.SchoolOutcome, in context: MeasureContext)
      -> MeasureMatch
    {
      guard
        let students = context.value(
          of: .contextEnrollment, for: school.school.id, in: context.report.year)
      else {
        return .noData([
          .ruleWithoutData(Self.rule, explanation: LocalizedText(ru: "нет данных", en: "no data"))
        ])
      }
      guard students < 200 else { return .doesNotApply }
      let text = LocalizedText(ru: "\(Int(students)) обучающихся", en: "\(Int(students)) students")
      return .applies([.rule(Self.rule, explanation: text)])
    }

    func occurrences(in year: AcademicYear, for school: School?, context: MeasureContext)
      -> [ClosedRange<CalendarDate>]
    {
      guard let school else { return [] }
      return (days[school.id] ?? []).filter { $0 >= year.startDate && $0 <= year.endDate }
        .map { $0...$0 }
    }
  }

  static func pack() throws -> RulePack {
    try F.pack().addingMeasure(SmallSchoolVisits())
  }

  static func plan(withDataset: Bool = true) throws -> SupportPlan {
    let pack = try pack()
    let report = try F.report(pack: pack)
    return try SupportPlanner(packs: [pack]).plan(
      for: report, year: 2021, dataset: withDataset ? try F.dataset() : nil)
  }

  static let id: MeasureID = "host.small_school_visits"

  @Test("the host rule selects the schools, which get their own dates")
  func ownRuleAndDates() throws {
    let plan = try Self.plan()
    func entry(_ school: SchoolID) throws -> Roadmap.Entry? {
      let roadmap = try #require(plan.roadmap(of: school)).roadmap
      return (roadmap.entries + roadmap.outsideYear).first { $0.measure.id == Self.id }
    }
    let a3 = try #require(try entry("A3"))
    #expect(F.spans(a3.occurrences) == ["2020-10-05–2020-10-05", "2021-03-15–2021-03-15"])
    #expect(
      a3.reasons
        == [
          .rule(
            SmallSchoolVisits.rule,
            explanation: LocalizedText(ru: "3 обучающихся", en: "3 students"))
        ])
    #expect(F.spans(try #require(try entry("A6")).occurrences) == ["2020-11-20–2020-11-20"])
    // A7 applies but has no day in 2020/2021: outside the year, not dropped.
    let a7 = try #require(plan.roadmap(of: "A7")).roadmap
    #expect(a7.outsideYear.map(\.measure.id).contains(Self.id))
    #expect(!a7.entries.map(\.measure.id).contains(Self.id))
    for school: SchoolID in ["A1", "A2", "A5"] {
      #expect(try entry(school) == nil, "\(school)")
      #expect(
        !(try #require(plan.roadmap(of: school)).roadmap.noData.map(\.measure.id).contains(Self.id))
      )
    }
    // A school-level measure: not on the municipal roadmap, and selected.
    #expect(!plan.municipal.entries.map(\.measure.id).contains(Self.id))
    #expect(!plan.notSelected.map(\.id).contains(Self.id))
    #expect(plan.measures.map(\.id).last == Self.id)
    #expect(plan.pack(of: Self.id) == "m")
  }

  /// The same measure, saying that its dates do not depend on the school.
  struct SameDatesVisits: SupportMeasure {
    let visits = SmallSchoolVisits()
    var measureDescription: MeasureDescription { visits.measureDescription }
    func match(_ school: IdentificationReport.SchoolOutcome, in context: MeasureContext)
      -> MeasureMatch
    { visits.match(school, in: context) }
    func occurrences(in year: AcademicYear, for school: School?, context: MeasureContext)
      -> [ClosedRange<CalendarDate>]
    { visits.occurrences(in: year, for: school, context: context) }
    var datesDependOnSchool: Bool { false }
  }

  @Test("a measure whose dates do not depend on the school is dated once, for the municipality")
  func datesOnce() throws {
    #expect(SmallSchoolVisits().datesDependOnSchool)
    #expect(!(try #require(F.pack().measures.first as? DeclaredMeasure)).datesDependOnSchool)
    let pack = try F.pack().addingMeasure(SameDatesVisits())
    let plan = try SupportPlanner(packs: [pack]).plan(
      for: try F.report(pack: pack), year: 2021, dataset: try F.dataset())
    // The municipality's dates (none: the measure dates schools only) for every school it
    // serves, so A3 and A6, dated in the year when asked, fall outside it with A7.
    for school: SchoolID in ["A3", "A6", "A7"] {
      let roadmap = try #require(plan.roadmap(of: school)).roadmap
      let entry = try #require(roadmap.outsideYear.first { $0.measure.id == Self.id }, "\(school)")
      #expect(entry.occurrences.isEmpty)
      #expect(!roadmap.entries.contains { $0.measure.id == Self.id })
    }
  }

  @Test("without the dataset the host rule is open: «нет данных» for every roadmap school")
  func missingDataIsNotNo() throws {
    let plan = try Self.plan(withDataset: false)
    for school: SchoolID in ["A1", "A2", "A3", "A5", "A6", "A7"] {
      let roadmap = try #require(plan.roadmap(of: school)).roadmap
      let found = roadmap.noData.first { $0.measure.id == Self.id }
      let open = try #require(found, "\(school)")
      #expect(open.reasons.allSatisfy { $0.isMissingData })
      #expect(!roadmap.entries.contains { $0.measure.id == Self.id })
    }
  }

  @Test("the standard measures plan as before next to a host measure")
  func standardUnchanged() throws {
    let before = try F.plan()
    let after = try Self.plan()
    #expect(before.municipal == after.municipal)
    for roadmap in before.schools {
      let other = try #require(after.roadmap(of: roadmap.school.id)).roadmap
      func declared(_ entries: [Roadmap.Entry]) -> [Roadmap.Entry] {
        entries.filter { $0.measure.id != Self.id }
      }
      #expect(roadmap.roadmap.entries == declared(other.entries))
      #expect(roadmap.roadmap.outsideYear == declared(other.outsideYear))
      #expect(roadmap.roadmap.noData == declared(other.noData))
    }
  }

  @Test("a declared measure answers through the protocol as its condition and schedule do")
  func declaredThroughTheProtocol() throws {
    let report = try F.report()
    let context = MeasureContext(report: report)
    for measure in F.measures {
      let any: any SupportMeasure = measure
      #expect(any.measureDescription.timing == .schedule(measure.schedule))
      #expect(any.measureDescription.appliesTo == .condition(measure.condition))
      for outcome in report.schools {
        #expect(any.match(outcome, in: context) == measure.condition.match(outcome, in: report))
        #expect(
          any.occurrences(in: 2021, for: outcome.school, context: context)
            == measure.schedule.occurrences(in: 2021))
      }
    }
  }

  @Test("the plan's writers name the custom timing, audience and rule")
  func writers() throws {
    let plan = try Self.plan()
    let json = ReportFormat.json.render(plan)
    #expect(json.contains(#"{"form": "custom", "summary": {"ru": "в дни, назначенные школой""#))
    #expect(json.contains(#"{"kind": "custom", "summary": {"ru": "менее 200 обучающихся""#))
    #expect(
      json.contains(
        #"{"kind": "rule", "title": "менее 200 обучающихся", "explanation": "3 обучающихся"}"#))
    let text = ReportFormat.text.render(plan)
    #expect(text.contains("правило «менее 200 обучающихся» выполнено: 3 обучающихся"))
    #expect(text.contains("05.10.2020; 15.03.2021 (в дни, назначенные школой)"))
  }

  @Test("a host measure is validated by its description, and kept when a criterion goes")
  func compositionAndValidation() throws {
    var invalid = SmallSchoolVisits()
    invalid.categories = []
    #expect(
      packError { () throws(PackError) in _ = try F.pack().addingMeasure(invalid) }
        == .measure(MeasureError(kind: .noCategories, measure: Self.id)))
    let pack = try Self.pack()
    #expect(
      packError { () throws(PackError) in _ = try pack.addingMeasure(SmallSchoolVisits()) }
        == .duplicateMeasure(Self.id))
    let removed = try pack.removing(F.staffing)
    #expect(removed.measures.contains { $0 is SmallSchoolVisits })
    let replaced = try pack.replacingMeasure(Self.id, with: F.consultations.renamed("m.other"))
    #expect(!replaced.measures.contains { $0 is SmallSchoolVisits })
  }

  @Test("a pack holding a host measure cannot be exported, and the error names it")
  func exportNamesTheMeasure() throws {
    let pack = try Self.pack()
    #expect(throws: Never.self) { try F.pack().jsonData() }
    do {
      _ = try pack.jsonData()
      Issue.record("exported a pack with a host measure")
    } catch {
      guard case .notExportable(let pack, let reason) = error.kind else {
        Issue.record("expected a pack that cannot be exported, got \(error)")
        return
      }
      #expect(pack == "m")
      #expect(reason.contains("host.small_school_visits"))
      #expect(reason.contains("SmallSchoolVisits"))
      #expect(error.message(in: .english).hasPrefix("pack m cannot be written as JSON: measure"))
    }
  }

  func packError(_ body: () throws(PackError) -> Void) -> PackError.Kind? {
    do {
      try body()
      return nil
    } catch {
      return error.kind
    }
  }
}

extension DeclaredMeasure {
  /// The measure under another id.
  fileprivate func renamed(_ id: MeasureID) -> DeclaredMeasure {
    DeclaredMeasure(
      id: id, title: title, categories: categories, level: level, responsible: responsible,
      schedule: schedule, condition: condition, provenance: provenance)
  }
}
