import QualityKit
import QualityKitTestSupport
import Testing

/// ``CriterionResult``: status, evidence, years and the insufficient-data sentence.
@Suite struct CriterionResultTests {
  static let evidence = Evidence(
    value: 55, threshold: 60, metric: .continuationGrade10Percent, years: [2022],
    explanation: Explanation(Fixtures.text("because")))

  @Test("status, evidence and years of each case")
  func accessors() {
    #expect(CriterionResult.met(Self.evidence).status == .met)
    #expect(CriterionResult.notMet(Self.evidence).status == .notMet)
    #expect(CriterionResult.decided(true, Self.evidence) == .met(Self.evidence))
    #expect(CriterionResult.decided(false, Self.evidence) == .notMet(Self.evidence))
    let missing = CriterionResult.insufficientData(missing: [], years: [2021, 2022])
    #expect(missing.status == .insufficientData)
    #expect(missing.evidence == nil)
    #expect(missing.years == [2021, 2022])
    #expect(CriterionResult.met(Self.evidence).years == [2022])
    #expect(CriterionResult.met(Self.evidence).explanation(in: .russian) == "because")
  }

  @Test("status raw values are the JSON strings")
  func rawValues() {
    #expect(CriterionResult.Status.met.rawValue == "met")
    #expect(CriterionResult.Status.notMet.rawValue == "not_met")
    #expect(CriterionResult.Status.insufficientData.rawValue == "insufficient_data")
  }

  @Test("the insufficient-data sentence names the cells and their source, at most six")
  func insufficientSentence() {
    let regional = CriterionResult.insufficientData(
      missing: [
        CriterionResult.MissingData(metric: .egeRussianMeanScore, year: 2022),
        CriterionResult.MissingData(
          metric: .egeMathProfileMeanScore, year: 2022, source: .regionalBenchmark),
      ],
      years: [2022])
    #expect(
      regional.explanation(in: .russian)
        == "Недостаточно данных: нет ege.russian.mean_score (2021/2022), "
        + "ege.math_profile.mean_score (2021/2022) — региональное значение.")
    #expect(
      regional.explanation(in: .english)
        == "Insufficient data: missing ege.russian.mean_score (2021/2022), "
        + "ege.math_profile.mean_score (2021/2022) — regional benchmark.")
    let many = CriterionResult.insufficientData(
      missing: (2015...2022).map {
        CriterionResult.MissingData(metric: .satisfactionPercent, year: AcademicYear($0))
      },
      years: [])
    // 8 cells: six named, "и ещё 2"
    #expect(many.explanation(in: .russian).hasSuffix("satisfaction.percent (2019/2020) и ещё 2."))
    #expect(many.explanation(in: .english).hasSuffix(" and 2 more."))
  }

  @Test("missing cells sort by metric, then year (none first), then source raw value")
  func missingOrder() {
    let cells = [
      CriterionResult.MissingData(metric: "b", year: 2021),
      CriterionResult.MissingData(metric: "a", year: 2022),
      CriterionResult.MissingData(metric: "a", year: 2022, source: .regionalBenchmark),
      CriterionResult.MissingData(metric: "a", year: nil),
    ]
    // "regional_benchmark" < "school" in bytes
    #expect(
      cells.sorted() == [
        CriterionResult.MissingData(metric: "a", year: nil),
        CriterionResult.MissingData(metric: "a", year: 2022, source: .regionalBenchmark),
        CriterionResult.MissingData(metric: "a", year: 2022),
        CriterionResult.MissingData(metric: "b", year: 2021),
      ])
  }
}
