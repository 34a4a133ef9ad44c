import QualityKit
import QualityKitTestSupport
import Testing

/// Hand-checked cohorts for ``BelowReferencesCriterion``: a subject counts when the school is
/// strictly below both the municipal and the regional mean in every year of the window; the
/// criterion is met when at least k subjects count, in three-valued logic.
///
/// Unless a test says otherwise the references are fixed by the host for 2020–2022: ЕГЭ Russian
/// municipal («М») 65 and regional 70; ЕГЭ profile mathematics municipal 50 and regional 55.
@Suite struct BelowReferencesCriterionTests {
  static let russian = MetricKey.egeRussianMeanScore
  static let math = MetricKey.egeMathProfileMeanScore
  static let years = [2020, 2021, 2022]

  static let windowParameter = Fixtures.parameter(
    "t.below.window", 3, unit: .years, range: 1...10)
  static let subjectsParameter = Fixtures.parameter(
    "t.below.min_subjects", 1, unit: .count, range: 0...10)

  static func criterion(_ metrics: [MetricKey], minimumSubjects: Double = 1)
    -> BelowReferencesCriterion
  {
    BelowReferencesCriterion(
      id: "t.below", title: Fixtures.text("below references"), rationale: Fixtures.text("test"),
      provenance: Fixtures.provenance, metrics: metrics, window: windowParameter,
      minimumSubjects: Fixtures.parameter(
        "t.below.min_subjects", minimumSubjects, unit: .count, range: 0...10))
  }

  /// The host's municipal benchmark for `municipality` and the regional one, each year.
  static func references(
    _ metric: MetricKey, municipal: Double, regional: Double?, municipality: String = "М",
    years: [Int] = years
  ) -> [Benchmarks.Entry] {
    years.flatMap { year -> [Benchmarks.Entry] in
      var entries: [Benchmarks.Entry] = [
        .init(
          scope: .municipality(municipality), year: AcademicYear(year), metric: metric,
          value: municipal)
      ]
      if let regional {
        entries.append(
          .init(scope: .region, year: AcademicYear(year), metric: metric, value: regional))
      }
      return entries
    }
  }

  /// One metric, values by school for 2020, 2021, 2022 (`nil` = missing).
  static func cohort(_ metric: MetricKey, _ rows: [SchoolID: [Double?]]) -> CohortValues {
    var values: CohortValues = [:]
    for (id, row) in rows {
      var cells: [Int: Double] = [:]
      for (year, value) in zip(years, row) { cells[year] = value }
      values[id] = [metric: cells]
    }
    return values
  }

  // MARK: - One subject

  /// Russian only, k = 1. «М»: municipal 65, regional 70; «М2»: municipal 75, regional 70.
  ///
  /// | school | mun. | 2020 | 2021 | 2022 | result |
  /// | --- | --- | --- | --- | --- | --- |
  /// | A | М | 60 | 61 | 62 | met: below 65 and 70 every year |
  /// | B | М | 60 | 66 | 62 | not met: 66 ≥ 65 in 2021 |
  /// | C | М | 60 | 65 | 62 | not met: 65 is not strictly below 65 |
  /// | D | М | 60 | 64.9 | 62 | met |
  /// | E | М | 60 | — | 62 | insufficient: 2021 open, the subject could still count |
  /// | F | М | 66 | — | 62 | not met: 2020 already rules the subject out |
  /// | G | М2 | 72 | 72 | 72 | not met: below the municipal 75, not the regional 70 |
  /// | H | М | 67 | 67 | 67 | not met: below the regional 70, not the municipal 65 |
  /// | I | М2 | 69 | 69 | 69 | met: below 75 and 70 |
  static let oneSubject = cohort(
    russian,
    [
      "A": [60, 61, 62], "B": [60, 66, 62], "C": [60, 65, 62], "D": [60, 64.9, 62],
      "E": [60, nil, 62], "F": [66, nil, 62], "G": [72, 72, 72], "H": [67, 67, 67],
      "I": [69, 69, 69],
    ])
  static let oneSubjectMunicipalities: [SchoolID: String] = ["G": "М2", "I": "М2"]
  static let oneSubjectReferences =
    references(russian, municipal: 65, regional: 70)
    + references(russian, municipal: 75, regional: nil, municipality: "М2")

