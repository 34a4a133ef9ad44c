import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

@Suite("ReportedIndicator")
struct ReportedIndicatorTests {
  typealias F = IndicatorFixture

  @Test func aMunicipalIndicatorTakesTheMunicipalValue() throws {
    let context = IndicatorContext(reported: try F.values([("webinars", 2022, nil, 12)]))
    let indicator = F.reported("webinars", unit: .count)
    let actual = indicator.actual(in: 2022, context: context)
    #expect(actual.value == 12)
    #expect(actual.basis?.schools == nil)
    #expect(actual.ru == "указано для муниципалитета")
    #expect(
      indicator.actual(in: 2023, context: context)
        == .noData(
          LocalizedText(
            ru: "значение за 2022/2023 не указано", en: "no value is reported for 2022/2023")))
  }

  @Test func aMunicipalIndicatorDoesNotAddUpSchoolRows() throws {
    let context = IndicatorContext(
      reported: try F.values([("webinars", 2022, "S1", 3), ("webinars", 2022, "S2", 4)]))
    let actual = F.reported("webinars", unit: .count).actual(in: 2022, context: context)
    #expect(actual.value == nil)
    #expect(actual.ru.contains("есть только значения отдельных школ (2)"))
  }

  @Test func aSchoolIndicatorIsThePlainMeanOfTheSchoolsReported() throws {
    // (75 + 85 + 90) / 3 = 250 / 3; S4 of the dataset reported nothing and does not count.
    let dataset = try Fixtures.dataset([:], names: ["S1": "1", "S2": "2", "S3": "3", "S4": "4"])
    let context = IndicatorContext(
      dataset: dataset,
      reported: try F.values([
        ("network", 2022, "S3", 90), ("network", 2022, "S1", 75), ("network", 2022, "S2", 85),
      ]))
    let actual = F.reported("network", level: .school).actual(in: 2022, context: context)
    let value = try #require(actual.value)
    #expect(abs(value - 250.0 / 3.0) < 1e-12)
    #expect(actual.basis?.schools == 3)
    #expect(actual.basis?.schoolValues.map(\.school) == ["S1", "S2", "S3"])
    #expect(actual.ru == "среднее значений, указанных школами (школ: 3 из 4)")
  }

  @Test func aSchoolCountIsSummed() throws {
    let context = IndicatorContext(
      reported: try F.values([("trained", 2022, "S1", 3), ("trained", 2022, "S2", 5)]))
    let actual = F.reported("trained", unit: .count, level: .school).actual(
      in: 2022, context: context)
    #expect(actual.value == 8)  // 3 + 5
    #expect(actual.ru == "сумма значений, указанных школами (школ: 2)")
  }

  @Test func theMunicipalRowWinsOverTheSchoolRows() throws {
    let context = IndicatorContext(
      reported: try F.values([
        ("network", 2022, nil, 80), ("network", 2022, "S1", 50), ("network", 2022, "S2", 70),
      ]))
    let actual = F.reported("network", level: .school).actual(in: 2022, context: context)
    #expect(actual.value == 80)
    #expect(actual.basis?.schools == nil)
    #expect(actual.basis?.schoolValues.count == 2)
  }

  @Test func aSchoolIndicatorWithNothingReportedIsNoData() throws {
    let context = IndicatorContext(reported: try F.values([("other", 2022, "S1", 1)]))
    let actual = F.reported("network", level: .school).actual(in: 2022, context: context)
    #expect(actual.value == nil)
    #expect(
      actual.ru == "значение за 2021/2022 не указано ни для муниципалитета, ни для одной школы")
  }

  @Test func theDescriptionSaysHowTheMunicipalValueIsObtained() {
    #expect(F.reported("a").indicatorDescription.aggregation?.ru.contains("вручную") == true)
    #expect(
      F.reported("b", unit: .count, level: .school).indicatorDescription.aggregation?.ru.contains(
        "сумма")
        == true)
    #expect(
      F.reported("c", level: .school).indicatorDescription.aggregation?.ru.contains("среднее")
        == true)
  }
}

@Suite("IndicatorDescription")
struct IndicatorDescriptionTests {
  @Test func roundTripsThroughJSON() throws {
    let description = IndicatorFixture.dynamics(
      target: Target(comparison: .equal, value: 100, by: 2024)
    ).indicatorDescription
    let data = try JSONEncoder().encode(description)
    #expect(try JSONDecoder().decode(IndicatorDescription.self, from: data) == description)
  }

  @Test func levelsInWords() {
    #expect(IndicatorDescription.Level.municipality.title(in: .russian) == "муниципалитет")
    #expect(IndicatorDescription.Level.school.title(in: .english) == "school")
  }
}
