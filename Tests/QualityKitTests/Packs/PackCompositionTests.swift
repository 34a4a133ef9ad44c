import QualityKit
import QualityKitTestSupport
import Testing

/// Combining, extending and tuning packs (`RulePack+Composition.swift`).
///
/// The cohort: continuation to grade 10 in 2022 is A 50, B 58, C 70; satisfaction A 45, B 30, C 80.
/// With «continuation < 60»: A, B met, C not. With «satisfaction ≤ 40»: B met, A and C not.
@Suite struct PackCompositionTests {
  static let continuation = Fixtures.threshold(
    "p.continuation", metric: .continuationGrade10Percent, .lessThan, 60)
  static let satisfaction = Fixtures.threshold(
    "p.satisfaction", metric: .satisfactionPercent, .atMost, 40)
  static let olympiad = Fixtures.threshold(
    "q.olympiad", metric: .olympiadParticipationPercent, .atMost, 0.5)

  static func rule(
    _ condition: CategoryRule.Condition, _ category: SchoolCategory = .lowResults
  ) -> CategoryRule {
    CategoryRule(
      category: category, condition: condition, provenance: Fixtures.provenance,
      rationale: Fixtures.text("rule"))
  }

  static func pack(
    _ id: String, _ criteria: [any IdentificationCriterion], _ rules: [CategoryRule]
  ) -> RulePack {
    RulePack(
      id: PackID(id), version: "1.0.0", title: Fixtures.text(id), region: Fixtures.text("r"),
      sources: ["\(id).txt"], criteria: criteria, categoryRules: rules)
  }

  static let p = pack(
    "p", [continuation, satisfaction],
    [rule(.any([.criterion(continuation.id), .criterion(satisfaction.id)]))])
  static let q = pack(
    "q", [olympiad], [rule(.criterion(olympiad.id), .unfavourableSocialConditions)])

  static func cohort() throws -> Dataset {
    try Fixtures.dataset([
      "A": [.continuationGrade10Percent: [2022: 50], .satisfactionPercent: [2022: 45]],
      "B": [.continuationGrade10Percent: [2022: 58], .satisfactionPercent: [2022: 30]],
      "C": [.continuationGrade10Percent: [2022: 70], .satisfactionPercent: [2022: 80]],
    ])
  }

  static func lowResults(_ pack: RulePack) throws -> [SchoolID] {
    try Identifier(packs: [pack]).identify(try cohort()).schools(in: .lowResults).map(\.school.id)
  }

  @Test func combiningIsAUnion() throws {
    let both = try RulePack.combining(
      [Self.p, Self.q], id: "pq", version: "1.0.0", title: Fixtures.text("pq"),
      region: Fixtures.text("r"))
    #expect(both.criteria.map(\.id) == ["p.continuation", "p.satisfaction", "q.olympiad"])
    #expect(both.categoryRules.map(\.category) == [.lowResults, .unfavourableSocialConditions])
    #expect(both.sources == ["p.txt", "q.txt"])
    #expect(both.allParameters.map(\.key).count == 3)
  }

