import Foundation
import QualityRules
import Testing

/// `identify-schools --pack <every registered pack>` on the bundled sample: the default packs side
/// by side, each school's categories naming the packs that raised them. The packs come from the
/// registry, `DefaultPacks.all`, so a new region is run here without editing this file.
@Suite struct FourPacksTests {
  static let allPacks = DefaultPacks.all.map(\.id.rawValue)

  @Test func fourPacksRunSideBySide() throws {
    let run = try runIdentifySchools([
      "--pack", Self.allPacks.joined(separator: ","), "--format", "json",
    ])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    let root = try jsonObject(run.stdout)
    let packs = try #require(root["packs"] as? [[String: Any]])
    #expect(packs.compactMap { $0["id"] as? String } == Self.allPacks)
    let schools = try #require(root["schools"] as? [[String: Any]])
    #expect(schools.count == 9)
    for school in schools {
      let id = school["id"] as? String ?? "?"
      let categories = school["categories"] as? [String] ?? []
      let placements = try #require(school["placements"] as? [[String: Any]], "placements of \(id)")
      // One placement per category, in the same order, each naming at least one known pack.
      #expect(placements.compactMap { $0["category"] as? String } == categories, "\(id)")
      for placement in placements {
        let raisedBy = placement["packs"] as? [String] ?? []
        #expect(!raisedBy.isEmpty && raisedBy.allSatisfy(Self.allPacks.contains), "\(id)")
        #expect(raisedBy == Self.allPacks.filter(raisedBy.contains), "\(id): packs in run order")
      }
    }
    // The krasnoyarsk ШНОР list of the sample (Examples/Data/README.md: СОШ №6 and №8) is still
    // raised by krasnoyarsk when the other packs run beside it.
    for id in ["LES05", "LES06"] {
      let school = schools.first { $0["id"] as? String == id } ?? [:]
      let placements = school["placements"] as? [[String: Any]] ?? []
      let low = placements.first { $0["category"] as? String == "low_results" } ?? [:]
      let raisedBy = low["packs"] as? [String] ?? []
      #expect(raisedBy.contains("krasnoyarsk"), "\(id)")
    }
  }

  @Test func describeListsEveryCriterionOfTheFourPacksWithProvenance() throws {
    let run = try runIdentifySchools([
      "--describe", "--pack", Self.allPacks.joined(separator: ","), "--format", "json",
    ])
    #expect(run.status == 0)
    let root = try jsonObject(run.stdout)
    let packs = try #require(root["packs"] as? [[String: Any]])
    #expect(packs.compactMap { $0["id"] as? String } == Self.allPacks)
    for pack in packs {
      let id = pack["id"] as? String ?? "?"
      let criteria = try #require(pack["criteria"] as? [[String: Any]], "criteria of \(id)")
      #expect(!criteria.isEmpty, "\(id) has criteria")
      for criterion in criteria {
        let name = criterion["id"] as? String ?? "?"
        #expect(name.hasPrefix(id + "."), "\(name) is namespaced")
        let provenance = try #require(criterion["provenance"] as? [String: Any], "\(name)")
        #expect((provenance["source"] as? String)?.hasSuffix(".txt") == true, "\(name) source")
        #expect(!(provenance["section"] as? String ?? "").isEmpty, "\(name) section")
        #expect(!(provenance["quote"] as? String ?? "").isEmpty, "\(name) quote")
        #expect(
          ["stated", "derived"].contains(provenance["kind"] as? String ?? ""), "\(name) kind")
      }
    }
  }

  @Test func textReportNamesThePacksAndTheSeverity() throws {
    let run = try runIdentifySchools(["--pack", Self.allPacks.joined(separator: ",")])
    #expect(run.status == 0)
    let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    /// The school lines of the list headed `title` («ШНОР — …: 3 из 9»), up to the blank line;
    /// not the note above them that the `khabarovsk` and `krasnodar` rules only propose a list.
    func list(_ title: String) throws -> [String] {
      let start = try #require(lines.firstIndex { $0.hasPrefix(title) && $0.contains(" из ") })
      return Array(lines[(start + 2)...].prefix { !$0.isEmpty }).filter { $0.hasPrefix("• ") }
    }
    let severities = ["в ситуации риска", "в кризисной ситуации"]
    // Every ШНОР line names its packs; amur grades each of its placements with exactly one
    // severity, and the ШНСУ list, which no pack grades, has none.
    let lowResults = try list("ШНОР — школы с низкими результатами обучения")
    #expect(!lowResults.isEmpty && lowResults.allSatisfy { $0.contains("пакеты: ") })
    let graded = lowResults.filter { $0.contains("amur") }
    #expect(!graded.isEmpty)
    for line in graded {
      #expect(severities.filter { line.contains($0) }.count == 1, "\(line)")
    }
    let social = try list("ШНСУ — школы, функционирующие в неблагоприятных социальных условиях")
    #expect(!social.isEmpty)
    #expect(social.allSatisfy { line in !severities.contains { line.contains($0) } })
  }

  @Test("JSON placements carry amur's severity as its rules define it, and none for ШНСУ")
  func jsonSeverityFollowsAmursRules() throws {
    let run = try runIdentifySchools(["--pack", "krasnoyarsk,amur", "--format", "json"])
    #expect(run.status == 0)
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let schools = try #require(document["schools"] as? [[String: Any]])
    var seen: Set<String> = []
    for school in schools {
      let findings = (school["findings"] as? [[String: Any]]) ?? []
      func met(_ criterion: String) -> Bool {
        findings.contains {
          $0["criterion"] as? String == criterion && $0["status"] as? String == "met"
        }
      }
      for placement in (school["placements"] as? [[String: Any]]) ?? [] {
        let severity = placement["severity"] as? String
        let packs = placement["packs"] as? [String] ?? []
        guard placement["category"] as? String == "low_results", packs.contains("amur") else {
          #expect(severity == nil, "\(school["id"] ?? "?"): \(placement)")
          continue
        }
        // Amur (AmurPack.swift): in crisis when low every year of the window and over 5 % below
        // the minimum; at risk when persistently low; crisis first.
        let expected =
          met("amur.low_results_every_year") && met("amur.below_minimum_over_5")
          ? "crisis" : met("amur.persistent_low_results") ? "risk" : nil
        #expect(severity != nil && severity == expected, "\(school["id"] ?? "?"): \(placement)")
        seen.insert(severity ?? "none")
      }
    }
    // The sample has both grades, so each branch is checked.
    #expect(seen == ["crisis", "risk"])
  }
}
