import Foundation
import Testing

/// Compares `actual` with the golden file `Snapshots/<name>.<ext>` next to this source file.
///
/// Snapshots are read from (and recorded into) the source tree via `#filePath`, not from
/// `Bundle.module`, so that recording and reading always use the same file. When the file is
/// missing, `actual` is written there and the test **fails**, saying that the new baseline must be
/// reviewed by hand (STYLE convention 8). Setting `QUALITYKIT_RECORD_SNAPSHOTS=1` in the
/// environment re-records every snapshot, and fails the same way. On a mismatch the actual output
/// is written to a temporary file and the first differing line is reported.
func expectSnapshot(
  _ actual: String, named name: String, extension ext: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots", isDirectory: true)
  let file = directory.appendingPathComponent("\(name).\(ext)")
  let manager = FileManager.default
  let recording = ProcessInfo.processInfo.environment["QUALITYKIT_RECORD_SNAPSHOTS"] == "1"

  if recording || !manager.fileExists(atPath: file.path) {
    do {
      try manager.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: file)
      Issue.record(
        "Recorded snapshot \(file.path). Review it by hand against the documents, then re-run.",
        sourceLocation: sourceLocation)
    } catch {
      Issue.record("Cannot record snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
    }
    return
  }

  let expected: String
  do {
    expected = String(decoding: try Data(contentsOf: file), as: UTF8.self)
  } catch {
    Issue.record("Cannot read snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
    return
  }
  guard actual != expected else { return }

  let actualFile = manager.temporaryDirectory.appendingPathComponent("\(name).actual.\(ext)")
  try? Data(actual.utf8).write(to: actualFile)
  let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
  let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let index =
    zip(actualLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
    ?? min(actualLines.count, expectedLines.count)
  func line(_ lines: [Substring]) -> String {
    index < lines.count ? "«\(lines[index])»" : "(end of text)"
  }
  Issue.record(
    """
    Output differs from snapshot \(file.path) at line \(index + 1):
      expected: \(line(expectedLines))
      actual:   \(line(actualLines))
    The whole actual output is in \(actualFile.path). If the change is intended, delete the \
    snapshot, re-run to record it, and review it by hand.
    """,
    sourceLocation: sourceLocation)
}
