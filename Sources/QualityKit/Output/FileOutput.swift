import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A `TextOutputStream` that writes to a file or standard output through a buffer, so that a large
/// report is neither built whole in memory nor written in tiny system calls.
public struct FileOutput: ReportOutputStream {
  private let handle: FileHandle
  private var buffer: [UInt8] = []
  private let capacity = 1 << 20

  /// Writes to standard output.
  public static func standardOutput() -> FileOutput { FileOutput(handle: .standardOutput) }

  /// Writes to standard error.
  public static func standardError() -> FileOutput { FileOutput(handle: .standardError) }

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
    self.init(handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
  }

  private init(handle: FileHandle) {
    self.handle = handle
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

  /// Writes out what is buffered.
  public mutating func flush() {
    guard !buffer.isEmpty else { return }
    buffer.withUnsafeBufferPointer { writeOut($0) }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Hands `bytes` to the system without copying them; should the system refuse, `FileHandle`
  /// writes the rest and reports the failure its way.
  private func writeOut(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard var pointer = bytes.baseAddress else { return }
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
        handle.write(Data(buffer: UnsafeBufferPointer(start: pointer, count: remaining)))
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
