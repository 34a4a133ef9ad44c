import Foundation
import Testing

@testable import QualityKit

/// ``FileOutput`` replaces a regular file and writes to a pipe or a device in place (a rename over
/// the path, as `FileManager.createFile` does, turned `/dev/null` into a regular file).
@Suite struct FileOutputTests {
  static func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("qualitykit-\(UUID().uuidString)-\(name)").path
  }

  @Test func anExistingFileIsReplaced() throws {
    let path = Self.temporaryPath("report.json")
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data("an older, longer report".utf8).write(to: URL(fileURLWithPath: path))

    var output = try FileOutput(path: path)
    output.write("new")
    output.flush()

    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
  }

  @Test func aNamedPipeIsWrittenToNotReplaced() throws {
    let path = Self.temporaryPath("pipe")
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(mkfifo(path, 0o600) == 0)
    // A reader first, so that opening the pipe for writing does not wait.
    let reader = open(path, O_RDONLY | O_NONBLOCK)
    #expect(reader >= 0)
    defer { close(reader) }

    var output = try FileOutput(path: path)
    output.write("{}\n")
    output.flush()

    var bytes = [UInt8](repeating: 0, count: 16)
    let count = bytes.withUnsafeMutableBytes { read(reader, $0.baseAddress, $0.count) }
    #expect(count == 3 && Array(bytes[0..<3]) == Array("{}\n".utf8))
    var status = stat()
    #expect(lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
  }

  @Test func aMissingFileIsCreated() throws {
    let path = Self.temporaryPath("new.json")
    defer { try? FileManager.default.removeItem(atPath: path) }
    var output = try FileOutput(path: path)
    Array("{}\n".utf8).withUnsafeBufferPointer { output.write(bytes: $0) }
    output.flush()
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}\n")
  }

  @Test func aFileInAMissingDirectoryThrows() {
    #expect(throws: (any Error).self) {
      _ = try FileOutput(path: Self.temporaryPath("no-such-directory") + "/report.json")
    }
  }
}
