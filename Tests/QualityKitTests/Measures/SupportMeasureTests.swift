import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// ``SupportMeasure`` validation, ``RulePack/measures`` validation and the composition of packs
/// with measures.
@Suite struct SupportMeasureTests {
  typealias F = MeasureFixture

  /// `measure` with some fields changed.
  func variant(
    _ measure: DeclaredMeasure, id: MeasureID? = nil,
    categories: [MeasureDescription.Category]? = nil,
    responsible: [ResponsibleRole]? = nil, schedule: MeasureDescription.Schedule? = nil,
    target: MeasureDescription.Target? = nil, condition: MeasureDescription.Condition? = nil
  ) -> DeclaredMeasure {
    DeclaredMeasure(
      id: id ?? measure.id, title: measure.title, categories: categories ?? measure.categories,
      level: measure.level, responsible: responsible ?? measure.responsible,
      schedule: schedule ?? measure.schedule, timingQuote: measure.timingQuote,
      expectedResult: measure.expectedResult, target: target ?? measure.target,
      condition: condition ?? measure.condition, provenance: measure.provenance,
      lines: measure.lines)
  }

  func packError(_ body: () throws(PackError) -> Void) -> PackError.Kind? {
    do {
      try body()
      return nil
    } catch {
      return error.kind
    }
  }

