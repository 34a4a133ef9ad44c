import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// Small-cell suppression in the progress report over every year a school value comes from
/// (issue 17, item 1).
///
/// Quality 2021 → 2022 and enrolment 2021, 2022:
///
/// | school | quality   | change | enrolment  |
/// |--------|-----------|--------|------------|
/// | S1     | 60 → 64   | +4     | 100, 100   |
/// | S2     | 70 → 69   | −1     | 300, 300   |
/// | A      | 50 → 57   | +7     | 2, 600     |
/// | U      | 80 → 83   | +3     | —          |
///
/// A's change since 2020/2021 comes from a year with 2 students: hidden, although it had 600 in
/// 2021/2022. U's enrolment is unknown: hidden unless assumed large.
@Suite("Progress report suppression across years")
struct ProgressSuppressionTests {
  static func dataset(_ ids: Set<SchoolID> = ["S1", "S2", "A", "U"]) throws -> Dataset {
    let all: CohortValues = [
      "S1": [
        .resultsQualityPercent: [2021: 60, 2022: 64], .contextEnrollment: [2021: 100, 2022: 100],
      ],
      "S2": [
        .resultsQualityPercent: [2021: 70, 2022: 69], .contextEnrollment: [2021: 300, 2022: 300],
      ],
      "A": [
        .resultsQualityPercent: [2021: 50, 2022: 57], .contextEnrollment: [2021: 2, 2022: 600],
      ],
      "U": [.resultsQualityPercent: [2021: 80, 2022: 83]],
    ]
    return try Fixtures.dataset(all.filter { ids.contains($0.key) })
  }

  static let dynamics = IndicatorFixture.dynamics("dynamics", metric: .resultsQualityPercent)

  static func row(_ dataset: Dataset, assumeLarge: Bool = false) throws -> ProgressReport.Row {
    let report = ProgressReport(
      indicators: [dynamics], context: IndicatorContext(dataset: dataset), years: [2022],
      assumeLargeWhenUnknown: assumeLarge)
    return try #require(report.indicators.first?.row(for: 2022))
  }

  @Test("a change is hidden when either of its two years had a small or unknown enrolment")
  func changeYears() throws {
    let row = try Self.row(try Self.dataset())
    let shown = Dictionary(uniqueKeysWithValues: row.schools.map { ($0.school, $0.mayShowValue) })
    #expect(shown == ["A": false, "S1": true, "S2": true, "U": false])
    // Three of four improved (S1, A, U): 75 %, from four schools with 1,000+ students known.
    #expect(row.value == 75)
    #expect(row.mayShowValue)
    let assumed = try Self.row(try Self.dataset(), assumeLarge: true)
    #expect(assumed.schools.first { $0.school == "U" }?.mayShowValue == true)
    #expect(assumed.schools.first { $0.school == "A" }?.mayShowValue == false)
  }

  @Test("the value over two schools, one hidden, is hidden")
  func pair() throws {
    let row = try Self.row(try Self.dataset(["S1", "A"]))
    // Both improved: 100 %, which with S1's +4 shown would tell that A improved too.
    #expect(row.value == 100)
    #expect(!row.mayShowValue)
    let text = ProgressReport(
      indicators: [Self.dynamics],
      context: IndicatorContext(dataset: try Self.dataset(["S1", "A"])),
      years: [2022]
    ).render(.json)
    #expect(text.contains("\"actual\": null, \"suppressed\": true"))
    #expect(
      text.contains("{\"id\": \"A\", \"name\": \"A\", \"value\": null, \"suppressed\": true}"))
    let two = try Self.row(try Self.dataset(["S1", "S2"]))
    #expect(two.mayShowValue)
  }
}
