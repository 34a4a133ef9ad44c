import Foundation

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

  /// Creates (or truncates) the file at `path` and writes to it.
  ///
  /// - Throws: when the file cannot be created.
  public init(path: String) throws {
    guard FileManager.default.createFile(atPath: path, contents: nil) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
    }
    guard let handle = FileHandle(forWritingAtPath: path) else {
      throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
    }
    self.init(handle: handle)
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
      handle.write(Data(buffer: bytes))
      return
    }
    buffer.append(contentsOf: bytes)
    if buffer.count >= capacity { flush() }
  }

  /// Writes out what is buffered.
  public mutating func flush() {
    guard !buffer.isEmpty else { return }
    handle.write(Data(buffer))
    buffer.removeAll(keepingCapacity: true)
  }
}
