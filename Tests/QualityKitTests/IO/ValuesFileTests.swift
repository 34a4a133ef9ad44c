import Testing

@testable import QualityKit

@Suite("ValuesFile")
struct ValuesFileTests {
  static let quality = MetricKey.resultsQualityPercent
  static let success = MetricKey.resultsSuccessPercent

  /// Reads `text` as `v.csv` into a builder of S1, S2, S3 and returns the dataset.
  func load(_ text: String) throws -> Dataset {
    var builder = try IOFixture.builder()
    try ValuesFile.read(CSVSource(name: "v.csv", text: text), into: &builder)
    return builder.build()
  }

  /// The error reading `text` as `v.csv` throws, or `nil`.
  func error(_ text: String) throws -> CSVError? {
    var builder = try IOFixture.builder()
    do throws(CSVError) {
      try ValuesFile.read(CSVSource(name: "v.csv", text: text), into: &builder)
      return nil
    } catch {
      return error
    }
  }

  @Test func readsAWideFileWithDecimalCommaAndMissingCells() throws {
    let dataset = try load(
      """
      school_id;year;results.quality_percent;results.success_percent
      S1;2021;70,5;95
      S2;2021;;91,25
      S1;2022;72,5;

      """)
    #expect(dataset.years == [2021, 2022])
    #expect(dataset.metrics == [Self.quality, Self.success])
    #expect(dataset.value(of: Self.quality, school: 0, year: 2021) == 70.5)
    #expect(dataset.value(of: Self.quality, school: 1, year: 2021) == nil)
    #expect(dataset.value(of: Self.success, school: 1, year: 2021) == 91.25)
    #expect(dataset.value(of: Self.quality, school: 0, year: 2022) == 72.5)
    #expect(dataset.value(of: Self.success, school: 0, year: 2022) == nil)
    #expect(dataset.value(of: Self.quality, school: 2, year: 2022) == nil)
  }

