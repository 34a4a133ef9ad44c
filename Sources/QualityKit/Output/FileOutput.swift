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
  /// The first failure to write; nothing is written after it.
  public private(set) var failure: FileAccessError?
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
    self.init(handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true), path: path)
    isCreatedFile = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
  }

  private init(handle: FileHandle, path: String) {
    self.handle = handle
    self.path = path
    buffer.reserveCapacity(capacity)
  }

  /// Appends `string`, flushing when the buffer is full.
  public mutating func write(_ string: String) {
    buffer.append(contentsOf: string.utf8)
    if buffer.count >= capacity { flush() }
  }

  /// Appends UTF-8 bytes, flushing when the buffer is full.
  public mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
    if bytes.count >= capacity {
      flush()
      writeOut(bytes)
      return
    }
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { flush() }
  }

  /// Writes out what is buffered; a failure is kept in ``failure``.
  public mutating func flush() {
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
    guard failure == nil, var pointer = bytes.baseAddress else { return }
    var remaining = bytes.count
    let descriptor = handle.fileDescriptor
    while remaining > 0 {
      let written = systemWrite(descriptor, pointer, remaining)
      if written > 0 {
        pointer += written
        remaining -= written
      } else if written < 0 && errno == EINTR {
        continue
      } else {
        // `write` returns 0 only for a zero count; treat it as a device that takes nothing.
        failure = FileAccessError(errno: written < 0 ? errno : EIO, path: path, access: .write)
        return
      }
    }
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
