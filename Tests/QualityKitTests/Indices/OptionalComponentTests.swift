import QualityKit
import QualityKitTestSupport
import Testing

/// Optional index components: `CompositeIndex.Component(enabledBy:)` with a `.flag` parameter (0 = off, the
/// default; 1 = on). Switched off, a component is not in the index at all — not in the z-score mean,
/// not in the coverage count, not in the missing cells.
///
/// The main cohort has four schools:
/// - quality 10, 20, 30, 40: mean 25, population SD √((225 + 25 + 25 + 225)/4) = √125 ≈ 11.1803,
///   z ≈ −1.3416, −0.4472, +0.4472, +1.3416;
/// - success 90, 10, 50, 50: mean 50, SD √((1600 + 1600 + 0 + 0)/4) = √800 ≈ 28.2843,
///   z ≈ +1.4142, −1.4142, 0, 0.
///
/// Quality alone ranks A lowest; with success switched on the scores are A (−1.3416 + 1.4142)/2 ≈
/// 0.0363, B (−0.4472 − 1.4142)/2 ≈ −0.9307, C 0.2236, D 0.6708, and B is lowest.
@Suite struct OptionalComponentTests {
  static let quality = MetricKey.resultsQualityPercent
  static let success = MetricKey.resultsSuccessPercent
  static let satisfaction = MetricKey.satisfactionPercent

  static let useSuccess = PackParameter(
    key: "t.index.use_success", defaultValue: 0, unit: .flag, range: 0...1, kind: .derived,
    rationale: Fixtures.text("test switch"))
  static let useSatisfaction = PackParameter(
    key: "t.index.use_satisfaction", defaultValue: 0, unit: .flag, range: 0...1, kind: .derived,
    rationale: Fixtures.text("test switch"))

  static let index = CompositeIndex(
    id: "index.optional", title: Fixtures.text("optional index"),
    components: [
      CompositeIndex.Component(quality, .positive),
      CompositeIndex.Component(success, .positive, enabledBy: useSuccess),
    ])

  static let cohort: CohortValues = [
    "A": [quality: [2022: 10], success: [2022: 90]],
    "B": [quality: [2022: 20], success: [2022: 10]],
    "C": [quality: [2022: 30], success: [2022: 50]],
    "D": [quality: [2022: 40], success: [2022: 50]],
  ]

  static func scores(
    _ index: CompositeIndex, _ values: CohortValues, overrides: [ParameterKey: Double] = [:]
  ) throws -> [SchoolID: CompositeIndex.Score] {
    let dataset = try Fixtures.dataset(values)
    let context = try Fixtures.context(
      dataset, year: 2022, declared: index.switches, overrides: overrides)
    return Fixtures.results(index.scores(in: context), in: dataset)
  }

  static func close(_ score: CompositeIndex.Score?, _ expected: Double) -> Bool {
    guard let value = score?.value else { return false }
    return abs(value - expected) < 1e-4
  }

  @Test("switched off (the default), the component is not in the score")
  func offByDefault() throws {
    let scores = try Self.scores(Self.index, Self.cohort)
    #expect(Self.close(scores["A"], -1.3416))  // (10 − 25)/√125
    #expect(Self.close(scores["B"], -0.4472))  // (20 − 25)/√125
    #expect(Self.close(scores["D"], 1.3416))
    #expect(scores["A"]?.value.map { abs($0 + 15 / 125.0.squareRoot()) < 1e-12 } == true)
    guard case .value(_, let present, let total) = scores["A"] else {
      Issue.record("A must be evaluable")
      return
    }
    #expect(present == 1)
    #expect(total == 1)  // one active component × one year
  }

