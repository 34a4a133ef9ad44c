import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// ``ParameterKey``: a parameter's key is typed, reads and writes as a plain JSON string (and as a
/// member name where a pack file keys values by parameter), and prints as its text, so the messages
/// naming it read as before.
@Suite struct ParameterKeyTests {
  static let window = Fixtures.parameter("p.gap.window", 3, unit: .years, range: 1...10)

  @Test("a literal, a wrapped string and a decoded key are the same key")
  func literalWrappedAndDecodedAreEqual() throws {
    let literal: ParameterKey = "p.gap.window"
    let decoded = try JSONDecoder().decode(ParameterKey.self, from: Data(#""p.gap.window""#.utf8))
    #expect(literal == decoded)
    #expect(ParameterKey("p.gap.window") == literal)
    #expect(Self.window.key == literal)
    #expect("\(literal)" == "p.gap.window")
    #expect(
      String(decoding: try JSONEncoder().encode(literal), as: UTF8.self) == #""p.gap.window""#)
  }

  @Test("a parameter read from JSON has its key; the values are found by it")
  func parameterDecodesItsKey() throws {
    let json = #"""
      {"key": "p.gap.window", "default_value": 3, "unit": "years", "range": {"min": 1, "max": 10},
       "kind": "stated", "rationale": {"ru": "п", "en": "p"}}
      """#
    let parameter = try PackJSON.decoder().decode(PackParameter.self, from: Data(json.utf8))
    #expect(parameter.key == "p.gap.window")
    let values = try ParameterValues(declared: [parameter], overrides: ["p.gap.window": 5])
    #expect(values.value(forKey: "p.gap.window") == 5)
    #expect(values.sorted.map(\.key) == [ParameterKey("p.gap.window")])
  }

  @Test("a count read from a parameter decodes to its key and writes back as a string")
  func countParameterRoundTrips() throws {
    let count = try JSONDecoder().decode(CategoryRule.Count.self, from: Data(#""p.min""#.utf8))
    #expect(count == .parameter("p.min"))
    #expect(count.parameterKey == "p.min")
    #expect(String(decoding: try JSONEncoder().encode(count), as: UTF8.self) == #""p.min""#)
  }

  @Test("an example's parameters are written as a JSON object keyed by the parameters' keys")
  func exampleParametersAreAnObject() throws {
    let json = #"""
      {"note": "n", "year": 2022, "schools": {"A": {}}, "parameters": {"p.gap.window": 2},
       "expected": {"A": "not_met"}}
      """#
    let example = try JSONDecoder().decode(
      CriterionDescription.Example.self, from: Data(json.utf8))
    #expect(example.parameters == ["p.gap.window": 2])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let written = String(decoding: try encoder.encode(example), as: UTF8.self)
    #expect(written.contains(#""parameters":{"p.gap.window":2}"#), "\(written)")
  }

  @Test("an unknown key names the nearest declared keys, as before")
  func unknownKeyNamesTheNearest() {
    let error = ParameterError(
      kind: .unknownKey(known: ["p.gap.window", "p.share"]), key: "p.gap.windw")
    #expect(
      error.description == "неизвестный параметр «p.gap.windw» (есть «p.gap.window» — опечатка?)")
    #expect(
      error.message(in: .english)
        == "unknown parameter 'p.gap.windw' ('p.gap.window' is there — a typo?)")
    #expect(throws: error) {
      try ParameterValues(
        declared: [
          Self.window, Fixtures.parameter("p.share", 0.25, unit: .share, range: 0.01...1),
        ],
        overrides: ["p.gap.windw": 2])
    }
  }

  @Test("a rule counting with an undeclared parameter: the pack names the key and the category")
  func unknownParameterInRule() {
    let pack = RulePack(
      id: "p", version: "1.0.0", title: Fixtures.text("p"), region: Fixtures.text("r"),
      sources: [],
      criteria: [Fixtures.threshold("p.a", metric: .egeRussianMeanScore, .lessThan, 50)],
      categoryRules: [
        CategoryRule(
          category: .lowResults, condition: .atLeast(.parameter("p.min"), of: [.criterion("p.a")]),
          provenance: Fixtures.provenance, rationale: Fixtures.text("r"))
      ])
    #expect(
      throws: PackError(kind: .unknownParameterInRule("p.min", category: "low_results"), pack: "p")
    ) { try pack.validate() }
  }
}
