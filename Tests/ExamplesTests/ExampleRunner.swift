import Foundation

/// Why an example binary could not be run.
struct ExampleRunnerError: Error, CustomStringConvertible {
  let description: String
}

/// The build products directory that holds the example executables.
///
/// Under `swift test` the test runner lives next to the executables it was built with: on Linux
/// `CommandLine.arguments[0]` is `.build/<triple>/debug/QualityKitPackageTests.xctest`, on macOS
/// the `.xctest` bundle sits in `.build/<triple>/debug`. Every candidate is walked up a few levels
/// until a directory with an `identify-schools` executable is found; the package's own `.build`
/// folder (located from this source file) is the last resort.
enum ExampleProducts {
  /// The directory, or `nil` when no build of `identify-schools` can be found. A start that is a
  /// file is harmless: `<file>/identify-schools` does not exist and the walk goes on upwards.
  static let directory: URL? = {
    var starts: [URL] = []
    if let first = CommandLine.arguments.first {
      starts.append(URL(fileURLWithPath: first).resolvingSymlinksInPath())
    }
    starts.append(Bundle.main.bundleURL)
    if let executable = Bundle.main.executableURL { starts.append(executable) }
    starts += Bundle.allBundles.map(\.bundleURL).filter { $0.pathExtension == "xctest" }
    let packageRoot = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    starts.append(packageRoot.appendingPathComponent(".build/debug/identify-schools"))

    let manager = FileManager.default
    for start in starts {
      var directory = start
      for _ in 0..<6 {
        let candidate = directory.appendingPathComponent("identify-schools")
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory),
          !isDirectory.boolValue, manager.isExecutableFile(atPath: candidate.path)
        {
          return directory.resolvingSymlinksInPath()
        }
        directory = directory.deletingLastPathComponent()
      }
    }
    return nil
  }()

  /// The URL of the example executable `name`.
  static func executable(_ name: String) throws -> URL {
    guard let directory else {
      throw ExampleRunnerError(
        description: "cannot find the built `\(name)` next to the test runner "
          + "(\(CommandLine.arguments.first ?? "?")); run `swift build` first")
    }
    return directory.appendingPathComponent(name)
  }
}

/// A thread-safe box for bytes read on another queue.
private final class DataBox: @unchecked Sendable {
  private let lock = NSLock()
  private var stored = Data()

  var data: Data {
    get { lock.withLock { stored } }
    set { lock.withLock { stored = newValue } }
  }
}

/// Lets a `@Sendable` watchdog stop the process.
private final class ProcessBox: @unchecked Sendable {
  let process: Process
  init(_ process: Process) { self.process = process }
}

/// Ignores SIGPIPE once, so that writing stdin to a child that has already exited cannot kill the
/// test runner.
private let ignoreBrokenPipe: Void = {
  _ = signal(SIGPIPE, SIG_IGN)
}()

/// The day every example run is made on, in seconds since 1970 (UTC): 15 June 2022, after the
/// sample's last academic year. Reports print it as «Составлен: 15.06.2022».
let sourceDateEpoch = "1655251200"

/// Runs the built `identify-schools` with `args`, feeding `stdin` (if any), and returns its exit
/// status and its whole stdout and stderr decoded as UTF-8.
///
/// Both pipes are drained before `waitUntilExit()` (stderr on a background queue), so large output
/// cannot deadlock. A process killed by a signal reports `128 + signal`, as a shell does, so a
/// crash can never be mistaken for exit status 1 or 2. A run longer than `timeout` seconds is
/// terminated.
func runIdentifySchools(
  _ args: [String], stdin: String? = nil, timeout: TimeInterval = 120
) throws -> (status: Int32, stdout: String, stderr: String) {
  let result = try runExample("identify-schools", args, stdin: stdin, timeout: timeout)
  return (
    result.status, String(decoding: result.stdout, as: UTF8.self),
    String(decoding: result.stderr, as: UTF8.self)
  )
}

/// Like `runIdentifySchools`, but returns the raw bytes of stdout and stderr.
func runExample(
  _ name: String, _ args: [String], stdin: String? = nil, timeout: TimeInterval = 120
) throws -> (status: Int32, stdout: Data, stderr: Data) {
  _ = ignoreBrokenPipe
  let process = Process()
  process.executableURL = try ExampleProducts.executable(name)
  process.arguments = args
  process.currentDirectoryURL = FileManager.default.temporaryDirectory
  // Reports are dated by the day they are made: a fixed day makes every run the same on any day.
  var environment = ProcessInfo.processInfo.environment
  environment["SOURCE_DATE_EPOCH"] = sourceDateEpoch
  process.environment = environment
  let output = Pipe()
  let errors = Pipe()
  process.standardOutput = output
  process.standardError = errors
  let input = stdin == nil ? nil : Pipe()
  process.standardInput = input ?? FileHandle.nullDevice

  try process.run()

  let group = DispatchGroup()
  let errorData = DataBox()
  let errorHandle = errors.fileHandleForReading
  DispatchQueue.global().async(group: group) {
    errorData.data = errorHandle.readDataToEndOfFile()
  }
  if let input, let stdin {
    let handle = input.fileHandleForWriting
    let bytes = Data(stdin.utf8)
    DispatchQueue.global().async(group: group) {
      try? handle.write(contentsOf: bytes)
      try? handle.close()
    }
  }
  let box = ProcessBox(process)
  DispatchQueue.global().asyncAfter(deadline: .now() + timeout) {
    if box.process.isRunning { box.process.terminate() }
  }

  let outputData = output.fileHandleForReading.readDataToEndOfFile()
  group.wait()
  process.waitUntilExit()

  var status = process.terminationStatus
  if process.terminationReason == .uncaughtSignal { status += 128 }
  return (status, outputData, errorData.data)
}

/// A fresh, empty temporary directory; remove it with `removeTemporaryDirectory(_:)`.
func makeTemporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory
    .appendingPathComponent("ExamplesTests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Removes a directory made by `makeTemporaryDirectory()`.
func removeTemporaryDirectory(_ url: URL) {
  try? FileManager.default.removeItem(at: url)
}

/// Paths in the package's source tree, found from this file.
enum SourceTree {
  /// The package root.
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `Examples/Data/<name>`: the sample the `identify-schools` binary bundles.
  static func sample(_ name: String) -> URL {
    root.appendingPathComponent("Examples/Data").appendingPathComponent(name)
  }

  /// The text of `Examples/Data/<name>`.
  static func sampleText(_ name: String) throws -> String {
    try String(contentsOf: sample(name), encoding: .utf8)
  }

  /// `Tests/QualityRulesTests/Seeds/<name>`: a seed document the packs quote.
  static func seed(_ name: String) -> URL {
    root.appendingPathComponent("Tests/QualityRulesTests/Seeds").appendingPathComponent(name)
  }
}