  @Test("strictly below both references in every year of the window, in one subject")
  func oneSubjectCohort() throws {
    let results = try Fixtures.evaluate(
      Self.criterion([Self.russian]), Self.oneSubject, year: 2022,
      municipalities: Self.oneSubjectMunicipalities, benchmarks: Self.oneSubjectReferences)
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .notMet, "C": .notMet, "D": .met, "E": .insufficientData, "F": .notMet,
        "G": .notMet, "H": .notMet, "I": .met,
      ])
    let a = try #require(results["A"]?.evidence)
    #expect(a.value == 1)  // one subject counts
    #expect(a.threshold == 1)  // k
    #expect(a.years == [2020, 2021, 2022])
    #expect(
      results["E"]
        == .insufficientData(
          missing: [CriterionResult.MissingData(metric: Self.russian, year: 2021)],
          years: [2020, 2021, 2022]))
  }

  @Test("the window is a parameter: with n = 1 only 2022 counts")
  func windowOverridden() throws {
    let results = try Fixtures.evaluate(
      Self.criterion([Self.russian]), Self.oneSubject, year: 2022,
      municipalities: Self.oneSubjectMunicipalities, benchmarks: Self.oneSubjectReferences,
      overrides: ["t.below.window": 1])
    // 2022: A 62, B 62, C 62, D 62, E 62, F 62 are below 65 and 70 → met;
    // G 72 ≥ 70 → not met; H 67 ≥ 65 → not met; I 69 → met
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .met, "C": .met, "D": .met, "E": .met, "F": .met, "G": .notMet,
        "H": .notMet, "I": .met,
      ])
    #expect(results["A"]?.years == [2022])
  }

  @Test("a missing regional benchmark leaves a year open unless the municipal mean rules it out")
  func missingRegionalBenchmark() throws {
    // the regional value is supplied for 2020 and 2022 only
    let benchmarks =
      Self.references(Self.russian, municipal: 65, regional: 70, years: [2020, 2022])
      + Self.references(Self.russian, municipal: 65, regional: nil, years: [2021])
    let values = Self.cohort(Self.russian, ["A": [60, 61, 62], "B": [60, 66, 62]])
    let results = try Fixtures.evaluate(
      Self.criterion([Self.russian]), values, year: 2022, benchmarks: benchmarks)
    // A is below 65 in 2021, but below the regional mean is unknown → open → insufficient
    #expect(
      results["A"]
        == .insufficientData(
          missing: [
            CriterionResult.MissingData(
              metric: Self.russian, year: 2021, source: .regionalBenchmark)
          ],
          years: [2020, 2021, 2022]))
    // B is at or above the municipal mean (66 ≥ 65) in 2021: not below both, whatever the region
    #expect(results["B"]?.status == .notMet)
  }

  @Test("without a host benchmark the municipal reference is the cohort's mean, school included")
  func computedMunicipalMean() throws {
    let values = Fixtures.oneMetric(Self.russian, year: 2022, ["A": 50, "B": 60, "C": 70])
    let results = try Fixtures.evaluate(
      Self.criterion([Self.russian]), values, year: 2022,
      benchmarks: [.init(scope: .region, year: 2022, metric: Self.russian, value: 65)],
      overrides: ["t.below.window": 1])
    // mean (50 + 60 + 70)/3 = 60; A 50 < 60 and < 65 → met; B 60 is not below 60; C 70 neither
    #expect(Fixtures.statuses(results) == ["A": .met, "B": .notMet, "C": .notMet])
  }

  @Test("no school of a municipality has the value: the municipal reference is missing")
  func missingMunicipalReference() throws {
    let values: CohortValues = [
      "A": [Self.russian: [2022: 50]], "B": [.resultsQualityPercent: [2022: 70]],
    ]
    let results = try Fixtures.evaluate(
      Self.criterion([Self.russian]), values, year: 2022, cohort: .municipality,
      municipalities: ["A": "М1", "B": "М2"],
      benchmarks: [.init(scope: .region, year: 2022, metric: Self.russian, value: 65)],
      overrides: ["t.below.window": 1])
    // М1's mean is A's own 50: not strictly below → not met
    #expect(results["A"]?.status == .notMet)
    #expect(
      results["B"]
        == .insufficientData(
          missing: [
            // sorted by source: municipal_reference before school
            CriterionResult.MissingData(
              metric: Self.russian, year: 2022, source: .municipalReference),
            CriterionResult.MissingData(metric: Self.russian, year: 2022, source: .school),
          ],
          years: [2022]))
  }

  // MARK: - Several subjects

  /// Russian (municipal 65, regional 70) and profile mathematics (municipal 50, regional 55), k = 2:
  ///
  /// | school | Russian 2020–22 | maths 2020–22 | counting, open | result (k = 2) |
  /// | --- | --- | --- | --- | --- |
  /// | A | 60 60 60 ✓ | 45 45 45 ✓ | 2, 0 | met |
  /// | B | 60 60 60 ✓ | 45 52 45 ✗ (52 ≥ 50) | 1, 0 | not met: 1 + 0 < 2 |
  /// | C | 60 60 60 ✓ | 45 45 — ? | 1, 1 | insufficient: 1 + 1 ≥ 2 |
  /// | D | 66 60 60 ✗ | — — — ? | 0, 1 | not met: 0 + 1 < 2 |
  /// | E | no ЕГЭ | no ЕГЭ | 0, 2 | insufficient |
  static let twoSubjects: CohortValues = [
    "A": [russian: [2020: 60, 2021: 60, 2022: 60], math: [2020: 45, 2021: 45, 2022: 45]],
    "B": [russian: [2020: 60, 2021: 60, 2022: 60], math: [2020: 45, 2021: 52, 2022: 45]],
    "C": [russian: [2020: 60, 2021: 60, 2022: 60], math: [2020: 45, 2021: 45]],
    "D": [russian: [2020: 66, 2021: 60, 2022: 60]],
    "E": [.resultsQualityPercent: [2022: 50]],
  ]
  static let twoSubjectReferences =
    references(russian, municipal: 65, regional: 70) + references(math, municipal: 50, regional: 55)

  static func twoSubjectResults(_ overrides: [ParameterKey: Double] = [:]) throws
    -> [SchoolID: CriterionResult]
  {
    try Fixtures.evaluate(
      Self.criterion([Self.russian, Self.math], minimumSubjects: 2), Self.twoSubjects, year: 2022,
      benchmarks: Self.twoSubjectReferences, overrides: overrides)
  }

  @Test("k = 2 subjects: open subjects that could still reach k are insufficient, else not met")
  func severalSubjects() throws {
    let results = try Self.twoSubjectResults()
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .notMet, "C": .insufficientData, "D": .notMet, "E": .insufficientData,
      ])
    #expect(results["A"]?.evidence?.value == 2)
    #expect(results["B"]?.evidence?.value == 1)
    #expect(
      results["C"]
        == .insufficientData(
          missing: [CriterionResult.MissingData(metric: Self.math, year: 2022)],
          years: [2020, 2021, 2022]))
  }

  @Test("k is a parameter: with k = 1 one subject is enough")
  func minimumSubjectsOverridden() throws {
    let results = try Self.twoSubjectResults(["t.below.min_subjects": 1])
    // A 2, B 1, C 1 (Russian) ≥ 1 → met; D 0 + 1 open ≥ 1 → insufficient; E 0 + 2 → insufficient
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .met, "C": .met, "D": .insufficientData, "E": .insufficientData,
      ])
  }

  @Test("with a one-year window the 2021 mathematics result of B no longer counts")
  func severalSubjectsOneYear() throws {
    let results = try Self.twoSubjectResults(["t.below.window": 1])
    // 2022 only: A ✓✓; B 60 ✓ 45 ✓ → met; C ✓ ? → 1 + 1 → insufficient; D 60 ✓ ? → insufficient
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .met, "C": .insufficientData, "D": .insufficientData,
        "E": .insufficientData,
      ])
  }

  @Test("the explanation names the subjects counted, the window and k in Russian and English")
  func explanation() throws {
    let results = try Self.twoSubjectResults()
    let a = try #require(results["A"])
    #expect(
      a.explanation(in: .russian)
        == "Ниже муниципального и регионального среднего все 3 г.: средний балл ЕГЭ по русскому "
        + "языку; средний балл ЕГЭ по профильной математике (2; требуется не менее 2).")
    #expect(
      a.explanation(in: .english)
        == "Below both the municipal and the regional mean in all 3 years: ЕГЭ Russian mean score; "
        + "ЕГЭ profile mathematics mean score (2; at least 2 required).")
    let b = try #require(results["B"])
    #expect(
      b.explanation(in: .russian)
        == "Ниже муниципального и регионального среднего все 3 г.: средний балл ЕГЭ по русскому "
        + "языку (1; требуется не менее 2).")
    let d = try #require(results["D"])
    #expect(
      d.explanation(in: .russian)
        == "Ниже муниципального и регионального среднего все 3 г.: ни одного предмета "
        + "(0, не определено: 1; требуется не менее 2).")
    #expect(
      d.explanation(in: .english)
        == "Below both the municipal and the regional mean in all 3 years: no subject "
        + "(0, undecided: 1; at least 2 required).")
  }

  @Test("the description: the subjects, regional benchmarks required, n and k as parameters")
  func description() {
    let criterion = Self.criterion([Self.russian, Self.math])
    #expect(criterion.criterionDescription.requiredMetrics == [Self.russian, Self.math])
    #expect(criterion.criterionDescription.requiresRegionalBenchmarks)
    #expect(
      criterion.criterionDescription.parameters.map(\.key) == [
        "t.below.window", "t.below.min_subjects",
      ])
  }
}

