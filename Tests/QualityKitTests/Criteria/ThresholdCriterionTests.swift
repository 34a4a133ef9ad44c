import QualityKit
import QualityKitTestSupport
import Testing

/// Hand-checked cohorts for ``ThresholdCriterion``: every comparison at its boundary, the run's
/// year only, and missing values.
@Suite struct ThresholdCriterionTests {
  static let metric = MetricKey.continuationGrade10Percent

  /// Values just below, at and just above the threshold 60.
  static let boundary = Fixtures.oneMetric(
    metric, year: 2022, ["LOW": 59.9, "AT": 60, "HIGH": 60.1])

  @Test(
    "each comparison at the boundary 60 (values 59.9, 60, 60.1)",
    arguments: [
      (Comparison.lessThan, [CriterionStatus.met, .notMet, .notMet]),  // 59.9 < 60 only
      (.atMost, [.met, .met, .notMet]),  // 59.9, 60 ≤ 60
      (.greaterThan, [.notMet, .notMet, .met]),  // 60.1 > 60 only
      (.atLeast, [.notMet, .met, .met]),  // 60, 60.1 ≥ 60
      (.equal, [.notMet, .met, .notMet]),  // 60 = 60 only
    ])
  func comparisonAtTheBoundary(comparison: Comparison, expected: [CriterionStatus]) throws {
    let criterion = Fixtures.threshold(metric: Self.metric, comparison, 60)
    let results = try Fixtures.evaluate(criterion, Self.boundary, year: 2022)
    #expect(results["LOW"]?.status == expected[0])
    #expect(results["AT"]?.status == expected[1])
    #expect(results["HIGH"]?.status == expected[2])
  }

  @Test("Comparison.holds by hand")
  func holds() {
    #expect(Comparison.lessThan.holds(1, 2))
    #expect(!Comparison.lessThan.holds(2, 2))
    #expect(Comparison.atMost.holds(2, 2))
    #expect(!Comparison.atMost.holds(2.5, 2))
    #expect(Comparison.greaterThan.holds(3, 2))
    #expect(!Comparison.greaterThan.holds(2, 2))
    #expect(Comparison.atLeast.holds(2, 2))
    #expect(!Comparison.atLeast.holds(1.5, 2))
    #expect(Comparison.equal.holds(2, 2))
    #expect(!Comparison.equal.holds(2.0000001, 2))
  }

  @Test("evidence: the value in Y, the threshold, the metric and the year")
  func evidence() throws {
    let criterion = Fixtures.threshold(metric: Self.metric, .lessThan, 60)
    let results = try Fixtures.evaluate(criterion, Self.boundary, year: 2022)
    let evidence = try #require(results["LOW"]?.evidence)
    #expect(evidence.value == 59.9)
    #expect(evidence.threshold == 60)
    #expect(evidence.reference == nil)
    #expect(evidence.metric == Self.metric)
    #expect(evidence.years == [2022])
  }

  @Test("only the run's year counts: a value in Y − 1 or Y + 1 is not used")
  func onlyTheRunYear() throws {
    let criterion = Fixtures.threshold(metric: Self.metric, .lessThan, 60)
    let values: CohortValues = [
      "BEFORE": [Self.metric: [2021: 30]],
      "AFTER": [Self.metric: [2023: 30]],
      "BOTH": [Self.metric: [2021: 30, 2022: 70, 2023: 30]],
    ]
    let results = try Fixtures.evaluate(criterion, values, year: 2022)
    #expect(results["BEFORE"]?.status == .insufficientData)
    #expect(results["AFTER"]?.status == .insufficientData)
    #expect(results["BOTH"]?.status == .notMet)  // 70 is not < 60
  }

  @Test("no value: insufficient_data listing the missing cell, never not_met")
  func missingValue() throws {
    let criterion = Fixtures.threshold(metric: Self.metric, .atLeast, 0)
    let values: CohortValues = [
      "A": [Self.metric: [2022: 10]], "B": [.satisfactionPercent: [2022: 1]],
    ]
    let results = try Fixtures.evaluate(criterion, values, year: 2022)
    #expect(results["A"]?.status == .met)
    #expect(
      results["B"]
        == .insufficientData(
          missing: [MissingData(metric: Self.metric, year: 2022)], years: [2022]))
  }

  @Test("a metric no school has: every school is insufficient_data")
  func absentMetric() throws {
    let criterion = Fixtures.threshold(metric: .satisfactionPercent, .atMost, 40)
    let results = try Fixtures.evaluate(criterion, Self.boundary, year: 2022)
    #expect(results.values.allSatisfy { $0.status == .insufficientData })
  }

  @Test("the threshold is a parameter the host can override")
  func overrideThreshold() throws {
    let criterion = Fixtures.threshold(metric: Self.metric, .lessThan, 60)
    let results = try Fixtures.evaluate(
      criterion, Self.boundary, year: 2022, overrides: ["t.threshold.threshold": 60.05])
    // 59.9 < 60.05, 60 < 60.05, 60.1 ≥ 60.05
    #expect(results["LOW"]?.status == .met)
    #expect(results["AT"]?.status == .met)
    #expect(results["HIGH"]?.status == .notMet)
    #expect(results["AT"]?.evidence?.threshold == 60.05)
  }

  @Test("the explanation names the value and the threshold in Russian and English")
  func explanation() throws {
    let criterion = Fixtures.threshold(metric: Self.metric, .lessThan, 60)
    let results = try Fixtures.evaluate(criterion, Self.boundary, year: 2022)
    let met = try #require(results["LOW"])
    let notMet = try #require(results["AT"])
    // «Доля выпускников 9 кл., продолживших обучение в 10 кл.: 59,9 — менее 60.»
    #expect(met.explanation(in: .russian).hasSuffix(": 59,9 — менее 60."))
    #expect(met.explanation(in: .english).hasSuffix(": 59.9, below 60."))
    // the negation of «менее» is «не менее»
    #expect(notMet.explanation(in: .russian).hasSuffix(": 60 — не менее 60."))
  }
}
