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
}
