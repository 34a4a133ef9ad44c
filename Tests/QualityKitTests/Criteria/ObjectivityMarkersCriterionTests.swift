import QualityKit
import QualityKitTestSupport
import Testing

/// Hand-checked cohorts for ``ObjectivityMarkersCriterion``: markers read in year Y (a change reads
/// Y − 1 too), each strictly above or below its threshold, met when at least k hold, in three-valued
/// logic.
///
/// The markers: ВПР marks raised above the journal mark > 15 %, confirmed < 40 %, and a change of
/// the ВПР mathematics mean mark from 2021 to 2022 by more than 0.5; k = 1 unless overridden.
///
/// | school | raised | confirmed | ВПР maths 2021 → 2022 | ✓ | ? | k = 1 | k = 2 |
/// | --- | --- | --- | --- | --- | --- | --- | --- |
/// | A | 20 ✓ | 70 ✗ | 4.0 → 4.1, Δ 0.1 ✗ | 1 | 0 | met | not met: 1 + 0 < 2 |
/// | B | 5 ✗ | 70 ✗ | 4.0 → 4.2, Δ 0.2 ✗ | 0 | 0 | not met | not met |
/// | C | 15 ✗ | 40 ✗ | 3.5 → 4.0, Δ 0.5 ✗ | 0 | 0 | not met: equal is not beyond | not met |
/// | D | 5 ✗ | 70 ✗ | — → 4.0 ? | 0 | 1 | insufficient: 0 + 1 ≥ 1 | not met: 0 + 1 < 2 |
/// | E | 5 ✗ | 70 ✗ | 4.5 → 3.5, Δ 1.0 ✓ | 1 | 0 | met: a fall counts | not met |
/// | F | — ? | 35 ✓ | — ? | 1 | 2 | met | insufficient: 1 + 2 ≥ 2 |
/// | G | 5 ✗ | 70 ✗ | 4.0 → — ? | 0 | 1 | insufficient | not met |
/// | H | 20 ✓ | 35 ✓ | 4.0 → 4.0, Δ 0 ✗ | 2 | 0 | met | met |
@Suite struct ObjectivityMarkersCriterionTests {
  static let raised = MetricKey.vprMarksRaisedPercent
  static let confirmed = MetricKey.vprMarksConfirmedPercent
  static let math = MetricKey.vprMathMeanMark

  static let raisedThreshold = Fixtures.parameter("t.markers.raised", 15)
  static let confirmedThreshold = Fixtures.parameter("t.markers.confirmed", 40)
  static let changeThreshold = Fixtures.parameter(
    "t.markers.change", 0.5, unit: .mark, range: 0...3)
  static let minimumMarkers = Fixtures.parameter(
    "t.markers.min", 1, unit: .count, range: 0...10)

  static func criterion(_ markers: [ObjectivityMarkersCriterion.Marker])
    -> ObjectivityMarkersCriterion
  {
    ObjectivityMarkersCriterion(
      id: "t.markers", title: Fixtures.text("markers"), rationale: Fixtures.text("test"),
      provenance: Fixtures.provenance, markers: markers, minimumMarkers: minimumMarkers)
  }

  static let three = criterion([
    .above(raised, raisedThreshold), .below(confirmed, confirmedThreshold),
    .sharpChange(math, changeThreshold),
  ])

  static let cohort: CohortValues = [
    "A": [raised: [2022: 20], confirmed: [2022: 70], math: [2021: 4.0, 2022: 4.1]],
    "B": [raised: [2022: 5], confirmed: [2022: 70], math: [2021: 4.0, 2022: 4.2]],
    "C": [raised: [2022: 15], confirmed: [2022: 40], math: [2021: 3.5, 2022: 4.0]],
    "D": [raised: [2022: 5], confirmed: [2022: 70], math: [2022: 4.0]],
    "E": [raised: [2022: 5], confirmed: [2022: 70], math: [2021: 4.5, 2022: 3.5]],
    "F": [confirmed: [2022: 35]],
    "G": [raised: [2022: 5], confirmed: [2022: 70], math: [2021: 4.0]],
    "H": [raised: [2022: 20], confirmed: [2022: 35], math: [2021: 4.0, 2022: 4.0]],
  ]

  static func results(_ overrides: [ParameterKey: Double] = [:]) throws -> [SchoolID:
    CriterionResult]
  {
    try Fixtures.evaluate(Self.three, Self.cohort, year: 2022, overrides: overrides)
  }

