import QualityKit
import QualityKitTestSupport
import Testing

/// Hand-checked cohorts for ``PersistenceCriterion``: a condition counted year by year over the
/// last n years, met in at least m of them, in three-valued logic.
///
/// The main condition is «continuation < 60» (`ThresholdCriterion`) in each year, n = 3, m = 2,
/// run for 2022 (years 2020, 2021, 2022). In the table ✓ is a year the condition holds, ✗ one it
/// does not, ? one it cannot decide (no value):
///
/// | school | 2020 | 2021 | 2022 | ✓ | ? | result (m = 2) |
/// | --- | --- | --- | --- | --- | --- | --- |
/// | A | 50 ✓ | 70 ✗ | 55 ✓ | 2 | 0 | met: 2 ≥ 2 |
/// | B | 70 ✗ | 70 ✗ | 55 ✓ | 1 | 0 | not met: 1 + 0 < 2 |
/// | C | — ? | — ? | 55 ✓ | 1 | 2 | insufficient: 1 < 2 but 1 + 2 ≥ 2 |
/// | D | — ? | 70 ✗ | 65 ✗ | 0 | 1 | not met: 0 + 1 < 2, the open year cannot help |
/// | E | 50 ✓ | 50 ✓ | 50 ✓ | 3 | 0 | met |
/// | F | 60 ✗ | 59.9 ✓ | 60 ✗ | 1 | 0 | not met: 60 is not < 60 |
/// | G | 70 ✗ | — ? | 55 ✓ | 1 | 1 | insufficient: 1 + 1 ≥ 2 |
/// | H | 70 ✗ | 70 ✗ | — ? | 0 | 1 | not met, although 2022 itself is missing |
@Suite struct PersistenceCriterionTests {
  static let metric = MetricKey.continuationGrade10Percent

  static let conditionTitle = LocalizedText(
    ru: "продолжили обучение менее 60 %", en: "continuation below 60 %")

  /// «continuation < 60» in the year it is evaluated for.
  static let yearly = ThresholdCriterion(
    id: "t.persist.yearly", title: conditionTitle, rationale: Fixtures.text("test"),
    provenance: Fixtures.provenance, metric: metric, comparison: .lessThan,
    threshold: Fixtures.parameter("t.persist.yearly.threshold", 60))

  static let windowParameter = Fixtures.parameter(
    "t.persist.window", 3, unit: .years, range: 1...10)
  static let requiredParameter = Fixtures.parameter(
    "t.persist.required", 2, unit: .count, range: 0...10)

  static func persistence(_ condition: any IdentificationCriterion = yearly)
    -> PersistenceCriterion
  {
    PersistenceCriterion(
      id: "t.persist", title: Fixtures.text("persistence"), rationale: Fixtures.text("test"),
      provenance: Fixtures.provenance, condition: condition, window: windowParameter,
      required: requiredParameter)
  }

  /// Values by school: 2020, 2021, 2022 (`nil` = missing).
  static func cohort(_ rows: [SchoolID: [Double?]], years: [Int] = [2020, 2021, 2022])
    -> CohortValues
  {
    var values: CohortValues = [:]
    for (id, row) in rows {
      var cells: [Int: Double] = [:]
      for (year, value) in zip(years, row) { cells[year] = value }
      values[id] = [metric: cells]
    }
    return values
  }

  static let main = cohort([
    "A": [50, 70, 55],
    "B": [70, 70, 55],
    "C": [nil, nil, 55],
    "D": [nil, 70, 65],
    "E": [50, 50, 50],
    "F": [60, 59.9, 60],
    "G": [70, nil, 55],
    "H": [70, 70, nil],
  ])

