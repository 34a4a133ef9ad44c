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

  /// An array of `count` elements made in chunks of `chunkSize` indices on all cores:
  /// `fill(range, slots)` initializes `slots[i]` for every `i` in `range`, exactly once, and touches
  /// nothing else, so the chunks never meet and the result does not depend on which thread made
  /// which chunk. Elements are made in place: nothing is copied into the result afterwards.
  ///
  /// - Complexity: the cost of the calls, spread over the available cores.
  static func array<Element: Sendable>(
    count: Int, chunkSize: Int,
    fill: @Sendable (Range<Int>, UnsafeMutableBufferPointer<Element>) -> Void
  ) -> [Element] {
    guard count > 0 else { return [] }
    return [Element](unsafeUninitializedCapacity: count) { buffer, initialized in
      let slots = SharedSlots(buffer: buffer)
      let size = max(1, chunkSize)
      DispatchQueue.concurrentPerform(iterations: (count + size - 1) / size) { chunk in
        fill((chunk * size)..<min(count, (chunk + 1) * size), slots.buffer)
      }
      initialized = count
    }
  }

  /// The result's memory handed to every chunk of ``array(count:chunkSize:fill:)``: each chunk
  /// writes its own range only.
  private struct SharedSlots<Element>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Element>
  }

  /// Produces `produce(0) … produce(count − 1)` on other threads, at most `window` ahead of the
  /// caller, and hands each to `consume` on the calling thread, in index order, as soon as it and
  /// those before it are ready: the caller's sequential work (writing a chunk out, merging a parsed
  /// chunk) overlaps the production of the next ones instead of waiting for a whole round.
  ///
  /// `produce(i)` starts only after `consume(i − window)` has returned, so a producer may reuse
  /// what the consumer of `i − window` was given (``JSONReport`` reuses its buffers that way). An
  /// item is produced by whichever thread claims it first — a worker, or the caller while it waits —
  /// so the pipeline progresses even when no worker thread is free. When `consume` throws, the
  /// workers stop after their current item, and the error is rethrown once they have.
  ///
  /// - Complexity: the cost of the calls; production is spread over the available cores.
  static func pipeline<Element: Sendable, Failure: Error>(
    count: Int, window: Int, produce: @escaping @Sendable (Int) -> Element,
    consume: (Int, Element) throws(Failure) -> Void
  ) throws(Failure) {
    guard count > 0 else { return }
    let state = Pipeline<Element>(count: count, window: max(1, window))
    let group = DispatchGroup()
    let workers = min(max(1, ProcessInfo.processInfo.activeProcessorCount), count)
    for _ in 0..<workers {
      DispatchQueue.global(qos: .userInitiated).async(group: group) {
        while let index = state.claim(waiting: true) { state.store(produce(index), at: index) }
      }
    }
    defer {
      state.stop()
      group.wait()
    }
    for index in 0..<count {
      let element: Element
      while true {
        switch state.take(index) {
        case .ready(let ready):
          element = ready
        case .produce(let claimed):
          state.store(produce(claimed), at: claimed)
          continue
        }
        break
      }
      try consume(index, element)
      state.consumed()
    }
  }

  /// The shared state of ``pipeline(count:window:produce:consume:)``: which items are claimed,
  /// which are done, how far the consumer got.
  private final class Pipeline<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var results: [Element?]
    private var next = 0
    private var consumedCount = 0
    private var stopped = false

    init(count: Int, window: Int) {
      self.count = count
      self.window = window
      results = Array(repeating: nil, count: count)
    }

    enum Step {
      case ready(Element)
      case produce(Int)
    }

    /// The next item to produce: one not claimed yet, within `window` of the consumer; `nil` when
    /// every item is claimed or the pipeline stopped. Waits for room in the window when `waiting`.
    func claim(waiting: Bool) -> Int? {
      condition.lock()
      defer { condition.unlock() }
      return claimLocked(waiting: waiting)
    }

    private func claimLocked(waiting: Bool) -> Int? {
      while true {
        if stopped || next >= count { return nil }
        if next < consumedCount + window {
          next += 1
          return next - 1
        }
        if !waiting { return nil }
        condition.wait()
      }
    }

    func store(_ element: Element, at index: Int) {
      condition.change { results[index] = element }
    }

    /// Item `index` once it is done, or an item for the caller to produce meanwhile.
    func take(_ index: Int) -> Step {
      condition.lock()
      defer { condition.unlock() }
      while true {
        if let element = results[index] {
          results[index] = nil
          return .ready(element)
        }
        if let claimed = claimLocked(waiting: false) { return .produce(claimed) }
        condition.wait()
      }
    }

    /// The consumer is done with one more item: the window moves on.
    func consumed() {
      condition.change { consumedCount += 1 }
    }

    /// No more items are to be claimed.
    func stop() {
      condition.change { stopped = true }
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
}
