import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// ``CategoryRule/Evaluation`` and ``SchoolExplanation`` on ``Fixtures/smallMunicipality()`` with
/// ``Fixtures/krasnoyarskLikePack(id:version:resultsIndex:)`` — the outcomes checked by hand in
/// ``IdentifierTests``: S1 is ШНОР (results met; continuation met, olympiad not, quality gap 18 met)
/// and ШНСУ; S4 is not ШНОР although its continuation is missing (results not met decides); S5 is
/// undetermined for ШНОР (no ЕГЭ Russian in 2022, continuation met); S3 has 3 students, so its
/// values are hidden.
@Suite struct SchoolExplanationTests {
  static func report() throws -> IdentificationReport {
    try Identifier(packs: [Fixtures.krasnoyarskLikePack()]).identify(
      try Fixtures.smallMunicipality())
  }

  @Test("the tree's truth is the rule's truth for every combination of statuses")
  func treeAgreesWithEvaluate() throws {
    let condition = CategoryRule.Condition.all([
      .criterion("a"),
      .atLeast(.parameter("k"), of: [.criterion("b"), .criterion("c"), .not(.criterion("d"))]),
      .any([.criterion("a"), .criterion("d")]),
    ])
    let parameters = try ParameterValues(
      declared: [Fixtures.parameter("k", 2, unit: .count, range: 0...3)])
    let options: [CriterionResult.Status?] = [.met, .notMet, .insufficientData, nil]
    for a in options {
      for b in options {
        for c in options {
          for d in options {
            let statuses: [CriterionID: CriterionResult.Status?] = ["a": a, "b": b, "c": c, "d": d]
            let lookup = { (id: CriterionID) in statuses[id] ?? nil }
            let tree = condition.evaluation(lookup, parameters: parameters)
            #expect(tree.truth == condition.evaluate(lookup, parameters: parameters))
          }
        }
      }
    }
    // By hand: a met, b met, c open, d not met → at least 2 of (met, open, true) = 2 held: true.
    let tree = condition.evaluation(
      { ["a": .met, "b": .met, "c": .insufficientData, "d": .notMet][$0] },
      parameters: parameters)
    #expect(tree.truth == .true)
    #expect(tree.parts[1].kind == .atLeast(2))
    #expect(tree.parts[1].heldCount == 2)
    #expect(tree.parts[1].openCount == 1)
    #expect(tree.parts[1].parts[2].truth == .true)  // not(d not met)
    #expect(tree.parts[2].truth == .true)
    #expect(tree.leaves.map(\.criterion) == ["a", "b", "c", "d", "a", "d"])
  }

  @Test("S1: on both lists, with the rule's tree")
  func placedSchool() throws {
    let why = try SchoolExplanation(try Self.report(), school: "S1")
    let low = try #require(why.decision(for: .lowResults))
    #expect(low.status == .placed)
    #expect(low.placement?.packs == ["mini"])
    let rule = try #require(low.rules.first)
    #expect(rule.truth == .true)
    #expect(rule.evaluation.kind == .all)
    #expect(rule.evaluation.parts[0].kind == .criterion("mini.results_lowest_quarter", .met))
    // continuation met, olympiad not met, quality gap met: 2 of 3, at least 1 needed.
    #expect(rule.evaluation.parts[1].kind == .atLeast(1))
    #expect(rule.evaluation.parts[1].heldCount == 2)
    #expect(rule.missing.isEmpty)
    #expect(why.decision(for: .unfavourableSocialConditions)?.status == .placed)
    #expect(why.findings.count == 5)
  }

  @Test("S4: not placed — the results criterion decides although a supporting one is open")
  func notPlacedDespiteOpenPart() throws {
    let why = try SchoolExplanation(try Self.report(), school: "S4")
    let rule = try #require(why.decision(for: .lowResults)?.rules.first)
    #expect(why.decision(for: .lowResults)?.status == .notPlaced)
    #expect(rule.truth == .false)
    // continuation open, olympiad not met, quality 65 vs mean 68 (gap 3) not met: unknown.
    #expect(rule.evaluation.parts[1].truth == .unknown)
    #expect(rule.missing.isEmpty)
  }

