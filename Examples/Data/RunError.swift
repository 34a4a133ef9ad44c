import Foundation

/// A failure of an example run, with the exit status it maps to: 1 for data (and pack files), 2
/// for usage.
public enum RunError: Error {
  /// The command line is wrong.
  case usage(String)
  /// The data or a pack cannot be used.
  case data(String)

  /// The message, already in the run's language.
  public var message: String {
    switch self {
    case .usage(let text), .data(let text): text
    }
  }

  /// The exit status: 2 for usage, 1 for data.
  public var status: Int32 {
    switch self {
    case .usage: 2
    case .data: 1
    }
  }

  /// Writes `program: message` to standard error and ends the process with `status`.
  public static func terminate(_ program: String, _ message: String, status: Int32) -> Never {
    FileHandle.standardError.write(Data("\(program): \(message)\n".utf8))
    exit(status)
  }
}
