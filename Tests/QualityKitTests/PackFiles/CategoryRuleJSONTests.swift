import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// The pack-file form of category rules: the category by id or as an object, the condition with
/// one operator per object, the severity by id or as an object; and the issues an unusable
/// condition gives, with their paths.
@Suite struct CategoryRuleJSONTests {
  static let provenance =
    #""provenance": {"source": "s.txt", "section": "2.1", "quote": "«…»", "kind": "stated"}"#
  static let rationale = #""rationale": {"ru": "р", "en": "r"}"#

  /// A rule object with `category` and `condition` (JSON texts) and optional extra members.
  static func rule(_ category: String, _ condition: String, _ extra: String = "") -> String {
    "{\"category\": \(category), \"condition\": \(condition), \(provenance), \(rationale)\(extra)}"
  }

  static func decode(_ json: String) throws -> CategoryRule {
    try JSONDecoder().decode(CategoryRule.self, from: Data(json.utf8))
  }

  static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// The issue `json` gives as a rule; records one when it decodes or fails otherwise.
  static func issue(_ json: String) -> PackFileError.FormatIssue? {
    do {
      _ = try decode(json)
      Issue.record("decoded: \(json)")
    } catch let issue as PackFileError.FormatIssue {
      return issue
    } catch {
      Issue.record("not a PackFileError.FormatIssue: \(error)")
    }
    return nil
  }

