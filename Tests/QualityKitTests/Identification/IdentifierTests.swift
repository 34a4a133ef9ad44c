import QualityKit
import QualityKitTestSupport
import Testing

/// End-to-end identification of ``Fixtures/smallMunicipality()`` with the krasnoyarsk-like pack of
/// ``Fixtures/krasnoyarskLikePack(id:version:resultsIndex:)``, checked by hand:
///
/// - results (ЕГЭ Russian 2022, lowest 0.25): S1…S4 evaluable, n = 4, k = 1 → S1 (40) met;
///   S5 has no value → insufficient;
/// - continuation < 60: S1 55 and S5 50 met; S4 missing → insufficient;
/// - olympiad 3-year mean ≤ 0.5: every school 1.0 → not met;
/// - quality gap > 10: mean (50 + 70 + 75 + 65 + 80)/5 = 68 → S1 18 below, met; others not;
/// - textbooks lowest 0.25: n = 5, k = ⌈1.25⌉ = 2 → S1 (10) and S2 (30) met.
///
/// So S1 is ШНОР (results ∧ continuation, quality) and ШНСУ; S2 ШНСУ; S5 is undetermined for ШНОР
/// (results unknown ∧ continuation met); S4 is not undetermined (results not met decides).
@Suite struct IdentifierTests {
  static let pack = Fixtures.krasnoyarskLikePack()

  static func report(
    year: AcademicYear? = nil, overrides: [ParameterKey: Double] = [:], minimumGroupSize: Int = 5
  ) throws -> IdentificationReport {
    try Identifier(packs: [pack]).identify(
      try Fixtures.smallMunicipality(), year: year, overrides: overrides,
      minimumGroupSize: minimumGroupSize)
  }

  static func outcome(_ report: IdentificationReport, _ id: SchoolID) throws
    -> IdentificationReport.SchoolOutcome
  {
    try #require(report.schools.first { $0.school.id == id })
  }

  @Test("every finding of every school, in pack order")
  func findings() throws {
    let report = try Self.report()
    let statuses = Dictionary(
      uniqueKeysWithValues: report.schools.map { ($0.school.id, $0.findings.map(\.status)) })
    // results, continuation, olympiad, quality gap, textbooks
    #expect(statuses["S1"] == [.met, .met, .notMet, .met, .met])
    #expect(statuses["S2"] == [.notMet, .notMet, .notMet, .notMet, .met])
    #expect(statuses["S3"] == [.notMet, .notMet, .notMet, .notMet, .notMet])
    #expect(statuses["S4"] == [.notMet, .insufficientData, .notMet, .notMet, .notMet])
    #expect(statuses["S5"] == [.insufficientData, .met, .notMet, .notMet, .notMet])
    let ids = Self.pack.criteria.map(\.id)
    for outcome in report.schools { #expect(outcome.findings.map(\.criterion) == ids) }
    #expect(report.criteria.map(\.id) == ids)
  }

  @Test("categories in the report")
  func categories() throws {
    let report = try Self.report()
    #expect(report.categories == [.lowResults, .unfavourableSocialConditions])
    #expect(
      try Self.outcome(report, "S1").categories == [.lowResults, .unfavourableSocialConditions])
    #expect(try Self.outcome(report, "S2").categories == [.unfavourableSocialConditions])
    #expect(try Self.outcome(report, "S3").categories == [])
    #expect(try Self.outcome(report, "S4").categories == [])
    #expect(try Self.outcome(report, "S5").categories == [])
    #expect(report.schools(in: .lowResults).map(\.school.id) == ["S1"])
    #expect(report.schools(in: .unfavourableSocialConditions).map(\.school.id) == ["S1", "S2"])
  }

  @Test("a required criterion with insufficient data leaves the category undetermined")
  func undeterminedCategories() throws {
    let report = try Self.report()
    // S5: results unknown ∧ at least 1 of (met, not met, not met) = unknown ∧ true = unknown
    #expect(try Self.outcome(report, "S5").undeterminedCategories == [.lowResults])
    // S4: continuation is insufficient, but results not met makes the conjunction false
    #expect(try Self.outcome(report, "S4").undeterminedCategories == [])
    #expect(try Self.outcome(report, "S1").undeterminedCategories == [])
  }

