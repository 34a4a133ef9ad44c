import QualityKit
import QualityKitTestSupport
import Testing

@Suite("PositiveDynamicsIndicator")
struct PositiveDynamicsIndicatorTests {
  typealias F = IndicatorFixture

  // Additional-education coverage 2021 → 2022: A 40 → 45 (up), B 50 → 50 (same), C 60 → 55
  // (down), D — → 70 and E 30 → — (one year only: left out), F nothing at all.
  static let values: CohortValues = [
    "A": [.additionalEducationCoveragePercent: [2021: 40, 2022: 45]],
    "B": [.additionalEducationCoveragePercent: [2021: 50, 2022: 50]],
    "C": [.additionalEducationCoveragePercent: [2021: 60, 2022: 55]],
    "D": [.additionalEducationCoveragePercent: [2022: 70]],
    "E": [.additionalEducationCoveragePercent: [2021: 30]],
    "F": [.contextEnrollment: [2022: 100]],
  ]

  @Test func theShareOfSchoolsThatImprovedAmongThoseWithBothYears() throws {
    let context = IndicatorContext(dataset: try Fixtures.dataset(Self.values))
    let actual = F.dynamics().actual(in: 2022, context: context)
    // 1 of 3 (A; B unchanged is not positive dynamics): 100 · 1 / 3.
    let value = try #require(actual.value)
    #expect(abs(value - 100.0 / 3.0) < 1e-12)
    #expect(actual.basis?.schools == 3)
    #expect(actual.basis?.leftOut == 2)
    #expect(
      actual.basis?.schoolValues
        == [
          IndicatorActual.SchoolValue(school: "A", value: 5, years: [2021, 2022]),
          IndicatorActual.SchoolValue(school: "B", value: 0, years: [2021, 2022]),
          IndicatorActual.SchoolValue(school: "C", value: -5, years: [2021, 2022]),
        ])
    #expect(
      actual.ru
        == "положительная динамика у 1 из 3 школ со значениями за 2020/2021 и 2021/2022; "
        + "не учтено школ со значением только за один год: 2")
  }

  @Test func aMetricWhereLessIsBetterImprovesDownwards() throws {
    let context = IndicatorContext(dataset: try Fixtures.dataset(Self.values))
    // Down is better: only C (60 → 55) improved: 1 of 3 again, but another school.
    let down = F.dynamics(metricBetter: .negative).actual(in: 2022, context: context)
    let value = try #require(down.value)
    #expect(abs(value - 100.0 / 3.0) < 1e-12)
    // Below-minimum shares 10 → 8 (better) and 5 → 6 (worse): 50 %.
    let belowMin = try Fixtures.dataset([
      "A": [.egeRussianBelowMinPercent: [2021: 10, 2022: 8]],
      "B": [.egeRussianBelowMinPercent: [2021: 5, 2022: 6]],
    ])
    let actual = F.dynamics(metric: .egeRussianBelowMinPercent, metricBetter: .negative).actual(
      in: 2022, context: IndicatorContext(dataset: belowMin))
    #expect(actual.value == 50)
    #expect(actual.ru.contains("у 1 из 2 школ"))
  }

  @Test func noSchoolWithBothYearsIsNoData() throws {
    let context = IndicatorContext(dataset: try Fixtures.dataset(Self.values))
    // 2021 against 2020: nobody has 2020; A, B, C and E have 2021 only.
    let actual = F.dynamics().actual(in: 2021, context: context)
    #expect(actual.value == nil)
    #expect(actual.ru.contains("за оба года: 2019/2020 и 2020/2021"))
    #expect(actual.ru.hasSuffix("школ со значением только за один год: 4"))
    #expect(F.dynamics().actual(in: 2022, context: IndicatorContext()).value == nil)
  }

  @Test func theDescriptionIsAShareOfSchools() {
    let description = F.dynamics().indicatorDescription
    #expect(description.unit == .percent)
    #expect(description.level == .municipality)
    #expect(description.better == .positive)
    #expect(description.schoolValueMeaning?.ru.contains("изменение") == true)
    #expect(
      F.dynamics(metricBetter: .negative).indicatorDescription.aggregation?.ru.contains("снизилось")
        == true)
  }
}
