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
      (Comparison.lessThan, [CriterionResult.Status.met, .notMet, .notMet]),  // 59.9 < 60 only
      (.atMost, [.met, .met, .notMet]),  // 59.9, 60 ≤ 60
      (.greaterThan, [.notMet, .notMet, .met]),  // 60.1 > 60 only
      (.atLeast, [.notMet, .met, .met]),  // 60, 60.1 ≥ 60
      (.equal, [.notMet, .met, .notMet]),  // 60 = 60 only
    ])
  func comparisonAtTheBoundary(comparison: Comparison, expected: [CriterionResult.Status]) throws {
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
          missing: [CriterionResult.MissingData(metric: Self.metric, year: 2022)], years: [2022]))
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

  // MARK: - Several metrics: any one passing is enough

  static let russianBelowMin = MetricKey.egeRussianBelowMinPercent
  static let mathBelowMin = MetricKey.egeMathBelowMinPercent

  /// «more than 5 % below the minimum in Russian or mathematics».
  static let anyOfTwo = ThresholdCriterion(
    id: "t.any", title: Fixtures.text("any of two"), rationale: Fixtures.text("test"),
    provenance: Fixtures.provenance, metrics: [russianBelowMin, mathBelowMin],
    comparison: .greaterThan, threshold: Fixtures.parameter("t.any.threshold", 5))

  /// Shares below the minimum in 2022, > 5:
  ///
  /// | school | Russian | maths | result | evidence |
  /// | --- | --- | --- | --- | --- |
  /// | A | 6 ✓ | 2 | met | Russian 6 |
  /// | B | 1 | 7 ✓ | met | maths 7 |
  /// | C | 5 | 5 | not met: 5 is not > 5 | Russian 5 (a tie keeps the first) |
  /// | D | — | 3 | not met: the one metric with a value does not pass | maths 3 |
  /// | E | — | — | insufficient: no metric has a value | — |
  /// | F | — | 9 ✓ | met | maths 9 |
  /// | G | 6 ✓ | 8 ✓ | met | maths 8, the furthest |
  /// | I | — (9 in 2021) | 1 | not met: 2021 is not read | maths 1 |
  static let anyOfTwoCohort: CohortValues = [
    "A": [russianBelowMin: [2022: 6], mathBelowMin: [2022: 2]],
    "B": [russianBelowMin: [2022: 1], mathBelowMin: [2022: 7]],
    "C": [russianBelowMin: [2022: 5], mathBelowMin: [2022: 5]],
    "D": [mathBelowMin: [2022: 3]],
    "E": [.resultsQualityPercent: [2022: 50]],
    "F": [mathBelowMin: [2022: 9]],
    "G": [russianBelowMin: [2022: 6], mathBelowMin: [2022: 8]],
    "I": [russianBelowMin: [2021: 9], mathBelowMin: [2022: 1]],
  ]

  @Test("several metrics: met when any passes, insufficient only when none has a value")
  func severalMetrics() throws {
    let results = try Fixtures.evaluate(Self.anyOfTwo, Self.anyOfTwoCohort, year: 2022)
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .met, "C": .notMet, "D": .notMet, "E": .insufficientData, "F": .met,
        "G": .met, "I": .notMet,
      ])
    #expect(
      results["E"]
        == .insufficientData(
          missing: [
            CriterionResult.MissingData(metric: Self.mathBelowMin, year: 2022),
            CriterionResult.MissingData(metric: Self.russianBelowMin, year: 2022),
          ],
          years: [2022]))
  }

  @Test("several metrics: the evidence names the metric that decides")
  func severalMetricsEvidence() throws {
    let results = try Fixtures.evaluate(Self.anyOfTwo, Self.anyOfTwoCohort, year: 2022)
    let expected: [SchoolID: (MetricKey, Double)] = [
      "A": (Self.russianBelowMin, 6), "B": (Self.mathBelowMin, 7), "C": (Self.russianBelowMin, 5),
      "D": (Self.mathBelowMin, 3), "F": (Self.mathBelowMin, 9), "G": (Self.mathBelowMin, 8),
      "I": (Self.mathBelowMin, 1),
    ]
    for (school, (metric, value)) in expected {
      let evidence = try #require(results[school]?.evidence, "\(school)")
      #expect(evidence.metric == metric, "\(school)")
      #expect(evidence.value == value, "\(school)")
      #expect(evidence.threshold == 5)
      #expect(evidence.years == [2022])
    }
    let b = try #require(results["B"])
    #expect(
      b.explanation(in: .russian) == "Доля участников ЕГЭ по математике ниже минимума: 7 — более 5."
    )
    #expect(
      b.explanation(in: .english)
        == "Share of ЕГЭ mathematics takers below the minimum: 7, above 5.")
    #expect(
      try #require(results["C"]).explanation(in: .russian)
        == "Доля участников ЕГЭ по русскому ниже минимального балла: 5 — не более 5.")
  }

  @Test("several metrics: the one threshold is a parameter")
  func severalMetricsOverride() throws {
    let results = try Fixtures.evaluate(
      Self.anyOfTwo, Self.anyOfTwoCohort, year: 2022, overrides: ["t.any.threshold": 6.5])
    // > 6.5: A 6 and 2 no; B 7 yes; C no; F 9 yes; G 8 yes (6 no)
    #expect(results["A"]?.status == .notMet)
    #expect(results["B"]?.status == .met)
    #expect(results["C"]?.status == .notMet)
    #expect(results["F"]?.status == .met)
    #expect(results["G"]?.status == .met)
  }

  @Test("several metrics: the description lists them all; one metric is a list of one")
  func severalMetricsDescription() {
    #expect(Self.anyOfTwo.metrics == [Self.russianBelowMin, Self.mathBelowMin])
    #expect(
      Self.anyOfTwo.criterionDescription.requiredMetrics == [
        Self.russianBelowMin, Self.mathBelowMin,
      ])
    #expect(Self.anyOfTwo.criterionDescription.parameters.map(\.key) == ["t.any.threshold"])
    let single = Fixtures.threshold(metric: Self.metric, .lessThan, 60)
    #expect(single.metrics == [Self.metric])
  }
}
