import QualityKitTestSupport
import Testing

@testable import QualityKit

/// Hand-checked cohorts for ``LowestShareCriterion``: k = ⌈share × n⌉, ties at the cut-off,
/// non-evaluable schools, a cohort of one and per-municipality cohorts.
///
/// Every cohort ranks one metric in year Y (a one-component index), so the ranking of the scores is
/// the ranking of the values themselves.
@Suite struct LowestShareCriterionTests {
  static let metric = MetricKey.resultsQualityPercent
  static let criterion = Fixtures.lowestShare(metric: metric)
  static let letters: [SchoolID] = ["A", "B", "C", "D", "E", "F", "G", "H", "I"]

  /// k and n as the criterion reports them in its explanation.
  static func kAndN(_ result: CriterionResult?) -> (k: Int, n: Int)? {
    guard let evidence = result?.evidence,
      case .lowestShare(_, _, _, _, let k, let n, _) = evidence.explanation.storage
    else { return nil }
    return (k, n)
  }

  /// Values 10, 20, …, 10·n for the first n letters.
  static func ladder(_ n: Int) -> CohortValues {
    var values: [SchoolID: Double] = [:]
    for (index, id) in letters.prefix(n).enumerated() { values[id] = Double(10 * (index + 1)) }
    return Fixtures.oneMetric(metric, year: 2022, values)
  }

  @Test(
    "k = ⌈0.25 × n⌉: the k lowest schools are met",
    arguments: [
      (1, 1),  // ⌈0.25⌉ = 1
      (4, 1),  // ⌈1.00⌉ = 1
      (5, 2),  // ⌈1.25⌉ = 2
      (8, 2),  // ⌈2.00⌉ = 2
      (9, 3),  // ⌈2.25⌉ = 3
    ])
  func kIsCeilingOfShareTimesN(n: Int, k: Int) throws {
    let results = try Fixtures.evaluate(Self.criterion, Self.ladder(n), year: 2022)
    #expect(results.count == n)
    for (index, id) in Self.letters.prefix(n).enumerated() {
      // values are 10, 20, … in letter order, so exactly the first k letters are met
      #expect(results[id]?.status == (index < k ? .met : .notMet), "school \(id)")
      #expect(Self.kAndN(results[id])?.k == k)
      #expect(Self.kAndN(results[id])?.n == n)
    }
  }

  @Test("count(share:of:) is the ceiling of the decimal product, clamped to 1…n")
  func countOnTheDecimalProduct() {
    #expect(LowestShare.count(share: 0.25, of: 9) == 3)  // 2.25 → 3
    #expect(LowestShare.count(share: 0.25, of: 8) == 2)  // 2.00 → 2
    #expect(LowestShare.count(share: 0.1, of: 30) == 3)  // 3.0 → 3, not 4
    // binary products just above an integer: the decimal products are whole
    #expect(0.07 * 100.0 > 7)  // 7.000000000000001 in binary
    #expect(LowestShare.count(share: 0.07, of: 100) == 7)  // not 8
    #expect(LowestShare.count(share: 0.14, of: 50) == 7)  // 7.000000000000001 → 7
    #expect(LowestShare.count(share: 0.28, of: 25) == 7)  // 7.000000000000001 → 7
    #expect(LowestShare.count(share: 0.56, of: 75) == 42)  // 42.00000000000001 → 42
    // a true fraction just above an integer still rounds up
    #expect(LowestShare.count(share: 0.2501, of: 4) == 2)  // 1.0004 → 2
    #expect(LowestShare.count(share: 0.01, of: 5) == 1)  // 0.05 → 1 (at least one)
    #expect(LowestShare.count(share: 1, of: 7) == 7)  // 7 → 7 (at most n)
  }

