import Foundation
import Testing

/// `--decisions` in the tools, on the bundled Lesosibirsk sample: by the rules ШНОР is LES05 and
/// LES06, ШНСУ LES04, LES05 and LES06; `Examples/Data/decisions.csv` includes LES04 in ШНОР and
/// excludes LES06 from ШНСУ.
@Suite("--decisions")
struct DecisionsToolTests {
  static let sample = SourceTree.sample("decisions.csv").path

  /// Each school's categories in the JSON report, by id.
  static func categories(_ root: [String: Any]) throws -> [String: [String]] {
    let schools = try #require(root["schools"] as? [[String: Any]])
    var result: [String: [String]] = [:]
    for school in schools {
      result[school["id"] as? String ?? ""] = school["categories"] as? [String] ?? []
    }
    return result
  }

  @Test func identifySchoolsAppliesTheSampleDecisionsInJSON() throws {
    let run = try runIdentifySchools(["--decisions", Self.sample, "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let root = try jsonObject(run.stdout)
    let categories = try Self.categories(root)
    #expect(categories["LES04"] == ["low_results", "unfavourable_social_conditions"])
    #expect(categories["LES05"] == ["low_results", "unfavourable_social_conditions"])
    #expect(categories["LES06"] == ["low_results"])
    #expect(categories.filter { !$0.value.isEmpty }.count == 3)
    let summary = try #require(root["summary"] as? [String: Any])
    #expect(
      summary["categories"] as? [String: Int]
        == ["low_results": 3, "unfavourable_social_conditions": 2])
    #expect(summary["decisions"] as? [String: Int] == ["included": 1, "excluded": 1])
    let schools = try #require(root["schools"] as? [[String: Any]])
    let les04 = try #require(schools.first { $0["id"] as? String == "LES04" })
    let placements = try #require(les04["placements"] as? [[String: Any]])
    #expect(placements.map { $0["basis"] as? String } == ["decision", "rule"])
    #expect(placements[0]["date"] as? String == "2022-08-15")
    #expect(
      placements[0]["act"] as? String
        == "приказ управления образования администрации г. Лесосибирска № 309")
    let les06 = try #require(schools.first { $0["id"] as? String == "LES06" })
    let decisions = try #require(les06["decisions"] as? [[String: Any]])
    #expect(decisions.count == 1)
    #expect(decisions.first?["decision"] as? String == "exclude")
    #expect(decisions.first?["category"] as? String == "unfavourable_social_conditions")
    // Its findings stay.
    #expect((les06["findings"] as? [Any])?.count == (les04["findings"] as? [Any])?.count)
  }

