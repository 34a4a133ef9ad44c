import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// ``MeasureDescription/Condition/match(_:in:)`` on the schools of ``MeasureFixture``, checked by hand:
/// A1 ШНОР; A2 ШНСУ (textbooks 20 and staffing 30 met); A3 ШНОР and ШНСУ, 3 students; A4 in no
/// category; A5 ШНОР open (no ЕГЭ value); A6 ШНСУ (staffing 35); A7 ШНОР, ШНСУ open (no staffing
/// value).
@Suite struct MeasureConditionTests {
  typealias F = MeasureFixture

  func match(_ condition: MeasureDescription.Condition, _ school: SchoolID) throws -> MeasureMatch {
    let report = try F.report()
    return condition.match(try F.outcome(report, school), in: report)
  }

  @Test("the fixture's identification, as the table says")
  func identification() throws {
    let report = try F.report()
    let placed = Dictionary(
      uniqueKeysWithValues: report.schools.map { ($0.school.id, $0.categories.map(\.id)) })
    #expect(placed["A1"] == ["low_results"])
    #expect(placed["A2"] == ["unfavourable_social_conditions"])
    #expect(placed["A3"] == ["low_results", "unfavourable_social_conditions"])
    #expect(placed["A4"] == [])
    #expect(placed["A5"] == [])
    #expect(placed["A6"] == ["unfavourable_social_conditions"])
    #expect(placed["A7"] == ["low_results"])
    #expect(try F.outcome(report, "A5").undeterminedCategories == [.lowResults])
    #expect(try F.outcome(report, "A7").undeterminedCategories == [.unfavourableSocialConditions])
    #expect(try !F.outcome(report, "A3").mayShowValues)
  }

  @Test("programme: every identified school; open for an undetermined one")
  func programme() throws {
    #expect(try match(.programme, "A1") == .applies([.programme]))
    #expect(try match(.programme, "A4") == .doesNotApply)
    #expect(try match(.programme, "A5") == .noData([.undeterminedCategory(.lowResults)]))
  }

  @Test("identified: the school's categories are the reasons")
  func identified() throws {
    #expect(
      try match(.identified, "A3")
        == .applies([
          .category(.lowResults, severity: nil),
          .category(.unfavourableSocialConditions, severity: nil),
        ]))
    #expect(try match(.identified, "A4") == .doesNotApply)
    #expect(try match(.identified, "A5") == .noData([.undeterminedCategory(.lowResults)]))
  }

  @Test("categories: in any of them applies; one of them open is no data")
  func categories() throws {
    let social = MeasureDescription.Condition.categories([.unfavourableSocialConditions])
    #expect(
      try match(social, "A2") == .applies([.category(.unfavourableSocialConditions, severity: nil)])
    )
    #expect(try match(social, "A1") == .doesNotApply)
    // A7 is ШНОР, its ШНСУ is open: never a silent "not needed"
    #expect(
      try match(social, "A7") == .noData([.undeterminedCategory(.unfavourableSocialConditions)]))
    // A5's ШНСУ is decided (not in it), its ШНОР is open but not asked for
    #expect(try match(social, "A5") == .doesNotApply)
    let either = MeasureDescription.Condition.categories([
      .lowResults, .unfavourableSocialConditions,
    ])
    #expect(try match(either, "A7") == .applies([.category(.lowResults, severity: nil)]))
    #expect(try match(.categories([.nonObjectiveResults]), "A3") == .doesNotApply)
  }

  @Test("criteria: a met criterion selects an identified school, with the explanation")
  func criteriaMet() throws {
    let result = try match(.criteria([F.staffing]), "A2")
    guard case .applies(let reasons) = result,
      case .criterion(let id, let title, let why)? = reasons.first
    else {
      Issue.record("expected a met criterion, got \(result)")
      return
    }
    #expect(reasons.count == 1)
    #expect(id == F.staffing)
    #expect(title == Fixtures.text("threshold"))
    // A2's value 30 < 40 is in the report's explanation
    #expect(why.ru.contains("30"))
    #expect(!why.en.isEmpty)
  }

  @Test("criteria: insufficient data does not select, and is not dropped")
  func criteriaInsufficient() throws {
    // A7 is identified (ШНОР) and has no staffing value
    let result = try match(.criteria([F.staffing]), "A7")
    guard case .noData(let reasons) = result,
      case .insufficientData(let id, _, let why)? = reasons.first
    else {
      Issue.record("expected no data, got \(result)")
      return
    }
    #expect(id == F.staffing)
    #expect(why.ru.hasPrefix("Недостаточно данных"))
    // A1 has the value (60) and does not meet it
    #expect(try match(.criteria([F.staffing]), "A1") == .doesNotApply)
  }

  @Test("criteria: a school in no category is not selected; an undetermined one is open")
  func criteriaScope() throws {
    // A4 meets nothing and is in no category; A5 is undetermined but meets no staffing criterion
    #expect(try match(.criteria([F.staffing]), "A4") == .doesNotApply)
    #expect(try match(.criteria([F.staffing]), "A5") == .doesNotApply)
    // A5 has no ЕГЭ value: the results criterion is undecided, and its ШНОР open
    let result = try match(.criteria([F.results]), "A5")
    guard case .noData(let reasons) = result else {
      Issue.record("expected no data, got \(result)")
      return
    }
    #expect(reasons.first == .undeterminedCategory(.lowResults))
    #expect(reasons.count == 2)
  }

  @Test("a small school's met criterion carries the small-cell notice, not its values")
  func smallCell() throws {
    let result = try match(.criteria([F.staffing]), "A3")
    guard case .applies(let reasons) = result, case .criterion(_, _, let why)? = reasons.first
    else {
      Issue.record("expected a met criterion, got \(result)")
      return
    }
    // The notice names A3's small year, 2019/2020, and none of its values (staffing 20).
    #expect(why.ru == "Значения не выводятся: в 2019/2020 в школе менее 5 обучающихся.")
  }

  @Test("a criterion the run did not evaluate counts as undecided")
  func criterionNotInRun() throws {
    let result = try match(.criteria(["other.criterion"]), "A1")
    guard case .noData(let reasons) = result else {
      Issue.record("expected no data, got \(result)")
      return
    }
    #expect(reasons.map(\.kind) == ["insufficient_data"])
  }

  @Test("the content files' applies_to objects decode")
  func decoding() throws {
    func decode(_ json: String) throws -> MeasureDescription.Condition {
      try JSONDecoder().decode(MeasureDescription.Condition.self, from: Data(json.utf8))
    }
    #expect(try decode(#"{"kind": "programme"}"#) == .programme)
    #expect(try decode(#"{"kind": "identified"}"#) == .identified)
    let categories = try decode(
      #"{"kind": "categories", "categories": ["unfavourable_social_conditions"]}"#)
    #expect(categories == .categories([.unfavourableSocialConditions]))
    if case .categories(let list) = categories {
      #expect(list.first?.title == SchoolCategory.unfavourableSocialConditions.title)
    }
    #expect(
      try decode(#"{"kind": "criteria", "criteria": ["m.staffing_below_40"]}"#)
        == .criteria([F.staffing]))
    #expect(throws: PackFileError.FormatIssue.self) { try decode(#"{"kind": "everyone"}"#) }
    let data = try JSONEncoder().encode(MeasureDescription.Condition.criteria([F.staffing]))
    #expect(
      try JSONDecoder().decode(MeasureDescription.Condition.self, from: data)
        == .criteria([F.staffing]))
  }
}
