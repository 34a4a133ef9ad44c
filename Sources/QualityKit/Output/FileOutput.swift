import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A `TextOutputStream` that writes to a file or standard output through a buffer, so that a large
/// report is neither built whole in memory nor written in tiny system calls.
///
/// Writing cannot throw (`TextOutputStream` does not), so a failure — a full disk, a closed pipe —
/// is kept: the first one stops further writing and ``finish()`` throws it, so that a report that
/// did not reach its file is an error the caller reports, not a crash and not a silent loss.
///
/// A regular file is written on a thread of its own: the system's copy of a long report into the
/// file (a second per 700 MB on the project's machine) then runs beside the rendering of the next
/// megabytes instead of after it. Standard output, pipes and devices are written in order on the
/// caller's thread, where what they take and when is part of what the caller sees.
///
/// ```swift
/// var output = try FileOutput(path: "report.json")
/// ReportFormat.json.write(report, to: &output)
/// try output.finish()  // FileAccessError «на диске нет места: …» when the disk is full
/// ```
public struct FileOutput: ReportOutputStream {
  private let handle: FileHandle
  /// The path named in a failure: the file's, or `/dev/stdout` and `/dev/stderr`.
  private let path: String
  private var buffer: [UInt8] = []
  private let capacity = 1 << 20
  /// The thread a regular file is written on; `nil` writes on the caller's thread.
  private var background: BackgroundWriter.Owner?
  /// The first failure to write; nothing is written after it. A file written in the background
  /// may learn of it a few megabytes late; ``finish()`` always does.
  public var failure: FileAccessError? { background?.writer.failure ?? ownFailure }
  private var ownFailure: FileAccessError?
  /// Whether the output is a regular file this value created: a failed one is removed, so that no
  /// partial report stands where a complete one was expected.
  private var isCreatedFile = false

  /// Writes to standard output.
  public static func standardOutput() -> FileOutput {
    FileOutput(handle: .standardOutput, path: "/dev/stdout")
  }

  /// Writes to standard error.
  public static func standardError() -> FileOutput {
    FileOutput(handle: .standardError, path: "/dev/stderr")
  }

  /// Creates the file at `path`, replacing a regular file there, and writes to it.
  ///
  /// A regular file at `path` is replaced by a new one, as before; a device or a pipe such as
  /// `/dev/null` is written to, not replaced, and a symbolic link is followed.
  ///
  /// - Throws: ``FileAccessError`` when the file cannot be created: its folder is missing
  ///   («нет папки … для файла …»), the path is a folder, or there is no permission.
  public init(path: String) throws(FileAccessError) {
    // Not `FileManager.createFile`: it writes an empty file beside the path and renames it over
    // the path, which replaces `/dev/null` or a named pipe with a regular file. Nor `O_TRUNC` on
    // the old report: ext4 then writes the whole new report out to disk when it is closed (its
    // guard for files rewritten in place), where a new file is written back in its own time.
    var status = stat()
    if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG { unlink(path) }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
    guard descriptor >= 0 else { throw FileAccessError(errno: errno, path: path, access: .write) }
    let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    self.init(handle: handle, path: path)
    isCreatedFile = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    if isCreatedFile {
      background = BackgroundWriter.Owner(BackgroundWriter(handle: handle, path: path))
    }
  }

  private init(handle: FileHandle, path: String) {
    self.handle = handle
    self.path = path
    buffer.reserveCapacity(capacity)
  }

