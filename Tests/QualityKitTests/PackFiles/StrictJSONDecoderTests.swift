import Foundation
import Testing

@testable import QualityKit

/// ``StrictJSONDecoder``: every error names the JSON path, line and column; keys nobody asked for
/// are errors; metric keys are checked against the catalogue.
@Suite struct StrictJSONDecoderTests {
  struct Threshold: Codable, Equatable {
    var value: Double
    var unit: String?
  }

  struct Rule: Codable, Equatable {
    var id: String
    var metric: MetricKey
    var years: Int
    var threshold: Threshold
  }

  struct Rules: Codable, Equatable {
    var rules: [Rule]
  }

  static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws(PackFileError) -> T {
    let root: JSONNode
    do {
      root = try JSONParser.parse(Data(text.utf8))
    } catch {
      throw PackFileError(kind: .syntax(error.message), file: "t.json", path: "")
    }
    return try StrictJSONDecoder.decode(
      type, from: root, file: "t.json", catalog: .standard, userInfo: [:])
  }

  static func failure<T: Decodable>(_ type: T.Type, _ text: String) -> PackFileError? {
    do {
      _ = try decode(type, text)
      return nil
    } catch {
      return error
    }
  }

  static let valid = """
    {"rules": [
      {"id": "a", "metric": "oge.math.mean_mark", "years": 3, "threshold": {"value": 3.5}},
      {"id": "b", "metric": "ege.russian.mean_score", "years": 1,
       "threshold": {"value": 40, "unit": "points"}}
    ]}
    """

  @Test("a valid document decodes like JSONDecoder would")
  func valid() throws {
    let strict = try Self.decode(Rules.self, Self.valid)
    let plain = try JSONDecoder().decode(Rules.self, from: Data(Self.valid.utf8))
    #expect(strict == plain)
    #expect(strict.rules[1].threshold == Threshold(value: 40, unit: "points"))
  }

  @Test("a key nobody asked for is an error at its own path and position")
  func unknownKey() throws {
    let text = Self.valid.replacingOccurrences(
      of: #""unit": "points""#, with: #""units": "points""#)
    let error = try #require(Self.failure(Rules.self, text))
    guard case .unknownKey("units") = error.kind else {
      Issue.record("\(error)")
      return
    }
    #expect(error.path == "rules[1].threshold.units")
    // Line 4 is `   "threshold": {"value": 40, "units": "points"}}`: 3 spaces, `"threshold"` at 4–14,
    // `: {` to 17, `"value"` 18–24, `: 40, ` to 30, so the key `"units"` starts at column 31.
    #expect(error.line == 4)
    #expect(error.column == 31)
    #expect(error.description.hasPrefix("t.json:4:31: rules[1].threshold.units: неизвестное поле"))
  }

  @Test("a missing field names the object that lacks it")
  func missingField() throws {
    let text = Self.valid.replacingOccurrences(of: #""years": 3, "#, with: "")
    let error = try #require(Self.failure(Rules.self, text))
    guard case .missingField("years", nil) = error.kind else {
      Issue.record("\(error)")
      return
    }
    #expect(error.path == "rules[0]")
    #expect(error.line == 2)
  }

  @Test("a value of the wrong type names what was expected and what was found")
  func wrongType() throws {
    let text = Self.valid.replacingOccurrences(of: #""value": 3.5"#, with: #""value": "3,5""#)
    let error = try #require(Self.failure(Rules.self, text))
    guard case .wrongType(let expected, let found) = error.kind else {
      Issue.record("\(error)")
      return
    }
    #expect(expected.ru == "число")
    #expect(found.ru == "строка")
    #expect(error.path == "rules[0].threshold.value")
    #expect(error.message(in: .english) == "expected a number, found a string")
  }

  @Test("an integer field refuses a fraction")
  func fraction() throws {
    let text = Self.valid.replacingOccurrences(of: #""years": 3"#, with: #""years": 2.5"#)
    let error = try #require(Self.failure(Rules.self, text))
    #expect(error.path == "rules[0].years")
    #expect(error.message().contains("целое"))
  }

  @Test("an unknown metric key is an error naming the key")
  func unknownMetric() throws {
    let text = Self.valid.replacingOccurrences(of: "oge.math.mean_mark", with: "oge.maths.mean")
    let error = try #require(Self.failure(Rules.self, text))
    guard case .unknownMetric(let key) = error.kind else {
      Issue.record("\(error)")
      return
    }
    #expect(key == "oge.maths.mean")
    #expect(error.path == "rules[0].metric")
  }

  @Test("an error a type throws is placed at its coding path")
  func formatIssue() throws {
    struct Picky: Decodable {
      enum CodingKeys: String, CodingKey { case kind }
      init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        throw PackFileError.FormatIssue(
          .unknownKind(kind, expected: ["a", "b"]),
          codingPath: container.codingPath + [CodingKeys.kind])
      }
    }
    let error = try #require(
      Self.failure([Picky].self, "[{\"kind\": \"a\"},\n {\"kind\": \"zz\"}]"))
    #expect(error.path == "[0].kind")
    // `[{"kind": "a"}`: `[` 1, `{` 2, `"kind"` 3–8, `:` 9, space 10, `"a"` at 11.
    #expect(error.line == 1 && error.column == 11)
    #expect(error.message() == "неизвестный вид блока «a»; допустимы: a, b")
  }

  @Test("a DecodingError from a type's own checks keeps its path")
  func decodingError() throws {
    let text =
      #"{"rules": [{"id": "a", "metric": "oge.math.mean_mark", "years": 1, "threshold": 5}]}"#
    let error = try #require(Self.failure(Rules.self, text))
    #expect(error.path == "rules[0].threshold")
    guard case .wrongType(let expected, _) = error.kind else {
      Issue.record("\(error)")
      return
    }
    #expect(expected.en == "an object")
  }
}
