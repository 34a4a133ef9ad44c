import Foundation
import QualityKit
import QualityKitTestSupport
import QualityRules
import Testing

/// The JSON of `Guides/RulePackFormat.md` is what the loader reads: its pack documents load, every
/// example conforms to the schema's definition of its block, and the guide's first error message is
/// the one the loader gives.
@Suite struct RulePackFormatGuideTests {
  static func guide() throws -> String {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    return try String(
      contentsOf: root.appendingPathComponent("Guides/RulePackFormat.md"), encoding: .utf8)
  }

  /// The guide's ```json blocks, in order.
  static func blocks() throws -> [String] {
    try guide().components(separatedBy: "```json\n").dropFirst().map {
      String($0.components(separatedBy: "```")[0])
    }
  }

  /// The schema definition a fragment of the guide is an example of, by its keys.
  static func definition(of members: [String: JSONValue]) -> String? {
    let criterionKinds = Set(PackBlockKinds.standard.criteria.keys)
    let indicatorKinds = Set(PackBlockKinds.standard.indicators.keys)
    if case .string(let kind)? = members["kind"], criterionKinds.contains(kind) {
      return "Criterion"
    }
    if case .string(let kind)? = members["kind"], indicatorKinds.contains(kind) {
      return "Indicator"
    }
    let byKey = [
      ("default_value", "PackParameter"), ("components", "CompositeIndex"),
      ("direction", "IndexComponent"), ("category", "CategoryRule"),
      ("periodicity", "MonitoringProcedure"), ("schedule", "SupportMeasure"),
      ("indicators", "ExpectedResult"), ("from", "ProgrammeStage"), ("measures", "ProgrammeRisk"),
    ]
    return byKey.first { members[$0.0] != nil }?.1
  }

  @Test("the guide's pack documents load and conform to the schema")
  func documentsLoad() throws {
    let checker = try PackSchemaTests.checker()
    let documents = try Self.blocks().filter { $0.contains("\"format\": \"qualitykit.pack/1\"") }
    #expect(documents.count == 2)
    for document in documents {
      #expect(checker.errors(in: try JSONValue(parsing: Data(document.utf8))).isEmpty)
      #expect(
        throws: Never.self,
        performing: {
          try RulePackLoader(basePacks: DefaultPacks.all).load(
            Data(document.utf8), file: "guide.json")
        })
    }
  }

  @Test("every JSON fragment of the guide conforms to the schema's definition of its block")
  func fragmentsConform() throws {
    let checker = try PackSchemaTests.checker()
    var checked = 0
    for block in try Self.blocks() where !block.contains("\"format\":") {
      let value = try JSONValue(parsing: Data(block.utf8))
      guard case .object(let members) = value, let name = Self.definition(of: members) else {
        Issue.record("no definition for \(block.prefix(60))")
        continue
      }
      #expect(checker.errors(in: value, against: name).isEmpty, "\(name): \(block.prefix(60))")
      checked += 1
    }
    #expect(checked >= 15)
  }

  @Test("the guide's message for a misspelt key is the loader's")
  func typoMessage() throws {
    let example = try #require(try Self.blocks().first)
    let misspelt = example.replacingOccurrences(of: "\"override\":", with: "\"overide\":")
    do {
      _ = try RulePackLoader(basePacks: DefaultPacks.all).load(
        Data(misspelt.utf8), file: "lesosibirsk.json")
      Issue.record("the misspelt key was accepted")
    } catch {
      #expect(try Self.guide().contains("`\(error.located(in: .russian))`"), "\(error)")
    }
  }
}
