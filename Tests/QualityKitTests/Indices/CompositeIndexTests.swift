import QualityKitTestSupport
import Testing

@testable import QualityKit

/// Hand-checked z-scores and composite scores for ``CompositeIndex``.
///
/// The main cohort has eight schools A…H with
/// - quality 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squares 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32,
///   population SD √(32/8) = 2, z = −1.5, −0.5, −0.5, −0.5, 0, 0, 1, 2;
/// - success 10, 10, 10, 10, 20, 20, 20, 20: mean 15, SD √(8·25/8) = 5, z = −1 (A–D), +1 (E–H).
@Suite struct CompositeIndexTests {
  static let quality = MetricKey.resultsQualityPercent
  static let success = MetricKey.resultsSuccessPercent
  static let ids: [SchoolID] = ["A", "B", "C", "D", "E", "F", "G", "H"]

  static var eight: CohortValues {
    let q: [Double] = [2, 4, 4, 4, 5, 5, 7, 9]
    let s: [Double] = [10, 10, 10, 10, 20, 20, 20, 20]
    var values: CohortValues = [:]
    for (i, id) in ids.enumerated() { values[id] = [quality: [2022: q[i]], success: [2022: s[i]]] }
    return values
  }

  static func index(_ components: [CompositeIndex.Component], window: Int = 1) -> CompositeIndex {
    CompositeIndex(
      id: "index.test", title: Fixtures.text("test index"), components: components, window: window)
  }

  static func scores(
    _ index: CompositeIndex, _ values: CohortValues, year: AcademicYear = 2022
  ) throws -> [SchoolID: CompositeIndex.Score] {
    let dataset = try Fixtures.dataset(values)
    let context = try Fixtures.context(dataset, year: year)
    return Fixtures.results(index.scores(in: context), in: dataset)
  }

  static func close(_ score: CompositeIndex.Score?, _ expected: Double) -> Bool {
    guard let value = score?.value else { return false }
    return abs(value - expected) < 1e-9
  }

  @Test("one component, direction +: the score is the population z-score")
  func zScoresByHand() throws {
    let scores = try Self.scores(
      Self.index([CompositeIndex.Component(Self.quality, .positive)]), Self.eight)
    // z = (x − 5)/2
    #expect(Self.close(scores["A"], -1.5))  // (2 − 5)/2
    #expect(Self.close(scores["B"], -0.5))  // (4 − 5)/2
    #expect(Self.close(scores["E"], 0))  // (5 − 5)/2
    #expect(Self.close(scores["G"], 1))  // (7 − 5)/2
    #expect(Self.close(scores["H"], 2))  // (9 − 5)/2
    #expect(scores["A"] == .value(-1.5, present: 1, total: 1))
  }

  @Test("a component with direction − enters as −z")
  func negativeDirection() throws {
    let scores = try Self.scores(
      Self.index([CompositeIndex.Component(Self.success, .negative)]), Self.eight)
    // z(A) = (10 − 15)/5 = −1 → −z = +1; z(E) = (20 − 15)/5 = +1 → −z = −1
    #expect(Self.close(scores["A"], 1))
    #expect(Self.close(scores["E"], -1))
  }

  @Test("the composite is the mean of the components' signed z-scores")
  func meanOfSignedZ() throws {
    let index = Self.index([
      CompositeIndex.Component(Self.quality, .positive),
      CompositeIndex.Component(Self.success, .negative),
    ])
    let scores = try Self.scores(index, Self.eight)
    #expect(Self.close(scores["A"], -0.25))  // (−1.5 + 1)/2
    #expect(Self.close(scores["B"], 0.25))  // (−0.5 + 1)/2
    #expect(Self.close(scores["E"], -0.5))  // (0 − 1)/2
    #expect(Self.close(scores["G"], 0))  // (1 − 1)/2
    #expect(Self.close(scores["H"], 0.5))  // (2 − 1)/2
    #expect(scores["H"] == .value(0.5, present: 2, total: 2))
  }

