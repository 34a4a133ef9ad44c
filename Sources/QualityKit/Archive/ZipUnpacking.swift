import Foundation

/// One ZIP entry unpacked and checked: whole on the calling thread (``whole()``), or in pieces on
/// another thread while the caller reads the pieces that are ready (``start()``, ``next()``).
///
/// A 40,000-school values sheet is 180 MB of XML. Inflating it and then reading it keeps one
/// core busy and the other idle, and a buffer of the whole part costs as much again in fresh
/// memory the system must map and clear. Read in pieces, a worker inflates into a few windows of
/// about ``window`` bytes that are used again and again, and hands the caller each window's
/// bytes up to the last place `cut` allows; the next window starts with the bytes from that place
/// on, so a piece always begins where the previous one ended.
///
/// The checks are the same either way: a corrupt stream, a size other than the declared one, a
/// bad CRC are ``ZipError``s, from ``whole()`` or from ``finish()``. Until ``finish()`` returns,
/// the pieces are unchecked: a reader that acts on them must call it before it reports anything.
///
/// The caller never waits on a thread that may not come: when no worker has taken the job after
/// ``grace`` (a host calling from a busy pool), the caller inflates the entry itself, into as
/// many windows as it needs.
///
/// - Complexity: O(n) in the entry's compressed and unpacked size; in pieces, spread over two
///   threads, in O(``window``) memory unless a stretch between two cuts is longer.
///
/// ```swift
/// let unpacking = try archive.unpacking(of: entry)
/// unpacking.start(cut: SheetFeed.lastRowStart)
/// while let piece = unpacking.next() {    // unchecked yet
///   read(piece)
/// }
/// try unpacking.finish()                  // checked: size and CRC
/// ```
final class ZipUnpacking: @unchecked Sendable {
  /// The size of the windows a worker inflates into.
  static let window = 1 << 20
  /// How many windows a worker inflates into before it waits for the reader.
  static let windows = 4
  /// How long a caller waits for a worker to take the job before taking it itself.
  static let grace: TimeInterval = 0.05

  /// Where a piece may end in `bytes`: an offset past `start` in `bytes`, or `nil` for none.
  typealias Cut = @Sendable (_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int?

  /// The declared size of the entry.
  let size: Int
  private let bytes: [UInt8]
  private let entry: ZipArchive.Entry
  private let file: String
  private var cut: Cut = { _, _ in nil }

  /// A piece ready for the reader, in one of the windows.
  private struct Piece {
    var window: Inflate.Window
    var range: Range<Int>
    var isLast: Bool
  }

  // Under `condition`.
  private let condition = NSCondition()
  private var taken = false
  private var callerRuns = false
  private var cancelled = false
  private var pieces: [Piece] = []
  /// The window of the piece the reader has; it is free again at the reader's next call.
  private var reading: Inflate.Window?
  private var free: [Inflate.Window] = []
  /// Every window allocated, freed at `deinit`.
  private var allocated: [Inflate.Window] = []
  private var outcome: Result<Void, ZipError>?
  private var gaveLast = false

  init(bytes: [UInt8], entry: ZipArchive.Entry, file: String) {
    self.bytes = bytes
    self.entry = entry
    self.file = file
    self.size = entry.uncompressedSize
  }

  deinit {
    for window in allocated { window.start.deallocate() }
  }

  // MARK: - Whole

  /// All the bytes of the entry, inflated on this thread and checked.
  ///
  /// - Throws: ``ZipError`` for a corrupt stream, a size other than the declared one, a bad CRC.
  func whole() throws(ZipError) -> [UInt8] {
    let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: size + Inflate.slack)
    defer { buffer.deallocate() }
    let result: Result<Int, Inflate.Failure> = input { input in
      if entry.method == 0 {
        guard input.count == size else { return .failure(.outputLimit(size)) }
        if let base = input.baseAddress { buffer.update(from: base, count: size) }
        return .success(size)
      }
      do throws(Inflate.Failure) {
        return .success(try Inflate.decompress(input, into: buffer, capacity: size))
      } catch {
        return .failure(error)
      }
    }
    let count = try check(result)
    var crc = CRC32.State()
    crc.update(buffer: UnsafeBufferPointer(start: buffer, count: count))
    guard crc.value == entry.crc32 else { throw error(.crcMismatch) }
    return Array(UnsafeBufferPointer(start: buffer, count: count))
  }

  // MARK: - In pieces

  /// Hands the job to a worker thread, which makes pieces that end where `cut` says; with
  /// `worker` false (tests), no thread comes and ``next()`` inflates after the grace period.
  func start(cut: @escaping Cut, worker: Bool = true) {
    self.cut = cut
    if worker { DispatchQueue.global(qos: .userInitiated).async { self.run() } }
  }

  /// How many windows have been allocated (tests check the bound).
  var windowCount: Int {
    condition.lock()
    defer { condition.unlock() }
    return allocated.count
  }

  /// The next piece, unchecked, which stays valid until the next call; `nil` when there is no
  /// more — all given, or the unpacking failed (``finish()`` says which).
  func next() -> UnsafeBufferPointer<UInt8>? {
    condition.lock()
    if let window = reading {
      free.append(window)
      reading = nil
      condition.broadcast()
    }
    let deadline = Date(timeIntervalSinceNow: Self.grace)
    while pieces.isEmpty, outcome == nil {
      if !taken {
        if condition.wait(until: deadline) || Date() < deadline { continue }
        if !taken {
          // No worker came: this thread inflates the entry itself.
          callerRuns = true
          condition.unlock()
          run()
          condition.lock()
        }
        continue
      }
      condition.wait()
    }
    guard !pieces.isEmpty else {
      condition.unlock()
      return nil
    }
    let piece = pieces.removeFirst()
    reading = piece.window
    gaveLast = piece.isLast
    condition.unlock()
    return UnsafeBufferPointer(
      start: piece.window.start + piece.range.lowerBound, count: piece.range.count)
  }

