import QualityKit
import QualityKitTestSupport
import Testing

/// ``RulePack/validate()`` and ``RulePack/allParameters``.
@Suite struct RulePackTests {
  static func pack(
    criteria: [any IdentificationCriterion], rules: [CategoryRule] = [],
    parameters: [PackParameter] = []
  ) -> RulePack {
    RulePack(
      id: "p", version: "1.0.0", title: Fixtures.text("p"), region: Fixtures.text("r"),
      sources: [], criteria: criteria, categoryRules: rules, parameters: parameters)
  }

  static let a = Fixtures.threshold("p.a", metric: .satisfactionPercent, .atMost, 40)
  static let b = Fixtures.threshold("p.b", metric: .continuationGrade10Percent, .lessThan, 60)

  static func rule(_ condition: CategoryRule.Condition) -> CategoryRule {
    CategoryRule(
      category: .lowResults, condition: condition, provenance: Fixtures.provenance,
      rationale: Fixtures.text("rule"))
  }

  @Test("the krasnoyarsk-like test pack is valid")
  func valid() throws {
    try Fixtures.krasnoyarskLikePack().validate()
  }

  @Test("a criterion id used twice in one pack")
  func duplicateCriterion() {
    #expect(throws: PackError(kind: .duplicateCriterion("p.a"), pack: "p")) {
      try Self.pack(criteria: [Self.a, Self.b, Self.a]).validate()
    }
  }

  @Test("a category rule naming a criterion the pack does not have")
  func unknownCriterionInRule() {
    let pack = Self.pack(
      criteria: [Self.a], rules: [Self.rule(.any([.criterion("p.a"), .criterion("p.typo")]))])
    #expect(
      throws: PackError(kind: .unknownCriterionInRule("p.typo", category: "low_results"), pack: "p")
    ) {
      try pack.validate()
    }
  }

  @Test("a category rule counting with a parameter the pack does not declare")
  func undeclaredCountParameter() {
    // `.atLeast(.parameter("p.typo"), …)` silently counts with 1 when the key is not declared;
    // a misspelt key must be reported like a misspelt criterion id.
    let pack = Self.pack(
      criteria: [Self.a, Self.b],
      rules: [
        Self.rule(.atLeast(.parameter("p.typo"), of: [.criterion("p.a"), .criterion("p.b")]))
      ])
    #expect(
      throws: PackError(kind: .unknownParameterInRule("p.typo", category: "low_results"), pack: "p")
    ) {
      try pack.validate()
    }
  }

  @Test("a parameter declared twice differently within a pack")
  func conflictingParameter() {
    let clash = Fixtures.parameter("p.a.threshold", 50)  // p.a declares it with default 40
    #expect(
      throws: PackError(
        kind: .parameter(ParameterError(kind: .conflictingDeclarations, key: "p.a.threshold")),
        pack: "p")
    ) {
      try Self.pack(criteria: [Self.a], parameters: [clash]).validate()
    }
  }

  @Test("allParameters: the pack's and its criteria's parameters, sorted, each once")
  func allParameters() {
    let own = Fixtures.parameter("p.0.own", 1, unit: .count, range: 0...3)
    let pack = Self.pack(criteria: [Self.b, Self.a], parameters: [own, own])
    #expect(pack.allParameters.map(\.key) == ["p.0.own", "p.a.threshold", "p.b.threshold"])
    #expect(pack.allParameters.map(\.defaultValue) == [1, 40, 60])
  }

  @Test("messages name the pack and the id")
  func messages() {
    let error = PackError(kind: .duplicateCriterion("p.a"), pack: "p")
    #expect(error.description == "пакет p: критерий p.a объявлен дважды")
    #expect(error.message(in: .english) == "pack p: criterion p.a is declared twice")
  }
}