  @Test("switched on, the component enters the mean of the signed z-scores")
  func onByOverride() throws {
    let scores = try Self.scores(Self.index, Self.cohort, overrides: ["t.index.use_success": 1])
    #expect(Self.close(scores["A"], 0.0363))  // (−1.3416 + 1.4142)/2
    #expect(Self.close(scores["B"], -0.9307))  // (−0.4472 − 1.4142)/2
    #expect(Self.close(scores["C"], 0.2236))  // (0.4472 + 0)/2
    #expect(Self.close(scores["D"], 0.6708))  // (1.3416 + 0)/2
    guard case .value(_, let present, let total) = scores["B"] else {
      Issue.record("B must be evaluable")
      return
    }
    #expect(present == 2)
    #expect(total == 2)  // two active components × one year
  }

  @Test("a lowest-share ranking changes with the switch, and declares the switch as a parameter")
  func lowestShareFollowsTheSwitch() throws {
    let criterion = Fixtures.lowestShare("t.optional", index: Self.index)
    #expect(
      criterion.criterionDescription.parameters.map(\.key) == [
        "t.optional.share", "t.index.use_success",
      ])
    #expect(criterion.criterionDescription.requiredMetrics == [Self.quality])
    // share 0.25 of 4 → k = 1
    let off = try Fixtures.evaluate(criterion, Self.cohort, year: 2022)
    #expect(Fixtures.statuses(off) == ["A": .met, "B": .notMet, "C": .notMet, "D": .notMet])
    let on = try Fixtures.evaluate(
      criterion, Self.cohort, year: 2022, overrides: ["t.index.use_success": 1])
    #expect(Fixtures.statuses(on) == ["A": .notMet, "B": .met, "C": .notMet, "D": .notMet])
  }

  @Test("coverage counts only the components in force")
  func coverageCountsActiveComponents() throws {
    // quality always in; success and satisfaction optional, each with its own switch
    let index = CompositeIndex(
      id: "index.optional3", title: Fixtures.text("optional index"),
      components: [
        CompositeIndex.Component(Self.quality, .positive),
        CompositeIndex.Component(Self.success, .positive, enabledBy: Self.useSuccess),
        CompositeIndex.Component(Self.satisfaction, .positive, enabledBy: Self.useSatisfaction),
      ])
    let values: CohortValues = [
      "A": [Self.quality: [2022: 10]],  // quality only
      "B": [Self.quality: [2022: 20], Self.success: [2022: 50]],
      "C": [Self.success: [2022: 60]],  // no quality
    ]
    // off, off: 1 cell in all; A and B have it (1 ≥ 0.5), C has none
    let off = try Self.scores(index, values)
    #expect(off["A"]?.value != nil)
    #expect(off["B"]?.value != nil)
    // C's missing cells name only the component in force, not the switched-off ones
    #expect(
      off["C"]
        == .insufficient(missing: [CriterionResult.MissingData(metric: Self.quality, year: 2022)]))
    // on, on: 3 cells, 1.5 needed; A has 1 → not evaluable; B has 2 → evaluable
    let on = try Self.scores(
      index, values, overrides: ["t.index.use_success": 1, "t.index.use_satisfaction": 1])
    #expect(
      on["A"]
        == .insufficient(missing: [
          // sorted by key: results.success_percent before satisfaction.percent
          CriterionResult.MissingData(metric: Self.success, year: 2022),
          CriterionResult.MissingData(metric: Self.satisfaction, year: 2022),
        ]))
    guard case .value(_, let present, let total) = on["B"] else {
      Issue.record("B must be evaluable with 2 of 3 cells")
      return
    }
    #expect(present == 2)
    #expect(total == 3)
    // on, off: 2 cells, 1 needed; A has 1 → evaluable again
    let one = try Self.scores(index, values, overrides: ["t.index.use_success": 1])
    #expect(one["A"]?.value != nil)
  }

  @Test("switches, required metrics and active components")
  func introspection() throws {
    let index = CompositeIndex(
      id: "index.optional4", title: Fixtures.text("optional index"),
      components: [
        CompositeIndex.Component(Self.satisfaction, .positive, enabledBy: Self.useSatisfaction),
        CompositeIndex.Component(Self.quality, .positive),
        CompositeIndex.Component(Self.success, .positive, enabledBy: Self.useSuccess),
        CompositeIndex.Component(
          .olympiadParticipationPercent, .positive, enabledBy: Self.useSatisfaction),
      ])
    // each switch once, in component order
    #expect(index.switches == [Self.useSatisfaction, Self.useSuccess])
    #expect(index.requiredMetrics == [Self.quality])
    #expect(index.cellCount == 4)  // every component, in force or not
    let declared = index.switches
    let none = try ParameterValues(declared: declared)
    #expect(index.activeComponents(with: none).map(\.metric) == [Self.quality])
    let one = try ParameterValues(declared: declared, overrides: ["t.index.use_satisfaction": 1])
    // one switch turns on both components that share it
    #expect(
      index.activeComponents(with: one).map(\.metric) == [
        Self.satisfaction, Self.quality, .olympiadParticipationPercent,
      ])
    #expect(CompositeIndex.Component(Self.quality, .positive).isActive(with: none))
    #expect(
      !CompositeIndex.Component(Self.success, .positive, enabledBy: Self.useSuccess).isActive(
        with: none))
  }

  @Test("a switch is a whole 0 or 1")
  func switchValues() {
    #expect(throws: ParameterError(kind: .notWhole(0.5), key: "t.index.use_success")) {
      try ParameterValues(declared: [Self.useSuccess], overrides: ["t.index.use_success": 0.5])
    }
    #expect(
      throws: ParameterError(kind: .outOfRange(value: 2, range: 0...1), key: "t.index.use_success")
    ) {
      try ParameterValues(declared: [Self.useSuccess], overrides: ["t.index.use_success": 2])
    }
  }

  @Test("every component switched off: no cell, so no school is evaluable")
  func nothingInForce() throws {
    let index = CompositeIndex(
      id: "index.none", title: Fixtures.text("optional index"),
      components: [CompositeIndex.Component(Self.success, .positive, enabledBy: Self.useSuccess)])
    #expect(index.requiredMetrics.isEmpty)
    let scores = try Self.scores(index, Self.cohort)
    #expect(scores.values.allSatisfy { $0 == .insufficient(missing: []) })
  }

  @Test("the switch is a pack parameter the Identifier accepts as an override")
  func identifierOverride() throws {
    let criterion = Fixtures.lowestShare("p.optional", index: Self.index)
    let pack = RulePack(
      id: "p", version: "1.0.0", title: Fixtures.text("p"), region: Fixtures.text("r"),
      sources: [], criteria: [criterion], categoryRules: [])
    #expect(pack.allParameters.map(\.key) == ["p.optional.share", "t.index.use_success"])
    let dataset = try Fixtures.dataset(Self.cohort)
    let identifier = try Identifier(packs: [pack])
    func met(_ report: IdentificationReport) -> [SchoolID] {
      report.schools.filter { $0.findings[0].status == .met }.map(\.school.id)
    }
    #expect(met(try identifier.identify(dataset)) == ["A"])
    #expect(met(try identifier.identify(dataset, overrides: ["t.index.use_success": 1])) == ["B"])
  }

  @Test("a component switched on whose metric no school has is warned about; off, it is not")
  func switchedOnComponentWithoutData() throws {
    let criterion = Fixtures.lowestShare("p.optional", index: Self.index)
    let pack = RulePack(
      id: "p", version: "1.0.0", title: Fixtures.text("p"), region: Fixtures.text("r"),
      sources: [], criteria: [criterion], categoryRules: [])
    // Only the always-in quality metric is loaded.
    let dataset = try Fixtures.dataset(
      Self.cohort.mapValues { $0.filter { $0.key == Self.quality } })
    let identifier = try Identifier(packs: [pack])
    func absent(_ report: IdentificationReport) -> [String] {
      report.issues.filter { $0.code == "metric_absent" }.map { $0.message.en }
    }
    #expect(absent(try identifier.identify(dataset)).isEmpty)
    let on = absent(try identifier.identify(dataset, overrides: ["t.index.use_success": 1]))
    #expect(on.count == 1)
    #expect(on.first?.contains(Self.success.rawValue) == true)
  }
}
