import QualityKit

/// A small cohort written as literals: school → metric → end year → value.
public typealias CohortValues = [SchoolID: [MetricKey: [Int: Double]]]

/// Builders for hand-checked cohorts, criteria and packs used by the engine's unit tests.
public enum Fixtures {
  /// The provenance every test criterion carries.
  public static let provenance = Provenance(
    source: "test", section: "test", quote: "test", kind: .derived, derivation: text("test fixture")
  )

  /// The same text in both languages.
  public static func text(_ value: String) -> LocalizedText { LocalizedText(ru: value, en: value) }

  /// A parameter with a default, a unit and a range.
  public static func parameter(
    _ key: String, _ defaultValue: Double, unit: PackParameter.Unit = .percent,
    range: ClosedRange<Double> = 0...100
  ) -> PackParameter {
    PackParameter(
      key: ParameterKey(key), defaultValue: defaultValue, unit: unit, range: range, kind: .stated,
      rationale: text("test parameter"))
  }

  /// A school in municipality `municipality` (default «М») of region «Р».
  public static func school(
    _ id: SchoolID, name: String? = nil, municipality: String = "М", region: String = "Р"
  ) -> School {
    School(id: id, name: name ?? id.rawValue, municipality: municipality, region: region)
  }

  /// A dataset of `values`. Every school named in `values` or `municipalities` is included.
  public static func dataset(
    _ values: CohortValues, municipalities: [SchoolID: String] = [:],
    names: [SchoolID: String] = [:]
  ) throws -> Dataset {
    let ids = Set(values.keys).union(municipalities.keys).union(names.keys)
    let schools = ids.sorted().map { id in
      school(id, name: names[id], municipality: municipalities[id] ?? "М")
    }
    var builder = try Dataset.Builder(schools: schools)
    for id in values.keys.sorted() {
      guard let metrics = values[id] else { continue }
      for metric in metrics.keys.sorted() {
        guard let years = metrics[metric] else { continue }
        for year in years.keys.sorted() {
          guard let value = years[year] else { continue }
          try builder.set(value, school: id, year: AcademicYear(year), metric: metric)
        }
      }
    }
    return builder.build()
  }

  /// An evaluation context over `dataset` with the parameters `declared` and `overrides`.
  public static func context(
    _ dataset: Dataset, year: AcademicYear, cohort: Cohort.Scope = .all,
    benchmarks: [Benchmarks.Entry] = [], declared: [PackParameter] = [],
    overrides: [ParameterKey: Double] = [:]
  ) throws -> EvaluationContext {
    EvaluationContext(
      dataset: dataset, benchmarks: try Benchmarks(benchmarks), year: year, cohort: cohort,
      parameters: try ParameterValues(declared: declared, overrides: overrides))
  }

  /// Evaluates `criterion` over `values` and returns each school's result by id.
  public static func evaluate(
    _ criterion: any IdentificationCriterion, _ values: CohortValues, year: AcademicYear,
    cohort: Cohort.Scope = .all, municipalities: [SchoolID: String] = [:],
    benchmarks: [Benchmarks.Entry] = [], overrides: [ParameterKey: Double] = [:]
  ) throws -> [SchoolID: CriterionResult] {
    let data = try dataset(values, municipalities: municipalities)
    let run = try context(
      data, year: year, cohort: cohort, benchmarks: benchmarks,
      declared: criterion.criterionDescription.parameters, overrides: overrides)
    return results(criterion.evaluate(in: run), in: data)
  }

  /// Results in school order, keyed by school id.
  public static func results<T>(_ list: [T], in dataset: Dataset) -> [SchoolID: T] {
    var byID: [SchoolID: T] = [:]
    for (index, school) in dataset.schools.enumerated() { byID[school.id] = list[index] }
    return byID
  }

  /// Each school's status.
  public static func statuses(_ results: [SchoolID: CriterionResult]) -> [SchoolID: CriterionResult
    .Status]
  {
    results.mapValues(\.status)
  }

  /// The same value of one metric in one year for each school: `["A": 10, "B": 20]`.
  public static func oneMetric(_ metric: MetricKey, year: Int, _ values: [SchoolID: Double])
    -> CohortValues
  {
    values.mapValues { [metric: [year: $0]] }
  }

