import ExampleData
import Foundation
import QualityKit
import Testing

/// The tools' status line (`TerminalProgress` in Examples/Data) driven by a hand-set clock into a
/// recording sink, and the tools themselves run with standard error on a pipe.
@Suite struct TerminalProgressTests {
  /// A clock the test sets, and what the printer wrote.
  final class Bench: @unchecked Sendable {
    private let lock = NSLock()
    private var now = 0.0
    private var written: [String] = []

    func set(_ seconds: Double) { lock.withLock { now = seconds } }
    var time: Double { lock.withLock { now } }
    func write(_ text: String) { lock.withLock { written.append(text) } }
    var output: [String] { lock.withLock { written } }

    func printer(_ language: Language = .russian, isTerminal: Bool = true) -> TerminalProgress {
      TerminalProgress(
        program: "identify-schools", language: language, isTerminal: isTerminal,
        clock: { self.time }, sink: { self.write($0) })
    }
  }

  static func criteria(_ completed: Int, of total: Int = 12) -> RunProgress {
    RunProgress(phase: .identifying, completed: completed, total: total)
  }

  @Test("nothing before a second, then the line")
  func delay() {
    let bench = Bench()
    let printer = bench.printer()
    bench.set(0.5)
    printer.report(Self.criteria(3))
    printer.tick()
    #expect(bench.output.isEmpty)
    bench.set(1.2)
    printer.tick()
    #expect(
      bench.output == ["\ridentify-schools: выявление по критериям — 3 из 12 критериев (25 %), 1 с"]
    )
  }

  @Test("the same phase is redrawn at most every 0.1 s; a new phase at once")
  func throttling() {
    let bench = Bench()
    let printer = bench.printer()
    bench.set(1.0)
    printer.report(Self.criteria(1))
    bench.set(1.05)
    printer.report(Self.criteria(2))
    printer.tick()
    #expect(bench.output.count == 1)
    bench.set(1.1)
    printer.report(Self.criteria(3))
    #expect(bench.output.count == 2)
    #expect(bench.output.last?.contains("3 из 12") == true)
    bench.set(1.12)
    printer.report(RunProgress(phase: .classifying, completed: 0, total: 40000))
    // The new line is shorter: spaces cover the rest of the old one.
    #expect(
      bench.output.last?.trimmingCharacters(in: .whitespaces)
        == "\ridentify-schools: отнесение к категориям — 0 из 40000 школ (0 %), 1 с")
  }

  @Test("a shorter line covers the rest of the longer one, and finish wipes them both")
  func paddingAndFinish() {
    let bench = Bench()
    let printer = bench.printer(.english)
    bench.set(2.0)
    printer.report(RunProgress(phase: .classifying, completed: 2048, total: 40000))
    let long = "identify-schools: classifying — 2048 of 40000 schools (5%), 2 s"
    #expect(bench.output == ["\r" + long])
    bench.set(2.5)
    printer.report(RunProgress(phase: .readingValues, completed: 1, total: 1))
    let short = "identify-schools: reading values — 1 of 1 file (100%), 2 s"
    #expect(short.count < long.count)
    #expect(
      bench.output.last == "\r" + short + String(repeating: " ", count: long.count - short.count))
    printer.finish()
    #expect(bench.output.last == "\r" + String(repeating: " ", count: long.count) + "\r")
    // Finished: later reports and a second finish write nothing.
    let count = bench.output.count
    bench.set(5)
    printer.report(RunProgress(phase: .writing, completed: 9, total: 9))
    printer.finish()
    #expect(bench.output.count == count)
  }

  @Test("a quick run leaves no trace: finish without a line writes nothing")
  func quickRun() {
    let bench = Bench()
    let printer = bench.printer()
    bench.set(0.3)
    printer.report(Self.criteria(12))
    printer.finish()
    #expect(bench.output.isEmpty)
  }

  @Test("not a terminal: no handler and no output, however long the run")
  func notATerminal() {
    let bench = Bench()
    let printer = bench.printer(isTerminal: false)
    #expect(printer.handler == nil)
    bench.set(30)
    printer.report(Self.criteria(5))
    printer.begin(LocalizedText(ru: "составление планов поддержки", en: "planning support"))
    printer.tick()
    printer.finish()
    #expect(bench.output.isEmpty)
  }

  @Test("a step of the tool's own shows its title and the seconds")
  func ownStep() {
    let bench = Bench()
    let printer = bench.printer()
    bench.set(3.7)
    printer.begin(LocalizedText(ru: "подбор школ-партнёров", en: "matching partner schools"))
    #expect(bench.output == ["\ridentify-schools: подбор школ-партнёров, 3 с"])
  }

  /// Standard error is a pipe here, so every tool must leave it empty on success: the status line
  /// is for terminals only.
  @Test(
    "piped, the tools print no status line",
    arguments: [
      (
        "identify-schools", ["--pack", "amur,khabarovsk,krasnoyarsk,krasnodar", "--format", "json"]
      ),
      ("track-indicators", []),
      ("plan-support", []),
    ])
  func pipedToolsAreSilent(tool: String, arguments: [String]) throws {
    let run = try runExample(tool, arguments)
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(!run.stdout.isEmpty)
  }
}
