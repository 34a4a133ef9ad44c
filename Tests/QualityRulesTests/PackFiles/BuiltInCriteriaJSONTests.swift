import Foundation
import QualityKit
import QualityKitTestSupport
import QualityRules
import Testing

/// Every criterion and index of the four default packs, written as JSON and read back: the same
/// values, the same results on every example.
@Suite struct BuiltInCriteriaJSONTests {
  /// One criterion of one pack, as a test case.
  struct Case: Sendable, CustomTestStringConvertible {
    let pack: RulePack
    let criterion: any IdentificationCriterion
    var testDescription: String { criterion.id.rawValue }
  }

  static let cases = DefaultPacks.all.flatMap { pack in
    pack.criteria.map { Case(pack: pack, criterion: $0) }
  }

  @Test(arguments: cases)
  func criterionRoundTrips(_ testCase: Case) throws {
    let indices = testCase.pack.indices
    let json = try PackJSON.text(of: testCase.criterion, indices: indices)
    let decoded = try PackJSON.criterion(json, indices: indices)
    try expectSameCriterion(decoded, testCase.criterion)
    // Written again, the decoded criterion gives the same bytes: the form is deterministic.
    #expect(try PackJSON.text(of: decoded, indices: indices) == json)
  }

  @Test(arguments: cases)
  func criterionRoundTripsWithoutThePackIndices(_ testCase: Case) throws {
    // Without the pack's list every index is written inline, and reads back the same.
    let json = try PackJSON.text(of: testCase.criterion)
    try expectSameCriterion(try PackJSON.criterion(json), testCase.criterion)
  }

  @Test(arguments: DefaultPacks.all.map(\.id.rawValue))
  func listedIndicesAreWrittenByID(_ id: String) throws {
    let pack = try #require(DefaultPacks.pack(id: PackID(id)))
    let listed = Set(pack.indices.map(\.id))
    for case let criterion as LowestShareCriterion in pack.criteria
    where listed.contains(criterion.index.id) {
      let json = try PackJSON.text(of: criterion, indices: pack.indices)
      #expect(json.contains("\"index\":\"\(criterion.index.id)\""), "\(criterion.id)")
    }
  }

  @Test(arguments: DefaultPacks.all.map(\.id.rawValue))
  func indicesRoundTrip(_ id: String) throws {
    let pack = try #require(DefaultPacks.pack(id: PackID(id)))
    let data = try PackJSON.encoder().encode(pack.indices)
    let decoded = try PackJSON.decoder().decode([CompositeIndex].self, from: data)
    #expect(decoded == pack.indices)
    #expect(try PackJSON.encoder().encode(decoded) == data)
  }

  @Test func everyKindIsExercised() {
    // The default packs use every building block, so the round trips above cover every kind.
    let kinds = Set(
      Self.cases.compactMap { ($0.criterion as? any CodableCriterion).map { type(of: $0).kind } })
    #expect(kinds == Set(PackBlockKinds.standard.criteria.keys))
  }
}
