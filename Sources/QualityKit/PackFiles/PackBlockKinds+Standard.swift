extension PackBlockKinds {
  /// The library's building blocks: every criterion and indicator type of QualityKit.
  public static let standard = PackBlockKinds(
    criteria: standardCriterionTypes, indicators: standardIndicatorTypes)
}