  @Test("met in ≥ m years; not met when the open years cannot reach m; else insufficient")
  func mainCohort() throws {
    let results = try Fixtures.evaluate(Self.persistence(), Self.main, year: 2022)
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .notMet, "C": .insufficientData, "D": .notMet, "E": .met, "F": .notMet,
        "G": .insufficientData, "H": .notMet,
      ])
  }

  @Test("evidence: the years held, m, and the whole window")
  func evidence() throws {
    let results = try Fixtures.evaluate(Self.persistence(), Self.main, year: 2022)
    let a = try #require(results["A"]?.evidence)
    #expect(a.value == 2)  // 2020 and 2022
    #expect(a.threshold == 2)
    #expect(a.years == [2020, 2021, 2022])
    #expect(results["E"]?.evidence?.value == 3)
    #expect(results["D"]?.evidence?.value == 0)
    #expect(results["C"]?.years == [2020, 2021, 2022])
  }

  @Test("insufficient_data lists the cells of the open years")
  func missingCells() throws {
    let results = try Fixtures.evaluate(Self.persistence(), Self.main, year: 2022)
    #expect(
      results["C"]
        == .insufficientData(
          missing: [
            CriterionResult.MissingData(metric: Self.metric, year: 2020),
            CriterionResult.MissingData(metric: Self.metric, year: 2021),
          ],
          years: [2020, 2021, 2022]))
    #expect(
      results["G"]
        == .insufficientData(
          missing: [CriterionResult.MissingData(metric: Self.metric, year: 2021)],
          years: [2020, 2021, 2022]))
  }

  @Test("the explanation names the condition, the years held, n and m in Russian and English")
  func explanation() throws {
    let results = try Fixtures.evaluate(Self.persistence(), Self.main, year: 2022)
    let a = try #require(results["A"])
    #expect(
      a.explanation(in: .russian)
        == "Условие «продолжили обучение менее 60 %» выполнено в 2 из 3 лет "
        + "(2019/2020, 2021/2022); требуется не менее 2.")
    #expect(
      a.explanation(in: .english)
        == "Condition «continuation below 60 %» holds in 2 of 3 years "
        + "(2019/2020, 2021/2022); at least 2 required.")
    // D: no year held, one undecided
    let d = try #require(results["D"])
    #expect(
      d.explanation(in: .russian)
        == "Условие «продолжили обучение менее 60 %» выполнено в 0 из 3 лет, не определено в 1; "
        + "требуется не менее 2.")
    #expect(
      d.explanation(in: .english).hasSuffix(
        "holds in 0 of 3 years, undecided in 1; at least 2 required."))
    #expect(try #require(results["C"]).explanation(in: .russian).hasPrefix("Недостаточно данных"))
  }

  @Test("m is a parameter: m = 3 needs every year")
  func requiredOverridden() throws {
    let results = try Fixtures.evaluate(
      Self.persistence(), Self.main, year: 2022, overrides: ["t.persist.required": 3])
    // A 2 + 0 < 3; E 3; C 1 + 2 = 3, still reachable; G 1 + 1 < 3; B, D, F, H fewer still
    #expect(
      Fixtures.statuses(results) == [
        "A": .notMet, "B": .notMet, "C": .insufficientData, "D": .notMet, "E": .met, "F": .notMet,
        "G": .notMet, "H": .notMet,
      ])
  }

  @Test("n = 1, m = 1 is the condition in year Y alone")
  func oneYearWindow() throws {
    let results = try Fixtures.evaluate(
      Self.persistence(), Self.main, year: 2022,
      overrides: ["t.persist.window": 1, "t.persist.required": 1])
    // 2022 values: A 55, B 55, C 55, D 65, E 50, F 60, G 55, H —
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .met, "C": .met, "D": .notMet, "E": .met, "F": .notMet, "G": .met,
        "H": .insufficientData,
      ])
    #expect(results["A"]?.years == [2022])
    let same = try Fixtures.evaluate(Self.yearly, Self.main, year: 2022)
    #expect(Fixtures.statuses(same) == Fixtures.statuses(results))
  }

  @Test("m larger than n is read as n")
  func requiredAboveWindow() throws {
    let results = try Fixtures.evaluate(
      Self.persistence(), Self.main, year: 2022,
      overrides: ["t.persist.window": 2, "t.persist.required": 3])
    // window 2021, 2022 and m = min(3, 2) = 2:
    // A 70 ✗ 55 ✓ → 1; E 50 ✓ 50 ✓ → 2 → met (with m = 3 it never could be);
    // C — ? 55 ✓ → 1 + 1 ≥ 2 → insufficient; F 59.9 ✓ 60 ✗ → 1 → not met
    #expect(results["A"]?.status == .notMet)
    #expect(results["E"]?.status == .met)
    #expect(results["C"]?.status == .insufficientData)
    #expect(results["F"]?.status == .notMet)
    #expect(results["E"]?.evidence?.threshold == 2)
    #expect(results["E"]?.evidence?.years == [2021, 2022])
    #expect(
      try #require(results["E"]).explanation(in: .english)
        == "Condition «continuation below 60 %» holds in 2 of 2 years (2020/2021, 2021/2022); "
        + "at least 2 required.")
  }

  @Test("the condition's own parameters stay overridable")
  func conditionParameterOverridden() throws {
    let results = try Fixtures.evaluate(
      Self.persistence(), Self.main, year: 2022, overrides: ["t.persist.yearly.threshold": 71])
    // < 71: B 70 ✓ 70 ✓ 55 ✓ → met; D ? 70 ✓ 65 ✓ → met; H 70 ✓ 70 ✓ ? → met
    #expect(results["B"]?.status == .met)
    #expect(results["D"]?.status == .met)
    #expect(results["H"]?.status == .met)
  }

  @Test("a year absent from the dataset is open, never «not low»")
  func yearAbsentFromDataset() throws {
    // only 2021 and 2022 exist; the window 2020…2022 still has three years
    let values = Self.cohort(
      ["P": [50, 50], "Q": [50, 70], "R": [70, 70]], years: [2021, 2022])
    let results = try Fixtures.evaluate(Self.persistence(), values, year: 2022)
    // P 2 ✓ → met; Q 1 ✓ + 1 ? (2020) → 2 reachable → insufficient; R 0 ✓ + 1 ? < 2 → not met
    #expect(
      Fixtures.statuses(results) == ["P": .met, "Q": .insufficientData, "R": .notMet])
    #expect(
      results["Q"]
        == .insufficientData(
          missing: [CriterionResult.MissingData(metric: Self.metric, year: 2020)],
          years: [2020, 2021, 2022]))
  }

  @Test("a lowest-share condition ranks each year in that year's cohort")
  func lowestShareEachYear() throws {
    let metric = MetricKey.egeRussianMeanScore
    let rank = Fixtures.lowestShare("t.persist.rank", metric: metric)
    let values: CohortValues = [
      "A": [metric: [2020: 40, 2021: 55, 2022: 42]],
      "B": [metric: [2020: 50, 2021: 45, 2022: 50]],
      "C": [metric: [2020: 60, 2021: 60, 2022: 60]],
      "D": [metric: [2020: 70, 2021: 70, 2022: 70]],
    ]
    // 4 schools, share 0.25 → k = 1 each year: 2020 A (40), 2021 B (45), 2022 A (42).
    // A is lowest in 2 years → met, although in 2021 it is only second (55 > 45);
    // B in 1 → not met; C and D in none.
    let results = try Fixtures.evaluate(Self.persistence(rank), values, year: 2022)
    #expect(
      Fixtures.statuses(results) == ["A": .met, "B": .notMet, "C": .notMet, "D": .notMet])
    #expect(results["B"]?.evidence?.value == 1)
  }

  @Test("the description: the condition's metrics and parameters, then n and m")
  func description() {
    let criterion = Self.persistence()
    #expect(criterion.criterionDescription.requiredMetrics == [Self.metric])
    #expect(
      criterion.criterionDescription.parameters.map(\.key) == [
        "t.persist.yearly.threshold", "t.persist.window", "t.persist.required",
      ])
    #expect(!criterion.criterionDescription.requiresRegionalBenchmarks)
    let regional = Self.persistence(
      Fixtures.gap(metrics: [.egeRussianMeanScore], reference: .regionalBenchmark, threshold: 20))
    #expect(regional.criterionDescription.requiresRegionalBenchmarks)
  }

  @Test("a cell needed by several years is listed once")
  func missingCellsListedOnce() throws {
    // a two-year mean in each of three years reads 2019…2022, 2020 and 2021 twice
    let twoYearMean = Fixtures.windowMean(metric: Self.metric, window: 2, .lessThan, 60)
    let values: CohortValues = [
      "A": [Self.metric: [2022: 50]], "Z": [.resultsQualityPercent: [2022: 1]],
    ]
    let results = try Fixtures.evaluate(Self.persistence(twoYearMean), values, year: 2022)
    // A: 2020 mean of (2019, 2020) has no value → ?; 2021 mean of (—, —) → ?; 2022 mean 50 ✓
    // → 1 + 2 ≥ 2 → insufficient
    #expect(results["A"]?.status == .insufficientData)
    #expect(
      results["Z"]
        == .insufficientData(
          missing: [2019, 2020, 2021, 2022].map {
            CriterionResult.MissingData(metric: Self.metric, year: $0)
          },
          years: [2020, 2021, 2022]))
  }
}