  @Test("weights: the composite is the weighted mean of the signed z-scores")
  func weights() throws {
    let index = Self.index([
      CompositeIndex.Component(Self.quality, .positive, weight: 3),
      CompositeIndex.Component(Self.success, .negative, weight: 1),
    ])
    let scores = try Self.scores(index, Self.eight)
    #expect(Self.close(scores["A"], -0.875))  // (3·(−1.5) + 1·1)/4 = −3.5/4
    #expect(Self.close(scores["B"], -0.125))  // (3·(−0.5) + 1)/4 = −0.5/4
    #expect(Self.close(scores["E"], -0.25))  // (3·0 − 1)/4
    #expect(Self.close(scores["G"], 0.5))  // (3·1 − 1)/4
    #expect(Self.close(scores["H"], 1.25))  // (3·2 − 1)/4
  }

  @Test("SD = 0: every z is 0, so every evaluable school scores 0")
  func zeroSpread() throws {
    let values = Fixtures.oneMetric(Self.quality, year: 2022, ["A": 50, "B": 50, "C": 50])
    let scores = try Self.scores(
      Self.index([CompositeIndex.Component(Self.quality, .negative)]), values)
    for id: SchoolID in ["A", "B", "C"] {
      #expect(scores[id] == .value(0, present: 1, total: 1), "school \(id)")
    }
  }

  @Test("SD = 0 with lowest share: every school ties at the cut-off 0, so all are met")
  func zeroSpreadEverySchoolMet() throws {
    let values = Fixtures.oneMetric(
      Self.quality, year: 2022, ["A": 50, "B": 50, "C": 50, "D": 50, "E": 50])
    let criterion = Fixtures.lowestShare(metric: Self.quality)
    let results = try Fixtures.evaluate(criterion, values, year: 2022)
    // n = 5, k = 2, cut-off = 2nd smallest of (0, 0, 0, 0, 0) = 0, and every 0 ≤ 0
    #expect(results.values.allSatisfy { $0.status == .met })
    #expect(results.count == 5)
  }

  @Test("SD = 0 in one component only: that component contributes 0 to the mean")
  func zeroSpreadInOneComponent() throws {
    var values = Self.eight
    for id in Self.ids { values[id]?[Self.success] = [2022: 30] }
    let index = Self.index([
      CompositeIndex.Component(Self.quality, .positive),
      CompositeIndex.Component(Self.success, .positive),
    ])
    let scores = try Self.scores(index, values)
    #expect(Self.close(scores["A"], -0.75))  // (−1.5 + 0)/2
    #expect(Self.close(scores["H"], 1))  // (2 + 0)/2
  }

