import Foundation
import QualityKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The status line the example tools keep on standard error during a long run: what they are
/// doing and how far, on one line rewritten in place with `\r`, wiped when the run ends.
///
/// Only a person watching a terminal wants it: when standard error is not a terminal (a pipe, a
/// file, CI) ``handler`` is `nil`, so the library is not even asked for progress, and nothing is
/// ever written. A run shorter than ``delay`` prints nothing either, so the quick runs people make
/// most of the time look exactly as before. The line is redrawn at most every ``interval`` (and
/// when the phase changes), and by a timer as well, so that a phase with few units — one large
/// values file — still shows its elapsed seconds.
///
/// The terminal check, the clock and the writer are injectable so that tests can drive the
/// printer without a terminal or a real second.
///
/// ```swift
/// let status = TerminalProgress.standardError(program: "identify-schools", language: .russian)
/// defer { status.finish() }
/// let report = try identifier.identify(dataset, progress: status.handler)
/// ```
public final class TerminalProgress: @unchecked Sendable {
  /// Seconds from the printer's creation before anything is shown.
  public let delay: Double
  /// Seconds between two redraws of the same phase.
  public let interval: Double

  private let program: String
  private let language: Language
  private let isTerminal: Bool
  private let clock: @Sendable () -> Double
  private let sink: @Sendable (String) -> Void
  private let start: Double

  // Guarded by `lock`: the library reports from several threads, the timer from its own.
  private let lock = NSLock()
  private var latest: Step?
  private var shown: (step: Step, text: String, at: Double, width: Int)?
  private var finished = false
  private var timer: DispatchSourceTimer?

  /// Creates a printer.
  ///
  /// - Parameters:
  ///   - program: the tool's name, which starts the line.
  ///   - language: the language of the line.
  ///   - isTerminal: whether the sink is a terminal; `false` turns the printer off.
  ///   - delay: seconds before the first line.
  ///   - interval: seconds between redraws of one phase.
  ///   - clock: the current time in seconds, from any fixed origin.
  ///   - sink: where the text goes, control characters included.
  public init(
    program: String, language: Language, isTerminal: Bool, delay: Double = 1,
    interval: Double = 0.1, clock: @escaping @Sendable () -> Double,
    sink: @escaping @Sendable (String) -> Void
  ) {
    self.program = program
    self.language = language
    self.isTerminal = isTerminal
    self.delay = delay
    self.interval = interval
    self.clock = clock
    self.sink = sink
    start = clock()
  }

  /// The printer for standard error: on only when it is a terminal, with the system's monotonic
  /// clock and a timer that redraws the line while the library is busy inside one unit of work.
  public static func standardError(program: String, language: Language) -> TerminalProgress {
    let printer = TerminalProgress(
      program: program, language: language, isTerminal: isatty(2) != 0,
      clock: { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 },
      sink: { text in
        // Unbuffered, straight to the descriptor: the line must appear now, not at exit.
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
          let written = bytes[offset...].withUnsafeMutableBufferPointer {
            write(2, $0.baseAddress, $0.count)
          }
          guard written > 0 else { return }
          offset += written
        }
        bytes.removeAll()
      })
    printer.startTimer()
    return printer
  }

  /// What to hand the library: `nil` when standard error is not a terminal.
  public var handler: RunProgress.Handler? {
    guard isTerminal else { return nil }
    return { [self] progress in report(progress) }
  }

  /// The handler for writing the report to the file at `out`, or to standard output when `out`
  /// is `nil`. A report bound for standard output on a terminal would share the screen with the
  /// line, so then the line is wiped at once and there is no handler.
  public func writingHandler(out: String?) -> RunProgress.Handler? {
    if out == nil && isatty(1) != 0 {
      finish()
      return nil
    }
    return handler
  }

  /// Takes a report from the library and redraws the line when it is due.
  public func report(_ progress: RunProgress) {
    lock.lock()
    defer { lock.unlock() }
    latest = .counted(progress)
    drawIfDue()
  }

  /// Starts a step of the tool's own that the library does not count (`составление планов`):
  /// the line names it with the elapsed seconds.
  public func begin(_ title: LocalizedText) {
    lock.lock()
    defer { lock.unlock() }
    latest = .titled(title)
    drawIfDue()
  }

  /// Redraws the line with the latest report when it is due; the timer calls this.
  public func tick() {
    lock.lock()
    defer { lock.unlock() }
    drawIfDue()
  }

  /// Wipes the line, if one was drawn, and stops the printer: later reports are ignored. Call it
  /// before anything else is written to the terminal — the report, an error message.
  public func finish() {
    lock.lock()
    defer { lock.unlock() }
    guard !finished else { return }
    finished = true
    timer?.cancel()
    timer = nil
    if let shown {
      sink("\r" + String(repeating: " ", count: shown.width) + "\r")
    }
  }

  /// The line for `progress` after `elapsed` seconds.
  public func line(_ progress: RunProgress, elapsed: Double) -> String {
    line(.counted(progress), elapsed: elapsed)
  }

  /// What the line shows: a phase the library counts, or a step of the tool's own.
  private enum Step: Equatable {
    case counted(RunProgress)
    case titled(LocalizedText)

    /// Whether `other` is the same phase or step, whatever its count.
    func isSameStage(as other: Step) -> Bool {
      switch (self, other) {
      case (.counted(let one), .counted(let two)): one.phase == two.phase
      case (.titled(let one), .titled(let two)): one == two
      default: false
      }
    }
  }

  private func line(_ step: Step, elapsed: Double) -> String {
    let seconds = Int(elapsed)
    guard case .counted(let progress) = step else {
      guard case .titled(let title) = step else { return "" }
      return language == .russian
        ? "\(program): \(title[language]), \(seconds) с"
        : "\(program): \(title[language]), \(seconds) s"
    }
    let percent = Int((progress.fraction * 100).rounded(.down))
    let units = progress.phase.unitName(progress.total, in: language)
    let title = progress.phase.title(in: language)
    switch language {
    case .russian:
      return "\(program): \(title) — \(progress.completed) из \(progress.total) \(units) "
        + "(\(percent) %), \(seconds) с"
    case .english:
      return "\(program): \(title) — \(progress.completed) of \(progress.total) \(units) "
        + "(\(percent)%), \(seconds) s"
    }
  }

  private func drawIfDue() {
    guard isTerminal, !finished, let latest else { return }
    let now = clock()
    guard now - start >= delay else { return }
    if let shown, shown.step.isSameStage(as: latest), now - shown.at < interval { return }
    let text = line(latest, elapsed: now - start)
    // The timer comes ten times a second; the same text again would only cost a write.
    if let shown, shown.text == text { return }
    let width = text.count
    // Spaces over what is left of a longer previous line: no escape sequences, so the line is
    // right on any terminal, `TERM=dumb` included.
    let padding = String(repeating: " ", count: max(0, (shown?.width ?? 0) - width))
    sink("\r" + text + padding)
    shown = (latest, text, now, width + padding.count)
  }

  private func startTimer() {
    guard isTerminal else { return }
    let timer = DispatchSource.makeTimerSource(queue: .global(qos: .utility))
    timer.schedule(
      deadline: .now() + delay, repeating: .milliseconds(max(1, Int(interval * 1000))))
    timer.setEventHandler { [weak self] in self?.tick() }
    lock.lock()
    self.timer = timer
    lock.unlock()
    timer.resume()
  }
}