  @Test("share 0.1 of 30 schools selects 3, not 4")
  func shareOneTenthOfThirty() throws {
    var values: [SchoolID: Double] = [:]
    for value in 1...30 { values[SchoolID("S\(value < 10 ? "0" : "")\(value)")] = Double(value) }
    let results = try Fixtures.evaluate(
      Self.criterion, Fixtures.oneMetric(Self.metric, year: 2022, values), year: 2022,
      overrides: ["t.lowest.share": 0.1])
    // k = ⌈0.1 × 30⌉ = 3: S01, S02, S03 are met; S04 is the first not met
    let met = results.filter { $0.value.status == .met }.keys.sorted()
    #expect(met == ["S01", "S02", "S03"])
    #expect(results["S04"]?.status == .notMet)
    #expect(Self.kAndN(results["S01"])?.k == 3)
    #expect(Self.kAndN(results["S01"])?.n == 30)
  }

  @Test("share 0.28 of 25 schools selects 7 although 0.28 × 25 is 7.000000000000001 in binary")
  func binaryProductJustAboveAnInteger() throws {
    var values: [SchoolID: Double] = [:]
    for value in 1...25 { values[SchoolID("S\(value < 10 ? "0" : "")\(value)")] = Double(value) }
    let results = try Fixtures.evaluate(
      Self.criterion, Fixtures.oneMetric(Self.metric, year: 2022, values), year: 2022,
      overrides: ["t.lowest.share": 0.28])
    #expect(results.filter { $0.value.status == .met }.count == 7)
    #expect(results["S07"]?.status == .met)
    #expect(results["S08"]?.status == .notMet)
  }

