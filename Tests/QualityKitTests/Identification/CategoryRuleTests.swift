import QualityKit
import QualityKitTestSupport
import Testing

/// ``CategoryRule/Condition`` in Kleene's three-valued logic: `met` is true, `not_met` false,
/// `insufficient_data` (or a criterion without a status) unknown.
@Suite struct CategoryRuleTests {
  static let minimum = Fixtures.parameter("t.min", 2, unit: .count, range: 0...5)

  /// Criteria named after their status: `T` met, `F` not met, `U` insufficient data.
  static func status(_ id: CriterionID) -> CriterionResult.Status? {
    switch id.rawValue.first {
    case "T": .met
    case "F": .notMet
    case "U": .insufficientData
    default: nil
    }
  }

  static func truth(_ condition: CategoryRule.Condition, overrides: [ParameterKey: Double] = [:])
    throws
    -> CategoryRule.Truth
  {
    let parameters = try ParameterValues(declared: [minimum], overrides: overrides)
    return condition.evaluate(status, parameters: parameters)
  }

  static let t = CategoryRule.Condition.criterion("T1")
  static let t2 = CategoryRule.Condition.criterion("T2")
  static let f = CategoryRule.Condition.criterion("F1")
  static let f2 = CategoryRule.Condition.criterion("F2")
  static let u = CategoryRule.Condition.criterion("U1")
  static let u2 = CategoryRule.Condition.criterion("U2")

  @Test("a criterion: met → true, not met → false, insufficient or absent → unknown")
  func criterion() throws {
    #expect(try Self.truth(Self.t) == .true)
    #expect(try Self.truth(Self.f) == .false)
    #expect(try Self.truth(Self.u) == .unknown)
    #expect(try Self.truth(.criterion("X.not_run")) == .unknown)
  }

  @Test("all: false wins over unknown; unknown wins over true")
  func all() throws {
    #expect(try Self.truth(.all([Self.t, Self.t2])) == .true)
    #expect(try Self.truth(.all([Self.t, Self.f])) == .false)
    #expect(try Self.truth(.all([Self.t, Self.u])) == .unknown)
    #expect(try Self.truth(.all([Self.u, Self.f])) == .false)  // F ∧ U = F
    #expect(try Self.truth(.all([Self.f, Self.u])) == .false)
    #expect(try Self.truth(.all([])) == .true)  // the empty conjunction
  }

  @Test("any: true wins over unknown; unknown wins over false")
  func any() throws {
    #expect(try Self.truth(.any([Self.f, Self.f2])) == .false)
    #expect(try Self.truth(.any([Self.f, Self.t])) == .true)
    #expect(try Self.truth(.any([Self.f, Self.u])) == .unknown)
    #expect(try Self.truth(.any([Self.u, Self.t])) == .true)  // U ∨ T = T
    #expect(try Self.truth(.any([])) == .false)  // the empty disjunction
  }

  @Test("not swaps true and false and keeps unknown")
  func not() throws {
    #expect(try Self.truth(.not(Self.t)) == .false)
    #expect(try Self.truth(.not(Self.f)) == .true)
    #expect(try Self.truth(.not(Self.u)) == .unknown)
    #expect(try Self.truth(.not(.all([Self.t, Self.u]))) == .unknown)
    #expect(try Self.truth(.all([Self.t, .not(Self.f)])) == .true)
  }

  @Test("atLeast(k): true once k hold, false once k can no longer hold, else unknown")
  func atLeastFixed() throws {
    // yes = 1, open = 1: 1 < 2 and 1 + 1 ≥ 2 → unknown
    #expect(try Self.truth(.atLeast(.fixed(2), of: [Self.t, Self.u, Self.f])) == .unknown)
    // yes = 2 → true, whatever the unknown
    #expect(try Self.truth(.atLeast(.fixed(2), of: [Self.t, Self.t2, Self.u])) == .true)
    // yes = 1, open = 0: 1 < 2 → false
    #expect(try Self.truth(.atLeast(.fixed(2), of: [Self.t, Self.f, Self.f2])) == .false)
    // yes = 0, open = 1: 0 + 1 < 2 → false, although one is unknown
    #expect(try Self.truth(.atLeast(.fixed(2), of: [Self.u, Self.f, Self.f2])) == .false)
    // yes = 0, open = 2 → unknown
    #expect(try Self.truth(.atLeast(.fixed(2), of: [Self.u, Self.u2, Self.f])) == .unknown)
    // k = 0 always holds
    #expect(try Self.truth(.atLeast(.fixed(0), of: [Self.f, Self.u])) == .true)
    // k = 1 is any
    #expect(try Self.truth(.atLeast(.fixed(1), of: [Self.f, Self.u])) == .unknown)
  }

  @Test("atLeast with a parameter count reads the run's parameter value")
  func atLeastParameter() throws {
    let condition = CategoryRule.Condition.atLeast(
      .parameter("t.min"), of: [Self.t, Self.t2, Self.u, Self.f])
    // default 2: yes = 2 ≥ 2 → true
    #expect(try Self.truth(condition) == .true)
    // 3: yes = 2 < 3, yes + open = 3 ≥ 3 → unknown
    #expect(try Self.truth(condition, overrides: ["t.min": 3]) == .unknown)
    // 4: 2 + 1 < 4 → false
    #expect(try Self.truth(condition, overrides: ["t.min": 4]) == .false)
    // 1: 2 ≥ 1 → true
    #expect(try Self.truth(condition, overrides: ["t.min": 1]) == .true)
  }

  @Test("nested conditions, as in the ШНОР rule: results ∧ at least one supporting")
  func nested() throws {
    func lowResults(_ results: CategoryRule.Condition, _ supporting: [CategoryRule.Condition])
      -> CategoryRule.Condition
    {
      .all([results, .atLeast(.fixed(1), of: supporting)])
    }
    #expect(try Self.truth(lowResults(Self.t, [Self.f, Self.t2])) == .true)
    #expect(try Self.truth(lowResults(Self.t, [Self.f, Self.u])) == .unknown)
    #expect(try Self.truth(lowResults(Self.u, [Self.t])) == .unknown)
    #expect(try Self.truth(lowResults(Self.u, [Self.f, Self.f2])) == .false)
    #expect(try Self.truth(lowResults(Self.f, [Self.u, Self.t])) == .false)
  }

  @Test("criteria lists every criterion named, in order of first mention, once")
  func criteriaNamed() {
    let condition = CategoryRule.Condition.all([
      .criterion("b"), .any([.criterion("a"), .not(.criterion("b"))]),
      .atLeast(.fixed(1), of: [.criterion("c"), .criterion("a")]),
    ])
    #expect(condition.criteria == ["b", "a", "c"])
  }

  @Test("CategoryRule.Truth from a status and its negation")
  func truthValues() {
    #expect(CategoryRule.Truth(.met) == .true)
    #expect(CategoryRule.Truth(.notMet) == .false)
    #expect(CategoryRule.Truth(.insufficientData) == .unknown)
    #expect(CategoryRule.Truth.true.negated == .false)
    #expect(CategoryRule.Truth.false.negated == .true)
    #expect(CategoryRule.Truth.unknown.negated == .unknown)
  }
}
