extension CriterionResult {
  /// The outcome of one criterion for one school.
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// The school meets the criterion.
    case met
    /// The school has the data and does not meet the criterion.
    case notMet = "not_met"
    /// The data the criterion needs is missing: never read as "not met".
    case insufficientData = "insufficient_data"

    /// The status in words.
    public func title(in language: Language) -> String {
      switch (self, language) {
      case (.met, .russian): "выполнен"
      case (.met, .english): "met"
      case (.notMet, .russian): "не выполнен"
      case (.notMet, .english): "not met"
      case (.insufficientData, .russian): "недостаточно данных"
      case (.insufficientData, .english): "insufficient data"
      }
    }
  }
}
