import Foundation

/// The bytes of one input file and the name errors will give it.
///
/// The readers in `IO/` work on bytes, never on a decoded `String` of the whole file. A source
/// keeps the name exactly as the caller gave it — a path as typed on the command line, or any label
/// a test chooses — because every ``CSVError`` names the file that way.
///
/// - Complexity: O(n) to copy n bytes in; reading a file is O(n) as well.
///
/// ```swift
/// let source = CSVSource(name: "schools.csv", text: "school_id;name;municipality\nS1;СОШ №1;М\n")
/// source.bytes.count  // 46
/// ```
public struct CSVSource: Sendable, Hashable {
  /// The file name used in error messages.
  public var name: String
  /// The file's bytes, byte order mark included if it has one.
  public var bytes: [UInt8]

  /// Wraps bytes.
  ///
  /// - Parameters:
  ///   - name: The file name for error messages.
  ///   - bytes: The file's content.
  public init(name: String, bytes: [UInt8]) {
    self.name = name
    self.bytes = bytes
  }

  /// Wraps the content of a `Data` value.
  ///
  /// - Parameters:
  ///   - name: The file name for error messages.
  ///   - data: The file's content.
  public init(name: String, data: Data) {
    self.init(name: name, bytes: [UInt8](data))
  }

  /// Wraps text, encoded as UTF-8 (convenient in tests).
  ///
  /// - Parameters:
  ///   - name: The file name for error messages.
  ///   - text: The file's content.
  public init(name: String, text: String) {
    self.init(name: name, bytes: Array(text.utf8))
  }

  /// Reads a file.
  ///
  /// The name is the URL's path as the caller wrote it: `relativePath` for a file URL (so
  /// `URL(fileURLWithPath: "data/v.csv")` is named `data/v.csv`), the whole URL otherwise.
  ///
  /// - Parameter url: The file to read.
  /// - Throws: ``CSVError/Kind/unreadableFile(_:)`` at line 0 when the file does not exist or cannot
  ///   be read.
  /// - Complexity: O(n) in the size of the file.
  ///
  /// ```swift
  /// let source = try CSVSource(contentsOf: URL(fileURLWithPath: "data/schools.csv"))
  /// source.name  // "data/schools.csv"
  /// ```
  public init(contentsOf url: URL) throws(CSVError) {
    let name = url.isFileURL ? url.relativePath : url.absoluteString
    if url.isFileURL, let bytes = Self.readRegularFile(atPath: url.path) {
      self.init(name: name, bytes: bytes)
      return
    }
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw CSVError(
        kind: .unreadableFile(Self.reason(for: error, url: url)), file: name, line: 0, column: 0)
    }
    self.init(name: name, data: data)
  }

  /// The bytes of a regular file, read straight into the array (no intermediate `Data`), or `nil`
  /// when the file cannot be read that way — then `Data` reads it, and reports any error.
  private static func readRegularFile(atPath path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
    let size = Int(status.st_size)
    var complete = false
    let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, count in
      guard let base = buffer.baseAddress else { return }
      // One byte more than the size, to notice a file that grew since `fstat`.
      while count < size + 1 {
        let read = Foundation.read(descriptor, base + count, size + 1 - count)
        if read > 0 {
          count += read
        } else if read < 0 && errno == EINTR {
          continue
        } else {
          complete = read == 0 && count == size
          break
        }
      }
    }
    return complete ? bytes : nil
  }

  /// A short reason for a failed read: the POSIX description where there is one.
  private static func reason(for error: any Error, url: URL) -> String {
    if url.isFileURL {
      var isDirectory: ObjCBool = false
      if !FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
        return "no such file"
      }
      if isDirectory.boolValue { return "is a directory" }
      if !FileManager.default.isReadableFile(atPath: url.path) { return "permission denied" }
    }
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError {
      return underlying.localizedDescription
    }
    return nsError.localizedDescription
  }
}
