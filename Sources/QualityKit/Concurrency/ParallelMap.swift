import Foundation

/// Work spread over the cores, with results collected in order.
enum Parallel {
  /// `body(0) … body(count − 1)`, evaluated concurrently, returned in index order.
  ///
  /// Each result is stored exactly once, by the iteration that made it; the lock makes the stores
  /// visible to the caller when `concurrentPerform` returns. The order of the result never depends on
  /// which thread finished first.
  ///
  /// - Complexity: the cost of the calls, spread over the available cores.
  static func map<Element: Sendable>(_ count: Int, _ body: @Sendable (Int) -> Element) -> [Element]
  {
    let slots = Slots<Element>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
      slots.store(body(index), at: index)
    }
    return slots.elements
  }

  /// Produces `produce(0) … produce(count − 1)` on other threads, at most `window` ahead of the
  /// caller, and hands each to `consume` on the calling thread, in index order, as soon as it and
  /// those before it are ready: the caller's sequential work (writing a chunk out, merging a parsed
  /// chunk) overlaps the production of the next ones instead of waiting for a whole round.
  ///
  /// `produce(i)` starts only after `consume(i − window)` has returned, so a producer may reuse
  /// what the consumer of `i − window` was given (``JSONReport`` reuses its buffers that way). When
  /// `consume` throws, the items already started are waited for, and the error is rethrown.
  ///
  /// - Complexity: the cost of the calls; production is spread over the available cores.
  static func pipeline<Element: Sendable, Failure: Error>(
    count: Int, window: Int, produce: @escaping @Sendable (Int) -> Element,
    consume: (Int, Element) throws(Failure) -> Void
  ) throws(Failure) {
    guard count > 0 else { return }
    let window = max(1, window)
    let results = Results<Element>(count: count)
    let group = DispatchGroup()
    let queue = DispatchQueue.global(qos: .userInitiated)
    defer { group.wait() }
    func start(_ index: Int) {
      queue.async(group: group) { results.store(produce(index), at: index) }
    }
    for index in 0..<min(window, count) { start(index) }
    for index in 0..<count {
      try consume(index, results.take(index))
      if index + window < count { start(index + window) }
    }
  }

  /// Results written from concurrent iterations, one slot each.
  private final class Slots<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Element?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ element: Element, at index: Int) {
      lock.lock()
      defer { lock.unlock() }
      storage[index] = element
    }

    var elements: [Element] {
      lock.lock()
      defer { lock.unlock() }
      return storage.compactMap { $0 }
    }
  }

  /// Results handed from producers to one consumer: each slot is stored once and taken once.
  private final class Results<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var storage: [Element?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ element: Element, at index: Int) {
      condition.lock()
      storage[index] = element
      condition.broadcast()
      condition.unlock()
    }

    /// Waits until slot `index` is stored, and empties it.
    func take(_ index: Int) -> Element {
      condition.lock()
      defer { condition.unlock() }
      while true {
        if let element = storage[index] {
          storage[index] = nil
          return element
        }
        condition.wait()
      }
    }
  }
}