/// Properties of ``BelowReferencesCriterion`` on generated data (``SyntheticCohort``: ЕГЭ Russian
/// 40…80 and ОГЭ mathematics 2.8…4.5, 2020–2022, about 5 % of cells missing).
@Suite struct BelowReferencesCriterionPropertyTests {
  static let cohort = SyntheticCohort(seed: 31_337)
  static let metrics: [MetricKey] = [.egeRussianMeanScore, .ogeMathMeanMark]

  /// Regional means 60 and 3.7 each year.
  static let regional: [Benchmarks.Entry] = [2020, 2021, 2022].flatMap { year in
    [
      Benchmarks.Entry(
        scope: .region, year: AcademicYear(year), metric: .egeRussianMeanScore, value: 60),
      Benchmarks.Entry(
        scope: .region, year: AcademicYear(year), metric: .ogeMathMeanMark, value: 3.7),
    ]
  }

  /// Municipal means 62 and 3.8 for each of the generated municipalities М1…М4, so that a school's
  /// references do not depend on the other schools' values.
  static let municipal: [Benchmarks.Entry] = [2020, 2021, 2022].flatMap { year in
    (1...4).flatMap { number in
      [
        Benchmarks.Entry(
          scope: .municipality("М\(number)"), year: AcademicYear(year),
          metric: .egeRussianMeanScore, value: 62),
        Benchmarks.Entry(
          scope: .municipality("М\(number)"), year: AcademicYear(year), metric: .ogeMathMeanMark,
          value: 3.8),
      ]
    }
  }

