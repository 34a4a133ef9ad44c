import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// The pack-file form of support measures: every stored property, snake_case keys, the parts'
/// own forms; the checks of ``DeclaredMeasure/validate()`` as issues with paths; and the
/// agreement with the measure objects of the describe report.
@Suite struct MeasureJSONTests {
  typealias F = MeasureFixture

  static let provenance =
    #""provenance": {"source": "002.txt", "section": "1.1.4", "quote": "«…»", "kind": "stated"}"#

  /// A measure object with `categories` and `condition` (JSON texts).
  static func measure(
    categories: String = #"["methodical_support"]"#, condition: String = #"{"kind": "identified"}"#
  ) -> String {
    #"{"id": "m.x", "title": {"ru": "М", "en": "M"}, "categories": \#(categories), "level": "municipal", "schedule": {"form": "continuous"}, "condition": \#(condition), \#(provenance)}"#
  }

  static func decode(_ json: String) throws -> DeclaredMeasure {
    try JSONDecoder().decode(DeclaredMeasure.self, from: Data(json.utf8))
  }

  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }

  /// The issue `json` gives as a measure; records one when it decodes or fails otherwise.
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

  @Test("every field decodes, the parts in their own forms")
  func decodesEveryField() throws {
    let measure = try Self.decode(
      #"{"id": "m.consultations", "title": {"ru": "Консультации", "en": "Consultations"}, "categories": ["methodical_support", "monitoring"], "level": "school", "responsible": [{"id": "methodical_service", "title": {"ru": "Муниципальная методическая служба", "en": "Municipal methodical service"}}], "schedule": {"form": "months", "from": 9, "to": 11}, "timing_quote": "сентябрь–ноябрь", "expected_result": {"ru": "Помощь", "en": "Help"}, "target": {"ru": "не менее 4-х консультаций", "en": "at least 4 consultations", "value": 4, "unit": "count", "comparison": "at_least"}, "condition": {"kind": "categories", "categories": ["low_results", {"id": "remote", "title": {"ru": "Удалённые", "en": "Remote"}}]}, \#(Self.provenance), "lines": "L10–12"}"#
    )
    #expect(measure.id == "m.consultations")
    #expect(measure.title == LocalizedText(ru: "Консультации", en: "Consultations"))
    #expect(measure.categories == [.methodicalSupport, .monitoring])
    #expect(measure.level == .school)
    #expect(measure.responsible == [.methodicalService])
    #expect(measure.schedule == .months(from: .september, to: .november))
    #expect(measure.timingQuote == "сентябрь–ноябрь")
    #expect(measure.expectedResult == LocalizedText(ru: "Помощь", en: "Help"))
    #expect(measure.target == F.consultations.target)
    let remote = SchoolCategory(id: "remote", title: LocalizedText(ru: "Удалённые", en: "Remote"))
    #expect(measure.condition == .categories([.lowResults, remote]))
    #expect(
      measure.condition.summary.ru
        == "школы категорий: \(SchoolCategory.lowResults.title.ru); Удалённые")
    #expect(
      measure.provenance
        == Provenance(source: "002.txt", section: "1.1.4", quote: "«…»", kind: .stated))
    #expect(measure.lines == "L10–12")
  }

  @Test("absent optionals and no responsible decode as nil and empty; optionals are not written")
  func optionals() throws {
    let measure = try Self.decode(Self.measure())
    #expect(measure.responsible.isEmpty)
    #expect(measure.timingQuote == nil && measure.expectedResult == nil)
    #expect(measure.target == nil && measure.lines == nil)
    #expect(measure.schedule == .continuous())
    #expect(measure.condition == .identified)
    let json = String(decoding: try Self.encoder().encode(measure), as: UTF8.self)
    #expect(
      json
        == #"{"categories":["methodical_support"],"condition":{"kind":"identified"},"id":"m.x","level":"municipal","provenance":{"kind":"stated","quote":"«…»","section":"1.1.4","source":"002.txt"},"responsible":[],"schedule":{"form":"continuous"},"title":{"en":"M","ru":"М"}}"#
    )
  }

  @Test("the fixture measures round-trip equal, and encode to the same bytes again")
  func roundTrips() throws {
    for measure in F.measures {
      let first = try Self.encoder().encode(measure)
      let back = try JSONDecoder().decode(DeclaredMeasure.self, from: first)
      #expect(back == measure, "\(measure.id)")
      #expect(try Self.encoder().encode(back) == first)
    }
    // A host's category in a condition keeps its title.
    let remote = SchoolCategory(id: "remote", title: LocalizedText(ru: "Удалённые", en: "Remote"))
    let condition = MeasureDescription.Condition.categories([remote, .nonObjectiveResults])
    let data = try Self.encoder().encode(condition)
    #expect(
      String(decoding: data, as: UTF8.self)
        == #"{"categories":[{"id":"remote","title":{"en":"Remote","ru":"Удалённые"}},"non_objective_results"],"kind":"categories"}"#
    )
    let back = try JSONDecoder().decode(MeasureDescription.Condition.self, from: data)
    #expect(back.summary == condition.summary)
  }

  @Test("what validate() refuses is an invalid value at its key")
  func invalidValues() throws {
    let cases: [(String, [String])] = [
      (Self.measure(categories: "[]"), ["categories"]),
      (Self.measure(categories: #"["monitoring", "information", "monitoring"]"#), ["categories"]),
      (
        Self.measure(condition: #"{"kind": "criteria", "criteria": []}"#),
        ["condition", "criteria"]
      ),
      (
        Self.measure(condition: #"{"kind": "categories", "categories": []}"#),
        ["condition", "categories"]
      ),
      (Self.measure().replacingOccurrences(of: #""id": "m.x""#, with: #""id": """#), ["id"]),
    ]
    for (json, path) in cases {
      let issue = Self.issue(json)
      #expect(issue?.path == path, "\(json)")
      if case .invalidValue? = issue?.kind {
      } else {
        Issue.record("\(path): \(String(describing: issue))")
      }
    }
    let repeated = Self.issue(Self.measure(categories: #"["monitoring", "monitoring"]"#))
    #expect(
      repeated?.kind
        == .invalidValue(
          "monitoring",
          reason: LocalizedText(
            ru: "категория monitoring указана дважды", en: "category monitoring is listed twice")))
  }

  @Test("an unknown bare category in a condition is an unknown reference at its position")
  func unknownCategory() throws {
    let issue = try #require(
      Self.issue(
        Self.measure(
          condition: #"{"kind": "categories", "categories": ["low_results", "low_result"]}"#)))
    #expect(issue.path == ["condition", "categories", "[1]"])
    if case .unknownReference(let id, _) = issue.kind {
      #expect(id == "low_result")
    } else {
      Issue.record("expected unknownReference, got \(issue.kind)")
    }
  }

  /// The describe report writes the fixture measures in this form, plus a schedule `summary` and
  /// `null` for absent optionals.
  @Test("the describe report's measure objects are this form with the report's additions")
  func describeReportAgrees() throws {
    var text = ""
    ReportFormat.json.write(PackDescription(packs: [F.pack()]), to: &text)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let pack = try #require((root["packs"] as? [[String: Any]])?.first)
    let described = try #require(pack["measures"] as? [[String: Any]])
    #expect(described.count == F.measures.count)
    for (measure, object) in zip(F.measures, described) {
      var report = object.filter { !($0.value is NSNull) }
      var schedule = try #require(report["schedule"] as? [String: Any])
      #expect(schedule.removeValue(forKey: "summary") != nil)
      report["schedule"] = schedule
      let encoded = try JSONSerialization.jsonObject(with: try Self.encoder().encode(measure))
      #expect(try Self.canonical(report) == Self.canonical(encoded), "\(measure.id)")
    }
  }

  /// A parsed JSON value's text with sorted keys.
  static func canonical(_ object: Any) throws -> String {
    String(
      decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
      as: UTF8.self)
  }
}
