import QualityKit
import QualityKitTestSupport
import Testing

/// Hand-checked cohorts for ``WindowMeanCriterion``: the mean of the years present in Y−N+1 … Y.
///
/// Values are multiples of 1/4, so every mean is exact in binary and the boundary is exact.
@Suite struct WindowMeanCriterionTests {
  static let metric = MetricKey.olympiadParticipationPercent
  static let criterion = Fixtures.windowMean(metric: metric, window: 3, .atMost, 0.5)

  static let cohort: CohortValues = [
    "ALL": [metric: [2020: 0.25, 2021: 0.5, 2022: 0.75]],  // (0.25 + 0.5 + 0.75)/3 = 0.5
    "GAP": [metric: [2020: 0.25, 2022: 1.0]],  // (0.25 + 1.0)/2 = 0.625
    "EARLY": [metric: [2019: 0.0, 2020: 0.75]],  // 2019 ignored: 0.75 (with it 0.375)
    "LATE": [metric: [2022: 0.75, 2023: 0.0]],  // 2023 ignored: 0.75 (with it 0.375)
    "ONE": [metric: [2021: 0.25]],  // 0.25
    "OUT": [metric: [2019: 0.0]],  // nothing in the window
    "NONE": [.satisfactionPercent: [2022: 50]],
  ]

  @Test("mean of the years present; window boundaries; no value is insufficient_data")
  func windowMeans() throws {
    let results = try Fixtures.evaluate(Self.criterion, Self.cohort, year: 2022)
    #expect(
      Fixtures.statuses(results) == [
        "ALL": .met,  // 0.5 ≤ 0.5
        "GAP": .notMet,  // 0.625 > 0.5
        "EARLY": .notMet,  // 0.75 > 0.5
        "LATE": .notMet,  // 0.75 > 0.5
        "ONE": .met,  // 0.25 ≤ 0.5
        "OUT": .insufficientData,
        "NONE": .insufficientData,
      ])
    #expect(results["ALL"]?.evidence?.value == 0.5)
    #expect(results["GAP"]?.evidence?.value == 0.625)
    #expect(results["EARLY"]?.evidence?.value == 0.75)
    #expect(results["LATE"]?.evidence?.value == 0.75)
  }

  @Test("the evidence lists only the years that had a value")
  func yearsUsed() throws {
    let results = try Fixtures.evaluate(Self.criterion, Self.cohort, year: 2022)
    #expect(results["ALL"]?.years == [2020, 2021, 2022])
    #expect(results["GAP"]?.years == [2020, 2022])
    #expect(results["EARLY"]?.years == [2020])
    #expect(results["LATE"]?.years == [2022])
    #expect(results["ALL"]?.evidence?.threshold == 0.5)
    #expect(results["ALL"]?.evidence?.metric == Self.metric)
  }

  @Test("a window with no value lists every cell of the window as missing")
  func missingCells() throws {
    let results = try Fixtures.evaluate(Self.criterion, Self.cohort, year: 2022)
    let window = [2020, 2021, 2022].map {
      CriterionResult.MissingData(metric: Self.metric, year: AcademicYear($0))
    }
    #expect(results["OUT"] == .insufficientData(missing: window, years: [2020, 2021, 2022]))
    #expect(results["NONE"] == .insufficientData(missing: window, years: [2020, 2021, 2022]))
  }

  @Test("run for an earlier year, the window moves with it")
  func earlierYear() throws {
    let results = try Fixtures.evaluate(Self.criterion, Self.cohort, year: 2021)
    // window 2019–2021
    #expect(results["ALL"]?.evidence?.value == 0.375)  // (0.25 + 0.5)/2
    #expect(results["EARLY"]?.evidence?.value == 0.375)  // (0 + 0.75)/2
    #expect(results["LATE"]?.status == .insufficientData)  // 2022 and 2023 are after 2021
    #expect(results["OUT"]?.status == .met)  // 2019: 0 ≤ 0.5
  }

  @Test("a window of one year is the threshold criterion")
  func windowOfOne() throws {
    let criterion = Fixtures.windowMean(metric: Self.metric, window: 1, .atMost, 0.5)
    let results = try Fixtures.evaluate(criterion, Self.cohort, year: 2022)
    #expect(results["ALL"]?.evidence?.value == 0.75)
    #expect(results["ALL"]?.status == .notMet)
    #expect(results["ONE"]?.status == .insufficientData)  // 2021 is outside a 1-year window
  }

  @Test("the explanation says the mean is over the window")
  func explanation() throws {
    let results = try Fixtures.evaluate(Self.criterion, Self.cohort, year: 2022)
    let text = try #require(results["ALL"]?.explanation(in: .russian))
    #expect(text.contains("в среднем за 3 г."))
    #expect(text.hasSuffix(": 0,5 — не более 0,5."))
  }
}