  static func results(
    _ dataset: Dataset, benchmarks: [Benchmarks.Entry], cohort: Cohort.Scope = .all,
    minimumSubjects: Double = 1
  ) throws -> [SchoolID: CriterionResult] {
    let criterion = BelowReferencesCriterionTests.criterion(
      metrics, minimumSubjects: minimumSubjects)
    let context = try Fixtures.context(
      dataset, year: 2022, cohort: cohort, benchmarks: benchmarks,
      declared: criterion.criterionDescription.parameters)
    return Fixtures.results(criterion.evaluate(in: context), in: dataset)
  }

  @Test(
    "shuffled input rows give the same results, with computed or supplied municipal means",
    arguments: [Cohort.Scope.all, .municipality])
  func shuffled(scope: Cohort.Scope) throws {
    for benchmarks in [Self.regional, Self.regional + Self.municipal] {
      let baseline = try Self.results(
        try Self.cohort.dataset(), benchmarks: benchmarks, cohort: scope)
      #expect(Set(baseline.values.map(\.status)) == [.met, .notMet, .insufficientData])
      for seed: UInt64 in [5, 6] {
        let shuffled = try Self.results(
          try Self.cohort.dataset(shuffledWith: seed), benchmarks: benchmarks, cohort: scope)
        #expect(shuffled == baseline, "shuffle seed \(seed)")
      }
    }
  }

  @Test(
    "with the references fixed, deleting values never flips met ↔ not met",
    arguments: [1.0, 2.0])
  func deletionOnlyOpens(minimumSubjects: Double) throws {
    let benchmarks = Self.regional + Self.municipal
    let full = try Self.results(
      try Self.cohort.dataset(), benchmarks: benchmarks, minimumSubjects: minimumSubjects)
    var rng = SeededGenerator(seed: 8)
    let dropped = Set(
      Self.cohort.cells.filter { Self.metrics.contains($0.metric) && rng.next() % 5 == 0 })
    let reduced = try Self.results(
      try Self.cohort.removing { dropped.contains($0) }.dataset(), benchmarks: benchmarks,
      minimumSubjects: minimumSubjects)
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
