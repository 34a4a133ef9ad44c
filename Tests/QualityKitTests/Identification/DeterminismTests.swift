import Foundation
import QualityKitTestSupport
import Testing

@testable import QualityKit

/// Properties on generated data (``SyntheticCohort``: 200 schools × 3 years × 7 metrics, about 5 %
/// of cells missing, many ties): the JSON report does not depend on the order of the input, a run
/// repeats exactly, and a deleted cell is never read as "not met".
@Suite struct DeterminismTests {
  static let cohort = SyntheticCohort(seed: 20_220_901)

  /// The krasnoyarsk-like pack with a real composite (ЕГЭ Russian and ОГЭ mathematics over three
  /// years) and a second pack with a regional gap.
  static let packs: [RulePack] = [
    Fixtures.krasnoyarskLikePack(
      resultsIndex: CompositeIndex(
        id: "index.det.results", title: Fixtures.text("results"),
        components: [
          CompositeIndex.Component(.egeRussianMeanScore, .positive),
          CompositeIndex.Component(.ogeMathMeanMark, .positive),
        ],
        window: 3)),
    RulePack(
      id: "det", version: "1.0.0", title: Fixtures.text("det"), region: Fixtures.text("r"),
      sources: [],
      criteria: [
        Fixtures.gap(
          "det.region_gap", metrics: [.egeRussianMeanScore], reference: .regionalBenchmark,
          threshold: 15)
      ],
      categoryRules: []),
  ]

  static func benchmarks() throws -> Benchmarks {
    try Benchmarks([.init(scope: .region, year: 2022, metric: .egeRussianMeanScore, value: 65)])
  }

  static func report(_ dataset: Dataset, cohort: Cohort.Scope = .all) throws
    -> IdentificationReport
  {
    try Identifier(packs: packs).identify(dataset, benchmarks: try benchmarks(), cohort: cohort)
  }

  @Test("the generated data has the shape the properties need")
  func generatedShape() throws {
    // 200 × 3 × 7 = 4200 cells, each kept with probability 0.95: about 3990
    #expect(Self.cohort.cells.count > 3800 && Self.cohort.cells.count < 4180)
    #expect(Self.cohort.cells.count < 4200)  // some cells are missing
    let report = try Self.report(try Self.cohort.dataset())
    #expect(report.schools.count == 200)
    #expect(report.year == 2022)
    let statuses = Set(report.schools.flatMap { $0.findings.map(\.status) })
    #expect(statuses == [.met, .notMet, .insufficientData])
    #expect(report.schools.contains { !$0.mayShowValues })  // enrolment 1–4 occurs
    #expect(report.schools.contains { !$0.undeterminedCategories.isEmpty })
    // ties: 41 possible ЕГЭ scores over ~190 schools a year
    let ege = Self.cohort.cells.filter { $0.metric == .egeRussianMeanScore && $0.year == 2022 }
    #expect(Set(ege.map(\.value)).count < ege.count)
  }

  @Test(
    "shuffled input rows give byte-identical JSON",
    arguments: [Cohort.Scope.all, .municipality])
  func shuffledInput(scope: Cohort.Scope) throws {
    let baseline = ReportFormat.json.render(
      try Self.report(try Self.cohort.dataset(), cohort: scope))
    for seed: UInt64 in [1, 2, 42, 1_234, 987_654_321] {
      let shuffled = try Self.cohort.dataset(shuffledWith: seed)
      let json = ReportFormat.json.render(try Self.report(shuffled, cohort: scope))
      #expect(json == baseline, "shuffle seed \(seed)")
    }
  }

  @Test("shuffled input rows give identical text and CSV reports")
  func shuffledInputOtherFormats() throws {
    let baseline = try Self.report(try Self.cohort.dataset())
    let shuffled = try Self.report(try Self.cohort.dataset(shuffledWith: 7))
    for format in [ReportFormat.text, .markdown, .csv] {
      #expect(format.render(shuffled) == format.render(baseline), "\(format)")
    }
  }

