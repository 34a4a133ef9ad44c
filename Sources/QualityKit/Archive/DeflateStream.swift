import Foundation

/// DEFLATE of bytes that arrive in order, compressed while they arrive: each full segment of
/// ``Deflate/segmentSize`` bytes is compressed on another core as soon as it is complete, with the
/// 32 KiB before it as its window, exactly as ``Deflate/compress(pieces:final:)`` cuts and
/// compresses one piece, so the bytes are the same. The writer of a large sheet hands its rows over
/// a megabyte at a time and never holds the sheet's XML whole; writing the rows and compressing
/// them overlap.
///
/// At most ``segmentsInFlight`` segments wait or are being compressed: a writer faster than the
/// compression waits rather than piling up memory. The segments are non-final: what follows (a
/// sheet's closing tags) ends the stream.
///
/// - Complexity: O(n) in the bytes, compressed in parallel.
///
/// ```swift
/// let stream = DeflateStream()
/// rows.withUnsafeBufferPointer { stream.append($0) }
/// let body = stream.finish()   // body.segments joined == the DEFLATE blocks of rows, open
/// ```
final class DeflateStream: @unchecked Sendable {
  /// Segments compressed or being compressed, at most.
  static let segmentsInFlight = 4

  /// What the stream became: its compressed segments in order, and the checksum and length of
  /// the bytes.
  struct Result: Sendable {
    var segments: [[UInt8]]
    var crc: UInt32
    var count: Int
  }

  // Touched by the appending thread only.
  /// The window (the last 32 KiB already cut) followed by the bytes not yet cut.
  private var pending: [UInt8] = []
  private var windowCount = 0
  private var count = 0

  // Shared with the compressing threads, under `condition`.
  private let condition = NSCondition()
  private var segments: [[UInt8]?] = []
  private var checksums: [(crc: UInt32, count: Int)] = []
  private var inFlight = 0

  /// Adds `bytes` to the stream.
  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    pending.append(contentsOf: bytes)
    count += bytes.count
    while pending.count - windowCount >= Deflate.segmentSize { cut(pending.count) }
  }

  /// Compresses `pending[windowCount..<end]` on another thread and keeps its last 32 KiB as the
  /// next segment's window.
  private func cut(_ wanted: Int) {
    let end = min(wanted, windowCount + Deflate.segmentSize)
    let job = Array(pending[0..<end])
    let window = windowCount
    condition.lock()
    while inFlight >= Self.segmentsInFlight { condition.wait() }
    inFlight += 1
    let index = segments.count
    segments.append(nil)
    checksums.append((0, 0))
    condition.unlock()
    DispatchQueue.global(qos: .userInitiated).async {
      let packed = job.withUnsafeBufferPointer {
        Deflate.compressSegment($0, window..<job.count, final: false)
      }
      let crc = job.withUnsafeBufferPointer {
        var state = CRC32.State()
        state.update(buffer: UnsafeBufferPointer(rebasing: $0[window...]))
        return state.value
      }
      self.condition.lock()
      self.segments[index] = packed
      self.checksums[index] = (crc, job.count - window)
      self.inFlight -= 1
      self.condition.broadcast()
      self.condition.unlock()
    }
    let kept = min(end, Deflate.windowSize)
    pending.removeSubrange(0..<(end - kept))
    windowCount = kept
  }

  /// Compresses what is left and waits for every segment.
  func finish() -> Result {
    if pending.count > windowCount { cut(pending.count) }
    condition.lock()
    while inFlight > 0 { condition.wait() }
    let done = segments.map { $0 ?? [] }
    let sums = checksums
    condition.unlock()
    var crc: UInt32 = 0
    for sum in sums { crc = CRC32.combine(crc, sum.crc, secondLength: sum.count) }
    return Result(segments: done, crc: crc, count: count)
  }
}
