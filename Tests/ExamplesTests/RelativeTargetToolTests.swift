import Foundation
import Testing

/// Targets relative to benchmarks and baselines in `track-indicators`.
///
/// Seed 003's «Снизится доля неуспешных учащихся … до уровня, не выше средних по региону и РФ»
/// is `krasnoyarsk.failing_students_basic_subjects_share`, «не более» the lower of the region's
/// and Russia's means from 2022/2023. Seed 004's table gives «Значение 2021 г.» as a baseline
/// beside the plan for 2022–2024.
@Suite struct RelativeTargetToolTests {
  static let key = "krasnoyarsk.failing_students_basic_subjects_share"

  /// The year entries of indicator `id` in a progress JSON report, by year.
  static func years(_ stdout: String, _ id: String) throws -> [Int: [String: Any]] {
    let indicators = try #require(try jsonObject(stdout)["indicators"] as? [[String: Any]])
    let indicator = try #require(indicators.first { $0["id"] as? String == id })
    var byYear: [Int: [String: Any]] = [:]
    for entry in try #require(indicator["years"] as? [[String: Any]]) {
      byYear[entry["year"] as? Int ?? 0] = entry
    }
    return byYear
  }

  @Test func theLowerOfTheRegionalAndNationalMeansIsTheTarget() throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("relative-target-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    // The sample's benchmarks plus the two references for 2023: region 4.0, Russia 3.5.
    let benchmarks = directory.appendingPathComponent("benchmarks.csv")
    try
      (SourceTree.sampleText("benchmarks.csv")
      + "region;2023;\(Self.key);4.0\ncountry;2023;\(Self.key);3.5\n")
      .write(to: benchmarks, atomically: true, encoding: .utf8)
    // Reported 3.8 % in 2022/2023: above 3.5, so «не достигнуто» by 0.3.
    let reported = directory.appendingPathComponent("reported.csv")
    try "indicator;year;value\n\(Self.key);2023;3.8\n".write(
      to: reported, atomically: true, encoding: .utf8)
    let run = try runExample(
      "track-indicators",
      [
        "--schools", SourceTree.sample("schools.csv").path,
        "--values", SourceTree.sample("values.csv").path,
        "--benchmarks", benchmarks.path, "--reported", reported.path,
        "--section", "progress", "--format", "json",
      ])
    let stdout = String(decoding: run.stdout, as: UTF8.self)
    #expect(run.status == 0, "\(String(decoding: run.stderr, as: UTF8.self))")
    let years = try Self.years(stdout, Self.key)
    #expect(years[2023]?["status"] as? String == "not_achieved")
    #expect(years[2023]?["target"] as? Double == 3.5)
    #expect((years[2023]?["distance"] as? Double).map { abs($0 + 0.3) < 1e-9 } == true)
    #expect(years[2022]?["status"] as? String == "not_yet_due")
    let text = try runExample(
      "track-indicators",
      [
        "--schools", SourceTree.sample("schools.csv").path,
        "--values", SourceTree.sample("values.csv").path,
        "--benchmarks", benchmarks.path, "--reported", reported.path, "--section", "progress",
      ])
    #expect(
      String(decoding: text.stdout, as: UTF8.self).contains(
        "Цель: не более среднего по региону и по РФ (с 2022/2023)"))
  }

  @Test func aBaselineYearHasNoTargetSet() throws {
    // krasnodar.network_programmes_count: baseline 6 in 2021, plan 12, 21, 29 for 2022–2024.
    let run = try runExample(
      "track-indicators", ["--pack", "krasnodar", "--section", "progress", "--format", "json"])
    #expect(run.status == 0)
    let stdout = String(decoding: run.stdout, as: UTF8.self)
    let years = try Self.years(stdout, "krasnodar.network_programmes_count")
    #expect(years[2021]?["status"] as? String == "target_not_set")
    #expect(years[2022]?["target"] as? Double == 12)
    let text = String(
      decoding: try runExample(
        "track-indicators", ["--pack", "krasnodar", "--section", "progress"]
      )
      .stdout, as: UTF8.self)
    #expect(text.contains("2023/2024 — 29; база 2020/2021 — 6"))
    #expect(text.contains("цель не установлена"))
  }
}