  // MARK: - Criteria

  /// A lowest-share criterion over `index`.
  public static func lowestShare(
    _ id: CriterionID = "t.lowest", index: CompositeIndex, share: Double = 0.25
  ) -> LowestShareCriterion {
    LowestShareCriterion(
      id: id, title: text("lowest share"), rationale: text("test"), provenance: provenance,
      index: index,
      share: parameter("\(id).share", share, unit: .share, range: 0.01...1))
  }

  /// A lowest-share criterion over one metric in year Y (direction +).
  public static func lowestShare(
    _ id: CriterionID = "t.lowest", metric: MetricKey, share: Double = 0.25
  ) -> LowestShareCriterion {
    lowestShare(
      id,
      index: CompositeIndex(
        id: IndexID("index.\(id)"), title: text("index"),
        components: [CompositeIndex.Component(metric, .positive)]),
      share: share)
  }

  /// A fixed-threshold criterion.
  public static func threshold(
    _ id: CriterionID = "t.threshold", metric: MetricKey, _ comparison: Comparison,
    _ value: Double
  ) -> ThresholdCriterion {
    ThresholdCriterion(
      id: id, title: text("threshold"), rationale: text("test"), provenance: provenance,
      metric: metric, comparison: comparison, threshold: parameter("\(id).threshold", value))
  }

  /// A window-mean criterion.
  public static func windowMean(
    _ id: CriterionID = "t.window", metric: MetricKey, window: Int, _ comparison: Comparison,
    _ value: Double
  ) -> WindowMeanCriterion {
    WindowMeanCriterion(
      id: id, title: text("window mean"), rationale: text("test"), provenance: provenance,
      metric: metric, window: window, comparison: comparison,
      threshold: parameter("\(id).threshold", value))
  }

  /// A gap criterion.
  public static func gap(
    _ id: CriterionID = "t.gap", metrics: [MetricKey], reference: GapCriterion.Reference,
    side: GapCriterion.Side = .below, threshold value: Double
  ) -> GapCriterion {
    GapCriterion(
      id: id, title: text("gap"), rationale: text("test"), provenance: provenance,
      metrics: metrics, reference: reference, side: side,
      threshold: parameter("\(id).threshold", value, unit: .percentagePoints))
  }

  // MARK: - Packs

  /// A pack shaped like `krasnoyarsk`, small enough to check by hand. Criterion ids and parameter
  /// keys start with `id.`:
  ///
  /// 1. `results_lowest_quarter` — lowest share 0.25 of `resultsIndex` (by default ЕГЭ Russian in
  ///    year Y alone, so the ranking is the ranking of the score itself);
  /// 2. `continuation_below_60` — continuation < 60 in Y;
  /// 3. `olympiad_at_most_0_5` — 3-year mean of olympiad participation ≤ 0.5;
  /// 4. `quality_gap_over_10` — quality more than 10 p.p. below the municipal mean in Y;
  /// 5. `educational_potential_lowest_quarter` — lowest share 0.25 of recent textbooks in Y.
  ///
  /// Categories: `low_results` = 1 ∧ at least `id.low_results.min_supporting` (default 1) of 2–4;
  /// `unfavourable_social_conditions` = any of 5.
  public static func krasnoyarskLikePack(
    id: String = "mini", version: String = "0.1.0", resultsIndex: CompositeIndex? = nil
  ) -> RulePack {
    let index =
      resultsIndex
      ?? CompositeIndex(
        id: IndexID("index.\(id).results"), title: text("results"),
        components: [CompositeIndex.Component(.egeRussianMeanScore, .positive)])
    let results = lowestShare(CriterionID("\(id).results_lowest_quarter"), index: index)
    let continuation = threshold(
      CriterionID("\(id).continuation_below_60"), metric: .continuationGrade10Percent,
      .lessThan, 60)
    let olympiad = windowMean(
      CriterionID("\(id).olympiad_at_most_0_5"), metric: .olympiadParticipationPercent,
      window: 3, .atMost, 0.5)
    let quality = gap(
      CriterionID("\(id).quality_gap_over_10"), metrics: [.resultsQualityPercent],
      reference: .municipalMean, threshold: 10)
    let textbooks = lowestShare(
      CriterionID("\(id).educational_potential_lowest_quarter"),
      metric: .resourcesRecentTextbooksPercent)
    let minSupporting = parameter(
      "\(id).low_results.min_supporting", 1, unit: .count, range: 0...3)
    let lowResults = CategoryRule(
      category: .lowResults,
      condition: .all([
        .criterion(results.id),
        .atLeast(
          .parameter(minSupporting.key),
          of: [.criterion(continuation.id), .criterion(olympiad.id), .criterion(quality.id)]),
      ]),
      provenance: provenance, rationale: text("low results"))
    let social = CategoryRule(
      category: .unfavourableSocialConditions, condition: .any([.criterion(textbooks.id)]),
      provenance: provenance, rationale: text("social"))
    return RulePack(
      id: PackID(id), version: version, title: text("pack \(id)"), region: text("region"),
      sources: ["test"], criteria: [results, continuation, olympiad, quality, textbooks],
      indices: [index], categoryRules: [lowResults, social], parameters: [minSupporting])
  }