  @Test("S5: undetermined, naming the missing ЕГЭ Russian of 2022 by its title")
  func undetermined() throws {
    let why = try SchoolExplanation(try Self.report(), school: "S5")
    let low = try #require(why.decision(for: .lowResults))
    #expect(low.status == .undetermined)
    let rule = try #require(low.rules.first)
    #expect(rule.truth == .unknown)
    #expect(rule.missing.map(\.criterion) == ["mini.results_lowest_quarter"])
    #expect(
      rule.missing.first?.data == [
        CriterionResult.MissingData(metric: .egeRussianMeanScore, year: 2022)
      ])

    let text = why.render(.text)
    #expect(
      text.contains(
        "• ШНОР — школы с низкими результатами обучения: не определено — не хватает данных\n"))
    #expect(text.contains("Для решения не хватает: "))
    #expect(text.contains(" — нет данных: средний балл ЕГЭ по русскому языку (2021/2022)\n"))
    for code in ["ege.russian", "low_results", "insufficient_data", "not_met"] {
      #expect(!text.contains(code), "no key or code in the text: \(code)")
    }
    let english = why.render(.markdown, language: .english)
    #expect(
      english.contains("- Schools with low learning results (ШНОР): undetermined — data missing\n"))
    #expect(english.contains("missing: ЕГЭ Russian mean score (2021/2022)"))
  }

  @Test("JSON: qualitykit.school/1 with the decisions and the condition tree")
  func json() throws {
    let why = try SchoolExplanation(try Self.report(), school: "S1")
    let text = why.render(.json)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(root["schema"] as? String == "qualitykit.school/1")
    #expect((root["school"] as? [String: Any])?["id"] as? String == "S1")
    #expect(root["categories"] as? [String] == ["low_results", "unfavourable_social_conditions"])
    let decisions = try #require(root["decisions"] as? [[String: Any]])
    #expect(decisions.first?["status"] as? String == "placed")
    let rule = try #require((decisions.first?["rules"] as? [[String: Any]])?.first)
    #expect(rule["truth"] as? String == "true")
    let all = try #require((rule["condition"] as? [String: Any])?["all"] as? [[String: Any]])
    #expect(all[0]["criterion"] as? String == "mini.results_lowest_quarter")
    #expect(all[0]["status"] as? String == "met")
    #expect((all[1]["at_least"] as? NSNumber)?.intValue == 1)
    #expect((all[1]["held"] as? NSNumber)?.intValue == 2)
    let findings = try #require(root["findings"] as? [[String: Any]])
    let quality = try #require(
      findings.first { $0["criterion"] as? String == "mini.quality_gap_over_10" })
    // Mean (50 + 70 + 75 + 65 + 80) / 5 = 68; S1 50 is 18 below.
    #expect((quality["value"] as? NSNumber)?.doubleValue == 18)
    #expect((quality["reference"] as? NSNumber)?.doubleValue == 68)
  }

  @Test("S3 (3 students): no values printed")
  func smallCell() throws {
    let why = try SchoolExplanation(try Self.report(), school: "S3")
    let text = why.render(.text)
    #expect(!text.contains("значение "))
    #expect(text.contains("Значения не выводятся: в 2021/2022 в школе менее 5 обучающихся."))
    let json = why.render(.json)
    #expect(json.contains("\"value\": null"))
    #expect(json.contains("\"suppressed\": true"))
  }

  @Test("an unknown id names the nearest known ids")
  func unknownSchool() throws {
    let report = try Self.report()
    #expect(throws: IdentificationError.self) { try SchoolExplanation(report, school: "S9") }
    do {
      _ = try SchoolExplanation(report, school: "s1")
    } catch {
      #expect(error.kind == .unknownSchool("s1", suggestions: ["S1"], near: true))
      #expect(error.message() == "школы «s1» нет в данных; похожие: S1 — опечатка?")
    }
    // S6 is one edit from each of S1…S5.
    let known = report.schools.map(\.school.id)
    let six = IdentificationError.unknownSchool("S6", known: known)
    #expect(
      six.kind == .unknownSchool("S6", suggestions: ["S1", "S2", "S3", "S4", "S5"], near: true))
    let far = IdentificationError.unknownSchool("LYCEUM", known: known)
    guard case .unknownSchool(_, _, let near) = far.kind else {
      Issue.record("expected an unknown school, got \(far.kind)")
      return
    }
    #expect(!near)
    #expect(
      far.message(in: .english)
        == "school 'LYCEUM' is not in the data; known ids include S1, S2, S3, S4, S5")
  }
}
