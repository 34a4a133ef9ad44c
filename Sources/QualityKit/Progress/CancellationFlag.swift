import Foundation

/// Set once when the task running an operation is cancelled, and read by the operation's workers
/// between units of work.
///
/// Workers on `DispatchQueue.concurrentPerform` threads are not in the task, so `Task.isCancelled`
/// there is always `false`; the task's cancellation handler sets this flag instead, and every
/// thread can read it.
final class CancellationFlag: @unchecked Sendable {
  private let lock = NSLock()
  private var cancelled = false

  /// Marks the operation cancelled.
  func cancel() {
    lock.lock()
    cancelled = true
    lock.unlock()
  }

  /// Whether ``cancel()`` was called.
  var isCancelled: Bool {
    lock.lock()
    defer { lock.unlock() }
    return cancelled
  }
}