  /// The name of S2, which holds every character JSON must escape.
  public static let trickyName = "Школа \"Ромашка\" \\ №2\nкорпус 2"

  /// Five schools of municipality «М» for ``krasnoyarskLikePack(id:version:resultsIndex:)``,
  /// checked by hand in the identification and report tests. Values in 2022:
  ///
  /// | school | ЕГЭ rus | continuation | olympiad | quality | textbooks | enrolment |
  /// |--------|---------|--------------|----------|---------|-----------|-----------|
  /// | S1     | 40      | 55           | 1.0      | 50      | 10        | 300       |
  /// | S2     | 60      | 70           | 1.0      | 70      | 30        | 400       |
  /// | S3     | 70      | 80           | 1.0      | 75      | 50        | 3         |
  /// | S4     | 80      | —            | 1.0      | 65      | 70        | 500       |
  /// | S5     | —       | 50           | 1.0      | 80      | 90        | 200       |
  ///
  /// and in 2021 only ЕГЭ Russian: S1 90, S2 50, S3 60, S4 70, S5 80.
  public static func smallMunicipality() throws -> Dataset {
    let rows: [(SchoolID, [Double?])] = [
      ("S1", [40, 55, 1.0, 50, 10, 300]),
      ("S2", [60, 70, 1.0, 70, 30, 400]),
      ("S3", [70, 80, 1.0, 75, 50, 3]),
      ("S4", [80, nil, 1.0, 65, 70, 500]),
      ("S5", [nil, 50, 1.0, 80, 90, 200]),
    ]
    let metrics: [MetricKey] = [
      .egeRussianMeanScore, .continuationGrade10Percent, .olympiadParticipationPercent,
      .resultsQualityPercent, .resourcesRecentTextbooksPercent, .contextEnrollment,
    ]
    let earlier: [SchoolID: Double] = ["S1": 90, "S2": 50, "S3": 60, "S4": 70, "S5": 80]
    var values: CohortValues = [:]
    for (id, row) in rows {
      var cells: [MetricKey: [Int: Double]] = [:]
      for (metric, value) in zip(metrics, row) {
        if let value { cells[metric] = [2022: value] }
      }
      cells[.egeRussianMeanScore, default: [:]][2021] = earlier[id]
      values[id] = cells
    }
    let names: [SchoolID: String] = [
      "S1": "МБОУ СОШ №1", "S2": trickyName, "S3": "МБОУ СОШ №3", "S4": "Гимназия №4",
      "S5": "МБОУ ООШ №5",
    ]
    return try dataset(values, names: names)
  }
}

// MARK: - Generated data

/// A seeded linear congruential generator (Knuth's MMIX constants) with an xor-shift on the output,
/// so that tests on generated data are reproducible on every platform.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64

  /// Starts the sequence of `seed`.
  public init(seed: UInt64) { state = seed &* 0x9E37_79B9_7F4A_7C15 &+ 1 }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    var x = state
    x ^= x >> 33
    x = x &* 0xFF51_AFD7_ED55_8CCD
    x ^= x >> 33
    return x
  }
}