  @Test("a known category by id; all, at_least with a parameter, any, not; severity by id")
  func decodesEveryOperator() throws {
    let rule = try Self.decode(
      Self.rule(
        #""low_results""#,
        #"""
        {"all": [{"criterion": "k.results"},
                 {"at_least": "k.min_supporting",
                  "of": [{"criterion": "k.a"}, {"not": {"criterion": "k.b"}},
                         {"any": [{"criterion": "k.c"}, {"criterion": "k.d"}]}]}]}
        """#, #", "severity": "crisis""#))
    #expect(rule.category == .lowResults)
    #expect(rule.category.title == SchoolCategory.lowResults.title)
    #expect(
      rule.condition
        == .all([
          .criterion("k.results"),
          .atLeast(
            .parameter("k.min_supporting"),
            of: [
              .criterion("k.a"), .not(.criterion("k.b")),
              .any([.criterion("k.c"), .criterion("k.d")]),
            ]
          ),
        ]))
    #expect(
      rule.provenance
        == Provenance(source: "s.txt", section: "2.1", quote: "«…»", kind: .stated))
    #expect(rule.rationale == LocalizedText(ru: "р", en: "r"))
    #expect(rule.severity == .crisis)
    #expect(rule.severity?.rank == 2)
  }

  @Test("a number is a fixed count, a string a parameter; without severity there is none")
  func counts() throws {
    let rule = try Self.decode(
      Self.rule(
        #""non_objective_results""#,
        #"{"at_least": 2, "of": [{"criterion": "a"}, {"criterion": "b"}, {"criterion": "c"}]}"#))
    #expect(rule.category == .nonObjectiveResults)
    #expect(
      rule.condition
        == .atLeast(.fixed(2), of: [.criterion("a"), .criterion("b"), .criterion("c")]))
    #expect(rule.severity == nil)
    #expect(try Self.encode(CategoryRule.Count.fixed(2)) == "2")
    #expect(try Self.encode(CategoryRule.Count.parameter("p.k")) == #""p.k""#)
  }

  @Test("known values are written by id, a host's own as objects, and both come back with titles")
  func knownAndOwnValues() throws {
    let remote = SchoolCategory(
      id: "remote_schools", title: LocalizedText(ru: "Удалённые", en: "Remote"))
    let watch = Severity(id: "watch", title: LocalizedText(ru: "наблюдение", en: "watch"), rank: 0)
    let own = CategoryRule(
      category: remote, condition: .criterion("x.far"), provenance: Fixtures.provenance,
      rationale: Fixtures.text("t"), severity: watch)
    let json = try Self.encode(own)
    #expect(
      json.hasPrefix(
        #"{"category":{"id":"remote_schools","title":{"en":"Remote","ru":"Удалённые"}},"condition":{"criterion":"x.far"},"#
      ))
    #expect(
      json.hasSuffix(
        #""severity":{"id":"watch","rank":0,"title":{"en":"watch","ru":"наблюдение"}}}"#))
    let back = try Self.decode(json)
    #expect(back == own)
    #expect(back.category.title == remote.title)
    #expect(back.severity == watch)

    let known = CategoryRule(
      category: .unfavourableSocialConditions, condition: .not(.criterion("a")),
      provenance: Fixtures.provenance, rationale: Fixtures.text("t"), severity: .risk)
    let text = try Self.encode(known)
    #expect(
      text.hasPrefix(
        #"{"category":"unfavourable_social_conditions","condition":{"not":{"criterion":"a"}},"#))
    #expect(text.hasSuffix(#""severity":"risk"}"#))
    // A known id with another title is the host's relabelling: kept as an object.
    let relabelled = SchoolCategory(id: "low_results", title: Fixtures.text("ШНОР"))
    #expect(
      try Self.encode(relabelled) == #"{"id":"low_results","title":{"en":"ШНОР","ru":"ШНОР"}}"#)
    let decoded = try JSONDecoder().decode(
      SchoolCategory.self, from: Data(try Self.encode(relabelled).utf8))
    #expect(decoded.title == relabelled.title)
  }

  @Test("two operators in one object: invalid value at the second operator")
  func twoOperators() throws {
    let issue = try #require(
      Self.issue(
        Self.rule(#""low_results""#, #"{"all": [{"criterion": "a"}], "any": [{"criterion": "b"}]}"#)
      ))
    #expect(issue.path == ["condition", "any"])
    guard case .invalidValue(let value, _) = issue.kind else {
      Issue.record("expected invalidValue, got \(issue.kind)")
      return
    }
    #expect(value == "all, any")
    #expect(
      issue.description.hasPrefix(
        "condition.any: недопустимое значение «all, any»: в одном условии"))
  }

  @Test("nested issues carry the array positions in their paths")
  func nestedPaths() throws {
    let cases: [(String, [String])] = [
      // An empty any inside the second element of all.
      (#"{"all": [{"criterion": "a"}, {"any": []}]}"#, ["condition", "all", "[1]", "any"]),
      // criterion + not in the not's operand.
      (#"{"not": {"criterion": "a", "not": {"criterion": "b"}}}"#, ["condition", "not", "not"]),
      // at least 0 of 1: always holds.
      (#"{"at_least": 0, "of": [{"criterion": "a"}]}"#, ["condition", "at_least"]),
      // A fraction.
      (
        #"{"at_least": 1.5, "of": [{"criterion": "a"}, {"criterion": "b"}]}"#,
        ["condition", "at_least"]
      ),
      // An empty parameter key.
      (#"{"at_least": "", "of": [{"criterion": "a"}]}"#, ["condition", "at_least"]),
      // at_least without of, of without at_least, of with another operator.
      (#"{"at_least": 1}"#, ["condition", "at_least"]),
      (#"{"of": [{"criterion": "a"}]}"#, ["condition", "of"]),
      (#"{"any": [{"criterion": "a"}], "of": [{"criterion": "b"}]}"#, ["condition", "of"]),
      (#"{"at_least": 1, "of": []}"#, ["condition", "of"]),
      // No operator, an empty criterion id.
      (#"{}"#, ["condition"]),
      (#"{"criterion": ""}"#, ["condition", "criterion"]),
    ]
    for (condition, path) in cases {
      let issue = Self.issue(Self.rule(#""low_results""#, condition))
      #expect(issue?.path == path, "\(condition)")
      if case .invalidValue? = issue?.kind {
      } else {
        Issue.record("\(condition): \(String(describing: issue))")
      }
    }
  }

  @Test(
    "an unknown bare category or severity id is an unknown reference; other types are decoding errors"
  )
  func unknownIDs() throws {
    let category = try #require(Self.issue(Self.rule(#""low_result""#, #"{"criterion": "a"}"#)))
    #expect(category.path == ["category"])
    guard case .unknownReference(let id, let expected) = category.kind else {
      Issue.record("expected unknownReference, got \(category.kind)")
      return
    }
    #expect(id == "low_result")
    #expect(
      expected.ru.contains("low_results, unfavourable_social_conditions, non_objective_results"))
    let severity = try #require(
      Self.issue(Self.rule(#""low_results""#, #"{"criterion": "a"}"#, #", "severity": "severe""#)))
    #expect(severity.path == ["severity"])
    let empty = try #require(
      Self.issue(Self.rule(#"{"id": "", "title": {"ru": "", "en": ""}}"#, #"{"criterion": "a"}"#)))
    #expect(empty.path == ["category", "id"])
    #expect(throws: DecodingError.self) {
      try Self.decode(Self.rule("7", #"{"criterion": "a"}"#))
    }
    #expect(throws: DecodingError.self) {
      try Self.decode(
        Self.rule(#""low_results""#, #"{"at_least": true, "of": [{"criterion": "a"}]}"#))
    }
  }

  @Test("a count above the list never holds but loads, as removing(_:) makes it")
  func countAboveTheList() throws {
    // «at least 2 of a, b» without b is «at least 2 of a»: kept by removing, and by JSON.
    let rule = CategoryRule(
      category: .lowResults,
      condition: try #require(
        CategoryRule.Condition.atLeast(.fixed(2), of: [.criterion("a"), .criterion("b")])
          .removing("b")),
      provenance: Fixtures.provenance, rationale: Fixtures.text("t"))
    #expect(rule.condition == .atLeast(.fixed(2), of: [.criterion("a")]))
    let back = try Self.decode(try Self.encode(rule))
    #expect(back == rule)
    let truth = back.condition.evaluate(
      { _ in .met }, parameters: try ParameterValues(declared: []))
    #expect(truth == .false)
  }
}
