import Foundation
import QualityKitTestSupport
import Testing

@testable import QualityKit

@Suite("Municipal reference values: supplied per municipality, else the cohort's mean")
struct ReferenceValuesTests {
  @Test("each school takes its municipality's supplied value, or the mean where none is supplied")
  func municipal() throws {
    let metric = MetricKey.egeRussianMeanScore
    // Five schools in three municipalities; «Ёлкино» is written twice, once with е + ◌̈.
    let values: CohortValues = [
      "S1": [metric: [2022: 60]], "S2": [metric: [2022: 70]], "S3": [metric: [2022: 80]],
      "S4": [metric: [2022: 50]], "S5": [metric: [2022: 90]],
    ]
    let dataset = try Fixtures.dataset(
      values,
      municipalities: [
        "S1": "Ёлкино", "S2": "Берёзово", "S3": "Е\u{308}лкино", "S4": "Сосновка",
        "S5": "Берёзово",
      ])
    let benchmarks: [Benchmarks.Entry] = [
      .init(scope: .municipality("Ёлкино"), year: 2022, metric: metric, value: 61.5),
      .init(scope: .municipality("Берёзово"), year: 2022, metric: metric, value: 72),
      // Another year or metric changes nothing in 2022.
      .init(scope: .municipality("Сосновка"), year: 2021, metric: metric, value: 10),
    ]
    let context = try Fixtures.context(dataset, year: 2022, benchmarks: benchmarks)
    let references = ReferenceValues.municipal(metric, year: 2022, in: context)
    let byID = Dictionary(
      uniqueKeysWithValues: zip(dataset.schools.map(\.id), references))
    // Supplied: Ёлкино 61.5 (both spellings, as a dictionary of names compares them), Берёзово
    // 72. Сосновка has none in 2022: the mean of the cohort, (60+70+80+50+90)/5 = 70.
    #expect(byID["S1"] == 61.5 && byID["S3"] == 61.5)
    #expect(byID["S2"] == 72 && byID["S5"] == 72)
    #expect(byID["S4"] == 70)
    // With no municipal values at all every school takes the mean.
    let plain = try Fixtures.context(dataset, year: 2022)
    #expect(ReferenceValues.municipal(metric, year: 2022, in: plain) == [70, 70, 70, 70, 70])
  }
}
