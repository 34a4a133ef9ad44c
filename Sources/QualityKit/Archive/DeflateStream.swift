import Foundation

/// DEFLATE of bytes that arrive in order, compressed while they arrive: each full segment of
/// ``Deflate/segmentSize`` bytes is compressed on another core as soon as it is complete, with the
/// 32 KiB before it as its window, exactly as ``Deflate/compress(pieces:final:)`` cuts and
/// compresses one piece, so the bytes are the same. The writer of a large sheet hands its rows over
/// a megabyte at a time and never holds the sheet's XML whole; writing the rows and compressing
/// them overlap.
///
/// At most ``segmentsInFlight`` segments wait or are being compressed: a writer faster than the
/// compression compresses queued segments itself rather than piling up memory, and ``finish()``
/// compresses any no other thread has taken, so the stream never depends on a free thread. The
/// segments are non-final: what follows (a sheet's closing tags) ends the stream.
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
  /// Segments cut but not yet taken by a thread, oldest first.
  private var queued: [Job] = []
  /// Segments queued or being compressed.
  private var inFlight = 0

  /// A segment to compress: `bytes[window..<end]`, after `window` bytes of what precedes it.
  private struct Job: Sendable {
    let index: Int
    let bytes: [UInt8]
    let window: Int
    let end: Int
  }

  /// Adds `bytes` to the stream.
  func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    pending.append(contentsOf: bytes)
    count += bytes.count
    while pending.count - windowCount >= Deflate.segmentSize { cut(pending.count) }
  }

  /// Queues `pending[windowCount..<end]` for another thread and keeps its last 32 KiB as the
  /// next segment's window. With ``segmentsInFlight`` segments in flight, this thread compresses
  /// queued ones itself until there is room: it never waits on threads that may not come (a host
  /// calling from a busy thread pool), and memory stays bounded.
  private func cut(_ wanted: Int) {
    let end = min(wanted, windowCount + Deflate.segmentSize)
    // The job takes `pending` itself, not a copy; the next `pending` starts with the window
    // (and whatever came past `end`), with room for a segment and a flush.
    let kept = min(end, Deflate.windowSize)
    var next: [UInt8] = []
    next.reserveCapacity(kept + pending.count - end + 2 * Deflate.segmentSize)
    next.append(contentsOf: pending[(end - kept)...])
    let job = Job(index: segments.count, bytes: pending, window: windowCount, end: end)
    pending = next
    windowCount = kept
    condition.lock()
    segments.append(nil)
    checksums.append((0, 0))
    queued.append(job)
    inFlight += 1
    condition.unlock()
    DispatchQueue.global(qos: .userInitiated).async { self.runQueued(waiting: false) }
    while true {
      condition.lock()
      let full = inFlight > Self.segmentsInFlight
      condition.unlock()
      guard full else { break }
      runQueued(waiting: true)
    }
  }

  /// Compresses the oldest queued segment, if any; with none queued and `waiting`, waits until a
  /// segment being compressed elsewhere is done.
  private func runQueued(waiting: Bool) {
    condition.lock()
    guard !queued.isEmpty else {
      if waiting && inFlight > 0 { condition.wait() }
      condition.unlock()
      return
    }
    let job = queued.removeFirst()
    condition.unlock()
    let packed = job.bytes.withUnsafeBufferPointer {
      Deflate.compressSegment($0, job.window..<job.end, final: false)
    }
    var crc = CRC32.State()
    job.bytes.withUnsafeBufferPointer {
      crc.update(buffer: UnsafeBufferPointer(rebasing: $0[job.window..<job.end]))
    }
    condition.change {
      segments[job.index] = packed
      checksums[job.index] = (crc.value, job.end - job.window)
      inFlight -= 1
    }
  }

  /// Compresses what is left and waits for every segment, compressing those no thread has taken.
  func finish() -> Result {
    if pending.count > windowCount { cut(pending.count) }
    while true {
      condition.lock()
      let done = inFlight == 0
      condition.unlock()
      if done { break }
      runQueued(waiting: true)
    }
    condition.lock()
    let parts = segments.map { $0 ?? [] }
    let sums = checksums
    condition.unlock()
    var crc: UInt32 = 0
    for sum in sums { crc = CRC32.combine(crc, sum.crc, secondLength: sum.count) }
    return Result(segments: parts, crc: crc, count: count)
  }
}