  @Test func combiningPacksThatShareACriterionNamesBoth() {
    let copy = Self.pack("copy", [Self.continuation], [])
    #expect(
      throws: PackError(
        kind: .criterionInTwoPacks("p.continuation", first: "p", second: "copy"), pack: "pc")
    ) {
      try RulePack.combining(
        [Self.p, copy], id: "pc", version: "1", title: Fixtures.text("pc"),
        region: Fixtures.text("r"))
    }
  }

  @Test func combiningPacksThatDeclareAParameterDifferently() {
    // Same key, different default: the union cannot pick one silently.
    let other = Fixtures.threshold("q.other", metric: .satisfactionPercent, .atMost, 40)
    let clash = ThresholdCriterion(
      id: "q.clash", title: Fixtures.text("c"), rationale: Fixtures.text("c"),
      provenance: Fixtures.provenance, metric: .satisfactionPercent, comparison: .atMost,
      threshold: Fixtures.parameter("p.satisfaction.threshold", 50))
    let q = Self.pack("q", [other, clash], [])
    #expect(
      throws: PackError(
        kind: .parameter(
          ParameterError(kind: .conflictingDeclarations, key: "p.satisfaction.threshold")),
        pack: "pq")
    ) {
      try RulePack.combining(
        [Self.p, q], id: "pq", version: "1", title: Fixtures.text("pq"), region: Fixtures.text("r"))
    }
  }

  @Test func extendingKeepsTheBaseAndNamesIt() throws {
    let local = try Self.p.extended(as: "p.local", version: "2.0.0", title: Fixtures.text("local"))
      .adding(
        Fixtures.threshold("p.local.extra", metric: .olympiadParticipationPercent, .atMost, 1))
    #expect(local.id == "p.local")
    #expect(local.extends == "p")
    #expect(local.version == "2.0.0")
    #expect(local.criteria.count == 3)
    #expect(Self.p.criteria.count == 2)  // a value: the base is untouched
    #expect(Self.p.extends == nil)
  }

  @Test func addingACriterionTwiceIsAnError() {
    #expect(throws: PackError(kind: .duplicateCriterion("p.continuation"), pack: "p")) {
      try Self.p.adding(Self.continuation)
    }
  }

  @Test func removingDropsTheCriterionFromRules() throws {
    // «any of continuation, satisfaction» becomes «satisfaction»: only B (30 ≤ 40) stays.
    let pack = try Self.p.removing("p.continuation")
    #expect(pack.criteria.map(\.id) == ["p.satisfaction"])
    #expect(pack.categoryRules.first?.condition == .any([.criterion("p.satisfaction")]))
    #expect(try Self.lowResults(pack) == ["B"])
    // Removing the last criterion of a rule removes the rule.
    let empty = try pack.removing("p.satisfaction")
    #expect(empty.categoryRules.isEmpty)
    #expect(throws: PackError(kind: .unknownCriterion("p.typo"), pack: "p")) {
      try Self.p.removing("p.typo")
    }
  }

  @Test func replacingKeepsThePlaceAndRewritesRules() throws {
    // continuation < 55 instead of < 60: A (50) met, B (58) no longer; B still meets satisfaction.
    let stricter = Fixtures.threshold(
      "p.continuation_55", metric: .continuationGrade10Percent, .lessThan, 55)
    let pack = try Self.p.replacing("p.continuation", with: stricter)
    #expect(pack.criteria.map(\.id) == ["p.continuation_55", "p.satisfaction"])
    #expect(pack.categoryRules[0].condition.criteria == ["p.continuation_55", "p.satisfaction"])
    let report = try Identifier(packs: [pack]).identify(try Self.cohort())
    #expect(report.schools[1].finding("p.continuation_55")?.status == .notMet)
    #expect(throws: PackError(kind: .unknownCriterion("p.typo"), pack: "p")) {
      try Self.p.replacing("p.typo", with: stricter)
    }
  }

  @Test func overridingChangesTheDefaultAndTheResult() throws {
    // Satisfaction ≤ 50 instead of ≤ 40 adds A (45); a run override still wins over the default.
    let pack = try Self.p.removing("p.continuation").overriding(
      "p.satisfaction.threshold", with: 50)
    #expect(pack.allParameters.first?.defaultValue == 50)
    #expect(try Self.lowResults(pack) == ["A", "B"])
    let report = try Identifier(packs: [pack]).identify(
      try Self.cohort(), overrides: ["p.satisfaction.threshold": 20])
    #expect(report.schools(in: .lowResults).isEmpty)
    #expect(throws: PackError.self) { try Self.p.overriding("p.typo", with: 1) }
    #expect(throws: PackError.self) { try Self.p.overriding("p.satisfaction.threshold", with: 101) }
  }

  @Test func rulesAreCheckedWhenAddedOrReplaced() throws {
    #expect(throws: PackError.self) { try Self.p.addingRule(Self.rule(.criterion("p.typo"))) }
    let pack = try Self.p.replacingRules(
      for: .lowResults, with: [Self.rule(.criterion("p.continuation"))])
    #expect(try Self.lowResults(pack) == ["A", "B"])
    let none = try Self.p.replacingRules(for: .lowResults, with: [])
    #expect(none.categoryRules.isEmpty)
  }

  @Test func packsRunSideBySideNameEveryPackThatRaisedACategory() throws {
    // r raises ШНОР on satisfaction ≤ 40 (B), p on either criterion (A, B): B is named by both.
    let r = Self.pack(
      "r",
      [Fixtures.threshold("r.satisfaction", metric: .satisfactionPercent, .atMost, 40)],
      [Self.rule(.criterion("r.satisfaction"))])
    let report = try Identifier(packs: [Self.p, r]).identify(try Self.cohort())
    let placements = report.schools.map { $0.placement(in: .lowResults)?.packs ?? [] }
    #expect(placements == [["p"], ["p", "r"], []])
  }
}
