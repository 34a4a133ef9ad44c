import Foundation
import QualityKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
    // Throwing, not trapping, when standard error is itself a full disk: the status still tells.
    try? FileHandle.standardError.write(contentsOf: Data("\(program): \(message)\n".utf8))
    exit(status)
  }
}

extension FileOutput {
  /// Writes out the rest of the report; a report that did not reach its file — a full disk, a
  /// closed device — ends the run with status 1 and the reason («identify-schools: на диске нет
  /// места: файл /dev/full не записан до конца»), never a crash and never a silent success.
  public mutating func finish(program: String, language: Language) {
    do {
      try finish()
    } catch {
      RunError.terminate(program, error.message(in: language), status: 1)
    }
  }
}

extension RunError {
  /// Makes a reader that closes the pipe early (`tool | head`) a failure to write that the run
  /// reports — «получатель закрыл вывод: …», exit 1 — rather than a signal that ends it silently
  /// with status 141. Called first thing by every tool that writes a report.
  public static func reportClosedPipes() {
    signal(SIGPIPE, SIG_IGN)
  }
}
