import Foundation
import QualityKit
import Testing

@Suite("DatasetLoader")
struct DatasetLoaderTests {
  typealias Sample = IOFixture.MakeDataset

  @Test func loadsAMakeDatasetRegionFromMemory() throws {
    let data = try DatasetLoader.load(
      schools: CSVSource(name: "schools.csv", data: Data(Sample.schools.utf8)),
      values: [CSVSource(name: "values.csv", data: Data(Sample.values.utf8))],
      benchmarks: CSVSource(name: "benchmarks.csv", data: Data(Sample.benchmarks.utf8)))
    #expect(data.dataset.schoolCount == 3)
    #expect(data.dataset.years == [2020, 2021, 2022])
    #expect(data.dataset.latestYear == 2022)
    #expect(data.benchmarks.count == 18)
    #expect(data.rejected.isEmpty)
    #expect(data.dataset.value(of: .satisfactionPercent, school: 2, year: 2022) == 87)
  }

  @Test(
    "a benchmark for a municipality no school is in is an error at its scope, naming the near names"
  )
  func aBenchmarkForAnUnknownMunicipalityIsAnError() throws {
    let schools = IOFixture.csv(
      "s.csv",
      "school_id;name;municipality\nS1;Школа 1;г. Лесосибирск\nS2;Школа 2;Енисейский район\n")
    let values = IOFixture.csv("v.csv", "school_id;year;results.quality_percent\nS1;2022;50\n")
    // Line 3: another letter case; line 4: a typo; line 2 is right and kept.
    let benchmarks = IOFixture.csv(
      "b.csv",
      """
      scope;year;metric;value
      municipality:г. Лесосибирск;2022;results.quality_percent;60
      municipality:г. лесосибирск;2022;results.quality_percent;61
      municipality:Енисейскии район;2022;results.quality_percent;62

      """)
    #expect(
      throws: CSVError(
        kind: .unknownMunicipality("г. лесосибирск", similar: ["г. Лесосибирск"]), file: "b.csv",
        line: 3, column: 1)
    ) {
      _ = try DatasetLoader.load(schools: schools, values: [values], benchmarks: benchmarks)
    }
    let collected = try DatasetLoader.load(
      schools: schools, values: [values], benchmarks: benchmarks, mode: .collecting)
    #expect(collected.benchmarks.count == 1)
    #expect(
      collected.rejected.map(\.line) == [3, 4] && collected.rejected.map(\.column) == [1, 1])
    #expect(
      collected.rejected.map { $0.message(in: .russian) } == [
        "в файле школ нет муниципалитета «г. лесосибирск»; возможно, «г. Лесосибирск»",
        "в файле школ нет муниципалитета «Енисейскии район»; возможно, «Енисейский район»",
      ])
    #expect(DataIssue(collected.rejected[0]).code == "unknown_municipality")
  }

  @Test("a region:<name> benchmark for a region no school is in is an error at its scope")
  func aBenchmarkForAnUnknownRegionIsAnError() throws {
    let schools = IOFixture.csv(
      "s.csv",
      "school_id;name;municipality;region\nS1;Школа 1;г. Лесосибирск;Красноярский край\n"
        + "S2;Школа 2;г. Свободный;Амурская область\n")
    let values = IOFixture.csv("v.csv", "school_id;year;results.quality_percent\nS1;2022;50\n")
    let benchmarks = IOFixture.csv(
      "b.csv",
      """
      scope;year;metric;value
      region:Красноярский край;2022;results.quality_percent;60
      region:Амурская обл.;2022;results.quality_percent;61
      country;2022;results.quality_percent;62

      """)
    let collected = try DatasetLoader.load(
      schools: schools, values: [values], benchmarks: benchmarks, mode: .collecting)
    // Lines 2 and 4 kept; line 3 names no region of the schools file.
    #expect(collected.benchmarks.count == 2)
    #expect(collected.rejected.map(\.line) == [3] && collected.rejected.map(\.column) == [1])
    #expect(
      collected.rejected.first?.message(in: .russian).hasPrefix(
        "в файле школ нет региона «Амурская обл.»") == true)
    #expect(collected.rejected.first.map { DataIssue($0).code } == "unknown_region")
    #expect(
      collected.benchmarks.regional(
        "Красноярский край", year: 2022, metric: "results.quality_percent")
        == 60)
    // A school of a region without its own value takes the bare `region` one: there is none.
    #expect(
      collected.benchmarks.regional(
        "Амурская область", year: 2022, metric: "results.quality_percent")
        == nil)
  }

  @Test("a benchmark for a metric or a year no school has a value of is an error at that cell")
  func aBenchmarkNothingCanUseIsAnError() throws {
    let schools = IOFixture.csv("s.csv", "school_id;name;municipality\nS1;Школа 1;Город\n")
    let values = IOFixture.csv(
      "v.csv", "school_id;year;results.quality_percent\nS1;2021;50\nS1;2022;52\n")
    // Line 2 is used; line 3 names a metric no school has, line 4 a year none has; line 5 has no
    // value and is a missing benchmark, not an error.
    let benchmarks = IOFixture.csv(
      "b.csv",
      """
      scope;year;metric;value
      region;2022;results.quality_percent;60
      region;2022;ege.russian.mean_score;70
      region;2019;results.quality_percent;58
      region;2019;ege.russian.mean_score;

      """)
    #expect(
      throws: CSVError(
        kind: .unusedBenchmark(metric: .egeRussianMeanScore, year: 2022, metricAbsent: true),
        file: "b.csv", line: 3, column: 3)
    ) {
      _ = try DatasetLoader.load(schools: schools, values: [values], benchmarks: benchmarks)
    }
    let collected = try DatasetLoader.load(
      schools: schools, values: [values], benchmarks: benchmarks, mode: .collecting)
    #expect(collected.benchmarks.count == 1)
    #expect(
      collected.rejected.map(\.line) == [3, 4] && collected.rejected.map(\.column) == [3, 2])
    #expect(
      collected.rejected.map { $0.message(in: .russian) } == [
        "ориентир не с чем сравнить: ни у одной школы нет значений метрики ege.russian.mean_score",
        "ориентир не с чем сравнить: ни у одной школы нет значений за 2019 год",
      ])
    #expect(collected.rejected.allSatisfy { DataIssue($0).code == "unused_benchmark" })
  }

  @Test func loadsFilesFromDisk() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let schools = directory.appendingPathComponent("schools.csv")
    let values = directory.appendingPathComponent("values.csv")
    let long = directory.appendingPathComponent("values-long.csv")
    try Data(Sample.schools.utf8).write(to: schools)
    try Data(IOFixture.longLayout(ofWide: Sample.values).utf8).write(to: long)
    try Data(Sample.values.utf8).write(to: values)
    let fromLong = try DatasetLoader.load(schools: schools, values: [long], benchmarks: nil)
    let fromWide = try DatasetLoader.load(schools: schools, values: [values], benchmarks: nil)
    #expect(IOFixture.sameValues(fromLong.dataset, fromWide.dataset))
    #expect(fromWide.benchmarks.count == 0)
  }

  @Test func anUnreadableFileIsNamedAsGiven() throws {
    let missing = URL(fileURLWithPath: "/nonexistent-qualitykit/values.csv")
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let schools = directory.appendingPathComponent("schools.csv")
    try Data(Sample.schools.utf8).write(to: schools)
    #expect(
      throws: CSVError(
        kind: .unreadableFile(
          FileAccessError(
            kind: .notFound, path: "/nonexistent-qualitykit/values.csv", access: .read)),
        file: "/nonexistent-qualitykit/values.csv", line: 0, column: 0)
    ) {
      _ = try DatasetLoader.load(schools: schools, values: [missing], benchmarks: nil)
    }
    #expect(
      throws: CSVError(
        kind: .unreadableFile(
          FileAccessError(kind: .isDirectory, path: directory.path, access: .read)),
        file: directory.path, line: 0, column: 0)
    ) {
      _ = try DatasetLoader.load(schools: directory, values: [], benchmarks: nil)
    }
    let relative = URL(fileURLWithPath: "no-such-dir/schools.csv")
    #expect(
      throws: CSVError(
        kind: .unreadableFile(
          FileAccessError(kind: .notFound, path: "no-such-dir/schools.csv", access: .read)),
        file: "no-such-dir/schools.csv", line: 0, column: 0)
    ) {
      _ = try DatasetLoader.load(schools: relative, values: [], benchmarks: nil)
    }
    // The sentence names the file, so the location is not repeated in front of it.
    let error = CSVError(
      kind: .unreadableFile(FileAccessError(kind: .notFound, path: "s.csv", access: .read)),
      file: "s.csv", line: 0, column: 0)
    #expect(error.description == "нет файла s.csv")
    #expect(error.located(in: .english) == "there is no file s.csv")
  }

  @Test func collectingModeGathersTheErrorsOfEveryFileInOrder() throws {
    let data = try DatasetLoader.load(
      schools: IOFixture.csv(
        "s.csv", "school_id;name;municipality\nS1;Школа 1;М\nS2;Школа 2;М\nS2;Дубль;М\n"),
      values: [
        IOFixture.csv("a.csv", "school_id;year;results.quality_percent\nS1;2022;50\nS3;2022;1\n"),
        IOFixture.csv(
          "b.csv",
          "school_id;year;metric;value\nS1;2022;results.quality_percent;51\n"
            + "S2;2022;results.quality_percent;52\n"),
      ],
      benchmarks: IOFixture.csv("c.csv", "scope;year;metric;value\nregion;2022;x;1\n"),
      mode: .collecting)
    #expect(
      data.rejected == [
        CSVError(kind: .duplicateSchool("S2"), file: "s.csv", line: 4, column: 1),
        CSVError(kind: .unknownSchool("S3"), file: "a.csv", line: 3, column: 1),
        CSVError(
          kind: .duplicateValue(school: "S1", year: 2022, metric: .resultsQualityPercent),
          file: "b.csv", line: 2, column: 4),
        CSVError(kind: .unknownMetric("x"), file: "c.csv", line: 2, column: 3),
      ])
    #expect(data.dataset.schools.map(\.name) == ["Школа 1", "Школа 2"])
    #expect(data.dataset.value(of: .resultsQualityPercent, school: 0, year: 2022) == 50)
    #expect(data.dataset.value(of: .resultsQualityPercent, school: 1, year: 2022) == 52)
    #expect(data.benchmarks.count == 0)
  }

  @Test func strictModeThrowsTheFirstError() {
    #expect(throws: CSVError(kind: .unknownSchool("S3"), file: "a.csv", line: 3, column: 1)) {
      _ = try DatasetLoader.load(
        schools: IOFixture.csv("s.csv", "school_id;name;municipality\nS1;Школа 1;М\n"),
        values: [
          IOFixture.csv(
            "a.csv", "school_id;year;results.quality_percent\nS1;2022;50\nS3;2022;1\nS4;2022;x\n")
        ],
        benchmarks: nil)
    }
  }

  private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("qualitykit-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