/// A generated municipality-sized dataset: schools × years × metrics with some cells missing and
/// many ties (values are whole numbers or tenths in narrow ranges) and some schools with fewer than
/// five students.
public struct SyntheticCohort: Sendable {
  /// One value.
  public struct Cell: Sendable, Hashable {
    /// The school.
    public let school: SchoolID
    /// The year.
    public let year: AcademicYear
    /// The metric.
    public let metric: MetricKey
    /// The value.
    public let value: Double
  }

  /// The metrics generated, with how a value is drawn.
  public static let metrics: [MetricKey] = [
    .egeRussianMeanScore, .ogeMathMeanMark, .continuationGrade10Percent,
    .olympiadParticipationPercent, .resultsQualityPercent, .resourcesRecentTextbooksPercent,
    .contextEnrollment,
  ]

  /// The schools, in generation order (not sorted).
  public let schools: [School]
  /// The values, in generation order.
  public let cells: [Cell]

  /// Generates `schoolCount` schools in four municipalities over `years`, each cell missing with
  /// probability `missingPercent` %.
  public init(
    seed: UInt64, schoolCount: Int = 200, years: [Int] = [2020, 2021, 2022],
    missingPercent: UInt64 = 5
  ) {
    var rng = SeededGenerator(seed: seed)
    var schools: [School] = []
    var cells: [Cell] = []
    for number in 0..<schoolCount {
      let id = SchoolID("S\(number * 7919 % 1000)-\(number)")
      let municipality = "М\(Int.random(in: 1...4, using: &rng))"
      schools.append(
        School(id: id, name: "Школа №\(number)", municipality: municipality, region: "Р"))
      for year in years {
        for metric in Self.metrics {
          guard rng.next() % 100 >= missingPercent else { continue }
          cells.append(
            Cell(
              school: id, year: AcademicYear(year), metric: metric,
              value: Self.draw(metric, using: &rng)))
        }
      }
    }
    self.schools = schools
    self.cells = cells
  }

  private init(schools: [School], cells: [Cell]) {
    self.schools = schools
    self.cells = cells
  }

  private static func draw(_ metric: MetricKey, using rng: inout SeededGenerator) -> Double {
    switch metric {
    case .egeRussianMeanScore: Double(Int.random(in: 40...80, using: &rng))
    case .ogeMathMeanMark: Double(Int.random(in: 28...45, using: &rng)) / 10
    case .continuationGrade10Percent: Double(Int.random(in: 40...100, using: &rng))
    case .olympiadParticipationPercent: Double(Int.random(in: 0...15, using: &rng)) / 10
    case .resultsQualityPercent: Double(Int.random(in: 30...90, using: &rng))
    case .resourcesRecentTextbooksPercent: Double(Int.random(in: 0...20, using: &rng) * 5)
    case .contextEnrollment:
      // one school-year in twenty is a small cell (1–4 students)
      Double(
        rng.next() % 20 == 0
          ? Int.random(in: 1...4, using: &rng) : Int.random(in: 20...600, using: &rng))
    default: 0
    }
  }

  /// The same cohort without the cells `drop` returns true for.
  public func removing(where drop: (Cell) -> Bool) -> SyntheticCohort {
    SyntheticCohort(schools: schools, cells: cells.filter { !drop($0) })
  }

  /// The dataset, with schools and cells fed to the builder in an order shuffled by `seed` (in
  /// generation order when `seed` is `nil`).
  public func dataset(shuffledWith seed: UInt64? = nil) throws -> Dataset {
    var schoolOrder = schools
    var cellOrder = cells
    if let seed {
      var rng = SeededGenerator(seed: seed)
      schoolOrder.shuffle(using: &rng)
      cellOrder.shuffle(using: &rng)
    }
    var builder = try Dataset.Builder(schools: schoolOrder)
    for cell in cellOrder {
      try builder.set(cell.value, school: cell.school, year: cell.year, metric: cell.metric)
    }
    return builder.build()
  }
}
