import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// ``PackParameter``'s JSON form: snake_case keys, the range as `{"min", "max"}`, and the values a
/// parameter cannot take.
@Suite struct PackParameterJSONTests {
  static let json = """
    {"key": "p.threshold", "default_value": 60, "unit": "percent", "range": {"min": 0, "max": 100},
     "kind": "stated", "rationale": {"ru": "«Менее 60 %»", "en": "«less than 60%»"}}
    """

  /// `json` with `replacement` in place of `original`.
  static func json(_ original: String, _ replacement: String) -> String {
    json.replacingOccurrences(of: original, with: replacement)
  }

  @Test func decodesEveryField() throws {
    let parameter = try PackJSON.decoder().decode(PackParameter.self, from: Data(Self.json.utf8))
    #expect(parameter.key == "p.threshold")
    #expect(parameter.defaultValue == 60)
    #expect(parameter.unit == .percent)
    #expect(parameter.range == 0...100)
    #expect(parameter.kind == .stated)
    #expect(parameter.rationale == LocalizedText(ru: "«Менее 60 %»", en: "«less than 60%»"))
  }

  @Test func encodesSnakeCaseKeysAndTheRangeAsAnObject() throws {
    let parameter = PackParameter(
      key: "p.share", defaultValue: 0.25, unit: .percentagePoints, range: 0.01...1, kind: .derived,
      rationale: Fixtures.text("r"))
    let text = String(decoding: try PackJSON.encoder().encode(parameter), as: UTF8.self)
    #expect(
      text == #"{"default_value":0.25,"key":"p.share","kind":"derived","#
        + #""range":{"max":1,"min":0.01},"#
        + #""rationale":{"en":"r","ru":"r"},"unit":"percentage_points"}"#)
    #expect(try PackJSON.decoder().decode(PackParameter.self, from: Data(text.utf8)) == parameter)
  }

  @Test func everyDoubleSurvivesExactly() throws {
    // 0.1 + 0.2 is 0.30000000000000004: the shortest round-trip form keeps every bit.
    let parameter = Fixtures.parameter("p", 0.1 + 0.2, range: 0.1...(1.0 / 3))
    let data = try PackJSON.encoder().encode(parameter)
    let decoded = try PackJSON.decoder().decode(PackParameter.self, from: data)
    #expect(decoded.defaultValue == 0.1 + 0.2)
    #expect(decoded.range.upperBound == 1.0 / 3)
  }

  @Test func anInvertedRangeIsRejectedAtRange() throws {
    let issue = try #require(
      PackJSON.issue(
        decoding: Self.json(#""min": 0, "max": 100"#, #""min": 100, "max": 0"#),
        as: PackParameter.self))
    #expect(issue.path == ["range"])
    #expect(
      issue.description
        == "range: недопустимое значение «100…0»: нижняя граница диапазона больше верхней")
  }

  @Test func aDefaultOutsideTheRangeIsRejectedAtDefaultValue() throws {
    let issue = try #require(
      PackJSON.issue(
        decoding: Self.json(#""default_value": 60"#, #""default_value": 120"#),
        as: PackParameter.self))
    #expect(issue.path == ["default_value"])
    #expect(
      issue.message(in: .english) == "invalid value '120': the default is outside the range 0…100")
  }

  @Test func aFractionalCountIsRejectedAtDefaultValue() throws {
    let json = Self.json(#""default_value": 60"#, #""default_value": 2.5"#)
      .replacingOccurrences(of: #""unit": "percent""#, with: #""unit": "count""#)
    let issue = try #require(PackJSON.issue(decoding: json, as: PackParameter.self))
    #expect(issue.path == ["default_value"])
  }

  @Test func aNestedParameterReportsItsWholePath() throws {
    // Inside an index component the issue names the component and the switch's key.
    let json = """
      {"metric": "m", "direction": "+", "enabled_by": \(Self.json(#""max": 100"#, #""max": -1"#))}
      """
    let issue = try #require(PackJSON.issue(decoding: json, as: CompositeIndex.Component.self))
    #expect(issue.path == ["enabled_by", "range"])
  }
}
