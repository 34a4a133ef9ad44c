import QualityKit
import Testing

@Suite("ProgressReport.Trend")
struct ProgressTrendTests {
  typealias Points = [(year: AcademicYear, value: Double)]

  // Years centred: x = −1, 0, 1; mean 13; Σ dx·dy = (−1)(−3) + 0 + (1)(4) = 7; Σ dx² = 2 → 3.5.
  static let rising: Points = [(2021, 10), (2022, 12), (2023, 17)]
  // mean 7; Σ dx·dy = (−1)(1) + 0 + (1)(0) = −1 → slope −0.5, though the last year went up.
  static let falling: Points = [(2020, 8), (2021, 6), (2022, 7)]

  @Test func theSlopeIsTheLeastSquaresSlopePerYear() throws {
    #expect(ProgressReport.Trend.slope(of: Self.rising) == 3.5)
    #expect(ProgressReport.Trend.slope(of: Self.falling) == -0.5)
    // Two years three apart: (16 − 10) / 3 = 2 per year.
    #expect(ProgressReport.Trend.slope(of: [(2019, 10), (2022, 16)]) == 2)
    // x = 0, 1, 3 (mean 4/3), y = 1, 2, 6 (mean 3): dx = −4/3, −1/3, 5/3, dy = −2, −1, 3;
    // Σ dx·dy = 8/3 + 1/3 + 15/3 = 8; Σ dx² = (16 + 1 + 25)/9 = 14/3; slope = 24/14 = 12/7.
    let uneven = try #require(ProgressReport.Trend.slope(of: [(2020, 1), (2021, 2), (2023, 6)]))
    #expect(abs(uneven - 12.0 / 7.0) < 1e-12)
  }

  @Test func theSignIsReadInTheBetterDirection() {
    #expect(ProgressReport.Trend(values: Self.rising, better: .positive) == .improving)
    #expect(ProgressReport.Trend(values: Self.rising, better: .negative) == .worsening)
    #expect(ProgressReport.Trend(values: Self.falling, better: .positive) == .worsening)
    #expect(ProgressReport.Trend(values: Self.falling, better: .negative) == .improving)
  }

  @Test func aFlatLineIsStable() {
    #expect(
      ProgressReport.Trend(values: [(2020, 10), (2021, 10), (2022, 10)], better: .positive)
        == .stable)
    // Up and back down: mean 17/3, Σ dx·dy = (−1)(5 − 17/3) + (1)(5 − 17/3) = 0.
    #expect(
      ProgressReport.Trend(values: [(2020, 5), (2021, 7), (2022, 5)], better: .negative) == .stable)
    // Within 10⁻⁹ per year.
    #expect(
      ProgressReport.Trend(values: [(2020, 5), (2021, 5 + 1e-12)], better: .positive) == .stable)
  }

  @Test func fewerThanTwoValuesIsInsufficientData() {
    #expect(ProgressReport.Trend(values: [], better: .positive) == .insufficientData)
    #expect(ProgressReport.Trend(values: [(2022, 5)], better: .positive) == .insufficientData)
    #expect(
      ProgressReport.Trend(values: [(2021, 5), (2022, .nan)], better: .positive)
        == .insufficientData)
    #expect(ProgressReport.Trend.slope(of: [(2022, 5)]) == nil)
  }

  @Test func wordsAndCodes() {
    #expect(ProgressReport.Trend.improving.title(in: .russian) == "улучшение")
    #expect(ProgressReport.Trend.worsening.title(in: .russian) == "ухудшение")
    #expect(ProgressReport.Trend.insufficientData.rawValue == "insufficient_data")
    #expect(ProgressReport.Status.notAchieved.title(in: .russian) == "не достигнуто")
    #expect(ProgressReport.Status.noData.title(in: .russian) == "нет данных")
    #expect(ProgressReport.Status.notYetDue.title(in: .russian) == "срок не наступил")
    #expect(ProgressReport.Status.achieved.title(in: .russian) == "достигнуто")
    #expect(ProgressReport.Status.notYetDue.rawValue == "not_yet_due")
  }
}
