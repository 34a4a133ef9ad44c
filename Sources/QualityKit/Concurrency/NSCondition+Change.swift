import Foundation

extension NSCondition {
  /// Makes `change` to the state this condition guards, holding its lock, then wakes every thread
  /// waiting on it: the one way a shared state of the library's threads is changed and announced.
  ///
  /// ```swift
  /// condition.change { stopped = true }
  /// ```
  @discardableResult
  func change<Result>(_ change: () throws -> Result) rethrows -> Result {
    lock()
    defer {
      broadcast()
      unlock()
    }
    return try change()
  }
}