  @Test("the supporting count is the min_supporting parameter")
  func minSupportingOverride() throws {
    // S1 meets 2 of the 3 supporting criteria (continuation, quality gap)
    let two = try Self.report(overrides: ["mini.low_results.min_supporting": 2])
    #expect(try Self.outcome(two, "S1").categories.contains(.lowResults))
    let three = try Self.report(overrides: ["mini.low_results.min_supporting": 3])
    #expect(try !Self.outcome(three, "S1").categories.contains(.lowResults))
    #expect(try Self.outcome(three, "S1").undeterminedCategories == [])  // 2 + 0 open < 3
    // S5 with 3: continuation met, olympiad and quality not met → 1 + 0 < 3 → false
    #expect(try Self.outcome(three, "S5").undeterminedCategories == [])
  }

  @Test("a share override changes k")
  func shareOverride() throws {
    let report = try Self.report(overrides: ["mini.results_lowest_quarter.share": 0.5])
    // n = 4, k = ⌈2⌉ = 2 → S1 (40) and S2 (60) met
    #expect(try Self.outcome(report, "S2").findings[0].status == .met)
    // S2 meets no supporting criterion → not ШНОР
    #expect(try !Self.outcome(report, "S2").categories.contains(.lowResults))
    #expect(report.parameters.first { $0.key == "mini.results_lowest_quarter.share" }?.value == 0.5)
  }

