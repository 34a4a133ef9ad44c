/// The straight line that predicts a school's results from its conditions, fitted over one run's
/// schools: what ``LinearContextAdjustment`` found, and what a report prints above the schools'
/// context-adjusted results.
///
/// `expected = intercept + slope · context`; ``residualSD`` is the root mean square of the residuals
/// (divided by ``n``, not n − 2: the residuals are standardised as a description of these schools,
/// not as an estimate for others). ``r2`` is the share of the results' variance the line explains,
/// 1 − Σ residual² / Σ (y − ȳ)², and 0 when every school has the same results.
///
/// - Complexity: O(1) storage.
///
/// ```swift
/// let model = adjustment.model        // after LinearContextAdjustment().adjust(…)
/// model?.expected(atContext: -1.0)    // intercept − slope
/// ```
public struct ContextModel: Sendable, Hashable {
  /// The index of results (`y`): higher is better.
  public var resultsIndex: IndexID
  /// The index of conditions (`x`): higher is easier.
  public var contextIndex: IndexID
  /// The number of schools fitted: those with both values.
  public var n: Int
  /// `a = ȳ − b · x̄`.
  public var intercept: Double
  /// `b = Σ (x − x̄)(y − ȳ) / Σ (x − x̄)²`, 0 when every school has the same context.
  public var slope: Double
  /// 1 − Σ residual² / Σ (y − ȳ)²; 0 when Σ (y − ȳ)² = 0.
  public var r2: Double
  /// `s = √(Σ residual² / n)`.
  public var residualSD: Double
  /// The ⌈share · n⌉-th lowest context among the fitted schools: a school at or below it has
  /// conditions among the hardest.
  public var contextCutoff: Double
  /// The ⌈share · n⌉-th highest results among the fitted schools: a school at or above it has
  /// results among the best.
  public var resultsCutoff: Double

  /// The results the line predicts for `context`.
  public func expected(atContext context: Double) -> Double { intercept + slope * context }
}