  @Test func textAndHTMLSayIncludedAndExcluded() throws {
    let text = try runIdentifySchools(["--decisions", Self.sample])
    #expect(text.status == 0, "\(text.stderr)")
    #expect(text.stdout.contains("Решения органа управления: включено 1, исключено 1"))
    #expect(
      text.stdout.contains(
        "• МБОУ «ООШ №5» (LES04) — включена: приказ управления образования администрации "
          + "г. Лесосибирска № 309 от 15.08.2022 — по заявлению школы"))
    #expect(
      text.stdout.contains(
        "• МБОУ «СОШ №8» (LES06) — исключена: приказ управления образования администрации "
          + "г. Лесосибирска № 309 от 15.08.2022 — с 01.09.2022"))
    #expect(text.stdout.contains("ШНОР — школы с низкими результатами обучения: 3 из 9"))
    let english = try runIdentifySchools(["--decisions", Self.sample, "--lang", "en"])
    #expect(english.stdout.contains("(LES04) — included: приказ"))
    #expect(english.stdout.contains("№ 309 of 2022-08-15 — "))
    let html = try runIdentifySchools(["--decisions", Self.sample, "--format", "html"])
    #expect(html.status == 0)
    #expect(html.stdout.contains("исключена: приказ управления образования"))
    let school = try runIdentifySchools(["--decisions", Self.sample, "--school", "LES06"])
    #expect(school.stdout.contains("нет; исключена: приказ управления образования"))
  }

  @Test func withoutDecisionsTheListsAreTheRules() throws {
    let root = try jsonObject(try runIdentifySchools(["--format", "json"]).stdout)
    let categories = try Self.categories(root)
    #expect(categories["LES04"] == ["unfavourable_social_conditions"])
    #expect(categories["LES06"] == ["low_results", "unfavourable_social_conditions"])
    let summary = try #require(root["summary"] as? [String: Any])
    #expect(summary["decisions"] == nil)
  }

  @Test func aBadDecisionIsADataErrorAtItsCell() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(directory) }
    let file = directory.appendingPathComponent("decisions.csv")
    try Data(
      ("school_id;category;decision;act;date;reason\n"
        + "LES04;ШНОР;включить;приказ № 1;15.08.2022;причина\n"
        + "LES04;ШНОР;исключить;приказ № 2;16.08.2022;причина\n").utf8
    ).write(to: file)
    let ru = try runIdentifySchools(["--decisions", file.path])
    #expect(ru.status == 1)
    #expect(
      ru.stderr.contains(
        "decisions.csv:3:3: школа LES04 и включена, и исключена в категории low_results: другое "
          + "решение в строке 2"), "\(ru.stderr)")
    let en = try runIdentifySchools(["--decisions", file.path, "--lang", "en"])
    #expect(en.status == 1)
    #expect(en.stderr.contains("decisions.csv:3:3"), "\(en.stderr)")
    #expect(en.stderr.contains("both included and excluded"), "\(en.stderr)")

    try Data(
      ("school_id;category;decision;act;date;reason\n"
        + "LES99;ШНОР;включить;приказ № 1;15.08.2022;причина\n").utf8
    ).write(to: file)
    let unknown = try runIdentifySchools([
      "--decisions", file.path, "--collect", "--format", "json",
    ])
    // --collect: the row is an issue of the report, and nothing is decided.
    #expect(unknown.status == 0, "\(unknown.stderr)")
    let issues = try #require(try jsonObject(unknown.stdout)["issues"] as? [[String: Any]])
    #expect(issues.contains { int($0["line"]) == 2 && int($0["column"]) == 1 })
  }

  @Test func planSupportAndTrackIndicatorsFollowTheDecidedLists() throws {
    let plan = try runExample(
      "plan-support", ["--decisions", Self.sample, "--section", "roadmaps", "--format", "json"])
    #expect(plan.status == 0, "\(String(decoding: plan.stderr, as: UTF8.self))")
    let planText = String(decoding: plan.stdout, as: UTF8.self)
    let before = try runExample("plan-support", ["--section", "roadmaps", "--format", "json"])
    #expect(planText != String(decoding: before.stdout, as: UTF8.self))
    #expect(planText.contains("LES04"))

    let track = try runExample(
      "track-indicators", ["--decisions", Self.sample, "--section", "history"])
    #expect(track.status == 0, "\(String(decoding: track.stderr, as: UTF8.self))")
    let text = String(decoding: track.stdout, as: UTF8.self)
    #expect(
      text.contains(
        "Списки 2021/2022 учебного года — с учётом решений органа управления (включено 1, "
          + "исключено 1)"))
    #expect(
      text.contains(
        "• МБОУ «СОШ №8» (LES06): годы в списке: 2019/2020, 2020/2021; вышла: 2021/2022"))
    let json = try runExample(
      "track-indicators", ["--decisions", Self.sample, "--section", "history", "--format", "json"])
    let root = try jsonObject(String(decoding: json.stdout, as: UTF8.self))
    #expect(
      (root["decisions"] as? [String: Int]) == ["year": 2022, "included": 1, "excluded": 1])
  }

  /// On a generated region, decisions change exactly the placements they name: every school's
  /// categories with decisions are its categories without them, plus the inclusions, minus the
  /// exclusions.
  @Test(arguments: [7, 11] as [Int])
  func decisionsChangeExactlyTheNamedPlacementsOnAGeneratedRegion(seed: Int) throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(directory) }
    let made = try runExample(
      "make-region", [directory.path, "--schools", "60", "--seed", "\(seed)"])
    #expect(made.status == 0, "\(String(decoding: made.stderr, as: UTF8.self))")
    func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
    let data = [
      "--schools", path("schools.csv"), "--values", path("values.csv"), "--benchmarks",
      path("benchmarks.csv"), "--format", "json",
    ]
    let rules = try Self.categories(
      try jsonObject(try runIdentifySchools(data).stdout))
    // Every fifth school: excluded from a category it is in, included in one it is not in.
    var expected = rules
    var rows = ["school_id;category;decision;act;date;reason"]
    for (index, id) in rules.keys.sorted().enumerated() where index % 5 == seed % 5 {
      let current = rules[id] ?? []
      let category =
        index % 2 == 0 ? "low_results" : "unfavourable_social_conditions"
      if current.contains(category) {
        rows.append("\(id);\(category);exclude;приказ № \(index);2022-08-15;проверка")
        expected[id] = current.filter { $0 != category }
      } else {
        rows.append("\(id);\(category);include;приказ № \(index);15.08.2022;проверка")
        expected[id] = ["low_results", "unfavourable_social_conditions"].filter {
          current.contains($0) || $0 == category
        }
      }
    }
    #expect(rows.count > 5)
    let file = directory.appendingPathComponent("decisions.csv")
    try Data((rows.joined(separator: "\n") + "\n").utf8).write(to: file)
    let run = try runIdentifySchools(data + ["--decisions", file.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(try Self.categories(try jsonObject(run.stdout)) == expected)
  }
}