/// Properties of ``PersistenceCriterion`` on generated data (``SyntheticCohort``, 200 schools,
/// 2020–2022, about 5 % of cells missing): input order and repetition do not change a result, and
/// deleting values only ever turns a decided result into `insufficient_data`.
@Suite struct PersistenceCriterionPropertyTests {
  static let cohort = SyntheticCohort(seed: 20_240_601)

  /// «continuation < 60» in at least 2 of 3 years; continuation is drawn from 40…100, so a year
  /// holds with probability 20/61 and all three statuses occur.
  static let byThreshold = PersistenceCriterionTests.persistence()
  /// «lowest quarter of ЕГЭ Russian» in at least 2 of 3 years.
  static let byRank = PersistenceCriterionTests.persistence(
    Fixtures.lowestShare("t.persist.rank", metric: .egeRussianMeanScore))

  static func results(
    _ criterion: any IdentificationCriterion, _ dataset: Dataset, cohort: Cohort.Scope = .all
  ) throws -> [SchoolID: CriterionResult] {
    let context = try Fixtures.context(
      dataset, year: 2022, cohort: cohort, declared: criterion.criterionDescription.parameters)
    return Fixtures.results(criterion.evaluate(in: context), in: dataset)
  }

  @Test("all three statuses occur, so the properties below are not vacuous")
  func shape() throws {
    let results = try Self.results(Self.byThreshold, try Self.cohort.dataset())
    let statuses = Set(results.values.map(\.status))
    #expect(statuses == [.met, .notMet, .insufficientData])
    #expect(results.count == 200)
  }

