import Foundation
import QualityKitTestSupport
import Testing

@testable import QualityKit

/// The `qualitykit.identification/1` JSON of ``Fixtures/smallMunicipality()`` with the
/// krasnoyarsk-like pack (see ``IdentifierTests`` for the hand-checked outcome): the DESIGN §8
/// keys, the numbers, small-cell suppression and string escaping.
@Suite struct JSONReportTests {
  static func json(minimumGroupSize: Int = 5, language: Language = .russian) throws -> String {
    let report = try Identifier(packs: [Fixtures.krasnoyarskLikePack()]).identify(
      try Fixtures.smallMunicipality(), minimumGroupSize: minimumGroupSize)
    return ReportFormat.json.render(report, language: language)
  }

  static func parse(_ text: String) throws -> [String: Any] {
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    return try #require(object as? [String: Any])
  }

  static func schools(_ root: [String: Any]) throws -> [[String: Any]] {
    try #require(root["schools"] as? [[String: Any]])
  }

  static func findings(_ school: [String: Any]) throws -> [[String: Any]] {
    try #require(school["findings"] as? [[String: Any]])
  }

  @Test("the document parses and has the DESIGN §8 top-level keys")
  func topLevel() throws {
    let root = try Self.parse(try Self.json())
    #expect(root["schema"] as? String == "qualitykit.identification/1")
    #expect(root["year"] as? Int == 2022)
    let packs = try #require(root["packs"] as? [[String: Any]])
    #expect(packs.count == 1)
    #expect(packs.first?["id"] as? String == "mini")
    #expect(packs.first?["version"] as? String == "0.1.0")
    let parameters = try #require(root["parameters"] as? [String: Any])
    #expect(parameters["mini.results_lowest_quarter.share"] as? Double == 0.25)
    #expect(parameters["mini.continuation_below_60.threshold"] as? Double == 60)
    #expect(parameters["mini.low_results.min_supporting"] as? Double == 1)
    #expect(parameters.count == 6)
    #expect((root["issues"] as? [Any])?.isEmpty == true)
  }