  /// Whether the last piece has been given.
  var isComplete: Bool {
    condition.lock()
    defer { condition.unlock() }
    return gaveLast
  }

  /// Waits for the end of the unpacking and says how it went.
  ///
  /// - Throws: ``ZipError`` for a corrupt stream, a size other than the declared one, a bad CRC.
  func finish() throws(ZipError) {
    condition.lock()
    while outcome == nil { condition.wait() }
    let outcome = self.outcome
    condition.unlock()
    if case .failure(let error) = outcome { throw error }
  }

  /// Stops a worker that the reader no longer needs, at its next window.
  func cancel() {
    condition.change { cancelled = true }
  }

  /// Inflates the entry in pieces on this thread, unless another thread has taken the job.
  private func run() {
    condition.lock()
    guard !taken else {
      condition.unlock()
      return
    }
    taken = true
    condition.broadcast()
    condition.unlock()
    let outcome = unpackPieces()
    condition.change { self.outcome = outcome }
  }

  private func unpackPieces() -> Result<Void, ZipError> {
    var crc = CRC32.State()
    // In the current window: where its piece begins, and the bytes checksummed already.
    var pieceStart = 0
    var checked = 0
    guard var first = takeWindow() else { return .success(()) }
    let result: Result<(Inflate.Window, Int, Int), Inflate.Failure> = input { input in
      if entry.method == 0 {
        guard input.count == size else { return .failure(.outputLimit(size)) }
        first = grown(first, keeping: 0, to: size)
        if let base = input.baseAddress { first.start.update(from: base, count: size) }
        return .success((first, size, size))
      }
      do throws(Inflate.Failure) {
        return .success(
          try Inflate.decompress(input, into: first, limit: size) {
            (window, count) throws(Inflate.Failure) -> (next: Inflate.Window, kept: Int) in
            crc.update(
              buffer: UnsafeBufferPointer(start: window.start + checked, count: count - checked))
            checked = count
            guard
              let end = cut(UnsafeBufferPointer(start: window.start, count: count), pieceStart),
              end > pieceStart, end <= count
            else {
              // No place to cut yet: the piece grows.
              return (grown(window, keeping: count, to: 2 * window.capacity), count)
            }
            publish(Piece(window: window, range: pieceStart..<end, isLast: false))
            let keep = min(end, max(0, count - Inflate.history))
            guard var next = takeWindow() else { throw .outputLimit(size) }
            if next.capacity < count - keep + Self.window / 2 {
              next = grown(next, keeping: 0, to: count - keep + Self.window)
            }
            next.start.update(from: window.start + keep, count: count - keep)
            pieceStart = end - keep
            checked = count - keep
            return (next, count - keep)
          })
      } catch {
        return .failure(error)
      }
    }
    switch result {
    case .success(let (window, count, total)):
      guard total == size else { return .failure(error(.sizeMismatch(declared: size))) }
      // What no full window checksummed yet (a stored entry: all of it, `checked` being 0).
      crc.update(buffer: UnsafeBufferPointer(start: window.start + checked, count: count - checked))
      guard crc.value == entry.crc32 else { return .failure(error(.crcMismatch)) }
      publish(Piece(window: window, range: pieceStart..<count, isLast: true))
      return .success(())
    case .failure(let failure):
      return .failure(error(failure))
    }
  }

  private func publish(_ piece: Piece) {
    condition.change { pieces.append(piece) }
  }

  /// A free window, or a new one of ``window`` bytes while fewer than ``windows`` exist (or the
  /// caller inflates); waits for the reader to free one otherwise; `nil` once the reader has
  /// cancelled.
  private func takeWindow() -> Inflate.Window? {
    condition.lock()
    defer { condition.unlock() }
    while true {
      if cancelled { return nil }
      if let window = free.popLast() { return window }
      if allocated.count < Self.windows || callerRuns {
        let window = Inflate.Window(
          start: .allocate(capacity: Self.window + Inflate.slack), capacity: Self.window)
        allocated.append(window)
        return window
      }
      condition.wait()
    }
  }

  /// A window of `capacity` bytes holding the first `count` bytes of `window`, which is freed.
  private func grown(_ window: Inflate.Window, keeping count: Int, to capacity: Int)
    -> Inflate.Window
  {
    let bigger = Inflate.Window(
      start: .allocate(capacity: capacity + Inflate.slack), capacity: capacity)
    bigger.start.update(from: window.start, count: count)
    condition.lock()
    allocated.removeAll { $0.start == window.start }
    allocated.append(bigger)
    condition.unlock()
    window.start.deallocate()
    return bigger
  }

  // MARK: - Checks

  private func input<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    let range = entry.dataOffset..<entry.dataOffset + entry.compressedSize
    return bytes.withUnsafeBufferPointer { all in body(UnsafeBufferPointer(rebasing: all[range])) }
  }

  private func error(_ kind: ZipError.Kind) -> ZipError {
    ZipError(kind, file: file, entry: entry.path)
  }

  /// A stream's failure as a ``ZipError``: more bytes than declared is a size mismatch.
  private func error(_ failure: Inflate.Failure) -> ZipError {
    if case .outputLimit = failure { return error(.sizeMismatch(declared: size)) }
    return error(.corruptData(failure))
  }

  /// The count decoded, checked against the declared size, or the stream's failure.
  private func check(_ result: Result<Int, Inflate.Failure>) throws(ZipError) -> Int {
    switch result {
    case .success(let count):
      guard count == size else { throw error(.sizeMismatch(declared: size)) }
      return count
    case .failure(let failure): throw error(failure)
    }
  }
}
