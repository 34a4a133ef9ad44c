import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A missing input file, a folder given as a file, a file without read permission and an `--out`
/// in a missing folder: every example executable says so in one sentence with the path — in
/// Russian, or English with `--lang en` — and exits 1, never with «NSCocoaErrorDomain error 256».
@Suite struct FileErrorTests {
  /// The three executables that read data files and write to `--out`.
  static let dataTools = ["identify-schools", "track-indicators", "plan-support"]
  /// Every example executable: all four read `--pack-file`.
  static let tools = dataTools + ["custom-criterion"]

  func run(_ tool: String, _ args: [String]) throws -> (status: Int32, stderr: String) {
    let result = try runExample(tool, args)
    #expect(result.stdout.isEmpty, "nothing is written before the error")
    return (result.status, String(decoding: result.stderr, as: UTF8.self))
  }

  /// A temporary folder holding the sample's `values.csv`, removed afterwards.
  func withFolder(_ body: (URL) throws -> Void) throws {
    let directory = try makeTemporaryDirectory()
    defer {
      chmod(directory.path, 0o755)
      removeTemporaryDirectory(directory)
    }
    try Data(contentsOf: SourceTree.sample("values.csv"))
      .write(to: directory.appendingPathComponent("values.csv"))
    try body(directory)
  }

  @Test(arguments: dataTools)
  func aMissingSchoolsFileIsNamed(_ tool: String) throws {
    try withFolder { directory in
      let missing = directory.appendingPathComponent("schools.csv").path
      let values = directory.appendingPathComponent("values.csv").path
      let russian = try run(tool, ["--schools", missing, "--values", values])
      #expect(russian.status == 1)
      #expect(russian.stderr == "\(tool): нет файла \(missing)\n")
      let english = try run(tool, ["--schools", missing, "--values", values, "--lang", "en"])
      #expect(english.status == 1)
      #expect(english.stderr == "\(tool): there is no file \(missing)\n")
    }
  }

  @Test(arguments: dataTools)
  func aFolderGivenAsAFileIsNamed(_ tool: String) throws {
    try withFolder { directory in
      let values = directory.appendingPathComponent("values.csv").path
      let run = try run(tool, ["--schools", directory.path, "--values", values])
      #expect(run.status == 1)
      #expect(run.stderr == "\(tool): \(directory.path) — папка, а не файл\n")
    }
  }

  @Test(arguments: dataTools)
  func anUnreadableFileIsNamed(_ tool: String) throws {
    try withFolder { directory in
      let schools = directory.appendingPathComponent("schools.csv")
      try Data(contentsOf: SourceTree.sample("schools.csv")).write(to: schools)
      chmod(schools.path, 0)
      defer { chmod(schools.path, 0o644) }
      // Root reads a file of mode 000; the errno mapping is tested in FileAccessErrorTests.
      guard !FileManager.default.isReadableFile(atPath: schools.path) else { return }
      let values = directory.appendingPathComponent("values.csv").path
      let run = try run(tool, ["--schools", schools.path, "--values", values])
      #expect(run.status == 1)
      #expect(run.stderr == "\(tool): нет прав на чтение файла \(schools.path)\n")
    }
  }

  @Test(arguments: dataTools)
  func anOutputInAMissingFolderIsNamed(_ tool: String) throws {
    let out = "/nonexistent-qualitykit/dir/x.json"
    let russian = try run(tool, ["--out", out])
    #expect(russian.status == 1)
    #expect(russian.stderr == "\(tool): нет папки /nonexistent-qualitykit/dir для файла \(out)\n")
    let english = try run(tool, ["--out", out, "--lang", "en"])
    #expect(english.status == 1)
    #expect(
      english.stderr
        == "\(tool): there is no folder /nonexistent-qualitykit/dir for the file \(out)\n")
  }

  @Test(arguments: dataTools)
  func aFolderAsOutputIsNamed(_ tool: String) throws {
    try withFolder { directory in
      let run = try run(tool, ["--out", directory.path])
      #expect(run.status == 1)
      #expect(run.stderr == "\(tool): \(directory.path) — папка, а не файл\n")
    }
  }

  @Test(arguments: tools)
  func aFolderAsPackFileIsNamed(_ tool: String) throws {
    try withFolder { directory in
      let russian = try run(tool, ["--pack-file", directory.path])
      #expect(russian.status == 1)
      #expect(russian.stderr == "\(tool): \(directory.path) — папка, а не файл\n")
      let english = try run(tool, ["--pack-file", directory.path, "--lang", "en"])
      #expect(english.stderr == "\(tool): \(directory.path) is a folder, not a file\n")
    }
  }

  /// Runs `tool` with its standard output on `/dev/full`, as `tool > /dev/full` does.
  func runIntoFullDevice(_ tool: String, _ args: [String]) throws -> (status: Int32, stderr: String)
  {
    let process = Process()
    process.executableURL = try ExampleProducts.executable(tool)
    process.arguments = args
    let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
    process.standardOutput = full
    let errors = Pipe()
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let stderr = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: stderr, as: UTF8.self))
  }

  @Test(
    "a full disk ends the run with status 1 and says so, for --out and for standard output",
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")), arguments: tools)
  func aFullDiskIsADataError(_ tool: String) throws {
    let viaStdout = try runIntoFullDevice(tool, [])
    #expect(viaStdout.status == 1)
    #expect(
      viaStdout.stderr == "\(tool): на диске нет места: файл /dev/stdout не записан до конца\n")
    guard Self.dataTools.contains(tool) else { return }
    let viaOut = try run(tool, ["--out", "/dev/full", "--lang", "en"])
    #expect(viaOut.status == 1)
    #expect(
      viaOut.stderr == "\(tool): no space left on the device: /dev/full is not written in full\n")
  }

  @Test("a file that cannot be written to the end is removed, not left half written")
  func aPartialFileIsRemoved() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(directory) }
    let report = directory.appendingPathComponent("report.html").path
    // A file-size limit of one block makes the write fail (EFBIG) after the first bytes; the
    // shell ignores SIGXFSZ so the tool sees the failure instead of being killed by it.
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    let tool = try ExampleProducts.executable("identify-schools").path
    process.arguments = [
      "-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" --format html --out \"$1\"", tool, report,
    ]
    let errors = Pipe()
    process.standardError = errors
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(stderr.hasPrefix("identify-schools: не удалось записать файл \(report): "), "\(stderr)")
    #expect(!FileManager.default.fileExists(atPath: report))
  }

  @Test("a reader that closes the pipe early makes the run say so and exit 1, not die of SIGPIPE")
  func aClosedPipeIsADataError() throws {
    let process = Process()
    process.executableURL = try ExampleProducts.executable("plan-support")
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    // Closed before the run starts: the first write meets no reader (the plan is over 64 KB, more
    // than a pipe holds, so even a buffered start would meet it).
    try output.fileHandleForReading.close()
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 1)
    #expect(stderr == "plan-support: получатель закрыл вывод: /dev/stdout не записан до конца\n")
  }
}
