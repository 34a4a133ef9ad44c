import Foundation
import Testing

@testable import QualityKit

/// ``Parallel`` and ``ParallelChunks``: results come out in index order whatever thread finishes
/// first, and a chunk's buffer is reused only after its bytes were emitted.
@Suite struct ParallelTests {
  @Test func pipelineConsumesInOrderOnTheCallingThread() {
    var consumed: [Int] = []
    Parallel.pipeline(count: 100, window: 3) { index in
      index * index
    } consume: { index, square in
      #expect(square == index * index)
      consumed.append(index)
    }
    #expect(consumed == Array(0..<100))
  }

  /// How far the consumer got, shared with the producers.
  final class Progress: @unchecked Sendable {
    private let lock = NSLock()
    private var consumed = 0
    private var violations = 0

    func started(_ index: Int, window: Int) {
      lock.lock()
      if index >= consumed + window { violations += 1 }
      lock.unlock()
    }

    func consume() {
      lock.lock()
      consumed += 1
      lock.unlock()
    }

    var violationCount: Int {
      lock.lock()
      defer { lock.unlock() }
      return violations
    }
  }

  @Test func anItemStartsOnlyOnceTheOneAWindowBeforeIsConsumed() {
    let progress = Progress()
    Parallel.pipeline(count: 300, window: 2) { index in
      progress.started(index, window: 2)
      return index
    } consume: { _, _ in
      progress.consume()
    }
    #expect(progress.violationCount == 0)
  }

  @Test func pipelineRethrowsTheConsumersError() {
    struct Stop: Error, Equatable { let index: Int }
    var consumed = 0
    #expect(throws: Stop(index: 5)) {
      try Parallel.pipeline(count: 50, window: 4) {
        $0
      } consume: { (index, _) throws(Stop) in
        if index == 5 { throw Stop(index: index) }
        consumed += 1
      }
    }
    #expect(consumed == 5)
  }

  @Test func chunksAreEmittedInOrderFromReusedBuffers() {
    var emitted: [UInt8] = []
    var calls = 0
    ParallelChunks.render(count: 1000, chunkSize: 7) { range, buffer in
      for index in range {
        buffer.append(int: index)
        buffer.append(",")
      }
    } emit: { bytes in
      emitted.append(contentsOf: bytes)
      calls += 1
    }
    #expect(calls == (1000 + 6) / 7)
    #expect(String(decoding: emitted, as: UTF8.self) == (0..<1000).map { "\($0)," }.joined())
  }

  @Test func aBufferGrowsPastItsReusedCapacity() {
    // The first chunks are small, a later one much larger than the memory it inherits.
    var emitted: [UInt8] = []
    ParallelChunks.render(count: 40, chunkSize: 1) { range, buffer in
      let size = range.lowerBound == 33 ? 50_000 : 3
      for _ in 0..<size { buffer.append(byte: UInt8(ascii: "a") + UInt8(range.lowerBound % 26)) }
    } emit: { bytes in
      emitted.append(contentsOf: bytes)
    }
    var expected: [UInt8] = []
    for index in 0..<40 {
      expected += Array(
        repeating: UInt8(ascii: "a") + UInt8(index % 26), count: index == 33 ? 50_000 : 3)
    }
    #expect(emitted == expected)
  }
}
