extension PackBlockKinds {
  /// The library's criterion building blocks.
  static let standardCriterionTypes: [any CodableCriterion.Type] = []
}
