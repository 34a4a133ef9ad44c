import Foundation
import Testing

/// No folder names a type of a floor above it (`Guides/Architecture.md`), and the checker catches
/// an arrow that runs back up.
@Suite struct FloorsTests {
  /// Every Swift file of `Sources/QualityKit` and `Sources/QualityRules`, by path relative to
  /// `Sources`.
  static func sources() throws -> [String: String] {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let sources = root.appendingPathComponent("Sources")
    var files: [String: String] = [:]
    for module in ["QualityKit", "QualityRules"] {
      let base = sources.appendingPathComponent(module)
      guard let walker = FileManager.default.enumerator(atPath: base.path) else { continue }
      for case let path as String in walker where path.hasSuffix(".swift") {
        files[module + "/" + path] = try String(
          contentsOf: base.appendingPathComponent(path), encoding: .utf8)
      }
    }
    return files
  }

  @Test("no file of Sources names a type declared only on a floor above its folder's")
  func noArrowRunsBackUp() throws {
    let files = try Self.sources()
    #expect(files.count > 200)
    let (violations, unplaced) = Floors.violations(in: files)
    #expect(unplaced.isEmpty, "folders with no floor: add them to Floors.floors: \(unplaced)")
    #expect(violations.isEmpty, "\(violations.map(\.description).joined(separator: "\n"))")
  }

  @Test("every folder of Sources/QualityKit is on a floor, and every floor's folder exists")
  func foldersAndFloorsAgree() throws {
    let files = try Self.sources()
    let present = Set(files.keys.compactMap { Floors.folder(of: $0, in: Floors.floorOfFolder) })
    #expect(present == Set(Floors.floorOfFolder.keys))
  }

  @Test("a planted back-arrow is reported with its file, line and type")
  func catchesAPlantedArrow() {
    let files = [
      "QualityKit/Model/School.swift": "public struct School {\n  let id: String\n}\n",
      "QualityKit/Model/Leak.swift": """
      // Mentions ReportBook in a comment: not an arrow.
      struct Leak {
        let title = "ReportBook"
        let book: ReportBook
        let count = "\\(Planner.count)"
      }
      """,
      "QualityKit/Reports/ReportBook.swift":
        "public struct ReportBook {\n  let school: School\n}\n",
      "QualityKit/Packs/Planner.swift": "enum Planner {\n  static let count = 1\n}\n",
    ]
    let (violations, unplaced) = Floors.violations(in: files)
    #expect(unplaced.isEmpty)
    #expect(
      violations == [
        Floors.Violation(
          file: "QualityKit/Model/Leak.swift", line: 4, type: "ReportBook",
          declaredIn: "QualityKit/Reports"),
        Floors.Violation(
          file: "QualityKit/Model/Leak.swift", line: 5, type: "Planner",
          declaredIn: "QualityKit/Packs"),
      ])
  }

  @Test("a name the folder declares itself, nested or not, is its own; sideways arrows are allowed")
  func ownNamesAndSidewaysArrows() {
    let files = [
      "QualityKit/Model/DataIssue.swift":
        "struct DataIssue {\n  enum Severity { case error }\n  let s: Severity\n}\n",
      "QualityKit/Identification/Severity.swift": "struct Severity {}\n",
      "QualityKit/Criteria/Gap.swift": "struct Gap { let index: CompositeIndex }\n",
      "QualityKit/Indices/CompositeIndex.swift": "struct CompositeIndex { let gap: Gap? }\n",
      "QualityKit/Unknown/Stray.swift": "struct Stray {}\n",
    ]
    let (violations, unplaced) = Floors.violations(in: files)
    #expect(violations.isEmpty)
    #expect(unplaced == ["QualityKit/Unknown/Stray.swift"])
  }

  @Test("comments and string text are not code; interpolations and raw strings are handled")
  func tokeniser() {
    let text = ##"""
      let a = "B \(C.d) \"E\"" /* F /* G */ H */ // I
      let j = #"K \(L) \#(M)"#
      let n = """
        O \(P)
        """
      """##
    let names = Floors.typeTokens(in: text).map(\.name)
    #expect(names == ["C", "M", "P"])
    #expect(Floors.typeTokens(in: text).map(\.line) == [1, 2, 4])
  }
}