  @Test("schools, in id order, with id, name, categories and findings")
  func schools() throws {
    let schools = try Self.schools(try Self.parse(try Self.json()))
    #expect(schools.map { $0["id"] as? String } == ["S1", "S2", "S3", "S4", "S5"])
    #expect(schools[0]["name"] as? String == "МБОУ СОШ №1")
    #expect(
      schools[0]["categories"] as? [String] == ["low_results", "unfavourable_social_conditions"])
    #expect(schools[1]["categories"] as? [String] == ["unfavourable_social_conditions"])
    #expect(schools[4]["categories"] as? [String] == [])
    for school in schools {
      let findings = try Self.findings(school)
      #expect(findings.count == 5)
      for finding in findings {
        for key in [
          "criterion", "status", "value", "threshold", "reference", "years", "explanation",
        ] {
          #expect(finding[key] != nil, "finding key \(key)")
        }
      }
    }
  }

  @Test("status strings are met, not_met and insufficient_data")
  func statusStrings() throws {
    let schools = try Self.schools(try Self.parse(try Self.json()))
    let statuses = try schools.flatMap { try Self.findings($0).map { $0["status"] as? String } }
    #expect(Set(statuses.compactMap { $0 }) == ["met", "not_met", "insufficient_data"])
    #expect(statuses.count == 25)
    // S4's continuation and S5's results are the two insufficient findings
    #expect(statuses.filter { $0 == "insufficient_data" }.count == 2)
  }

  @Test("the numbers of S1's findings, worked out by hand")
  func numbers() throws {
    let s1 = try Self.findings(try Self.schools(try Self.parse(try Self.json()))[0])
    // results: ЕГЭ 40, 60, 70, 80: mean 62.5, squares 506.25 + 6.25 + 56.25 + 306.25 = 875,
    // SD = √(875/4) = 14.790199; z(S1) = −22.5/14.790199 = −1.521278 (k = 1: also the cut-off)
    #expect(s1[0]["criterion"] as? String == "mini.results_lowest_quarter")
    #expect(s1[0]["status"] as? String == "met")
    #expect(s1[0]["value"] as? Double == -1.521278)
    #expect(s1[0]["threshold"] as? Double == -1.521278)
    #expect(s1[0]["reference"] is NSNull)
    #expect(s1[0]["years"] as? [Int] == [2022])
    // continuation 55 < 60
    #expect(s1[1]["value"] as? Double == 55)
    #expect(s1[1]["threshold"] as? Double == 60)
    // olympiad: the only year present is 2022
    #expect(s1[2]["status"] as? String == "not_met")
    #expect(s1[2]["value"] as? Double == 1)
    #expect(s1[2]["years"] as? [Int] == [2022])
    // quality gap: mean (50 + 70 + 75 + 65 + 80)/5 = 68, gap 68 − 50 = 18
    #expect(s1[3]["value"] as? Double == 18)
    #expect(s1[3]["threshold"] as? Double == 10)
    #expect(s1[3]["reference"] as? Double == 68)
    // textbooks 10, 30, 50, 70, 90: mean 50, SD √(4000/5) = √800 = 28.284271;
    // z(S1) = −40/28.284271 = −1.414214; k = 2, cut-off z(S2) = −20/28.284271 = −0.707107
    #expect(s1[4]["value"] as? Double == -1.414214)
    #expect(s1[4]["threshold"] as? Double == -0.707107)
  }

  @Test("an insufficient finding has null numbers and lists the missing cells")
  func insufficientFinding() throws {
    let s5 = try Self.findings(try Self.schools(try Self.parse(try Self.json()))[4])
    #expect(s5[0]["status"] as? String == "insufficient_data")
    #expect(s5[0]["value"] is NSNull)
    #expect(s5[0]["threshold"] is NSNull)
    #expect(s5[0]["years"] as? [Int] == [2022])
    let missing = try #require(s5[0]["missing"] as? [[String: Any]])
    #expect(missing.count == 1)
    #expect(missing.first?["metric"] as? String == "ege.russian.mean_score")
    #expect(missing.first?["year"] as? Int == 2022)
    #expect(missing.first?["source"] as? String == "school")
    let explanation = try #require(s5[0]["explanation"] as? String)
    #expect(explanation.contains("ege.russian.mean_score (2021/2022)"))
  }

  @Test("small cells: enrolment 3 writes null values and \"suppressed\": true")
  func suppression() throws {
    let text = try Self.json()
    let schools = try Self.schools(try Self.parse(text))
    let s3 = try Self.findings(schools[2])
    for finding in s3 {
      #expect(finding["value"] is NSNull)
      #expect(finding["threshold"] is NSNull)
      #expect(finding["reference"] is NSNull)
      #expect(finding["suppressed"] as? Bool == true)
      #expect(
        finding["explanation"] as? String
          == "Значения не выводятся: в 2021/2022 в школе менее 5 обучающихся.")
    }
    // S3's status is still reported (not_met for results: 70 is not the lowest)
    #expect(s3[0]["status"] as? String == "not_met")
    // S1 (300 students) is not suppressed
    let s1 = try Self.findings(schools[0])
    #expect(s1[0]["suppressed"] == nil)
    // and S3's values appear nowhere in its line: ЕГЭ 70 → z = 7.5/14.790199 = 0.507093
    let line = try #require(text.split(separator: "\n").first { $0.contains("\"S3\"") })
    #expect(!line.contains("0.507093"))
  }

  @Test("strings escape quotes, backslashes and line breaks")
  func escaping() throws {
    let text = try Self.json()
    // the name of S2 is: Школа "Ромашка" \ №2 <newline> корпус 2
    #expect(text.contains(#""name": "Школа \"Ромашка\" \\ №2\nкорпус 2""#))
    let schools = try Self.schools(try Self.parse(text))
    #expect(schools[1]["name"] as? String == Fixtures.trickyName)
  }

  @Test("JSONText.string escapes every control character")
  func controlCharacters() {
    #expect(JSONText.string("a\tb") == #""a\tb""#)
    #expect(JSONText.string("a\rb") == #""a\rb""#)
    #expect(JSONText.string("\u{01}") == #""\u0001""#)
    #expect(JSONText.string("\u{1F}") == #""\u001f""#)
    #expect(JSONText.string("«ШНОР»") == "\"«ШНОР»\"")
  }

  @Test("JSONText.number: at most six decimals, null for missing and non-finite values")
  func numbersText() {
    #expect(JSONText.number(nil) == "null")
    #expect(JSONText.number(.nan) == "null")
    #expect(JSONText.number(.infinity) == "null")
    #expect(JSONText.number(0.25) == "0.25")
    #expect(JSONText.number(-0.0) == "0")
    #expect(JSONText.number(1.0 / 3.0) == "0.333333")
  }

  @Test("the language key follows the report's language; explanations are translated")
  func language() throws {
    let root = try Self.parse(try Self.json(language: .english))
    #expect(root["language"] as? String == "en")
    let s1 = try Self.findings(try Self.schools(root)[0])
    // continuation, English: "…: 55, below 60."
    #expect((s1[1]["explanation"] as? String)?.hasSuffix(": 55, below 60.") == true)
    let russian = try Self.parse(try Self.json())
    #expect(russian["language"] as? String == "ru")
  }
}
