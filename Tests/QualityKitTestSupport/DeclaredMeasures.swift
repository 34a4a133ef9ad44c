import QualityKit

extension RulePack {
  /// The pack's measures that are ``DeclaredMeasure`` values, in order: what tests compare field by
  /// field (a host measure type is left out).
  public var declaredMeasures: [DeclaredMeasure] { measures.compactMap { $0 as? DeclaredMeasure } }
}
