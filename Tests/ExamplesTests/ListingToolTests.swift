import Foundation
import Testing

/// How each pack's document decides its lists, in the tools: `khabarovsk` (order № 309) and
/// `krasnodar` (the nine schools seed 004 names) are lists fixed by an act, so their rules are
/// labelled the library's proposal; `krasnoyarsk` and `amur` decide by rules.
///
/// The Тбилисский-like district of `Examples/Data/Tbilissky` has 14 schools (№ 1–15 without 13;
/// № 10 and 11 basic, without ЕГЭ) and regional values ЕГЭ 71 / 53 points, ОГЭ 3.90 / 3.70,
/// ВПР 3.60 / 3.70 in each of 2017–2019. Derived by hand from the file:
/// - № 2, 3, 4, 5, 6, 8, 9 and 12 score about 63 / 46 points and 3.5 / 3.3 / 3.3 / 3.4 marks each
///   year (№ 8 58 / 40): below the district means (about 65.3 / 50.7 points, 3.79 / 3.51 / 3.56 /
///   3.66 marks) and the regional values in all six subjects — the `krasnodar` rule (at least 3 of
///   6 subjects below both in each of 3 years) proposes these eight;
/// - № 14 and 15 are below both only in ЕГЭ Russian (about 64) and ОГЭ mathematics (about 3.35):
///   2 subjects, so the rule does not propose them;
/// - `decisions.csv` includes the nine schools the document names (№ 2, 3, 4, 5, 6, 8, 12, 14, 15)
///   and excludes № 9, so with it the list is exactly the document's.
@Suite("pack listing: rules or an act")
struct ListingToolTests {
  static let directory = SourceTree.sample("Tbilissky")
  static let data = [
    "--pack", "krasnodar",
    "--schools", directory.appendingPathComponent("schools.csv").path,
    "--values", directory.appendingPathComponent("values.csv").path,
    "--benchmarks", directory.appendingPathComponent("benchmarks.csv").path,
  ]
  static let decisions = ["--decisions", directory.appendingPathComponent("decisions.csv").path]

  /// The ids of the schools on the ШНОР list of a JSON report.
  static func lowResults(_ stdout: String) throws -> Set<String> {
    let schools = try #require(try jsonObject(stdout)["schools"] as? [[String: Any]])
    return Set(
      schools.filter { ($0["categories"] as? [String])?.contains("low_results") == true }
        .compactMap { $0["id"] as? String })
  }

  @Test func theRuleProposesEightSchoolsAndTheDecisionsMakeTheDocumentsNine() throws {
    let proposed = try runIdentifySchools(Self.data + ["--format", "json"])
    #expect(proposed.status == 0, "\(proposed.stderr)")
    #expect(
      try Self.lowResults(proposed.stdout)
        == ["TBL02", "TBL03", "TBL04", "TBL05", "TBL06", "TBL08", "TBL09", "TBL12"])
    let decided = try runIdentifySchools(Self.data + Self.decisions + ["--format", "json"])
    #expect(decided.status == 0, "\(decided.stderr)")
    #expect(
      try Self.lowResults(decided.stdout)
        == ["TBL02", "TBL03", "TBL04", "TBL05", "TBL06", "TBL08", "TBL12", "TBL14", "TBL15"])
    let root = try jsonObject(decided.stdout)
    let packs = try #require(root["packs"] as? [[String: Any]])
    #expect(packs.first?["listing"] as? String == "act")
    #expect(
      (packs.first?["act"] as? String)?.hasPrefix("школы № 2, 3, 4, 5, 6, 8, 12, 14, 15") == true)
  }

  @Test func listPacksCallTheirRulesAProposalAndRulePacksDoNot() throws {
    let text = try runIdentifySchools(Self.data)
    #expect(text.status == 0, "\(text.stderr)")
    #expect(
      text.stdout.contains(
        "Отбор: список по документу: школы № 2, 3, 4, 5, 6, 8, 12, 14, 15, названные в разделе 2 "
          + "программы"))
    #expect(text.stdout.contains("Ниже — предложение библиотеки по правилам пакета krasnodar"))
    let markdown = try runIdentifySchools(
      Self.data + Self.decisions + ["--format", "markdown"])
    #expect(markdown.stdout.contains("предложение библиотеки (правило пакета krasnodar): ШНОР"))
    #expect(!markdown.stdout.contains("  - правило пакета krasnodar:"))
    let khabarovsk = try runIdentifySchools(["--pack", "khabarovsk", "--lang", "en"])
    #expect(khabarovsk.stdout.contains("Selection: the document's list: order № 309 of 16.03.2020"))
    for pack in ["krasnoyarsk", "amur"] {
      let run = try runIdentifySchools(["--pack", pack, "--format", "markdown"])
      #expect(run.status == 0)
      #expect(!run.stdout.contains("предложение библиотеки"), "\(pack)")
      #expect(!run.stdout.contains("Отбор:"), "\(pack)")
      let json = try jsonObject(
        try runIdentifySchools(["--pack", pack, "--format", "json"]).stdout)
      let packs = try #require(json["packs"] as? [[String: Any]])
      #expect(packs.first?["listing"] as? String == "rules")
      #expect(packs.first?["act"] == nil)
    }
  }

  @Test func theRuleBookSaysHowEachDocumentSelects() throws {
    let run = try runIdentifySchools(
      ["--describe", "--pack", "krasnoyarsk,amur,khabarovsk,krasnodar", "--format", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let packs = try #require(try jsonObject(run.stdout)["packs"] as? [[String: Any]])
    var bases: [String: String] = [:]
    for pack in packs {
      let listing = try #require(pack["listing"] as? [String: Any])
      bases[pack["id"] as? String ?? ""] = listing["basis"] as? String
      let provenance = try #require(listing["provenance"] as? [String: Any])
      #expect(provenance["kind"] as? String == "stated")
      let rules = try #require(pack["category_rules"] as? [[String: Any]])
      let role = listing["basis"] as? String == "act" ? "proposal" : "criterion"
      #expect(rules.allSatisfy { $0["role"] as? String == role })
    }
    #expect(
      bases == ["krasnoyarsk": "rules", "amur": "rules", "khabarovsk": "act", "krasnodar": "act"])
    let book = try runIdentifySchools(["--describe", "--pack", "khabarovsk"])
    #expect(book.stdout.contains("Отбор школ: Список по документу: распоряжение министерства"))
    #expect(book.stdout.contains("Роль: предложение библиотеки к списку"))
  }
}
