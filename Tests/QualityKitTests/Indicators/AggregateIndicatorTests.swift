import QualityKit
import QualityKitTestSupport
import Testing

@Suite("AggregateIndicator")
struct AggregateIndicatorTests {
  typealias F = IndicatorFixture

  // Quality in 2022 and students: A 60 (100), B 80 (300), C 70 (no enrolment), D no quality (50),
  // E 90 (0 students).
  static let values: CohortValues = [
    "A": [.resultsQualityPercent: [2022: 60], .contextEnrollment: [2022: 100]],
    "B": [.resultsQualityPercent: [2022: 80], .contextEnrollment: [2022: 300]],
    "C": [.resultsQualityPercent: [2022: 70], .contextEnrollment: [2021: 200]],
    "D": [.contextEnrollment: [2022: 50]],
  ]

  @Test func thePlainMeanCountsEachSchoolOnce() throws {
    let context = IndicatorContext(dataset: try Fixtures.dataset(Self.values))
    // (60 + 80 + 70) / 3 = 70; D has no value and is not counted.
    let actual = F.aggregate(.mean).actual(in: 2022, context: context)
    #expect(actual.value == 70)
    #expect(actual.basis?.schools == 3)
    #expect(actual.basis?.leftOut == 0)
    #expect(actual.ru == "среднее по школам со значением (школ: 3 из 4)")
  }

  @Test func theWeightedMeanLeavesOutSchoolsWithoutAnEnrolment() throws {
    let context = IndicatorContext(dataset: try Fixtures.dataset(Self.values))
    // (60·100 + 80·300) / (100 + 300) = 30000 / 400 = 75. C's enrolment is of 2021, not 2022:
    // left out, never given a guessed weight.
    let actual = F.aggregate(.enrolmentWeightedMean).actual(in: 2022, context: context)
    #expect(actual.value == 75)
    #expect(actual.basis?.schools == 2)
    #expect(actual.basis?.leftOut == 1)
    #expect(actual.basis?.schoolValues.map(\.school) == ["A", "B"])
    #expect(
      actual.ru
        == "среднее, взвешенное по числу обучающихся (школ: 2 из 4); "
        + "не учтено школ без численности обучающихся: 1")
  }

  @Test func aZeroEnrolmentIsNoWeight() throws {
    var values = Self.values
    values["E"] = [.resultsQualityPercent: [2022: 90], .contextEnrollment: [2022: 0]]
    let context = IndicatorContext(dataset: try Fixtures.dataset(values))
    let actual = F.aggregate(.enrolmentWeightedMean).actual(in: 2022, context: context)
    #expect(actual.value == 75)
    #expect(actual.basis?.leftOut == 2)  // C and E
    // The plain mean takes E: (60 + 80 + 70 + 90) / 4 = 75 as well, by coincidence of the numbers.
    #expect(F.aggregate(.mean).actual(in: 2022, context: context).value == 75)
  }

  @Test func missingDataIsNoDataNeverZero() throws {
    #expect(F.aggregate(.mean).actual(in: 2022, context: IndicatorContext()).value == nil)
    #expect(
      F.aggregate(.mean).actual(in: 2022, context: IndicatorContext()).ru
        == "нет данных школ, из которых считается показатель")
    let context = IndicatorContext(dataset: try Fixtures.dataset(Self.values))
    let noYear = F.aggregate(.mean).actual(in: 2021, context: context)
    #expect(noYear.value == nil)
    #expect(noYear.ru.contains("ни у одной школы нет значения"))
    #expect(noYear.ru.contains("(results.quality_percent) за 2020/2021"))
    let onlyC = try Fixtures.dataset(["C": Self.values["C"] ?? [:]])
    let unweighted = F.aggregate(.enrolmentWeightedMean).actual(
      in: 2022, context: IndicatorContext(dataset: onlyC))
    #expect(unweighted.value == nil)
    #expect(unweighted.ru.contains("нет численности обучающихся"))
    #expect(unweighted.ru.hasSuffix("не учтено школ: 1"))
  }

  @Test func theDescriptionNamesTheAggregation() {
    #expect(
      F.aggregate(.mean).indicatorDescription.aggregation?.ru.contains("равным весом") == true)
    #expect(
      F.aggregate(.enrolmentWeightedMean).indicatorDescription.aggregation?.ru.contains(
        "взвешенное по числу обучающихся") == true)
    #expect(F.aggregate(.mean).indicatorDescription.level == .school)
  }
}
