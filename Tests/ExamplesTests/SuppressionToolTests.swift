import Foundation
import QualityKitTestSupport
import Testing

/// `identify-schools` on a hand-made region (issue 17, items 1 and 3): five schools with ЕГЭ
/// Russian and profile mathematics and ОГЭ Russian in 2019/2020 – 2021/2022, which the krasnoyarsk
/// pack's results index ranks over three years.
///
/// | school | enrolment 2020, 2021, 2022 |
/// |--------|----------------------------|
/// | A      | 2, 2, 600                  |
/// | U      | —                          |
/// | B, C, D | 100 each year             |
///
/// A's three-year composite comes from two years with 2 students: hidden, though it has 600 in
/// the report year. U's enrolment is unknown: hidden unless `--assume-large-when-unknown`.
@Suite("identify-schools: suppression across years and the default year")
struct SuppressionToolTests {
  static func write(strayRow: Bool = false) throws -> URL {
    let directory = try makeTemporaryDirectory()
    var schools = "school_id;name;municipality;region\n"
    var values = "school_id;year;metric;value\n"
    let ege: [String: Double] = ["A": 50, "U": 60, "B": 70, "C": 80, "D": 90]
    for id in ege.keys.sorted() {
      schools += "\(id);Школа \(id);М;Р\n"
      for year in 2020...2022 {
        // Three of the results index's six metrics in each of three years: 9 of 18 cells, enough.
        let score = Int(ege[id] ?? 0) + year - 2020
        values += "\(id);\(year);ege.russian.mean_score;\(score)\n"
        values += "\(id);\(year);ege.math_profile.mean_score;\(score)\n"
        values += "\(id);\(year);oge.russian.mean_mark;\(Double(score) / 25)\n"
        switch id {
        case "A": values += "A;\(year);context.enrollment;\(year == 2022 ? 600 : 2)\n"
        case "U": break
        default: values += "\(id);\(year);context.enrollment;100\n"
        }
      }
    }
    if strayRow { values += "B;2023;ege.russian.mean_score;71\n" }
    try Data(schools.utf8).write(to: directory.appendingPathComponent("schools.csv"))
    try Data(values.utf8).write(to: directory.appendingPathComponent("values.csv"))
    return directory
  }

  static func run(_ directory: URL, _ extra: [String] = []) throws -> [String: Any] {
    let result = try runIdentifySchools(
      [
        "--schools", directory.appendingPathComponent("schools.csv").path,
        "--values", directory.appendingPathComponent("values.csv").path,
        "--pack", "krasnoyarsk", "--format", "json",
      ] + extra)
    #expect(result.status == 0, "\(result.stderr)")
    return try jsonObject(result.stdout)
  }

  static func suppression(_ root: [String: Any]) -> [String: String] {
    var found: [String: String] = [:]
    for school in root["schools"] as? [[String: Any]] ?? [] {
      if let id = school["id"] as? String, let reason = school["suppression"] as? String {
        found[id] = reason
      }
    }
    return found
  }

  @Test("a small earlier year and an unknown enrolment hide the values; the flag keeps U")
  func flag() throws {
    let directory = try Self.write()
    defer { removeTemporaryDirectory(directory) }
    let plain = try Self.run(directory)
    #expect(Self.suppression(plain) == ["A": "small_group", "U": "unknown_enrollment"])
    let summary = (plain["summary"] as? [String: Any])?["suppression"] as? [String: Any]
    #expect(int(summary?["schools"]) == 2)
    let schools = plain["schools"] as? [[String: Any]] ?? []
    let a = try #require(schools.first { $0["id"] as? String == "A" })
    for finding in a["findings"] as? [[String: Any]] ?? [] {
      #expect(finding["value"] is NSNull)
    }
    let assumed = try Self.run(directory, ["--assume-large-when-unknown"])
    #expect(Self.suppression(assumed) == ["A": "small_group"])
  }

  @Test("one stray row of a later year does not move the report year; it is an issue")
  func strayYear() throws {
    let directory = try Self.write(strayRow: true)
    defer { removeTemporaryDirectory(directory) }
    let root = try Self.run(directory)
    #expect(int(root["year"]) == 2022)
    #expect(root["report_year_basis"] as? String == "latest_with_half_of_schools")
    let issues = root["issues"] as? [[String: Any]] ?? []
    let stray = try #require(issues.first { $0["code"] as? String == "sparse_later_year" })
    #expect(
      (stray["message"] as? String)?.contains("за 2022/2023 значения есть только у 1 из 5 школ")
        == true)
    let requested = try Self.run(directory, ["--year", "2023"])
    #expect(int(requested["year"]) == 2023)
    #expect(requested["report_year_basis"] as? String == "requested")
  }
}
