extension IndicatorDescription {
  /// Whose value a target indicator measures.
  ///
  /// A **municipal** indicator has one value per year for the whole municipality («Проведено не менее
  /// 20 вебинаров»). A **school** indicator has a value per school («80% педагогов школы — участники
  /// сетевых профессиональных сообществ»); the municipal value a target is checked against is an
  /// aggregate of the schools' values, and each building block states how it aggregates in
  /// ``IndicatorDescription/aggregation``.
  public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
    /// One value for the municipality.
    case municipality
    /// A value per school, aggregated to the municipality.
    case school

    /// The level in words, e.g. «муниципалитет».
    public func title(in language: Language) -> String {
      switch (self, language) {
      case (.municipality, .russian): "муниципалитет"
      case (.municipality, .english): "municipality"
      case (.school, .russian): "школа"
      case (.school, .english): "school"
      }
    }
  }
}