  @Test("exactly half the cells is evaluable; one fewer is not, and lists the missing cells")
  func halfOfTheCells() throws {
    // 2 components × 2 years = 4 cells, at least 2 needed
    let values: CohortValues = [
      "A": [Self.quality: [2021: 40, 2022: 40], Self.success: [2021: 90, 2022: 90]],  // 4 cells
      "B": [Self.quality: [2021: 60, 2022: 60]],  // 2 cells: exactly half
      "C": [Self.quality: [2022: 80]],  // 1 cell
    ]
    let index = Self.index(
      [
        CompositeIndex.Component(Self.quality, .positive),
        CompositeIndex.Component(Self.success, .positive),
      ],
      window: 2)
    let scores = try Self.scores(index, values)
    // quality 2021 over A, B: mean 50, SD 10 → z(A) = −1, z(B) = 1
    // quality 2022 over A, B, C: mean 60, SD √(800/3) = 16.329932 → z(A) = −1.224745, z(B) = 0
    // success 2021 and 2022: A alone, SD 0 → 0
    // A = (−1 − 1.224745 + 0 + 0)/4 = −0.556186; B = (1 + 0)/2 = 0.5
    #expect(abs((scores["A"]?.value ?? .nan) - -0.556186) < 1e-6)
    #expect(scores["B"] == .value(0.5, present: 2, total: 4))
    #expect(
      scores["C"]
        == .insufficient(missing: [
          CriterionResult.MissingData(metric: Self.quality, year: 2021),
          CriterionResult.MissingData(metric: Self.success, year: 2021),
          CriterionResult.MissingData(metric: Self.success, year: 2022),
        ]))
  }

  @Test("the krasnoyarsk shape: 9 of 18 cells is evaluable, 8 of 18 is not")
  func nineOfEighteen() throws {
    let metrics: [MetricKey] = [
      .egeRussianMeanScore, .egeMathProfileMeanScore, .ogeRussianMeanMark, .ogeMathMeanMark,
      .vprRussianMeanMark, .vprMathMeanMark,
    ]
    let years = [2020, 2021, 2022]
    func cells(_ count: Int, base: Double) -> [MetricKey: [Int: Double]] {
      var result: [MetricKey: [Int: Double]] = [:]
      for (i, metric) in metrics.enumerated() {
        for (j, year) in years.enumerated() where i * 3 + j < count {
          result[metric, default: [:]][year] = base
        }
      }
      return result
    }
    let values: CohortValues = [
      "FULL": cells(18, base: 4), "NINE": cells(9, base: 3), "EIGHT": cells(8, base: 3.5),
    ]
    let index = Self.index(metrics.map { CompositeIndex.Component($0, .positive) }, window: 3)
    let scores = try Self.scores(index, values)
    guard case .value(_, let present, let total) = scores["NINE"] else {
      Issue.record("9 of 18 cells must be evaluable, got \(String(describing: scores["NINE"]))")
      return
    }
    #expect(present == 9)
    #expect(total == 18)
    guard case .insufficient(let missing) = scores["EIGHT"] else {
      Issue.record("8 of 18 cells must not be evaluable")
      return
    }
    #expect(missing.count == 10)  // 18 − 8
    // the first 8 cells are ege.russian ×3, ege.math_profile ×3, oge.russian 2020 and 2021, so the
    // first missing cell (sorted by metric key, then year) is oge.math 2020, since in bytes
    // ege.math_profile < ege.russian < oge.math < oge.russian < vpr.math < vpr.russian
    #expect(missing.first == CriterionResult.MissingData(metric: .ogeMathMeanMark, year: 2020))
    #expect(missing.contains(CriterionResult.MissingData(metric: .ogeRussianMeanMark, year: 2022)))
    #expect(!missing.contains(CriterionResult.MissingData(metric: .ogeRussianMeanMark, year: 2021)))
  }

  @Test("an odd number of cells: 5 of 9 is evaluable, 4 of 9 is not (at least half)")
  func oddCellCount() throws {
    let metrics: [MetricKey] = [Self.quality, Self.success, .continuationGrade10Percent]
    let index = Self.index(metrics.map { CompositeIndex.Component($0, .positive) }, window: 3)
    let values: CohortValues = [
      "FIVE": [
        Self.quality: [2020: 1, 2021: 1, 2022: 1], Self.success: [2020: 1, 2021: 1],
      ],
      "FOUR": [Self.quality: [2020: 2, 2021: 2, 2022: 2], Self.success: [2020: 2]],
    ]
    let scores = try Self.scores(index, values)
    #expect(scores["FIVE"]?.value != nil)  // 5 ≥ 4.5
    #expect(scores["FOUR"]?.value == nil)  // 4 < 4.5
  }

  @Test("values before the window and after the run's year are ignored")
  func valuesOutsideTheWindow() throws {
    let values: CohortValues = [
      "A": [Self.quality: [2020: 0, 2021: 40, 2022: 40, 2023: 100]],
      "B": [Self.quality: [2020: 100, 2021: 60, 2022: 60, 2023: 0]],
      "D": [Self.quality: [2020: 50, 2023: 50]],
    ]
    let index = Self.index([CompositeIndex.Component(Self.quality, .positive)], window: 2)
    let scores = try Self.scores(index, values, year: 2022)
    // window 2021–2022; each year A 40, B 60: mean 50, SD 10 → z(A) = −1, z(B) = 1 in both years.
    // Were 2020 or 2023 read, D would be evaluable and A and B would change.
    #expect(scores["A"] == .value(-1, present: 2, total: 2))
    #expect(scores["B"] == .value(1, present: 2, total: 2))
    #expect(
      scores["D"]
        == .insufficient(missing: [
          CriterionResult.MissingData(metric: Self.quality, year: 2021),
          CriterionResult.MissingData(metric: Self.quality, year: 2022),
        ]))
  }

  @Test("a metric absent from the dataset counts as missing cells")
  func absentMetric() throws {
    let values = Fixtures.oneMetric(Self.quality, year: 2022, ["A": 40, "B": 60])
    // 1 present of 2 cells: exactly half, evaluable; the mean is over the available z only
    let half = Self.index([
      CompositeIndex.Component(Self.quality, .positive),
      CompositeIndex.Component(.socialWeakRussianPercent, .negative),
    ])
    let halfScores = try Self.scores(half, values)
    #expect(halfScores["A"] == .value(-1, present: 1, total: 2))  // (40 − 50)/10

    // 1 present of 3 cells: 1 < 1.5, not evaluable; the two absent metrics are listed
    let third = Self.index([
      CompositeIndex.Component(Self.quality, .positive),
      CompositeIndex.Component(.socialWeakRussianPercent, .negative),
      CompositeIndex.Component(.socialLowSesFamilyPercent, .negative),
    ])
    let thirdScores = try Self.scores(third, values)
    #expect(
      thirdScores["A"]
        == .insufficient(missing: [
          CriterionResult.MissingData(metric: .socialLowSesFamilyPercent, year: 2022),
          CriterionResult.MissingData(metric: .socialWeakRussianPercent, year: 2022),
        ]))
  }

  @Test("the mean and SD are taken over the schools that have the value")
  func missingSchoolsLeaveTheMoments() throws {
    let values: CohortValues = [
      "A": [Self.quality: [2022: 2]], "B": [Self.quality: [2022: 4]],
      "C": [Self.quality: [2022: 6]], "D": [Self.success: [2022: 50]],
    ]
    let scores = try Self.scores(
      Self.index([CompositeIndex.Component(Self.quality, .positive)]), values)
    // over A, B, C: mean 4, SD √((4 + 0 + 4)/3) = √(8/3) = 1.632993; z(A) = −2/1.632993 = −1.224745
    #expect(abs((scores["A"]?.value ?? .nan) - -1.224745) < 1e-6)
    #expect(
      scores["D"]
        == .insufficient(missing: [CriterionResult.MissingData(metric: Self.quality, year: 2022)]))
  }

  @Test(
    "z-scores do not depend on the scale of the values",
    arguments: [1e-3, 1, 1e6, 1e200, 1e-200])
  func scaleInvariance(scale: Double) throws {
    let values = Fixtures.oneMetric(
      Self.quality, year: 2022,
      ["A": 10 * scale, "B": 20 * scale, "C": 30 * scale, "D": 40 * scale])
    let scores = try Self.scores(
      Self.index([CompositeIndex.Component(Self.quality, .positive)]), values)
    // as for 10, 20, 30, 40: z(A) = −15/√125 = −1.341641, z(D) = 1.341641, whatever the scale
    // (at 1e200 the squared deviations overflow and at 1e-200 they underflow unless scaled first)
    #expect(abs((scores["A"]?.value ?? .nan) - -1.341641) < 1e-6, "scale \(scale)")
    #expect(abs((scores["D"]?.value ?? .nan) - 1.341641) < 1e-6, "scale \(scale)")
  }

  @Test("ZScore.moments uses the population SD in two passes")
  func moments() {
    let column: [Double] = [2, .nan, 4, 4, 4, 5, 5, 7, 9]
    let result = column.withUnsafeBufferPointer {
      ZScore.moments(of: $0, members: Array(0..<9))
    }
    #expect(result?.mean == 5)  // 40/8
    #expect(result?.sd == 2)  // √(32/8)
    #expect(result?.count == 8)
    let none = [Double.nan].withUnsafeBufferPointer { ZScore.moments(of: $0, members: [0]) }
    #expect(none == nil)
  }
}
