/// Where reports are written: a text stream that can also take UTF-8 bytes directly.
///
/// Large reports are rendered into byte buffers and handed over whole, so a file or standard output
/// receives them without a detour through `String`.
public protocol ReportOutputStream: TextOutputStream {
  /// Appends UTF-8 bytes.
  mutating func write(bytes: UnsafeBufferPointer<UInt8>)
}

extension String: ReportOutputStream {
  /// Appends UTF-8 bytes as text.
  public mutating func write(bytes: UnsafeBufferPointer<UInt8>) {
    append(String(decoding: bytes, as: UTF8.self))
  }
}
