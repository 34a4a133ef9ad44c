import QualityKit
import QualityKitTestSupport
import Testing

/// ``Severity`` on category rules and ``IdentificationReport/Placement``: when several rules of a
/// category hold, the most serious severity among those that hold wins; the packs whose rules hold
/// are named in run order.
///
/// Criteria: `a` continuation < 60, `b` quality < 50, both in 2022:
///
/// | school | continuation | quality | a | b |
/// | --- | --- | --- | --- | --- |
/// | A | 50 | 40 | met | met |
/// | B | 50 | 70 | met | not met |
/// | C | 70 | 40 | not met | met |
/// | D | 70 | 70 | not met | not met |
/// | E | — | 70 | insufficient | not met |
/// | F | 50 | — | met | insufficient |
@Suite struct SeverityTests {
  static func dataset() throws -> Dataset {
    try Fixtures.dataset([
      "A": [.continuationGrade10Percent: [2022: 50], .resultsQualityPercent: [2022: 40]],
      "B": [.continuationGrade10Percent: [2022: 50], .resultsQualityPercent: [2022: 70]],
      "C": [.continuationGrade10Percent: [2022: 70], .resultsQualityPercent: [2022: 40]],
      "D": [.continuationGrade10Percent: [2022: 70], .resultsQualityPercent: [2022: 70]],
      "E": [.resultsQualityPercent: [2022: 70]],
      "F": [.continuationGrade10Percent: [2022: 50]],
    ])
  }

  static func a(_ pack: String) -> ThresholdCriterion {
    Fixtures.threshold(
      CriterionID("\(pack).a"), metric: .continuationGrade10Percent, .lessThan, 60)
  }

  static func b(_ pack: String) -> ThresholdCriterion {
    Fixtures.threshold(CriterionID("\(pack).b"), metric: .resultsQualityPercent, .lessThan, 50)
  }

  static func rule(_ criterion: CriterionID, _ severity: Severity?) -> CategoryRule {
    CategoryRule(
      category: .lowResults, condition: .criterion(criterion), provenance: Fixtures.provenance,
      rationale: Fixtures.text("test"), severity: severity)
  }

  /// A pack with criteria `a` and `b` and one `low_results` rule per (criterion, severity) given.
  static func pack(_ id: String, rules: [(String, Severity?)]) -> RulePack {
    RulePack(
      id: PackID(id), version: "1.0.0", title: Fixtures.text(id), region: Fixtures.text("r"),
      sources: [], criteria: [a(id), b(id)],
      categoryRules: rules.map { rule(CriterionID("\(id).\($0.0)"), $0.1) })
  }

  static func placements(_ packs: [RulePack]) throws
    -> [SchoolID: [IdentificationReport.Placement]]
  {
    let report = try Identifier(packs: packs).identify(try dataset())
    return Dictionary(uniqueKeysWithValues: report.schools.map { ($0.school.id, $0.placements) })
  }

  static func severity(_ placements: [SchoolID: [IdentificationReport.Placement]], _ id: SchoolID)
    -> Severity??
  {
    placements[id]?.first.map(\.severity)
  }

  @Test(
    "risk and crisis rules of one category: both hold → crisis, only risk → risk",
    arguments: [false, true])
  func mostSeriousWins(crisisFirst: Bool) throws {
    let rules: [(String, Severity?)] = [("a", .risk), ("b", .crisis)]
    let placements = try Self.placements([
      Self.pack("p", rules: crisisFirst ? rules.reversed() : rules)
    ])
    // A: a and b hold → the more serious, crisis, whatever the rule order
    #expect(Self.severity(placements, "A") == .some(.crisis))
    // B: only a (risk) holds
    #expect(Self.severity(placements, "B") == .some(.risk))
    // C: only b (crisis) holds
    #expect(Self.severity(placements, "C") == .some(.crisis))
    // D: neither holds → no placement; E: a unknown, b false → undetermined, no placement
    #expect(placements["D"] == [])
    #expect(placements["E"] == [])
    // F: a (risk) holds, b (crisis) is unknown: only rules that hold grade the placement
    #expect(Self.severity(placements, "F") == .some(.risk))
    #expect(placements["A"]?.map(\.category) == [.lowResults])
    #expect(placements["A"]?.first?.packs == ["p"])
  }

  @Test("a rule without a severity does not grade; with a graded rule holding, that grade wins")
  func ungradedRule() throws {
    let placements = try Self.placements([Self.pack("p", rules: [("a", nil), ("b", .risk)])])
    #expect(Self.severity(placements, "A") == .some(.risk))  // a (ungraded) and b (risk)
    #expect(Self.severity(placements, "B") == .some(nil))  // only the ungraded a
    #expect(Self.severity(placements, "C") == .some(.risk))
  }

  @Test("two packs raising the same category are both named, in run order")
  func packsInRunOrder() throws {
    let first = Self.pack("p1", rules: [("a", nil)])
    let second = Self.pack("p2", rules: [("b", nil)])
    let forward = try Self.placements([first, second])
    // A: p1's a and p2's b both hold
    #expect(forward["A"]?.count == 1)
    #expect(forward["A"]?[0].packs == ["p1", "p2"])
    #expect(forward["B"]?[0].packs == ["p1"])
    #expect(forward["C"]?[0].packs == ["p2"])
    let backward = try Self.placements([second, first])
    #expect(backward["A"]?[0].packs == ["p2", "p1"])
  }

  @Test("across packs the most serious severity wins too")
  func severityAcrossPacks() throws {
    let placements = try Self.placements([
      Self.pack("p1", rules: [("a", .crisis)]), Self.pack("p2", rules: [("b", .risk)]),
    ])
    #expect(placements["A"]?[0].packs == ["p1", "p2"])
    #expect(placements["A"]?[0].severity == .crisis)
    #expect(placements["C"]?[0].severity == .risk)
  }

  @Test("the report lists every rule with its severity; the category once")
  func ruleReferences() throws {
    let report = try Identifier(packs: [Self.pack("p", rules: [("a", .risk), ("b", .crisis)])])
      .identify(try Self.dataset())
    #expect(report.rules.map(\.severity) == [.risk, .crisis])
    #expect(report.rules.map(\.criteria) == [["p.a"], ["p.b"]])
    #expect(report.categories == [.lowResults])
    let a = try #require(report.schools.first { $0.school.id == "A" })
    #expect(a.placement(in: .lowResults)?.severity == .crisis)
    #expect(a.placement(in: .unfavourableSocialConditions) == nil)
    #expect(a.categories == [.lowResults])
  }

  @Test("levels are ordered by rank, then id")
  func ordering() {
    #expect(Severity.risk < .crisis)
    #expect(Severity.risk.rank == 1)
    #expect(Severity.crisis.rank == 2)
    let emergency = Severity(
      id: "emergency", title: LocalizedText(ru: "чрезвычайная", en: "emergency"), rank: 3)
    #expect(Severity.crisis < emergency)
    #expect([emergency, .risk, .crisis].max() == emergency)
    let other = Severity(id: "alert", title: Fixtures.text("alert"), rank: 2)
    #expect(other < .crisis)  // same rank: "alert" < "crisis"
    #expect(Severity.crisis.description == "crisis")
    #expect(Severity.crisis.title.ru == "в кризисной ситуации")
    #expect(Severity.risk.title.ru == "в ситуации риска")
  }
}
