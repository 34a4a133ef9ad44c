import Testing

@testable import QualityKit

@Suite("BenchmarksFile")
struct BenchmarksFileTests {
  static let header = "scope;year;metric;value\n"

  func read(_ text: String) throws(CSVError) -> Benchmarks {
    try BenchmarksFile.read(CSVSource(name: "b.csv", text: text))
  }

  @Test func readsRegionalAndMunicipalBenchmarks() throws {
    let benchmarks = try read(
      Self.header + """
        region;2022;ege.russian.mean_score;70,1
        municipality:Лесосибирск;2022;ege.russian.mean_score;66
        "municipality:Город; Район";2021/2022;results.quality_percent;48,25
        region;2021;ege.russian.mean_score;

        """)
    #expect(benchmarks.count == 3)
    #expect(benchmarks.value(scope: .region, year: 2022, metric: .egeRussianMeanScore) == 70.1)
    #expect(
      benchmarks.value(
        scope: .municipality("Лесосибирск"), year: 2022, metric: .egeRussianMeanScore) == 66)
    #expect(
      benchmarks.value(
        scope: .municipality("Город; Район"), year: 2022, metric: .resultsQualityPercent) == 48.25)
    #expect(benchmarks.value(scope: .region, year: 2021, metric: .egeRussianMeanScore) == nil)
  }

  @Test func readsAMakeDatasetExcelFile() throws {
    let benchmarks = try BenchmarksFile.read(
      CSVSource(name: "benchmarks.csv", text: IOFixture.MakeDataset.benchmarks))
    #expect(benchmarks.count == 18)
    #expect(benchmarks.value(scope: .region, year: 2020, metric: .egeRussianMeanScore) == 76.2)
    #expect(benchmarks.value(scope: .region, year: 2022, metric: .ogeRussianMeanMark) == 4.01)
  }

  @Test(arguments: [
    ("city;2022;ege.russian.mean_score;70", CSVError.Kind.invalidScope("city"), 1),
    ("municipality:;2022;ege.russian.mean_score;70", .invalidScope("municipality:"), 1),
    (";2022;ege.russian.mean_score;70", .missingValue(column: "scope"), 1),
    ("region;22;ege.russian.mean_score;70", .invalidYear("22"), 2),
    ("region;2022;ege.russian.mean;70", .unknownMetric("ege.russian.mean"), 3),
    ("region;2022;ege.russian.mean_score;семьдесят", .notANumber("семьдесят"), 4),
    ("region;2022;ege.russian.mean_score;NaN", .notANumber("NaN"), 4),
    (
      "region;2022;oge.math.mean_mark;5,5",
      .valueOutOfRange(
        metric: .ogeMathMeanMark, value: 5.5, range: 2...5), 4
    ),
    (
      "region;2022;results.quality_percent;1",
      .duplicateBenchmark(
        scope: "region", year: 2022, metric: .resultsQualityPercent), 4
    ),
    ("region;2022;results.quality_percent", .wrongFieldCount(expected: 4, found: 3), 3),
  ])
  func aBadRowIsAnErrorAtItsLineAndColumn(row: String, kind: CSVError.Kind, column: Int) {
    #expect(throws: CSVError(kind: kind, file: "b.csv", line: 3, column: column)) {
      _ = try read(Self.header + "region;2022;results.quality_percent;48\n" + row + "\n")
    }
  }

  @Test func headerProblemsAreStructural() {
    #expect(throws: CSVError(kind: .missingColumn("metric"), file: "b.csv", line: 1, column: 4)) {
      _ = try read("scope;year;value\n")
    }
    #expect(
      throws: CSVError(kind: .unexpectedColumn("comment"), file: "b.csv", line: 1, column: 5)
    ) {
      _ = try read("scope;year;metric;value;comment\n")
    }
    #expect(throws: CSVError(kind: .emptyFile, file: "b.csv", line: 1, column: 1)) {
      _ = try read("")
    }
  }

  @Test func collectingModeRejectsBadRowsAndKeepsTheRest() throws {
    var rejected: [CSVError] = []
    let benchmarks = try BenchmarksFile.read(
      CSVSource(
        name: "b.csv",
        text: Self.header + """
          region;2022;ege.russian.mean_score;70
          region;2022;ege.russian.mean_score;71
          town;2022;ege.russian.mean_score;71
          region;2021;ege.russian.mean_score;69

          """),
      mode: .collecting, rejected: &rejected)
    #expect(benchmarks.count == 2)
    #expect(benchmarks.value(scope: .region, year: 2022, metric: .egeRussianMeanScore) == 70)
    #expect(
      rejected == [
        CSVError(
          kind: .duplicateBenchmark(scope: "region", year: 2022, metric: .egeRussianMeanScore),
          file: "b.csv", line: 3, column: 4),
        CSVError(kind: .invalidScope("town"), file: "b.csv", line: 4, column: 1),
      ])
  }
}
