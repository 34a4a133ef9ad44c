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

  /// `/dev/full` takes nothing: every `write(2)` fails with `ENOSPC`. Only where the system has it.
  static let fullDevice = FileManager.default.fileExists(atPath: "/dev/full")

  @Test(
    "a full disk is kept, stops writing and is thrown by finish(), whatever was written",
    .enabled(if: fullDevice))
  func aFullDiskIsThrownByFinish() throws {
    // Small: stays in the buffer until finish(); large: written straight through.
    for size in [3, 3 << 20] {
      var output = try FileOutput(path: "/dev/full")
      #expect(output.failure == nil)
      Array(repeating: UInt8(ascii: "x"), count: size).withUnsafeBufferPointer {
        output.write(bytes: $0)
      }
      output.write("more")
      #expect(throws: FileAccessError(kind: .noSpace, path: "/dev/full", access: .write)) {
        try output.finish()
      }
      #expect(output.failure?.kind == .noSpace)
      #expect(
        output.failure?.message() == "на диске нет места: файл /dev/full не записан до конца")
    }
  }

  @Test("a report that reaches its file finishes without an error")
  func finishAfterSuccess() throws {
    let path = Self.temporaryPath("done.json")
    defer { try? FileManager.default.removeItem(atPath: path) }
    var output = try FileOutput(path: path)
    output.write("{}\n")
    try output.finish()
    #expect(output.failure == nil)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}\n")
  }

  @Test("a regular file written in the background holds every byte, in order, after finish()")
  func backgroundFile() throws {
    let path = Self.temporaryPath("large.txt")
    defer { try? FileManager.default.removeItem(atPath: path) }
    var output = try FileOutput(path: path)
    // More buffers than may wait, in pieces small and large, numbered so that any byte lost,
    // doubled or out of order shows.
    var expected: [UInt8] = []
    var rng = SystemRandomNumberGenerator()
    for piece in 0..<40 {
      let size =
        piece % 5 == 0 ? (1 << 20) * 3 / 2 + piece : Int.random(in: 1...300_000, using: &rng)
      let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ piece) }
      if piece % 3 == 0 {
        // every third piece as a string, of ASCII
        let text = bytes.map { $0 & 0x7F }
        expected += text
        output.write(String(decoding: text, as: UTF8.self))
      } else {
        expected += bytes
        bytes.withUnsafeBufferPointer { output.write(bytes: $0) }
      }
    }
    try output.finish()
    #expect(expected.count > 10 << 20)
    let written = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(written.count == expected.count)
    #expect(written == Data(expected))
  }

  @Test(
    "the background writer keeps the first refusal, writes nothing after it and does not hang",
    .enabled(if: fullDevice))
  func backgroundRefusal() throws {
    let descriptor = open("/dev/full", O_WRONLY)
    #expect(descriptor >= 0)
    let writer = BackgroundWriter(
      handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true), path: "/dev/full")
    defer { writer.stop() }
    // More buffers than may wait: submitting must not block once the first is refused.
    for _ in 0..<(BackgroundWriter.depth * 3) {
      var buffer = [UInt8](repeating: 1, count: 1000)
      writer.submit(&buffer)
      #expect(buffer.isEmpty)
    }
    writer.drain()
    #expect(writer.failure == FileAccessError(kind: .noSpace, path: "/dev/full", access: .write))
  }
}
