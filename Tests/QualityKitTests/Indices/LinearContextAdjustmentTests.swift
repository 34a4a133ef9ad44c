import Foundation
import Testing

@testable import QualityKit

/// Context-adjusted results on cohorts small enough to check by hand (the formulas are in
/// ``LinearContextAdjustment``'s documentation and in issue 19).
@Suite("Context-adjusted results: the line, the bands, resilient schools")
struct LinearContextAdjustmentTests {
  let ids: (IndexID, IndexID) = ("index.results", "index.context")

  func adjust(
    _ ys: [Double?], _ xs: [Double?], _ method: LinearContextAdjustment = .init()
  ) -> ContextAdjustment {
    method.adjust(results: ys, context: xs, resultsIndex: ids.0, contextIndex: ids.1)
  }

  @Test("A known line: y = 1 + 2x with residuals +1, −1, −1, +1 that leave it in place")
  func knownLine() throws {
    // x = 0…9, y = 1 + 2x + d with d = (+1, −1, 0, …, 0, −1, +1): Σd = 0 and Σd(x − 4.5) = 0,
    // so the fit is exactly a = 1, b = 2 and the residuals are d. SSE = 4, s = √0.4.
    let xs: [Double] = (0..<10).map(Double.init)
    let d: [Double] = [1, -1, 0, 0, 0, 0, 0, 0, -1, 1]
    let ys = zip(xs, d).map { 1 + 2 * $0 + $1 }
    #expect(ys == [2, 2, 5, 7, 9, 11, 13, 15, 16, 20])
    let fit = adjust(ys, xs)
    let model = try #require(fit.model)
    #expect(model.n == 10)
    #expect(abs(model.slope - 2) < 1e-12)
    #expect(abs(model.intercept - 1) < 1e-12)
    #expect(abs(model.residualSD - 0.4.squareRoot()) < 1e-12)
    // Σ(y − ȳ)² with ȳ = 10: 64 + 64 + 25 + 9 + 1 + 1 + 9 + 25 + 36 + 100 = 334.
    #expect(abs(model.r2 - (1 - 4.0 / 334)) < 1e-12)
    // ⌈0.25 · 10⌉ = 3: the 3rd lowest x is 2, the 3rd highest y is 15.
    #expect(model.contextCutoff == 2)
    #expect(model.resultsCutoff == 15)
    let results = fit.outcomes.map(\.result)
    let first = try #require(results[0])
    #expect(abs(first.expected - 1) < 1e-12)
    #expect(abs(first.residual - 1) < 1e-12)
    #expect(abs(first.residualZ - 1 / 0.4.squareRoot()) < 1e-12)  // 1.58…
    #expect(
      results.map { $0?.band } == [
        .aboveExpected, .belowExpected, .asExpected, .asExpected, .asExpected, .asExpected,
        .asExpected, .asExpected, .belowExpected, .aboveExpected,
      ])
    // The hard-conditions schools (x ≤ 2) have y 2, 2, 5 < 15: none is resilient.
    #expect(results.allSatisfy { $0?.resilient == false })
  }

  @Test("Ties at both cut-offs count the tied schools in: x ≤ the cut-off, y ≥ the cut-off")
  func tiesAtCutoffs() throws {
    // x sorted: −2, −1, −1, −1, … → the 3rd lowest is −1, shared by three schools.
    // y sorted down: 3, 2, 2, 2, … → the 3rd highest is 2, shared by three schools.
    let xs: [Double] = [-2, -1, -1, -1, 0, 0, 1, 1, 2, 2]
    let ys: [Double] = [3, 0, 2, -1, 0, 1, 0, 1, 2, 2]
    let fit = adjust(ys, xs)
    let model = try #require(fit.model)
    #expect(model.contextCutoff == -1)
    #expect(model.resultsCutoff == 2)
    // School 0 (x −2, y 3) and school 2 (x −1, y 2: on both cut-offs); schools 8 and 9 have
    // y = 2 but easy conditions; schools 1 and 3 hard conditions but low results.
    let resilient = fit.outcomes.indices.filter { fit.outcomes[$0].result?.resilient == true }
    #expect(resilient == [0, 2])
  }

  @Test("Every x equal: slope 0, intercept ȳ, r² 0, bands by y alone")
  func allContextEqual() throws {
    let xs = [Double](repeating: 1, count: 10)
    let ys: [Double] = (0..<10).map(Double.init)
    let fit = adjust(ys, xs)
    let model = try #require(fit.model)
    #expect(model.slope == 0)
    #expect(model.intercept == 4.5)
    #expect(model.r2 == 0)
    // Residuals y − 4.5; Σ residual² = 2 · (0.25 + 2.25 + 6.25 + 12.25 + 20.25) = 82.5.
    #expect(abs(model.residualSD - 8.25.squareRoot()) < 1e-12)
    // z = (y − 4.5) / 2.872…: −1.567, −1.219, −0.870, …, 1.219, 1.567.
    let bands = fit.outcomes.map { $0.result?.band }
    #expect(bands[0] == .belowExpected && bands[1] == .belowExpected)
    #expect(bands[2...7].allSatisfy { $0 == .asExpected })
    #expect(bands[8] == .aboveExpected && bands[9] == .aboveExpected)
    // Every x is at the context cut-off (1); the 3rd highest y is 7: schools 7, 8, 9.
    let resilient = fit.outcomes.indices.filter { fit.outcomes[$0].result?.resilient == true }
    #expect(resilient == [7, 8, 9])
  }

  @Test("A perfect line: s = 0, every residual_z 0, every school as expected")
  func perfectLine() throws {
    let xs: [Double] = (0..<12).map(Double.init)
    let fit = adjust(xs.map { 3 - 0.5 * $0 }, xs)
    let model = try #require(fit.model)
    #expect(abs(model.slope + 0.5) < 1e-12)
    #expect(model.residualSD < 1e-12)
    #expect(abs(model.r2 - 1) < 1e-12)
    #expect(fit.outcomes.allSatisfy { $0.result?.band == .asExpected })
  }

  @Test("Fewer than 10 schools with both values: no line, every school insufficient, each says why")
  func tooFewSchools() {
    // Nine complete schools, then one without results, one without context, one without both.
    let ys: [Double?] = (0..<9).map(Double.init) + [nil, 1, nil]
    let xs: [Double?] = (0..<9).map { Double($0) * 2 } + [1, nil, nil]
    let fit = adjust(ys, xs)
    #expect(fit.model == nil)
    #expect(fit.n == 9)
    #expect(fit.outcomes[0..<9].allSatisfy { $0 == .insufficientData(.tooFewSchools) })
    #expect(fit.outcomes[9] == .insufficientData(.noResultsValue))
    #expect(fit.outcomes[10] == .insufficientData(.noContextValue))
    #expect(fit.outcomes[11] == .insufficientData(.noValues))
  }

  @Test("Ten schools with both values and one without: the line is fitted on the ten")
  func missingValueLeftOut() throws {
    let xs: [Double?] = (0..<10).map(Double.init) + [5]
    let ys: [Double?] = (0..<10).map { 1 + 2 * Double($0) } + [nil]
    let fit = adjust(ys, xs)
    let model = try #require(fit.model)
    #expect(model.n == 10)
    #expect(abs(model.slope - 2) < 1e-12)
    #expect(fit.outcomes[10] == .insufficientData(.noResultsValue))
  }

  @Test("k and the two shares move the bands and the cut-offs as set")
  func parameters() throws {
    let xs: [Double] = (0..<10).map(Double.init)
    let ys: [Double] = [2, 2, 5, 7, 9, 11, 13, 15, 16, 20]  // as in the known line: z = ±1.58
    let wide = adjust(ys, xs, LinearContextAdjustment(bandWidth: 2))
    #expect(wide.outcomes.allSatisfy { $0.result?.band == .asExpected })
    // ⌈0.5 · 10⌉ = 5: the 5th lowest x is 4, the 5th highest y is 11.
    let half = adjust(ys, xs, LinearContextAdjustment(contextShare: 0.5, resultsShare: 0.5))
    let model = try #require(half.model)
    #expect(model.contextCutoff == 4 && model.resultsCutoff == 11)
    // ⌈0.1 · 30⌉ is 3 on paper, although 0.1 · 30 is 3.0000000000000004 in binary.
    #expect(LinearContextAdjustment.rank(0.1, of: 30) == 3)
    #expect(LinearContextAdjustment.rank(0.25, of: 10) == 3)
    #expect(LinearContextAdjustment.rank(0.25, of: 1) == 1)
    // From the run's parameters (`--set context_adjusted.k=2`).
    let values = try ParameterValues(
      declared: LinearContextAdjustment.parameters, overrides: ["context_adjusted.k": 2])
    #expect(LinearContextAdjustment(values).bandWidth == 2)
    #expect(LinearContextAdjustment(values).contextShare == 0.25)
  }
}
