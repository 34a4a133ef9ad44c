import Foundation

/// A value made on a thread of its own while the caller goes on: `plan-support` matches partner
/// schools while it plans the roadmaps, since both read the same report and nothing of each other.
///
/// ```swift
/// let partners = Background { try matcher.match(report, dataset: dataset) }
/// let plan = try planner.plan(for: report, year: year)
/// let matching = try partners.value()
/// ```
public final class Background<Value: Sendable>: @unchecked Sendable {
  // The result is written once, by the thread, under the condition's lock, and read under it.
  private let condition = NSCondition()
  private var result: Result<Value, any Error>?

  /// Starts `body` on a new thread.
  public init(_ body: @escaping @Sendable () throws -> Value) {
    let thread = Thread { [self] in
      let made = Result { try body() }
      condition.lock()
      result = made
      condition.broadcast()
      condition.unlock()
    }
    thread.start()
  }

  /// The value, once the thread has made it; rethrows what `body` threw.
  public func value() throws -> Value {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if let result { return try result.get() }
      condition.wait()
    }
  }
}
