import Foundation
import Testing

@testable import QualityKit

/// ``FileOutput`` opens its path as a shell's `>` does: a file is truncated in place, never
/// replaced (a rename over the path would turn `/dev/null` into a regular file).
@Suite struct FileOutputTests {
  static func temporaryPath(_ name: String) -> String {
    FileManager.default.temporaryDirectory
      .appendingPathComponent("qualitykit-\(UUID().uuidString)-\(name)").path
  }

  @Test func anExistingFileIsTruncatedInPlace() throws {
    let path = Self.temporaryPath("report.json")
    defer { try? FileManager.default.removeItem(atPath: path) }
    try Data("an older, longer report".utf8).write(to: URL(fileURLWithPath: path))
    let before = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int

    var output = try FileOutput(path: path)
    output.write("new")
    output.flush()

    let after = try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int
    #expect(before != nil && before == after)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
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