  /// Appends `string`, handing the buffer on when it is full.
  public mutating func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    handOnIfFull()
  }

  /// Appends UTF-8 bytes, handing the buffer on when it is full.
  public mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
    if background != nil {
      // The writing thread needs bytes of its own: copied into the buffer a megabyte at a time.
      var rest = bytes
      while rest.count > 0 {
        let room = max(capacity - buffer.count, 0)
        let piece = UnsafeBufferPointer(rebasing: rest.prefix(room))
        buffer.append(contentsOf: piece)
        rest = UnsafeBufferPointer(rebasing: rest.dropFirst(piece.count))
        handOnIfFull()
      }
      return
    }
    if bytes.count >= capacity {
      flush()
      writeOut(bytes)
      return
    }
    buffer.append(contentsOf: bytes)
    handOnIfFull()
  }

  /// Hands a full buffer on: to the writing thread without waiting for the disk, or to the
  /// system. (``flush()`` waits for a file written in the background to take everything.)
  private mutating func handOnIfFull() {
    guard buffer.count >= capacity else { return }
    if let background { background.writer.submit(&buffer) } else { flush() }
  }

  /// Writes out what is buffered, waiting for a file written in the background to take it all; a
  /// failure is kept in ``failure``.
  public mutating func flush() {
    if let background {
      if !buffer.isEmpty { background.writer.submit(&buffer) }
      background.writer.drain()
      return
    }
    guard !buffer.isEmpty else { return }
    // Moved out while written, since writing records a failure in `self`; moved back emptied,
    // so its storage is reused rather than copied.
    var bytes: [UInt8] = []
    swap(&bytes, &buffer)
    bytes.withUnsafeBufferPointer { writeOut($0) }
    bytes.removeAll(keepingCapacity: true)
    buffer = bytes
  }

  /// Writes out what is buffered and reports whether everything written reached the file; a
  /// regular file that did not is removed, since half a report read as a whole one misleads.
  ///
  /// - Throws: ``FileAccessError`` for the first failure: «на диске нет места: файл … не записан
  ///   до конца» for a full disk, «получатель закрыл вывод: …» for a closed pipe (when the process
  ///   ignores `SIGPIPE`; otherwise the signal ends it first), the system's reason otherwise.
  public mutating func finish() throws(FileAccessError) {
    flush()
    guard let failure else { return }
    if isCreatedFile {
      unlink(path)
      isCreatedFile = false
    }
    throw failure
  }

  /// Hands `bytes` to the system without copying them; the first refusal is kept and ends writing.
  private mutating func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard ownFailure == nil else { return }
    ownFailure = Self.writeOut(bytes, to: handle.fileDescriptor, path: path)
  }

  /// Hands `bytes` to the system without copying them; the refusal, if any.
  fileprivate static func writeOut(
    _ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32, path: String
  ) -> FileAccessError? {
    guard var pointer = bytes.baseAddress else { return nil }
    var remaining = bytes.count
    while remaining > 0 {
      let written = systemWrite(descriptor, pointer, remaining)
      if written > 0 {
        pointer += written
        remaining -= written
      } else if written < 0 && errno == EINTR {
        continue
      } else {
        // `write` returns 0 only for a zero count; treat it as a device that takes nothing.
        return FileAccessError(errno: written < 0 ? errno : EIO, path: path, access: .write)
      }
    }
    return nil
  }
}

/// Writes the buffers of a ``FileOutput`` to its file on a thread of its own, in the order they
/// were handed over, at most ``depth`` of them waiting; the first refusal ends the writing.
///
/// The thread lives as long as the output: it ends once the last copy of the output is gone
/// (``Owner``) and what was handed over is written.
final class BackgroundWriter: @unchecked Sendable {
  /// The buffers that may wait to be written: a few megabytes, so that memory stays flat however
  /// long the report, while the rendering runs ahead of the disk by that much.
  static let depth = 4

  /// Ends the writing thread when the output that owns it is gone.
  final class Owner: Sendable {
    let writer: BackgroundWriter
    init(_ writer: BackgroundWriter) { self.writer = writer }
    deinit { writer.stop() }
  }

  private let handle: FileHandle
  private let path: String
  /// Guards everything below.
  private let condition = NSCondition()
  private var waiting: [[UInt8]] = []
  private var spare: [[UInt8]] = []
  private var busy = false
  private var stopped = false
  private var refusal: FileAccessError?

  init(handle: FileHandle, path: String) {
    self.handle = handle
    self.path = path
    let thread = Thread { [self] in run() }
    thread.name = "qualitykit.file-output"
    thread.start()
  }

  /// The first refusal so far.
  var failure: FileAccessError? {
    condition.lock()
    defer { condition.unlock() }
    return refusal
  }

  /// Takes the bytes of `buffer` to write, leaving it empty (with a spare buffer's memory), and
  /// waits while ``depth`` buffers already wait.
  func submit(_ buffer: inout [UInt8]) {
    condition.lock()
    while waiting.count >= Self.depth { condition.wait() }
    var emptied = spare.popLast() ?? []
    swap(&emptied, &buffer)
    waiting.append(emptied)
    condition.broadcast()
    condition.unlock()
  }

  /// Waits until everything handed over is written (or refused).
  func drain() {
    condition.lock()
    while !waiting.isEmpty || busy { condition.wait() }
    condition.unlock()
  }

  /// Lets the thread end once everything handed over is written.
  func stop() {
    condition.change { stopped = true }
  }

  private func run() {
    condition.lock()
    while true {
      while waiting.isEmpty && !stopped { condition.wait() }
      if waiting.isEmpty { break }
      var bytes = waiting.removeFirst()
      busy = true
      let refused = refusal != nil
      condition.unlock()
      let failure =
        refused
        ? nil
        : bytes.withUnsafeBufferPointer {
          FileOutput.writeOut($0, to: handle.fileDescriptor, path: path)
        }
      bytes.removeAll(keepingCapacity: true)
      condition.lock()
      if let failure, refusal == nil { refusal = failure }
      spare.append(bytes)
      busy = false
      condition.broadcast()
    }
    condition.unlock()
  }
}

/// `write(2)`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
  #if canImport(Glibc)
    Glibc.write(descriptor, bytes, count)
  #else
    Darwin.write(descriptor, bytes, count)
  #endif
}
