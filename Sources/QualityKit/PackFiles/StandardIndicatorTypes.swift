extension PackBlockKinds {
  /// The library's indicator types: `reported`, `aggregate`, `positive_dynamics`.
  static let standardIndicatorTypes: [any CodableIndicator.Type] = [
    ReportedIndicator.self, AggregateIndicator.self, PositiveDynamicsIndicator.self,
  ]
}
