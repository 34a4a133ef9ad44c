import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// ``IndexID``: a composite index's id is typed, reads and writes as a plain JSON string, and
/// prints as its text, so the messages naming it read as before.
@Suite struct IndexIDTests {
  static let index = CompositeIndex(
    id: "index.t", title: LocalizedText(ru: "и", en: "i"),
    components: [CompositeIndex.Component(.egeRussianMeanScore, .positive)])

  @Test("a literal, a wrapped string and a decoded id are the same id")
  func literalWrappedAndDecodedAreEqual() throws {
    let literal: IndexID = "index.social_wellbeing"
    let decoded = try JSONDecoder().decode(
      IndexID.self, from: Data(#""index.social_wellbeing""#.utf8))
    #expect(literal == decoded)
    #expect(IndexID("index.social_wellbeing") == literal)
    #expect(Set([literal, decoded]).count == 1)
    #expect(
      String(decoding: try JSONEncoder().encode(literal), as: UTF8.self)
        == #""index.social_wellbeing""#)
  }

  @Test("an id prints as its text and orders by its bytes")
  func printsAndOrdersAsText() {
    let id: IndexID = "index.amur.social_wellbeing"
    #expect("\(id)" == "index.amur.social_wellbeing")
    #expect(id.description == id.rawValue)
    #expect(
      (["index.b", "index.a", "index.B"] as [IndexID]).sorted() == [
        "index.B", "index.a", "index.b",
      ])
  }

  @Test("an index read from JSON has the id it was written with")
  func indexDecodesItsID() throws {
    let json =
      #"{"id": "index.t", "title": {"ru": "и", "en": "i"}, "components": [{"metric": "ege.russian.mean_score", "direction": "+"}]}"#
    let decoded = try PackJSON.decoder(indices: []).decode(
      CompositeIndex.self, from: Data(json.utf8))
    #expect(decoded.id == Self.index.id)
    #expect(decoded == Self.index)
  }

  @Test("two indices of one id: the pack says so, naming the id as before")
  func duplicateIndexMessage() {
    let pack = RulePack(
      id: "p", version: "1.0.0", title: Fixtures.text("p"), region: Fixtures.text("r"),
      sources: [], criteria: [], indices: [Self.index, Self.index], categoryRules: [])
    #expect(throws: PackError(kind: .duplicateIndex("index.t"), pack: "p")) { try pack.validate() }
    #expect(
      PackError(kind: .duplicateIndex("index.t"), pack: "p").message(in: .english)
        == "pack p: composite index index.t is declared twice")
  }

  @Test("partner matching names the index it cannot find and those there are")
  func unknownIndexForPartnerMatching() {
    let pack = RulePack(
      id: "p", version: "1.0.0", title: Fixtures.text("p"), region: Fixtures.text("r"),
      sources: [], criteria: [], indices: [Self.index], categoryRules: [])
    #expect(throws: SupportPlanError.unknownIndex("index.x", known: ["index.t"])) {
      try PartnerMatcher.Options.index("index.x", in: [pack])
    }
    #expect(
      SupportPlanError.unknownIndex("index.x", known: ["index.t", "index.u"]).message(in: .russian)
        == "нет индекса «index.x»; есть: index.t, index.u")
    #expect(
      SupportPlanError.unknownIndex("index.x", known: []).message(in: .english)
        == "there is no index 'index.x'; available: none")
  }
}