  @Test("the fixture's measures are valid and the pack validates")
  func fixtureIsValid() throws {
    for measure in F.measures { #expect(measure.problem == nil, "\(measure.id)") }
    try F.pack().validate()
    #expect(F.pack().measures.count == 8)
    #expect(F.developmentPlans.primaryCategory == .professionalDevelopment)
    #expect(F.schoolRoadmaps.isAimedAtSchools)
    #expect(!F.workingGroupMeeting.isAimedAtSchools)
  }

  @Test("a measure's own problems, each a typed error naming the measure")
  func measureProblems() {
    let base = F.consultations
    #expect(variant(base, id: "").problem == .emptyID)
    #expect(variant(base, categories: []).problem == .noCategories)
    #expect(
      variant(base, categories: [.methodicalSupport, .monitoring, .methodicalSupport]).problem
        == .repeatedCategory(.methodicalSupport))
    #expect(variant(base, schedule: .timesPerYear(7)).problem == .unsupportedTimesPerYear(7))
    #expect(variant(base, condition: .categories([])).problem == .emptyCondition)
    #expect(variant(base, condition: .criteria([])).problem == .emptyCondition)
    let nan = MeasureDescription.Target(
      text: Fixtures.text("?"), value: .nan, unit: .count, comparison: .atLeast)
    #expect(variant(base, target: nan).problem == .invalidTarget)
    #expect(throws: MeasureError(kind: .unsupportedTimesPerYear(7), measure: base.id)) {
      try variant(base, schedule: .timesPerYear(7)).validate()
    }
  }

  @Test("pack validation: duplicate ids, unknown criteria, invalid measures, conflicting roles")
  func packValidation() {
    let duplicate = F.pack(measures: [F.consultations, F.consultations])
    #expect(
      packError { () throws(PackError) in try duplicate.validate() }
        == .duplicateMeasure("m.consultations"))

    let unknown = F.pack(measures: [variant(F.developmentPlans, condition: .criteria(["m.nope"]))])
    #expect(
      packError { () throws(PackError) in try unknown.validate() }
        == .unknownCriterionInMeasure("m.nope", measure: "m.development_plans"))

    let invalid = F.pack(measures: [variant(F.consultations, schedule: .dates([]))])
    #expect(
      packError { () throws(PackError) in try invalid.validate() }
        == .measure(MeasureError(kind: .noDates, measure: "m.consultations")))

    let renamed = ResponsibleRole(id: "municipal_coordinator", title: Fixtures.text("Куратор"))
    let conflicting = F.pack(measures: [
      F.workingGroupMeeting, variant(F.consultations, responsible: [renamed]),
    ])
    #expect(
      packError { () throws(PackError) in try conflicting.validate() }
        == .conflictingRole("municipal_coordinator"))
    #expect(
      PackError(kind: .duplicateMeasure("m.x"), pack: "m").description
        == "пакет m: мероприятие m.x объявлено дважды")
    #expect(
      PackError(kind: .unknownCriterionInMeasure("m.nope", measure: "m.x"), pack: "m")
        .message(in: .english) == "pack m: measure m.x names an unknown criterion m.nope")
  }

  @Test("existing packs without measures still compile and validate")
  func packsWithoutMeasures() throws {
    let pack = Fixtures.krasnoyarskLikePack()
    #expect(pack.measures.isEmpty)
    try pack.validate()
  }

  @Test("adding, replacing and removing measures")
  func composition() throws {
    let pack = F.pack(measures: [F.workingGroupMeeting])
    let added = try pack.addingMeasure(F.consultations)
    #expect(added.measures.map(\.id) == ["m.working_group_meeting", "m.consultations"])
    #expect(pack.measures.count == 1, "the original is unchanged")
    #expect(
      packError { () throws(PackError) in _ = try added.addingMeasure(F.consultations) }
        == .duplicateMeasure("m.consultations"))

    let replaced = try added.replacingMeasure(
      "m.working_group_meeting", with: variant(F.workingGroupMeeting, schedule: .timesPerYear(4)))
    #expect(replaced.declaredMeasures.first?.schedule == .timesPerYear(4))
    #expect(replaced.measures.count == 2)

    let removed = try added.removingMeasure("m.working_group_meeting")
    #expect(removed.measures.map(\.id) == ["m.consultations"])
    #expect(
      packError { () throws(PackError) in _ = try removed.removingMeasure("m.working_group_meeting")
      }
        == .unknownMeasure("m.working_group_meeting"))
    #expect(
      packError { () throws(PackError) in
        _ = try removed.replacingMeasure("m.nope", with: F.consultations)
      }
        == .unknownMeasure("m.nope"))
  }

  @Test("extended keeps the measures; combining unions them; a measure in two packs is an error")
  func extendAndCombine() throws {
    let extended = F.pack().extended(as: "m.local", version: "1.0.0", title: Fixtures.text("local"))
    #expect(extended.declaredMeasures == F.measures)

    let other = Fixtures.krasnoyarskLikePack(id: "k")
    let withMeasure = try other.addingMeasure(
      variant(F.consultations, id: "k.consultations"))
    let combined = try RulePack.combining(
      [F.pack(measures: [F.consultations]), withMeasure], id: "both", version: "1.0.0",
      title: Fixtures.text("both"), region: Fixtures.text("region"))
    #expect(combined.measures.map(\.id) == ["m.consultations", "k.consultations"])

    let clash = try other.addingMeasure(F.workingGroupMeeting)
    #expect(
      packError { () throws(PackError) in
        _ = try RulePack.combining(
          [F.pack(), clash], id: "both", version: "1.0.0", title: Fixtures.text("both"),
          region: Fixtures.text("region"))
      } == .measureInTwoPacks("m.working_group_meeting", first: "m", second: "k"))
  }

  @Test(
    "replacing a criterion renames it in measure conditions; removing it drops measures left with none"
  )
  func criterionChanges() throws {
    let pack = F.pack()
    let renamedCriterion = Fixtures.threshold(
      "m.staffing_below_35", metric: .staffQualityTrainingPercent, .lessThan, 35)
    let replaced = try pack.replacing(F.staffing, with: renamedCriterion)
    let plans = try #require(replaced.declaredMeasures.first { $0.id == F.developmentPlans.id })
    #expect(plans.condition == .criteria(["m.staffing_below_35"]))

    let removed = try pack.removing(F.staffing)
    #expect(!removed.measures.contains { $0.id == F.developmentPlans.id })
    #expect(removed.measures.count == 7)

    let two = try pack.replacingMeasure(
      F.developmentPlans.id,
      with: variant(F.developmentPlans, condition: .criteria([F.staffing, F.textbooks])))
    let kept = try two.removing(F.staffing)
    #expect(
      kept.declaredMeasures.first { $0.id == F.developmentPlans.id }?.condition
        == .criteria([F.textbooks]))
  }

  @Test("roles: base roles by id, titles in both languages")
  func roles() {
    #expect(ResponsibleRole.base.count == 17)
    #expect(Set(ResponsibleRole.base.map(\.id)).count == 17)
    #expect(ResponsibleRole.base("social_pedagogue") == .socialPedagogue)
    #expect(ResponsibleRole.base("deputy_head") == nil)
    #expect(ResponsibleRole.psychologist.title[.russian] == "Педагог-психолог")
  }

  @Test("categories: the nine of the catalogue, in its order, with content-file names")
  func categories() throws {
    #expect(MeasureDescription.Category.allCases.count == 9)
    #expect(MeasureDescription.Category.allCases.map(\.order) == Array(0..<9))
    #expect(MeasureDescription.Category.allCases.sorted() == MeasureDescription.Category.allCases)
    #expect(
      MeasureDescription.Category(rawValue: "staffing_infrastructure") == .staffingInfrastructure)
    #expect(MeasureDescription.Category.studentsParents.code == "STUD-PAR")
    #expect(MeasureDescription.Level(rawValue: "school") == .school)
  }

  @Test("targets: content-file JSON and the value in words")
  func targets() throws {
    let json =
      #"{"ru": "не менее 4-х консультаций", "en": "at least 4 consultations", "value": 4, "unit": "count", "comparison": "at_least"}"#
    let target = try JSONDecoder().decode(MeasureDescription.Target.self, from: Data(json.utf8))
    #expect(target == F.consultations.target)
    #expect(target.valueText(in: .russian) == "не менее 4")
    let share = MeasureDescription.Target(
      text: Fixtures.text("12,5 %"), value: 12.5, unit: .percent, comparison: .atMost)
    #expect(share.valueText(in: .russian) == "не более 12,5 %")
    #expect(share.valueText(in: .english) == "at most 12.5 %")
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(
        MeasureDescription.Target.self,
        from: Data(
          #"{"ru": "", "en": "", "value": 1, "unit": "count", "comparison": "about"}"#.utf8))
    }
  }
}
