/// How a value is compared with a threshold: «менее», «не более», «более», «не менее», «равно».
public enum Comparison: String, Sendable, Hashable, Codable, CaseIterable {
  /// value < threshold («менее»).
  case lessThan = "<"
  /// value ≤ threshold («… и ниже», «не более»).
  case atMost = "<="
  /// value > threshold («более»).
  case greaterThan = ">"
  /// value ≥ threshold («не менее»).
  case atLeast = ">="
  /// value = threshold («равно»).
  case equal = "="

  /// Whether `value` compares with `threshold` this way.
  @inline(__always)
  public func holds(_ value: Double, _ threshold: Double) -> Bool {
    switch self {
    case .lessThan: value < threshold
    case .atMost: value <= threshold
    case .greaterThan: value > threshold
    case .atLeast: value >= threshold
    case .equal: value == threshold
    }
  }

  /// The comparison in words, e.g. «не более».
  public func title(in language: Language) -> String {
    switch (self, language) {
    case (.lessThan, .russian): "менее"
    case (.lessThan, .english): "below"
    case (.atMost, .russian): "не более"
    case (.atMost, .english): "at most"
    case (.greaterThan, .russian): "более"
    case (.greaterThan, .english): "above"
    case (.atLeast, .russian): "не менее"
    case (.atLeast, .english): "at least"
    case (.equal, .russian): "равно"
    case (.equal, .english): "equal to"
    }
  }

  /// The negation in words, used when a school does not meet the comparison, e.g. «более» for «не более».
  public func negatedTitle(in language: Language) -> String {
    switch self {
    case .lessThan: Comparison.atLeast.title(in: language)
    case .atMost: Comparison.greaterThan.title(in: language)
    case .greaterThan: Comparison.atMost.title(in: language)
    case .atLeast: Comparison.lessThan.title(in: language)
    case .equal: language == .russian ? "не равно" : "not equal to"
    }
  }
}