  @Test("the parameters in force are listed sorted by key")
  func parameters() throws {
    let report = try Self.report()
    #expect(
      report.parameters.map(\.key) == [
        "mini.continuation_below_60.threshold", "mini.educational_potential_lowest_quarter.share",
        "mini.low_results.min_supporting", "mini.olympiad_at_most_0_5.threshold",
        "mini.quality_gap_over_10.threshold", "mini.results_lowest_quarter.share",
      ])
    #expect(report.parameters.map(\.value) == [60, 0.25, 1, 0.5, 10, 0.25])
    #expect(report.packs.map(\.id) == ["mini"])
    #expect(report.packs.map(\.version) == ["0.1.0"])
  }

  @Test("without a year the latest year with values is used")
  func defaultYearIsLatest() throws {
    let report = try Self.report()
    #expect(report.year == 2022)
    #expect(try Self.outcome(report, "S1").findings[0].result.years == [2022])
  }

  @Test("an earlier year is run on that year's values")
  func earlierYear() throws {
    let report = try Self.report(year: 2021)
    #expect(report.year == 2021)
    // 2021 ЕГЭ: S1 90, S2 50, S3 60, S4 70, S5 80; n = 5, k = 2 → S2 and S3 met
    let results = report.schools.map { $0.findings[0].status }
    #expect(results == [.notMet, .met, .met, .notMet, .notMet])
    // nothing else has 2021 values: every supporting criterion is insufficient, so S2 and S3 are
    // undetermined for ШНОР, and every school for ШНСУ
    #expect(
      try Self.outcome(report, "S2").undeterminedCategories == [
        .lowResults, .unfavourableSocialConditions,
      ])
    #expect(
      try Self.outcome(report, "S1").undeterminedCategories == [
        .unfavourableSocialConditions
      ])
  }

  @Test("a year without values is an error listing the years there are")
  func yearWithoutValues() throws {
    let identifier = try Identifier(packs: [Self.pack])
    let dataset = try Fixtures.smallMunicipality()
    #expect(throws: IdentificationError.yearWithoutValues(2030, available: [2021, 2022])) {
      try identifier.identify(dataset, year: 2030)
    }
    #expect(throws: IdentificationError.yearWithoutValues(2020, available: [2021, 2022])) {
      try identifier.identify(dataset, year: 2020)
    }
  }

  @Test("an empty dataset is an error")
  func noSchools() throws {
    let identifier = try Identifier(packs: [Self.pack])
    let empty = try Dataset.Builder(schools: []).build()
    #expect(throws: IdentificationError.noSchools) { try identifier.identify(empty) }
    let noValues = try Fixtures.dataset(["A": [:]])
    #expect(throws: IdentificationError.noValues) { try identifier.identify(noValues) }
  }

  @Test("an unknown override is an error naming it")
  func unknownOverride() throws {
    let identifier = try Identifier(packs: [Self.pack])
    let error = #expect(throws: IdentificationError.self) {
      try identifier.identify(try Fixtures.smallMunicipality(), overrides: ["mini.typo": 1])
    }
    guard case .parameter(let parameterError)? = error?.kind else {
      Issue.record("expected a parameter error, got \(String(describing: error))")
      return
    }
    #expect(parameterError.key == "mini.typo")
  }

  @Test("schools are listed by id (UTF-8 byte order), whatever the input order")
  func schoolsSortedByID() throws {
    let schools = ["S2", "S10", "b", "S1", "A"].map { Fixtures.school(SchoolID($0)) }
    var builder = try Dataset.Builder(schools: schools)
    for id in ["S2", "S10", "b", "S1", "A"] {
      try builder.set(50, school: SchoolID(id), year: 2022, metric: .continuationGrade10Percent)
    }
    let report = try Identifier(packs: [Self.pack]).identify(builder.build())
    #expect(report.schools.map(\.school.id) == ["A", "S1", "S10", "S2", "b"])
  }

  @Test("findings follow the packs in the order given, then each pack's criteria")
  func findingsInPackOrder() throws {
    let extra = RulePack(
      id: "extra", version: "2.0.0", title: Fixtures.text("extra"), region: Fixtures.text("r"),
      sources: [],
      criteria: [
        Fixtures.threshold("extra.z", metric: .resultsQualityPercent, .atMost, 60),
        Fixtures.threshold("extra.a", metric: .resultsQualityPercent, .atLeast, 60),
      ],
      categoryRules: [])
    let dataset = try Fixtures.smallMunicipality()
    let forward = try Identifier(packs: [Self.pack, extra]).identify(dataset)
    let ids = Self.pack.criteria.map(\.id) + ["extra.z", "extra.a"]
    #expect(forward.schools[0].findings.map(\.criterion) == ids)
    #expect(
      forward.schools[0].findings.map(\.pack) == Array(repeating: "mini", count: 5) + [
        "extra", "extra",
      ])
    let backward = try Identifier(packs: [extra, Self.pack]).identify(dataset)
    #expect(
      backward.schools[0].findings.map(\.criterion) == ["extra.z", "extra.a"] + ids.prefix(5))
    #expect(backward.packs.map(\.id) == ["extra", "mini"])
  }

  @Test("the same criterion id in two packs is a PackError")
  func duplicateCriterionAcrossPacks() {
    let other = RulePack(
      id: "other", version: "1.0.0", title: Fixtures.text("other"), region: Fixtures.text("r"),
      sources: [],
      criteria: [
        Fixtures.threshold(
          "mini.continuation_below_60", metric: .continuationGrade10Percent, .lessThan, 60)
      ],
      categoryRules: [])
    #expect(
      throws: PackError(kind: .duplicateCriterion("mini.continuation_below_60"), pack: "other")
    ) {
      try Identifier(packs: [Self.pack, other])
    }
  }

  @Test("the same pack twice is a PackError")
  func duplicatePack() {
    #expect(throws: PackError(kind: .duplicatePack("mini"), pack: "mini")) {
      try Identifier(packs: [Self.pack, Self.pack])
    }
  }

  @Test("a parameter declared differently by two packs is a PackError")
  func conflictingParameterAcrossPacks() {
    func pack(_ id: String, default value: Double) -> RulePack {
      RulePack(
        id: PackID(id), version: "1.0.0", title: Fixtures.text(id), region: Fixtures.text("r"),
        sources: [], criteria: [], categoryRules: [],
        parameters: [Fixtures.parameter("shared.limit", value)])
    }
    #expect(
      throws: PackError(
        kind: .parameter(ParameterError(kind: .conflictingDeclarations, key: "shared.limit")),
        pack: "a+b")
    ) {
      try Identifier(packs: [pack("a", default: 1), pack("b", default: 2)])
    }
  }

  @Test("small-cell suppression: a school with fewer than 5 students may not show values")
  func smallCells() throws {
    let report = try Self.report()
    #expect(try !Self.outcome(report, "S3").mayShowValues)  // 3 students
    #expect(try Self.outcome(report, "S1").mayShowValues)  // 300
    #expect(report.minimumGroupSize == 5)
    // the limit is inclusive: a school with exactly the limit may show values
    let limit300 = try Self.report(minimumGroupSize: 300)
    #expect(try Self.outcome(limit300, "S1").mayShowValues)  // 300 ≥ 300
    #expect(try !Self.outcome(limit300, "S5").mayShowValues)  // 200 < 300
    // suppression hides values, not results: S3's findings are still computed
    #expect(try Self.outcome(report, "S3").findings.count == 5)
  }

  @Test("inputs that make a criterion undecidable for everyone are reported as issues")
  func coverageIssues() throws {
    let regional = RulePack(
      id: "reg", version: "1.0.0", title: Fixtures.text("reg"), region: Fixtures.text("r"),
      sources: [],
      criteria: [
        Fixtures.gap(
          "reg.gap", metrics: [.egeRussianMeanScore], reference: .regionalBenchmark,
          threshold: 20),
        Fixtures.threshold("reg.satisfaction", metric: .satisfactionPercent, .atMost, 40),
      ],
      categoryRules: [])
    let loaded = DataIssue(
      severity: .error, code: "value_out_of_range", file: "values.csv", line: 3, column: 2,
      message: Fixtures.text("bad"))
    let report = try Identifier(packs: [Self.pack, regional]).identify(
      try Fixtures.smallMunicipality(), issues: [loaded])
    // sorted by file, line, column, code: the unlocated warnings ("" file) come first
    #expect(
      report.issues.map(\.code) == [
        "metric_absent", "missing_regional_benchmark", "value_out_of_range",
      ])
    #expect(report.issues.map(\.severity) == [.warning, .warning, .error])
    #expect(report.issues[0].message.en.contains("satisfaction.percent"))
    #expect(report.issues[1].message.en.contains("ege.russian.mean_score"))
    // and the regional criterion is insufficient for every school, never not met
    let index = try #require(report.criteria.firstIndex { $0.id == "reg.gap" })
    #expect(report.schools.allSatisfy { $0.findings[index].status == .insufficientData })
  }

  @Test("status counts per criterion")
  func statusCounts() throws {
    let report = try Self.report()
    let counts = report.statusCounts.map(\.counts)
    // results: S1 met; S2, S3, S4 not met; S5 insufficient
    #expect(counts[0] == [.met: 1, .notMet: 3, .insufficientData: 1])
    // continuation: S1, S5 met; S2, S3 not met; S4 insufficient
    #expect(counts[1] == [.met: 2, .notMet: 2, .insufficientData: 1])
    #expect(counts[4] == [.met: 2, .notMet: 3, .insufficientData: 0])
  }

  @Test("the cohort is carried into the report and used by relative criteria")
  func cohortScope() throws {
    let report = try Identifier(packs: [Self.pack]).identify(
      try Fixtures.smallMunicipality(), cohort: .municipality)
    #expect(report.cohort == .municipality)
    // one municipality: the same outcome as .all
    #expect(
      try Self.outcome(report, "S1").categories == [.lowResults, .unfavourableSocialConditions])
  }

  /// One school's cells for the pack: ЕГЭ 50, continuation 70, olympiad 1, quality 60, textbooks 40.
  static let ordinarySchool: [MetricKey: [Int: Double]] = [
    .egeRussianMeanScore: [2022: 50], .continuationGrade10Percent: [2022: 70],
    .olympiadParticipationPercent: [2022: 1], .resultsQualityPercent: [2022: 60],
    .resourcesRecentTextbooksPercent: [2022: 40],
  ]

  @Test("a dataset of one school: it is the lowest quarter of itself")
  func oneSchool() throws {
    let report = try Identifier(packs: [Self.pack]).identify(
      try Fixtures.dataset(["ONLY": Self.ordinarySchool]))
    let outcome = try Self.outcome(report, "ONLY")
    // results: n = 1, k = 1, z = 0 ≤ 0 → met; 70 ≥ 60; 1 > 0.5; gap to its own mean 0; textbooks
    // met like results
    #expect(outcome.findings.map(\.status) == [.met, .notMet, .notMet, .notMet, .met])
    // ШНОР needs a supporting criterion: none is met → not ШНОР; ШНСУ by textbooks
    #expect(outcome.categories == [.unfavourableSocialConditions])
    #expect(outcome.undeterminedCategories == [])
  }

  @Test("all schools equal: every lowest-share criterion ties everyone; no gap")
  func allEqual() throws {
    let values: CohortValues = [
      "A": Self.ordinarySchool, "B": Self.ordinarySchool, "C": Self.ordinarySchool,
      "D": Self.ordinarySchool,
    ]
    let report = try Identifier(packs: [Self.pack]).identify(try Fixtures.dataset(values))
    for outcome in report.schools {
      // SD = 0 → z = 0 for all, cut-off 0 → all met; gap to the mean 60 is 0 → not met
      #expect(outcome.findings.map(\.status) == [.met, .notMet, .notMet, .notMet, .met])
      #expect(outcome.categories == [.unfavourableSocialConditions])
    }
  }
}
