/// Which of a pack's composite indices measures results and which measures conditions: the pair a
/// run fits context-adjusted results with (``LinearContextAdjustment``).
///
/// A pack without an index of conditions names only its results index and borrows the conditions
/// of another pack run with it (the first that names one).
///
/// - Complexity: O(1) storage.
///
/// ```swift
/// ContextIndexPair(results: "index.krasnoyarsk.results", context: "index.social_wellbeing")
/// ```
public struct ContextIndexPair: Sendable, Hashable {
  /// The index of results: higher is better.
  public var results: IndexID
  /// The index of conditions: higher is easier; `nil` to borrow another pack's.
  public var context: IndexID?

  /// Names the pair.
  public init(results: IndexID, context: IndexID?) {
    self.results = results
    self.context = context
  }
}
