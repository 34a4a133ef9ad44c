/// One school's results set against what its conditions predict (``ContextModel``).
///
/// - Complexity: O(1) storage.
///
/// ```swift
/// // results 0.9, context −1.2, on the line a = 0, b = 0.5, s = 0.6:
/// // expected −0.6, residual 1.5, residual_z 2.5 → .aboveExpected
/// ```
public struct ContextAdjustedResult: Sendable, Hashable {
  /// How a school's results stand against the line, in residual standard deviations.
  public enum Band: String, Sendable, Hashable, CaseIterable {
    /// `residual_z ≥ k`: better than its conditions predict.
    case aboveExpected = "above_expected"
    /// `−k < residual_z < k`.
    case asExpected = "as_expected"
    /// `residual_z ≤ −k`: worse than its conditions predict.
    case belowExpected = "below_expected"

    /// «выше ожидаемого», «как ожидается», «ниже ожидаемого».
    public func title(in language: Language) -> String {
      switch (self, language) {
      case (.aboveExpected, .russian): "выше ожидаемого"
      case (.asExpected, .russian): "на уровне ожидаемого"
      case (.belowExpected, .russian): "ниже ожидаемого"
      case (.aboveExpected, .english): "above expectation"
      case (.asExpected, .english): "as expected"
      case (.belowExpected, .english): "below expectation"
      }
    }
  }

  /// Why a school has no context-adjusted result.
  public enum Missing: String, Sendable, Hashable, CaseIterable {
    /// The results index is not defined for the school in the report year.
    case noResultsValue = "no_results_value"
    /// The context index is not defined for it.
    case noContextValue = "no_context_value"
    /// Neither is.
    case noValues = "no_values"
    /// Fewer than ``LinearContextAdjustment/minimumSchools`` schools have both values: no line is
    /// fitted for anyone.
    case tooFewSchools = "too_few_schools"

    /// The reason as a reader reads it.
    public func title(in language: Language) -> String {
      switch (self, language) {
      case (.noResultsValue, .russian): "нет значения индекса результатов"
      case (.noContextValue, .russian): "нет значения индекса условий"
      case (.noValues, .russian): "нет значений индексов результатов и условий"
      case (.tooFewSchools, .russian):
        "меньше \(LinearContextAdjustment.minimumSchools) школ со значениями обоих индексов"
      case (.noResultsValue, .english): "no value of the results index"
      case (.noContextValue, .english): "no value of the context index"
      case (.noValues, .english): "no value of either index"
      case (.tooFewSchools, .english):
        "fewer than \(LinearContextAdjustment.minimumSchools) schools have both index values"
      }
    }
  }

  /// The results index value (`y`).
  public var results: Double
  /// The context index value (`x`).
  public var context: Double
  /// `a + b · x`.
  public var expected: Double
  /// `y − expected`.
  public var residual: Double
  /// `residual / s`, 0 when `s = 0`.
  public var residualZ: Double
  /// The band of ``residualZ``.
  public var band: Band
  /// Hard conditions (context at or below the context cut-off) and strong results (at or above the
  /// results cut-off): «резильентная школа».
  public var resilient: Bool
}
