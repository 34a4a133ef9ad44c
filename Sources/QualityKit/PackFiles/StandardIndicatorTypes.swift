extension PackBlockKinds {
  /// The library's indicator types.
  static let standardIndicatorTypes: [any CodableIndicator.Type] = []
}