  @Test("every school tied at the cut-off is met, so more than k schools may be met")
  func tiesAtTheCutOffAreAllMet() throws {
    let values = Fixtures.oneMetric(
      Self.metric, year: 2022, ["A": 10, "B": 20, "C": 20, "D": 20, "E": 50])
    let results = try Fixtures.evaluate(Self.criterion, values, year: 2022)
    // n = 5, k = ⌈1.25⌉ = 2; sorted 10, 20, 20, 20, 50 → cut-off is the 2nd smallest, 20:
    // A, B, C, D are met (4 > k), E is not
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .met, "C": .met, "D": .met, "E": .notMet,
      ])
    #expect(Self.kAndN(results["D"])?.k == 2)
    // every tied school has the same score and the cut-off is that score
    #expect(results["B"]?.evidence?.value == results["D"]?.evidence?.threshold)
  }

  @Test("ties below the cut-off: two lowest tied with k = 1 are both met")
  func tieAtTheLowestValue() throws {
    let values = Fixtures.oneMetric(Self.metric, year: 2022, ["A": 10, "B": 10, "C": 30, "D": 40])
    let results = try Fixtures.evaluate(Self.criterion, values, year: 2022)
    // n = 4, k = 1, cut-off = 10 → A and B
    #expect(Fixtures.statuses(results) == ["A": .met, "B": .met, "C": .notMet, "D": .notMet])
  }

  @Test("non-evaluable schools are insufficient_data and not counted in n")
  func nonEvaluableSchoolsAreNotCounted() throws {
    var values = Self.ladder(4)  // A 10, B 20, C 30, D 40 in 2022
    values["E"] = [Self.metric: [2021: 5]]  // only a value outside the run's year
    let results = try Fixtures.evaluate(Self.criterion, values, year: 2022)
    // n = 4 (E not counted), k = ⌈1.0⌉ = 1 → only A. Were E counted, n = 5, k = 2 and B met.
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .notMet, "C": .notMet, "D": .notMet, "E": .insufficientData,
      ])
    #expect(Self.kAndN(results["A"])?.n == 4)
    #expect(
      results["E"]
        == .insufficientData(
          missing: [CriterionResult.MissingData(metric: Self.metric, year: 2022)], years: [2022]))
  }

  @Test("evidence: the score is the z-score, the threshold the cut-off, the years the window")
  func evidenceCarriesScoreAndCutOff() throws {
    let results = try Fixtures.evaluate(Self.criterion, Self.ladder(4), year: 2022)
    // 10, 20, 30, 40: mean 25, deviations −15, −5, 5, 15, squares 225 + 25 + 25 + 225 = 500,
    // population SD = √(500/4) = √125 = 11.180340; z(A) = −15/11.180340 = −1.341641 = cut-off,
    // z(B) = −5/11.180340 = −0.447214
    let a = try #require(results["A"]?.evidence)
    let b = try #require(results["B"]?.evidence)
    #expect(abs((a.value ?? .nan) - -1.341641) < 1e-6)
    #expect(abs((a.threshold ?? .nan) - -1.341641) < 1e-6)
    #expect(abs((b.value ?? .nan) - -0.447214) < 1e-6)
    #expect(abs((b.threshold ?? .nan) - -1.341641) < 1e-6)
    #expect(a.reference == nil)
    #expect(a.years == [2022])
  }

  @Test("a cohort of one school: it is the lowest quarter of itself")
  func cohortOfOne() throws {
    let results = try Fixtures.evaluate(
      Self.criterion, Fixtures.oneMetric(Self.metric, year: 2022, ["A": 42]), year: 2022)
    // n = 1, k = ⌈0.25⌉ = 1; SD = 0 so z = 0, cut-off 0, and 0 ≤ 0
    #expect(results["A"]?.status == .met)
    #expect(results["A"]?.evidence?.value == 0)
    #expect(results["A"]?.evidence?.threshold == 0)
  }

  @Test("an empty group: no school has the value, so every school is insufficient_data")
  func nobodyEvaluable() throws {
    let values: CohortValues = ["A": [.resultsSuccessPercent: [2022: 90]], "B": [:]]
    let results = try Fixtures.evaluate(Self.criterion, values, year: 2022)
    #expect(Fixtures.statuses(results) == ["A": .insufficientData, "B": .insufficientData])
  }

  @Test("the share parameter can be overridden")
  func shareOverride() throws {
    let results = try Fixtures.evaluate(
      Self.criterion, Self.ladder(4), year: 2022, overrides: ["t.lowest.share": 0.5])
    // k = ⌈0.5 × 4⌉ = 2 → A and B
    #expect(
      Fixtures.statuses(results) == ["A": .met, "B": .met, "C": .notMet, "D": .notMet])
  }

  @Test("cohort .municipality computes the cut-off in each municipality")
  func cutOffPerMunicipality() throws {
    let values = Fixtures.oneMetric(
      Self.metric, year: 2022,
      ["A": 10, "B": 20, "C": 30, "D": 40, "E": 50, "F": 60, "G": 70, "H": 80])
    let municipalities: [SchoolID: String] = [
      "A": "М1", "B": "М1", "C": "М1", "D": "М1", "E": "М2", "F": "М2", "G": "М2", "H": "М2",
    ]
    let perMunicipality = try Fixtures.evaluate(
      Self.criterion, values, year: 2022, cohort: .municipality, municipalities: municipalities)
    // М1: 10…40, n = 4, k = 1 → A; М2: 50…80, n = 4, k = 1 → E
    #expect(
      perMunicipality.filter { $0.value.status == .met }.keys.sorted() == ["A", "E"])
    #expect(Self.kAndN(perMunicipality["E"])?.n == 4)
    // z within М2: mean 65, SD √125 = 11.180340, z(E) = −15/11.180340 = −1.341641
    #expect(abs((perMunicipality["E"]?.evidence?.value ?? .nan) - -1.341641) < 1e-6)

    let whole = try Fixtures.evaluate(
      Self.criterion, values, year: 2022, cohort: .all, municipalities: municipalities)
    // all 8: n = 8, k = 2 → A and B. Mean 45, squares 2·(35² + 25² + 15² + 5²) = 4200,
    // SD = √(4200/8) = √525 = 22.912878; cut-off z(B) = −25/22.912878 = −1.091089
    #expect(whole.filter { $0.value.status == .met }.keys.sorted() == ["A", "B"])
    #expect(abs((whole["A"]?.evidence?.threshold ?? .nan) - -1.091089) < 1e-6)
  }
}
