import Foundation
import Testing

/// `--cohort region` on a dataset of two regions, and `--collect` with a pack file: the two gaps
/// issue 17 (item 8) found in the tool tests, each with expectations worked out by hand.
@Suite struct CohortAndCollectToolTests {
  /// A temporary folder, removed by the caller.
  static func folder() throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("cohort-collect-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  /// The ids of the schools on the ШНОР list of a JSON report.
  static func lowResults(_ stdout: String) throws -> Set<String> {
    let schools = try #require(try jsonObject(stdout)["schools"] as? [[String: Any]])
    return Set(
      schools.filter { ($0["categories"] as? [String])?.contains("low_results") == true }
        .compactMap { $0["id"] as? String })
  }

  /// Two regions of two schools each, pack `krasnodar` (ШНОР: below both the group's mean and the
  /// regional value in at least 3 of 6 subjects in each of 3 years). Every subject has the same
  /// value in points (ЕГЭ) or points ÷ 20 (marks) each year: A1 58, A2 62 in R1 (regional 65);
  /// B1 78, B2 82 in R2 (regional 85), given as `region:<name>` benchmarks.
  /// - `--cohort all`: one mean of 70. A1 and A2 are below 70 and 65; B1 and B2 are above 70.
  /// - `--cohort region`: R1's mean 60 — A1 below 60 and 65, A2 not; R2's mean 80 — B1 below 80
  ///   and 85, B2 not.
  /// Read as `all`, `region` would give {A1, A2}; read right it gives {A1, B1}.
  @Test func regionCohortComparesEachRegionWithinItself() throws {
    let directory = try Self.folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    let schools: [(id: String, region: String, points: Double)] = [
      ("A1", "R1", 58), ("A2", "R1", 62), ("B1", "R2", 78), ("B2", "R2", 82),
    ]
    var schoolsText = "school_id;name;municipality;region;kind\n"
    let metrics = [
      "ege.russian.mean_score", "ege.math_profile.mean_score", "oge.russian.mean_mark",
      "oge.math.mean_mark", "vpr.russian.mean_mark", "vpr.math.mean_mark",
    ]
    var values = "school_id;year;" + metrics.joined(separator: ";") + ";context.enrollment\n"
    for school in schools {
      schoolsText +=
        "\(school.id);Школа \(school.id);М-\(school.region);\(school.region);secondary\n"
      for year in 2020...2022 {
        let marks = String(format: "%.2f", school.points / 20)
        values +=
          "\(school.id);\(year);\(Int(school.points));\(Int(school.points));"
          + [String](repeating: marks, count: 4).joined(separator: ";") + ";300\n"
      }
    }
    var benchmarks = "scope;year;metric;value\n"
    for (region, points) in [("R1", 65.0), ("R2", 85.0)] {
      for year in 2020...2022 {
        for metric in metrics {
          let value = metric.hasPrefix("ege") ? points : points / 20
          benchmarks += "region:\(region);\(year);\(metric);\(value)\n"
        }
      }
    }
    for (name, text) in [
      ("schools.csv", schoolsText), ("values.csv", values), ("benchmarks.csv", benchmarks),
    ] {
      try text.write(
        to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    let data = [
      "--pack", "krasnodar",
      "--schools", directory.appendingPathComponent("schools.csv").path,
      "--values", directory.appendingPathComponent("values.csv").path,
      "--benchmarks", directory.appendingPathComponent("benchmarks.csv").path,
      "--format", "json",
    ]
    let region = try runIdentifySchools(data + ["--cohort", "region"])
    #expect(region.status == 0, "\(region.stderr)")
    #expect(try Self.lowResults(region.stdout) == ["A1", "B1"])
    let all = try runIdentifySchools(data + ["--cohort", "all"])
    #expect(all.status == 0, "\(all.stderr)")
    #expect(try Self.lowResults(all.stdout) == ["A1", "A2"])
  }

  /// A non-number in the first row's first metric cell (line 2, column 3), with the worked
  /// example pack file: strict mode stops at the cell; `--collect` reports it as an issue at the
  /// same place, treats the cell as missing and identifies by the pack file's rules.
  @Test func collectWorksWithAPackFile() throws {
    let directory = try Self.folder()
    defer { try? FileManager.default.removeItem(at: directory) }
    var rows = try SourceTree.sampleText("values.csv").components(separatedBy: "\n")
    let cells = rows[1].components(separatedBy: ";")
    #expect(cells[2] == "70.2")
    rows[1] = (cells[..<2] + ["abc"] + cells[3...]).joined(separator: ";")
    let values = directory.appendingPathComponent("values.csv")
    try rows.joined(separator: "\n").write(to: values, atomically: true, encoding: .utf8)
    let arguments = [
      "--schools", SourceTree.sample("schools.csv").path, "--values", values.path,
      "--benchmarks", SourceTree.sample("benchmarks.csv").path,
      "--pack-file", SourceTree.sample("custom-municipality.json").path,
    ]
    let strict = try runIdentifySchools(arguments)
    #expect(strict.status == 1)
    #expect(strict.stderr.contains("values.csv:2:3: «abc» — не число"))
    let collected = try runIdentifySchools(arguments + ["--collect", "--format", "json"])
    #expect(collected.status == 0, "\(collected.stderr)")
    let root = try jsonObject(collected.stdout)
    let packs = try #require(root["packs"] as? [[String: Any]])
    #expect(packs.map { $0["id"] as? String } == ["svobodny"])
    let issues = try #require(root["issues"] as? [[String: Any]])
    let issue = try #require(issues.first { $0["code"] as? String == "not_a_number" })
    #expect(issue["line"] as? Int == 2)
    #expect(issue["column"] as? Int == 3)
    #expect((issue["file"] as? String)?.hasSuffix("/values.csv") == true)
    let summary = try #require(root["summary"] as? [String: Any])
    #expect((summary["schools"] as? Int) == 9)
  }
}