  @Test("k = 1: one marker is enough; an open marker that could reach k is insufficient")
  func oneMarker() throws {
    let results = try Self.results()
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .notMet, "C": .notMet, "D": .insufficientData, "E": .met, "F": .met,
        "G": .insufficientData, "H": .met,
      ])
    let a = try #require(results["A"]?.evidence)
    #expect(a.value == 1)  // markers holding
    #expect(a.threshold == 1)  // k
    #expect(a.years == [2021, 2022])
    #expect(results["H"]?.evidence?.value == 2)
  }

  @Test("k = 2: open markers that cannot reach k are not met")
  func twoMarkers() throws {
    let results = try Self.results(["t.markers.min": 2])
    #expect(
      Fixtures.statuses(results) == [
        "A": .notMet, "B": .notMet, "C": .notMet, "D": .notMet, "E": .notMet,
        "F": .insufficientData, "G": .notMet, "H": .met,
      ])
    // F: confirmed holds, raised and the change are open
    #expect(
      results["F"]
        == .insufficientData(
          missing: [
            CriterionResult.MissingData(metric: Self.raised, year: 2022),
            CriterionResult.MissingData(metric: Self.math, year: 2021),
            CriterionResult.MissingData(metric: Self.math, year: 2022),
          ],
          years: [2021, 2022]))
  }

  @Test("a sharp change needs both years: either one missing leaves the marker open")
  func changeNeedsBothYears() throws {
    let results = try Self.results()
    #expect(
      results["D"]
        == .insufficientData(
          missing: [CriterionResult.MissingData(metric: Self.math, year: 2021)],
          years: [2021, 2022]))
    #expect(
      results["G"]
        == .insufficientData(
          missing: [CriterionResult.MissingData(metric: Self.math, year: 2022)],
          years: [2021, 2022]))
  }

  @Test("thresholds are parameters")
  func thresholdsOverridden() throws {
    let higher = try Self.results(["t.markers.raised": 25])
    // A's 20 is no longer above 25; H still has confirmed 35 < 40
    #expect(higher["A"]?.status == .notMet)
    #expect(higher["H"]?.status == .met)
    #expect(higher["H"]?.evidence?.value == 1)
    let smallerChange = try Self.results(["t.markers.change": 0.15])
    // A Δ 0.1 ≤ 0.15 (raised still holds); B Δ 0.2 > 0.15 → met; C Δ 0.5 > 0.15 → met
    #expect(smallerChange["B"]?.status == .met)
    #expect(smallerChange["C"]?.status == .met)
    #expect(smallerChange["A"]?.evidence?.value == 1)
    let confirmedHigher = try Self.results(["t.markers.confirmed": 40.5])
    // C's 40 < 40.5 now holds
    #expect(confirmedHigher["C"]?.status == .met)
  }

  @Test("the explanation lists the markers held, or every value read, in Russian and English")
  func explanation() throws {
    let results = try Self.results()
    let a = try #require(results["A"])
    #expect(
      a.explanation(in: .russian)
        == "Признаки необъективности: 1 из 3 (требуется не менее 1): доля, получивших отметку "
        + "выше журнальной 20 — более 15.")
    #expect(
      a.explanation(in: .english)
        == "Signs of non-objective results: 1 of 3 (at least 1 required): share of ВПР "
        + "participants marked above their journal mark 20 — above 15.")
    let b = try #require(results["B"])
    #expect(
      b.explanation(in: .russian)
        == "Признаки необъективности: 0 из 3 (требуется не менее 1): доля, получивших отметку "
        + "выше журнальной 5 — не более 15; доля, подтвердивших отметку 70 — не менее 40; "
        + "изменение за год: средняя отметка ВПР по математике 0,2 — не более 0,5.")
    let e = try #require(results["E"])
    #expect(
      e.explanation(in: .english)
        == "Signs of non-objective results: 1 of 3 (at least 1 required): change in a year: "
        + "ВПР mathematics mean mark 1 — above 0.5.")
  }

  @Test("without a change marker only year Y is read")
  func withoutChangeOnlyYearY() throws {
    let criterion = Self.criterion([.above(Self.raised, Self.raisedThreshold)])
    let values: CohortValues = [
      "A": [Self.raised: [2021: 30, 2022: 10]], "B": [Self.raised: [2021: 30]],
    ]
    let results = try Fixtures.evaluate(criterion, values, year: 2022)
    // A: 10 in 2022 is not above 15 (2021's 30 is not read); B has no 2022 value
    #expect(results["A"]?.status == .notMet)
    #expect(results["A"]?.years == [2022])
    #expect(
      results["B"]
        == .insufficientData(
          missing: [CriterionResult.MissingData(metric: Self.raised, year: 2022)], years: [2022]))
  }

  @Test("a cell two markers need is listed once")
  func missingCellListedOnce() throws {
    let criterion = Self.criterion([
      .above(Self.raised, Self.raisedThreshold), .sharpChange(Self.raised, Self.changeThreshold),
    ])
    let values: CohortValues = ["A": [Self.raised: [2021: 10]]]
    let results = try Fixtures.evaluate(criterion, values, year: 2022)
    #expect(
      results["A"]
        == .insufficientData(
          missing: [CriterionResult.MissingData(metric: Self.raised, year: 2022)],
          years: [2021, 2022]))
  }

  @Test("the description: each metric and each threshold once, then k")
  func description() {
    let shared = Self.criterion([
      .above(Self.raised, Self.raisedThreshold), .below(Self.confirmed, Self.confirmedThreshold),
      .sharpChange(Self.math, Self.changeThreshold),
      .sharpChange(Self.raised, Self.changeThreshold),
    ])
    #expect(
      shared.criterionDescription.requiredMetrics == [Self.raised, Self.confirmed, Self.math])
    #expect(
      shared.criterionDescription.parameters.map(\.key) == [
        "t.markers.raised", "t.markers.confirmed", "t.markers.change", "t.markers.min",
      ])
    #expect(!shared.criterionDescription.requiresRegionalBenchmarks)
    #expect(
      ObjectivityMarkersCriterion.Marker.sharpChange(Self.math, Self.changeThreshold).kind
        == .sharpChange)
    #expect(ObjectivityMarkersCriterion.Marker.Kind.sharpChange.rawValue == "sharp_change")
  }
}

