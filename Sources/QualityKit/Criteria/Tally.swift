/// Counts parts that hold, fail or are open, and decides "at least k of them" in three-valued logic.
///
/// The one rule behind ``PersistenceCriterion`` (years), ``BelowReferencesCriterion`` (subjects) and
/// ``ObjectivityMarkersCriterion`` (markers), and the same as ``CategoryRule/Condition/atLeast(_:of:)``:
/// met when at least k parts hold; not met when even the open parts could not make up k; otherwise
/// open, because the missing data could decide it either way.
struct Tally {
  /// Parts that hold.
  var held = 0
  /// Parts that could not be decided for lack of data.
  var open = 0
  /// Parts that were decided and do not hold.
  var failed = 0

  /// Counts one part: `true`, `false`, or `nil` when it cannot be decided.
  mutating func count(_ holds: Bool?) {
    switch holds {
    case true?: held += 1
    case false?: failed += 1
    case nil: open += 1
    }
  }

  /// `true` when at least `k` parts hold, `false` when they cannot, `nil` when missing data decides.
  func atLeast(_ k: Int) -> Bool? {
    if held >= k { return true }
    if held + open < k { return false }
    return nil
  }
}

extension Tally {
  /// The criterion result of «at least `k` parts hold»: `insufficient_data` listing each of
  /// `missing` once when missing data decide it, otherwise met or not met with the number of parts
  /// that hold as the value and `k` as the threshold.
  func result(
    atLeast k: Int, missing: [CriterionResult.MissingData], years: [AcademicYear],
    explanation: (_ met: Bool) -> Explanation.Storage
  ) -> CriterionResult {
    guard let met = atLeast(k) else {
      // Parts may read the same cell (a level and its change, overlapping windows): list it once.
      return .insufficientData(missing: Set(missing).sorted(), years: years)
    }
    let evidence = Evidence(
      value: Double(held), threshold: Double(k), years: years,
      explanation: Explanation(explanation(met)))
    return .decided(met, evidence)
  }
}
