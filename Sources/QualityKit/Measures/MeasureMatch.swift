/// Whether a support measure's condition holds for one school: it applies (and why), it might
/// apply but the data to decide is missing (and what is missing), or it does not apply.
///
/// Missing data is never read as "not needed": ``noData(_:)`` is listed on the school's roadmap as
/// «нет данных», apart from the measures that apply.
///
/// - Complexity: Every operation is O(1).
public enum MeasureMatch: Sendable, Hashable {
  /// The condition holds, for these reasons.
  case applies([MeasureMatch.Reason])
  /// The condition may hold, but data is missing: these categories are open or these criteria
  /// undecided (with whatever findings point towards the measure).
  case noData([MeasureMatch.Reason])
  /// The condition does not hold: the school's data decides it.
  case doesNotApply

  /// The reasons, empty for ``doesNotApply``.
  public var reasons: [MeasureMatch.Reason] {
    switch self {
    case .applies(let reasons), .noData(let reasons): reasons
    case .doesNotApply: []
    }
  }

  /// Whether the condition holds.
  public var applies: Bool {
    if case .applies = self { return true }
    return false
  }
}
