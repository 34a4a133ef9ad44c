extension PackBlockKinds {
  /// The library's criterion building blocks.
  static let standardCriterionTypes: [any CodableCriterion.Type] = [
    LowestShareCriterion.self,
    ThresholdCriterion.self,
    GapCriterion.self,
    WindowMeanCriterion.self,
    PersistenceCriterion.self,
    ObjectivityMarkersCriterion.self,
    BelowReferencesCriterion.self,
  ]
}