  @Test func detectsTheLayoutFromTheHeader() throws {
    var builder = try IOFixture.builder()
    #expect(
      try ValuesFile.read(IOFixture.csv("w.csv", "school_id;year\n"), into: &builder) == .wide)
    #expect(
      try ValuesFile.read(IOFixture.csv("l.csv", "value;metric;year;school_id\n"), into: &builder)
        == .long)
  }

  @Test func wideAndLongGiveTheSameDataset() throws {
    let wide = """
      school_id,year,results.quality_percent,results.success_percent,oge.math.mean_mark
      S2,2022,61.5,90,3.75
      S1,2022,72.5,,4
      S1,2021,70,95.5,

      """
    let long = """
      metric,value,school_id,year
      oge.math.mean_mark,4,S1,2022
      results.quality_percent,70,S1,2021
      results.success_percent,95.5,S1,2021
      results.quality_percent,72.5,S1,2022
      results.success_percent,,S1,2022
      oge.math.mean_mark,3.75,S2,2022
      results.success_percent,90,S2,2022
      results.quality_percent,61.5,S2,2022

      """
    #expect(IOFixture.sameValues(try load(wide), try load(long)))
  }

  @Test func aMakeDatasetExcelFileReadsTheSameWideAndLong() throws {
    let schools = try SchoolsFile.read(
      CSVSource(name: "schools.csv", text: IOFixture.MakeDataset.schools))
    var wide = try Dataset.Builder(schools: schools)
    try ValuesFile.read(
      CSVSource(name: "values.csv", text: IOFixture.MakeDataset.values), into: &wide)
    var long = try Dataset.Builder(schools: schools)
    let longText = IOFixture.longLayout(ofWide: IOFixture.MakeDataset.values)
    #expect(
      try ValuesFile.read(CSVSource(name: "values-long.csv", text: longText), into: &long) == .long)
    let dataset = wide.build()
    #expect(IOFixture.sameValues(dataset, long.build()))
    #expect(dataset.years == [2020, 2021, 2022])
    #expect(dataset.metrics.count == 52)
    // S000001;2020;70,2;57,4;4,27;;2,2;… and S000003;2022;…;100;…
    #expect(dataset.value(of: .egeRussianMeanScore, school: 0, year: 2020) == 70.2)
    #expect(dataset.value(of: .egeMathBaseMeanMark, school: 0, year: 2020) == 4.27)
    #expect(dataset.value(of: .egeRussianBelowMinPercent, school: 0, year: 2020) == nil)
    #expect(dataset.value(of: .egeRussianMeanScore, school: 1, year: 2020) == nil)
    #expect(dataset.value(of: .resultsSuccessPercent, school: 2, year: 2022) == 100)
    #expect(dataset.value(of: .contextEnrollment, school: 2, year: 2022) == 372)
    #expect(dataset.value(of: .resourcesRecentTextbooksPercent, school: 2, year: 2022) == 47.6)
  }

  @Test func tabDelimitedAndCRLFAndQuotedCells() throws {
    let dataset = try load(
      "school_id\tyear\tresults.quality_percent\r\n\"S1\"\t2022\t\"72,5\"\r\nS2\t2022\t 61 \r\n")
    #expect(dataset.value(of: Self.quality, school: 0, year: 2022) == 72.5)
    #expect(dataset.value(of: Self.quality, school: 1, year: 2022) == 61)
  }

  @Test func acceptsTheAcademicYearForm() throws {
    let dataset = try load("school_id;year;results.quality_percent\nS1;2021/2022;50\n")
    #expect(dataset.value(of: Self.quality, school: 0, year: 2022) == 50)
  }

  // MARK: - Errors, each at its file, line and column

  static let wideHeader = "school_id;year;results.quality_percent;results.success_percent\n"

  @Test(arguments: [
    ("S2;2022;61;abc", CSVError.Kind.notANumber("abc"), 4),
    ("S2;2022;nan;90", .notANumber("nan"), 3),
    ("S2;2022;61;inf", .notANumber("inf"), 4),
    ("S2;2022;-inf;90", .notANumber("-inf"), 3),
    ("S2;2022;1.2.3;90", .notANumber("1.2.3"), 3),
    ("S2;2022;1e400;90", .notANumber("1e400"), 3),
    (
      "S2;2022;61;120",
      .valueOutOfRange(metric: .resultsSuccessPercent, value: 120, range: 0...100), 4
    ),
    (
      "S2;2022;-0,5;90",
      .valueOutOfRange(metric: .resultsQualityPercent, value: -0.5, range: 0...100), 3
    ),
    ("S9;2022;61;90", .unknownSchool("S9"), 1),
    (";2022;61;90", .emptyIdentifier, 1),
    ("S2;20x2;61;90", .invalidYear("20x2"), 2),
    ("S2;1850;61;90", .invalidYear("1850"), 2),
    ("S2;2021/2023;61;90", .invalidYear("2021/2023"), 2),
    ("S2;;61;90", .missingValue(column: "year"), 2),
    ("S1;2022;1;2", .duplicateRow(school: "S1", year: 2022), 1),
    ("S2;2022;61", .wrongFieldCount(expected: 4, found: 3), 3),
  ])
  func aBadWideRowIsAnErrorAtItsLineAndColumn(row: String, kind: CSVError.Kind, column: Int)
    throws
  {
    let text = Self.wideHeader + "S1;2022;72;95\n" + row + "\n"
    #expect(try error(text) == CSVError(kind: kind, file: "v.csv", line: 3, column: column))
  }

  @Test func theBriefsExample() {
    #expect(throws: CSVError(kind: .notANumber("abc"), file: "v.csv", line: 3, column: 4)) {
      _ = try load(Self.wideHeader + "S1;2022;72;95\nS2;2022;61;abc\n")
    }
  }

  static let longHeader = "school_id;year;metric;value\n"

  @Test(arguments: [
    (
      "S1;2022;results.quality_percent;80",
      CSVError.Kind.duplicateValue(
        school: "S1", year: 2022, metric: .resultsQualityPercent), 4
    ),
    ("S1;2022;results.qualty_percent;80", .unknownMetric("results.qualty_percent"), 3),
    ("S1;2022;;80", .missingValue(column: "metric"), 3),
    ("S1;2022;results.success_percent;abc", .notANumber("abc"), 4),
    (
      "S1;2022;oge.math.mean_mark;1,5",
      .valueOutOfRange(
        metric: .ogeMathMeanMark, value: 1.5, range: 2...5), 4
    ),
    ("S7;2022;results.success_percent;90", .unknownSchool("S7"), 1),
    ("S1;1899;results.success_percent;90", .invalidYear("1899"), 2),
  ])
  func aBadLongRowIsAnErrorAtItsLineAndColumn(row: String, kind: CSVError.Kind, column: Int)
    throws
  {
    let text = Self.longHeader + "S1;2022;results.quality_percent;72\n\n" + row + "\n"
    #expect(try error(text) == CSVError(kind: kind, file: "v.csv", line: 4, column: column))
  }

  @Test func aDuplicateValueAcrossFilesIsReportedInTheSecondFile() throws {
    var builder = try IOFixture.builder()
    try ValuesFile.read(
      IOFixture.csv("wide.csv", Self.wideHeader + "S1;2022;72;95\n"), into: &builder)
    #expect(
      throws: CSVError(
        kind: .duplicateValue(school: "S1", year: 2022, metric: Self.success), file: "long.csv",
        line: 3, column: 4)
    ) {
      try ValuesFile.read(
        IOFixture.csv(
          "long.csv",
          Self.longHeader + "S1;2021;results.success_percent;90\n"
            + "S1;2022;results.success_percent;96\n"),
        into: &builder)
    }
  }

  @Test func anUnknownMetricColumnIsStructuralInEveryMode() throws {
    let text = "school_id;year;results.quality_percent;ege.russain.mean_score\nS1;2022;1;2\n"
    let expected = CSVError(
      kind: .unknownMetric("ege.russain.mean_score"), file: "v.csv", line: 1, column: 4)
    #expect(try error(text) == expected)
    var builder = try IOFixture.builder()
    var rejected: [CSVError] = []
    #expect(throws: expected) {
      try ValuesFile.read(
        IOFixture.csv("v.csv", text), into: &builder, mode: .collecting, rejected: &rejected)
    }
  }

  @Test func aHostMetricIsAcceptedWhenTheCatalogHasIt() throws {
    let catalog = try MetricCatalog.standard.registering(
      MetricCatalog.Definition(
        key: "attendance.percent", unit: .percent, range: 0...100,
        title: LocalizedText(ru: "посещаемость", en: "attendance")))
    var builder = try IOFixture.builder()
    try ValuesFile.read(
      IOFixture.csv("v.csv", "school_id;year;attendance.percent\nS1;2022;93,5\n"),
      into: &builder, catalog: catalog)
    #expect(builder.build().value(of: "attendance.percent", school: 0, year: 2022) == 93.5)
  }

  @Test func headerAndFileProblemsAreStructural() throws {
    #expect(
      try error("") == CSVError(kind: .emptyFile, file: "v.csv", line: 1, column: 1))
    #expect(
      try error("year;results.quality_percent\n")
        == CSVError(kind: .missingColumn("school_id"), file: "v.csv", line: 1, column: 3))
    #expect(
      try error("school_id;results.quality_percent\n")
        == CSVError(kind: .missingColumn("year"), file: "v.csv", line: 1, column: 3))
    #expect(
      try error("school_id;year;results.quality_percent;results.quality_percent\n")
        == CSVError(
          kind: .duplicateColumn("results.quality_percent"), file: "v.csv", line: 1, column: 4))
    #expect(
      try error(Self.wideHeader + "S1;2022;\"72;95\n")
        == CSVError(kind: .malformedQuoting, file: "v.csv", line: 2, column: 3))
  }

  @Test func invalidUTF8InASchoolIdIsAnError() throws {
    var bytes = Array("school_id;year;results.quality_percent\n".utf8)
    bytes += [0x53, 0xFF] + Array(";2022;50\n".utf8)
    var builder = try IOFixture.builder()
    #expect(throws: CSVError(kind: .invalidUTF8, file: "v.csv", line: 2, column: 1)) {
      try ValuesFile.read(CSVSource(name: "v.csv", bytes: bytes), into: &builder)
    }
  }

  // MARK: - Collecting mode

  @Test func collectingModeRejectsEveryBadCellAndKeepsTheGoodOnes() throws {
    var builder = try IOFixture.builder()
    var rejected: [CSVError] = []
    try ValuesFile.read(
      IOFixture.csv(
        "v.csv",
        """
        school_id;year;results.quality_percent;results.success_percent;oge.math.mean_mark
        S1;2022;72,5;abc;4,1
        S2;2022;nan;120;3,9
        S9;2022;50;50;4
        S3;2022;;;inf
        S1;2022;10;10;3
        S3;20x2;1;1;3
        S3;2021;1;1;3;4
        S3;2021;55;;

        """),
      into: &builder, mode: .collecting, rejected: &rejected)
    #expect(
      rejected == [
        CSVError(kind: .notANumber("abc"), file: "v.csv", line: 2, column: 4),
        CSVError(kind: .notANumber("nan"), file: "v.csv", line: 3, column: 3),
        CSVError(
          kind: .valueOutOfRange(metric: Self.success, value: 120, range: 0...100), file: "v.csv",
          line: 3, column: 4),
        CSVError(kind: .unknownSchool("S9"), file: "v.csv", line: 4, column: 1),
        CSVError(kind: .notANumber("inf"), file: "v.csv", line: 5, column: 5),
        CSVError(kind: .duplicateRow(school: "S1", year: 2022), file: "v.csv", line: 6, column: 1),
        CSVError(kind: .invalidYear("20x2"), file: "v.csv", line: 7, column: 2),
        CSVError(
          kind: .wrongFieldCount(expected: 5, found: 6), file: "v.csv", line: 8, column: 6),
      ])
    let dataset = builder.build()
    #expect(dataset.value(of: Self.quality, school: 0, year: 2022) == 72.5)
    #expect(dataset.value(of: Self.success, school: 0, year: 2022) == nil)
    #expect(dataset.value(of: .ogeMathMeanMark, school: 0, year: 2022) == 4.1)
    #expect(dataset.value(of: .ogeMathMeanMark, school: 1, year: 2022) == 3.9)
    #expect(dataset.value(of: Self.quality, school: 1, year: 2022) == nil)
    #expect(dataset.value(of: .ogeMathMeanMark, school: 2, year: 2022) == nil)
    #expect(dataset.value(of: Self.quality, school: 2, year: 2021) == 55)
    #expect(dataset.years == [2021, 2022])
  }

  @Test func collectingModeInALongFile() throws {
    var builder = try IOFixture.builder()
    var rejected: [CSVError] = []
    try ValuesFile.read(
      IOFixture.csv(
        "l.csv",
        """
        school_id;year;metric;value
        S1;2022;results.quality_percent;72,5
        S1;2022;results.quality_percent;73
        S1;2022;no.such_metric;1
        S2;2022;results.success_percent;101
        S2;2022;results.success_percent;
        S2;2022;results.success_percent;99

        """),
      into: &builder, mode: .collecting, rejected: &rejected)
    #expect(
      rejected == [
        CSVError(
          kind: .duplicateValue(school: "S1", year: 2022, metric: Self.quality), file: "l.csv",
          line: 3, column: 4),
        CSVError(kind: .unknownMetric("no.such_metric"), file: "l.csv", line: 4, column: 3),
        CSVError(
          kind: .valueOutOfRange(metric: Self.success, value: 101, range: 0...100), file: "l.csv",
          line: 5, column: 4),
      ])
    let dataset = builder.build()
    #expect(dataset.value(of: Self.quality, school: 0, year: 2022) == 72.5)
    #expect(dataset.value(of: Self.success, school: 1, year: 2022) == 99)
  }

  @Test func trailingDelimitersFromExcelAreAccepted() throws {
    let dataset = try load("school_id;year;results.quality_percent;;\nS1;2022;50;;\nS2;2022;60\n")
    #expect(dataset.value(of: Self.quality, school: 1, year: 2022) == 60)
    #expect(
      try error("school_id;year;results.quality_percent;;\nS1;2022;50;;7\n")
        == CSVError(
          kind: .wrongFieldCount(expected: 3, found: 5), file: "v.csv", line: 2, column: 4))
  }
}
