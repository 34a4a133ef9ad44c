import Foundation

/// Counts the units of one phase done on several threads and hands each new count to a
/// ``RunProgress/Handler``.
///
/// The count is raised and reported under one lock, so reports arrive one at a time and in order —
/// `completed` never goes down even when two workers finish together — at the price of workers
/// waiting for a slow handler. Made only when the host gave a handler: a run without one pays
/// nothing for progress.
final class ProgressCounter: @unchecked Sendable {
  private let lock = NSLock()
  private let handler: RunProgress.Handler
  private let phase: RunProgress.Phase
  private let total: Int
  private var completed = 0

  /// Starts `phase`: reports `0` of `total` at once.
  init(_ phase: RunProgress.Phase, total: Int, handler: @escaping RunProgress.Handler) {
    self.phase = phase
    self.total = total
    self.handler = handler
    handler(RunProgress(phase: phase, completed: 0, total: total))
  }

  /// `units` more are done.
  func advance(by units: Int = 1) {
    lock.lock()
    defer { lock.unlock() }
    completed = min(total, completed + units)
    handler(RunProgress(phase: phase, completed: completed, total: total))
  }
}