  @Test("the same run twice gives identical JSON")
  func repeatable() throws {
    let dataset = try Self.cohort.dataset()
    let first = try Self.report(dataset)
    let second = try Self.report(dataset)
    #expect(ReportFormat.json.render(first) == ReportFormat.json.render(second))
    #expect(ReportFormat.json.render(first) == ReportFormat.json.render(first))
    #expect(
      ReportFormat.json.render(first, language: .english)
        == ReportFormat.json.render(second, language: .english))
  }

  /// Criteria over one metric in year Y, with the metric they read.
  static let singleMetricCriteria: [(CriterionID, MetricKey)] = [
    ("mini.continuation_below_60", .continuationGrade10Percent),
    ("mini.quality_gap_over_10", .resultsQualityPercent),
    ("mini.educational_potential_lowest_quarter", .resourcesRecentTextbooksPercent),
  ]

  static func status(_ report: IdentificationReport, _ school: SchoolID, _ criterion: CriterionID)
    -> CriterionResult.Status?
  {
    report.schools.first { $0.school.id == school }?.finding(criterion)?.status
  }

  @Test("a school whose cell is deleted is insufficient_data, never not_met")
  func deletedCellIsInsufficient() throws {
    let full = try Self.report(try Self.cohort.dataset())
    for (criterion, metric) in Self.singleMetricCriteria {
      let holders = Self.cohort.cells
        .filter { $0.metric == metric && $0.year == 2022 }
        .map(\.school)
        .sorted()
      // every 10th school that has the cell, about 19 per criterion
      for school in stride(from: 0, to: holders.count, by: 10).map({ holders[$0] }) {
        #expect(Self.status(full, school, criterion) != .insufficientData)
        let without = Self.cohort.removing {
          $0.school == school && $0.metric == metric && $0.year == 2022
        }
        let report = try Self.report(try without.dataset())
        #expect(
          Self.status(report, school, criterion) == .insufficientData,
          "\(criterion) for \(school) without its \(metric) cell")
      }
    }
  }

  @Test("in the generated data, every school without the cell is insufficient_data")
  func missingCellsAreInsufficient() throws {
    let report = try Self.report(try Self.cohort.dataset())
    for (criterion, metric) in Self.singleMetricCriteria {
      let holders = Set(
        Self.cohort.cells.filter { $0.metric == metric && $0.year == 2022 }.map(\.school))
      let lacking = Self.cohort.schools.map(\.id).filter { !holders.contains($0) }
      #expect(!lacking.isEmpty, "the generator leaves some \(metric) cells out")
      for school in lacking {
        #expect(Self.status(report, school, criterion) == .insufficientData, "\(school)")
      }
      for school in holders {
        #expect(Self.status(report, school, criterion) != .insufficientData, "\(school)")
      }
    }
  }

  @Test("deleting one school's cell leaves other schools' threshold results unchanged")
  func deletionIsLocalForThresholds() throws {
    let full = try Self.report(try Self.cohort.dataset())
    let holders = Self.cohort.cells
      .filter { $0.metric == .continuationGrade10Percent && $0.year == 2022 }
      .map(\.school).sorted()
    let victim = try #require(holders.first)
    let without = Self.cohort.removing {
      $0.school == victim && $0.metric == .continuationGrade10Percent && $0.year == 2022
    }
    let report = try Self.report(try without.dataset())
    for school in Self.cohort.schools.map(\.id) where school != victim {
      #expect(
        Self.status(report, school, "mini.continuation_below_60")
          == Self.status(full, school, "mini.continuation_below_60"))
    }
  }

  @Test("a report of several JSON rendering chunks: schools in id order, input order irrelevant")
  func severalChunks() throws {
    let large = SyntheticCohort(seed: 77, schoolCount: 1_300)
    // 1 300 schools are three chunks of 512 (512 + 512 + 276)
    #expect(JSONReport.chunkSize < 1_300 / 2)
    let json = ReportFormat.json.render(try Self.report(try large.dataset()))
    let shuffled = ReportFormat.json.render(try Self.report(try large.dataset(shuffledWith: 3)))
    #expect(json == shuffled)
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let schools = try #require(object?["schools"] as? [[String: Any]])
    let ids = schools.compactMap { $0["id"] as? String }
    #expect(ids.count == 1_300)
    let expected = large.schools.map(\.id.rawValue).sorted {
      $0.utf8.lexicographicallyPrecedes($1.utf8)
    }
    #expect(ids == expected)
  }
}
