import Foundation

/// One ZIP entry unpacked on another thread while the caller reads the bytes that are ready.
///
/// A 40,000-school values sheet is 180 MB of XML: inflating it and reading it one after the other
/// keeps one core busy and the other idle. Here a worker inflates into one buffer of the entry's
/// declared size — never moved, so what is ready stays where it is — and reports every
/// ``step`` bytes, computing the checksum as it goes; the caller reads up to the reported count
/// (``wait(beyond:)``) while the worker goes on. ``finish()`` waits for the end and throws what
/// ``ZipArchive/contents(of:)-(Entry)`` would throw for the same data: a corrupt stream, a size
/// other than the declared one, a bad CRC. Until it returns, the ready bytes are unchecked: a reader
/// that acts on them must call ``finish()`` before it reports anything.
///
/// The caller never waits on a thread that may not come: when no worker has taken the job after
/// ``grace`` (a host calling from a busy pool), the caller inflates the entry itself.
///
/// - Complexity: O(n) in the entry's compressed and unpacked size, spread over two threads.
///
/// ```swift
/// let unpacking = try archive.unpacking(of: entry)
/// unpacking.start()
/// var ready = 0
/// while case let (count, ended) = unpacking.wait(beyond: ready), count > ready || !ended {
///   read(unpacking.bytes(count))      // the first `count` bytes, unchecked yet
///   ready = count
///   if ended { break }
/// }
/// let all = try unpacking.finish()    // checked: size and CRC
/// ```
final class ZipUnpacking: @unchecked Sendable {
  /// How many bytes the worker inflates between two reports.
  static let step = 1 << 20
  /// How long a caller waits for a worker to take the job before taking it itself.
  static let grace: TimeInterval = 0.05

  /// The declared size of the entry, and the buffer's.
  let size: Int
  private let bytes: [UInt8]
  private let entry: ZipArchive.Entry
  private let file: String
  /// Room for `size` bytes and `Inflate.slack` more; freed at `deinit`.
  private let buffer: UnsafeMutablePointer<UInt8>

  // Under `condition`.
  private let condition = NSCondition()
  private var taken = false
  private var ready = 0
  private var outcome: Result<Int, ZipError>?

  init(bytes: [UInt8], entry: ZipArchive.Entry, file: String) {
    self.bytes = bytes
    self.entry = entry
    self.file = file
    self.size = entry.uncompressedSize
    self.buffer = .allocate(capacity: entry.uncompressedSize + Inflate.slack)
  }

  deinit { buffer.deallocate() }

  /// Hands the job to a worker thread.
  func start() {
    DispatchQueue.global(qos: .userInitiated).async { self.run() }
  }

  /// The first `count` bytes, which ``wait(beyond:)`` reported ready. Valid while `self` lives.
  func bytes(_ count: Int) -> UnsafeBufferPointer<UInt8> {
    UnsafeBufferPointer(start: buffer, count: min(count, size))
  }

  /// Waits until more than `count` bytes are ready or the unpacking has ended, and returns how
  /// many are ready and whether it has ended (well or not: ``finish()`` says which).
  func wait(beyond count: Int) -> (ready: Int, ended: Bool) {
    condition.lock()
    let deadline = Date(timeIntervalSinceNow: Self.grace)
    while outcome == nil, ready <= count {
      if !taken {
        if condition.wait(until: deadline) || Date() < deadline { continue }
        if !taken {
          // No worker came: this thread inflates the entry itself.
          condition.unlock()
          run()
          condition.lock()
        }
        continue
      }
      condition.wait()
    }
    let result = (ready, outcome != nil)
    condition.unlock()
    return result
  }

  /// Waits for the end and returns all the bytes, checked.
  ///
  /// - Throws: ``ZipError`` for a corrupt stream, a size other than the declared one, a bad CRC.
  func finish() throws(ZipError) -> UnsafeBufferPointer<UInt8> {
    while !wait(beyond: size).ended {}
    condition.lock()
    let outcome = self.outcome
    condition.unlock()
    switch outcome {
    case .success(let count): return bytes(count)
    case .failure(let error): throw error
    case nil: preconditionFailure("wait(beyond:) returned before the end")
    }
  }

  /// Inflates the entry on this thread, unless another thread has taken the job; a reader that
  /// wants the whole entry at once calls this instead of ``start()``.
  func run() {
    condition.lock()
    guard !taken else {
      condition.unlock()
      return
    }
    taken = true
    condition.broadcast()
    condition.unlock()
    let outcome = unpack()
    condition.lock()
    self.outcome = outcome
    if case .success(let count) = outcome { ready = count }
    condition.broadcast()
    condition.unlock()
  }

  private func unpack() -> Result<Int, ZipError> {
    func fail(_ kind: ZipError.Kind) -> Result<Int, ZipError> {
      .failure(ZipError(kind, file: file, entry: entry.path))
    }
    let range = entry.dataOffset..<entry.dataOffset + entry.compressedSize
    var crc = CRC32.State()
    var checked = 0
    let result: Result<Int, Inflate.Failure> = bytes.withUnsafeBufferPointer { all in
      let input = UnsafeBufferPointer(rebasing: all[range])
      if entry.method == 0 {
        guard input.count == size else { return .failure(.outputLimit(size)) }
        if let base = input.baseAddress { buffer.update(from: base, count: size) }
        return .success(size)
      }
      do throws(Inflate.Failure) {
        let count = try Inflate.decompress(
          input, into: buffer, capacity: size, step: Self.step
        ) { count in
          condition.lock()
          ready = count
          condition.broadcast()
          condition.unlock()
          crc.update(buffer: UnsafeBufferPointer(start: buffer + checked, count: count - checked))
          checked = count
        }
        return .success(count)
      } catch {
        return .failure(error)
      }
    }
    switch result {
    case .success(let count):
      guard count == size else { return fail(.sizeMismatch(declared: size)) }
      crc.update(buffer: UnsafeBufferPointer(start: buffer + checked, count: count - checked))
      guard crc.value == entry.crc32 else { return fail(.crcMismatch) }
      return .success(count)
    case .failure(.outputLimit): return fail(.sizeMismatch(declared: size))
    case .failure(let failure): return fail(.corruptData(failure))
    }
  }
}