/// Properties of ``ObjectivityMarkersCriterion`` on generated data (``SyntheticCohort``).
@Suite struct ObjectivityMarkersCriterionPropertyTests {
  static let cohort = SyntheticCohort(seed: 4_242)

  /// quality > 80 (10 of 61 values), continuation < 50 (10 of 61), |Δ ЕГЭ Russian| > 30.
  static let criterion = ObjectivityMarkersCriterion(
    id: "t.markers", title: Fixtures.text("markers"), rationale: Fixtures.text("test"),
    provenance: Fixtures.provenance,
    markers: [
      .above(.resultsQualityPercent, Fixtures.parameter("t.markers.quality", 80)),
      .below(.continuationGrade10Percent, Fixtures.parameter("t.markers.continuation", 50)),
      .sharpChange(
        .egeRussianMeanScore,
        Fixtures.parameter("t.markers.change", 30, unit: .points, range: 0...100)),
    ],
    minimumMarkers: ObjectivityMarkersCriterionTests.minimumMarkers)

  static func results(_ dataset: Dataset, k: Double = 1) throws -> [SchoolID: CriterionResult] {
    let context = try Fixtures.context(
      dataset, year: 2022, declared: criterion.criterionDescription.parameters,
      overrides: ["t.markers.min": k])
    return Fixtures.results(criterion.evaluate(in: context), in: dataset)
  }

  @Test("shuffled input rows and a second run give the same results")
  func determinism() throws {
    let baseline = try Self.results(try Self.cohort.dataset())
    #expect(Set(baseline.values.map(\.status)) == [.met, .notMet, .insufficientData])
    #expect(try Self.results(try Self.cohort.dataset()) == baseline)
    for seed: UInt64 in [11, 12, 13] {
      #expect(try Self.results(try Self.cohort.dataset(shuffledWith: seed)) == baseline)
    }
  }

  @Test("deleting values never flips met ↔ not met", arguments: [1.0, 2.0])
  func deletionOnlyOpens(k: Double) throws {
    let full = try Self.results(try Self.cohort.dataset(), k: k)
    var rng = SeededGenerator(seed: 21)
    let dropped = Set(Self.cohort.cells.filter { _ in rng.next() % 4 == 0 })
    let reduced = try Self.results(
      try Self.cohort.removing { dropped.contains($0) }.dataset(), k: k)
    var opened = 0
    for (school, before) in full {
      let after = try #require(reduced[school]?.status)
      if before.status == .insufficientData {
        #expect(after == .insufficientData, "\(school)")
      } else {
        #expect(after == before.status || after == .insufficientData, "\(school)")
        if after != before.status { opened += 1 }
      }
    }
    #expect(opened > 0)
  }
}
