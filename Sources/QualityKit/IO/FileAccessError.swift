import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file the system would not open, as one sentence with the reason and the path.
///
/// The system reports these as an `errno` or a `CocoaError` whose text reads «The operation could
/// not be completed» or «NSCocoaErrorDomain error 256»; an analyst who typed a path needs to know
/// which path and what is wrong with it. ``init(errno:path:access:)`` and
/// ``init(_:path:access:)`` map the codes to a ``Kind``, and ``message(in:)`` says it in Russian
/// (the default) or English. ``CSVSource``, ``RulePackLoader/Source`` and ``FileOutput`` throw it, the
/// first two wrapped in their own located errors.
///
/// - Complexity: O(1) to create; a message is O(p) in the length of the path.
///
/// ```swift
/// FileAccessError(errno: ENOENT, path: "/tmp/x.csv", access: .read).description
/// // "нет файла /tmp/x.csv"
/// FileAccessError(errno: ENOENT, path: "/no/dir/x.json", access: .write).message(in: .english)
/// // "there is no folder /no/dir for the file /no/dir/x.json"
/// ```
public struct FileAccessError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// Whether the file was being read or written.
  public enum Access: Sendable, Hashable {
    /// Opened for reading.
    case read
    /// Created or replaced for writing.
    case write
  }

  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// There is no file at the path (reading).
    case notFound
    /// The path is a folder.
    case isDirectory
    /// The user may not read (or write) the file, or a folder on its path.
    case permissionDenied
    /// The folder the file would be written in does not exist (or is a file).
    case missingDirectory
    /// The disk (or device) the file is written to is full.
    case noSpace
    /// The program reading the output (the other end of a pipe) closed it before the end.
    case closedPipe
    /// Any other failure, with the system's own reason.
    case other(String)
  }

  /// What is wrong.
  public let kind: Kind
  /// The path as the caller gave it.
  public let path: String
  /// Reading or writing.
  public let access: Access

  /// Creates an error.
  public init(kind: Kind, path: String, access: Access) {
    self.kind = kind
    self.path = path
    self.access = access
  }

  /// Maps an `errno` value of a failed `open(2)` or `read(2)`.
  ///
  /// `ENOENT` and `ENOTDIR` mean «no file» when reading but «no folder» when writing: `open` with
  /// `O_CREAT` fails that way only when the folder is missing.
  public init(errno code: Int32, path: String, access: Access) {
    let kind: Kind
    switch code {
    case ENOENT, ENOTDIR: kind = access == .read ? .notFound : .missingDirectory
    case EISDIR: kind = .isDirectory
    case EACCES, EPERM: kind = .permissionDenied
    case ENOSPC, EDQUOT: kind = .noSpace
    case EPIPE: kind = .closedPipe
    default: kind = .other(String(cString: strerror(code)))
    }
    self.init(kind: kind, path: path, access: access)
  }

  /// Maps an error thrown by Foundation (`Data(contentsOf:)`, `FileHandle`, …) for `path`.
  ///
  /// A POSIX error, itself or underlying a `CocoaError`, is mapped by its code; a `CocoaError`
  /// by its own code; anything else by looking at the path, so that the reason is never
  /// «NSCocoaErrorDomain error 256».
  public init(_ error: any Error, path: String, access: Access) {
    if let access = error as? FileAccessError {
      self = access
      return
    }
    let nsError = error as NSError
    if nsError.domain == NSPOSIXErrorDomain {
      self.init(errno: Int32(nsError.code), path: path, access: access)
      return
    }
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain
    {
      self.init(errno: Int32(underlying.code), path: path, access: access)
      return
    }
    if nsError.domain == NSCocoaErrorDomain {
      switch CocoaError.Code(rawValue: nsError.code) {
      case .fileReadNoSuchFile, .fileNoSuchFile:
        self.init(kind: access == .read ? .notFound : .missingDirectory, path: path, access: access)
        return
      case .fileReadNoPermission, .fileWriteNoPermission:
        self.init(kind: .permissionDenied, path: path, access: access)
        return
      case .fileWriteOutOfSpace:
        self.init(kind: .noSpace, path: path, access: access)
        return
      default: break
      }
    }
    self.init(
      kind: Self.inspect(path, access) ?? .other(nsError.localizedDescription), path: path,
      access: access)
  }

  /// What the file system says about `path` when the error itself does not.
  private static func inspect(_ path: String, _ access: Access) -> Kind? {
    var status = stat()
    if stat(path, &status) != 0 {
      return errno == ENOENT || errno == ENOTDIR
        ? (access == .read ? .notFound : .missingDirectory) : nil
    }
    if status.st_mode & S_IFMT == S_IFDIR { return .isDirectory }
    let allowed =
      access == .read
      ? FileManager.default.isReadableFile(atPath: path)
      : FileManager.default.isWritableFile(atPath: path)
    return allowed ? nil : .permissionDenied
  }

  /// The folder a written file goes in, as the path names it (`.` for a bare file name).
  var directory: String {
    let parent = (path as NSString).deletingLastPathComponent
    return parent.isEmpty ? "." : parent
  }

  /// The sentence, with the path, in `language`; no location prefix is needed.
  ///
  /// - Parameter language: Russian (the default) or English.
  /// - Returns: For example «нет файла /tmp/x.csv» or «/tmp — папка, а не файл».
  public func message(in language: Language = .russian) -> String {
    let ru = language == .russian
    switch (kind, access) {
    case (.notFound, _):
      return ru ? "нет файла \(path)" : "there is no file \(path)"
    case (.isDirectory, _):
      return ru ? "\(path) — папка, а не файл" : "\(path) is a folder, not a file"
    case (.permissionDenied, .read):
      return ru ? "нет прав на чтение файла \(path)" : "no permission to read \(path)"
    case (.permissionDenied, .write):
      return ru ? "нет прав на запись файла \(path)" : "no permission to write \(path)"
    case (.missingDirectory, _):
      return ru
        ? "нет папки \(directory) для файла \(path)"
        : "there is no folder \(directory) for the file \(path)"
    case (.noSpace, _):
      return ru
        ? "на диске нет места: файл \(path) не записан до конца"
        : "no space left on the device: \(path) is not written in full"
    case (.closedPipe, _):
      return ru
        ? "получатель закрыл вывод: \(path) не записан до конца"
        : "the reader closed the output: \(path) is not written in full"
    case (.other(let reason), .read):
      return ru
        ? "не удалось прочитать файл \(path): \(reason)" : "cannot read \(path): \(reason)"
    case (.other(let reason), .write):
      return ru
        ? "не удалось записать файл \(path): \(reason)" : "cannot write \(path): \(reason)"
    }
  }

  /// The Russian sentence; see ``message(in:)``.
  public var description: String { message(in: .russian) }

  /// The Russian sentence, for `localizedDescription`.
  public var errorDescription: String? { description }
}
