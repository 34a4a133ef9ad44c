/// The rest of a part that arrives in pieces, for ``XMLCursor/continuation``: ``SheetFeed``
/// gives a sheet's XML a window at a time while a worker inflates it.
///
/// Each piece must end just before a `<`, and the cursor moves to the next one only where its
/// reader allows it (``XMLCursor/mayContinue``), since the next piece is other memory.
///
/// - Complexity: O(1) per call, on top of what the pieces cost to make.
protocol XMLContinuation: AnyObject {
  /// Whether the last piece has been given.
  var isComplete: Bool { get }
  /// The next piece, valid until the next call; `nil` when there is no more (the part ended
  /// early: its reader says why).
  func next() -> UnsafeBufferPointer<UInt8>?
}
