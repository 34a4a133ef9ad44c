extension CategoryRule {
  /// A three-valued truth: a category condition over criteria that may be `insufficient_data`.
  ///
  /// Kleene's logic: `all` is false as soon as one part is false, true only when every part is true,
  /// otherwise unknown; `any` is the dual; `not` swaps true and false. A school whose category condition
  /// is unknown is reported as undetermined for that category, never silently left off it.
  public enum Truth: String, Sendable, Hashable, Codable, CaseIterable {
    /// The condition holds.
    case `true`
    /// The condition does not hold.
    case `false`
    /// Missing data leaves the condition open.
    case unknown

    /// The truth of a criterion status.
    public init(_ status: CriterionResult.Status) {
      switch status {
      case .met: self = .true
      case .notMet: self = .false
      case .insufficientData: self = .unknown
      }
    }

    /// The negation.
    public var negated: CategoryRule.Truth {
      switch self {
      case .true: .false
      case .false: .true
      case .unknown: .unknown
      }
    }
  }
}