  @Test(
    "shuffled input rows give the same result for every school",
    arguments: [Cohort.Scope.all, .municipality])
  func shuffled(scope: Cohort.Scope) throws {
    for criterion in [Self.byThreshold, Self.byRank] {
      let baseline = try Self.results(criterion, try Self.cohort.dataset(), cohort: scope)
      for seed: UInt64 in [1, 2, 42] {
        let shuffled = try Self.results(
          criterion, try Self.cohort.dataset(shuffledWith: seed), cohort: scope)
        #expect(shuffled == baseline, "\(criterion.id), shuffle seed \(seed)")
      }
    }
  }

  @Test("«continuation < 60 in at least 2 of 3 years» agrees with a count written out here")
  func agreesWithAnIndependentCount() throws {
    // The rule counted directly from the generated cells, without the criterion's code: per
    // school, years 2020–2022 below 60 (met), at or above (not met) and missing. Met when at least
    // 2 years are below; not met when even every missing year below could not make 2; otherwise
    // undecided.
    var values: [SchoolID: [Int: Double]] = [:]
    for cell in Self.cohort.cells where cell.metric == PersistenceCriterionTests.metric {
      values[cell.school, default: [:]][cell.year.endYear] = cell.value
    }
    let results = try Self.results(Self.byThreshold, try Self.cohort.dataset())
    var counted: [CriterionResult.Status: Int] = [:]
    for school in Self.cohort.schools.map(\.id) {
      let years = [2020, 2021, 2022].map { values[school]?[$0] }
      let below = years.compactMap { $0 }.filter { $0 < 60 }.count
      let missing = years.filter { $0 == nil }.count
      let expected: CriterionResult.Status =
        below >= 2 ? .met : below + missing < 2 ? .notMet : .insufficientData
      counted[expected, default: 0] += 1
      #expect(results[school]?.status == expected, "\(school): \(years)")
    }
    // Not vacuous: every outcome is reached on the generated data.
    #expect(counted.count == 3, "\(counted)")
  }

  @Test(
    "deleting values never flips met ↔ not met; it can only open a decided result",
    arguments: [UInt64(3), 17, 99])
  func deletionOnlyOpens(seed: UInt64) throws {
    let full = try Self.results(Self.byThreshold, try Self.cohort.dataset())
    var rng = SeededGenerator(seed: seed)
    // delete about one continuation value in four, in any year
    let dropped = Set(
      Self.cohort.cells.filter {
        $0.metric == PersistenceCriterionTests.metric && rng.next() % 4 == 0
      })
    let reduced = try Self.results(
      Self.byThreshold, try Self.cohort.removing { dropped.contains($0) }.dataset())
    var opened = 0
    for (school, before) in full {
      let after = try #require(reduced[school]?.status)
      switch before.status {
      case .insufficientData:
        // fewer values can only make fewer years decided: still undecided
        #expect(after == .insufficientData, "\(school)")
      case .met, .notMet:
        #expect(after == before.status || after == .insufficientData, "\(school)")
        if after == .insufficientData { opened += 1 }
      }
    }
    #expect(opened > 0, "some decided results become undecided")
  }
}
