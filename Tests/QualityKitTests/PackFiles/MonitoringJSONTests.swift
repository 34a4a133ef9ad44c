import Foundation
import QualityKit
import Testing

/// The JSON form of monitoring procedures: snake_case keys, the periodicity's own object,
/// optional `responsible` and `notes` left out when absent.
@Suite struct MonitoringJSONTests {
  typealias F = MonitoringFixture

  static let provenance =
    #""provenance": {"source": "000.txt", "section": "Раздел 3", "quote": "4 раза в год", "kind": "stated"}"#

  static func decode(_ json: String) throws -> MonitoringProcedure {
    try JSONDecoder().decode(MonitoringProcedure.self, from: Data(json.utf8))
  }

  static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  @Test("every field of a procedure decodes")
  func decodesEveryField() throws {
    let procedure = try Self.decode(
      #"{"id": "amur.quality", "title": {"ru": "Мониторинг качества", "en": "Quality monitoring"}, "periodicity": {"kind": "deadline", "month": 9, "day": 10}, "responsible": {"ru": "Управление образования", "en": "Education department"}, \#(Self.provenance), "notes": {"ru": "н", "en": "n"}}"#
    )
    #expect(procedure.id == "amur.quality")
    #expect(procedure.title == LocalizedText(ru: "Мониторинг качества", en: "Quality monitoring"))
    #expect(procedure.periodicity == .deadline(month: .september, day: 10))
    #expect(
      procedure.responsible
        == LocalizedText(ru: "Управление образования", en: "Education department"))
    #expect(
      procedure.provenance
        == Provenance(source: "000.txt", section: "Раздел 3", quote: "4 раза в год", kind: .stated))
    #expect(procedure.notes == LocalizedText(ru: "н", en: "n"))
  }

  @Test("absent optionals decode as nil and are not written")
  func optionals() throws {
    let procedure = F.procedure("p.quarterly", .timesPerYear(4), title: "Q")
    let json = try Self.encode(procedure)
    #expect(
      json
        == #"{"id":"p.quarterly","periodicity":{"kind":"times_per_year","times":4},"provenance":{"kind":"stated","quote":"test","section":"test","source":"test"},"title":{"en":"Q","ru":"Q"}}"#
    )
    let back = try Self.decode(json)
    #expect(back == procedure)
    #expect(back.responsible == nil && back.notes == nil)
  }

  @Test("the seed-000 plan round-trips procedure by procedure and as a plan")
  func roundTrips() throws {
    for procedure in F.seed000Procedures {
      #expect(try Self.decode(Self.encode(procedure)) == procedure)
    }
    let plan = try MonitoringPlan(F.seed000Procedures)
    let data = try JSONEncoder().encode(plan)
    #expect(try JSONDecoder().decode(MonitoringPlan.self, from: data) == plan)
  }

  @Test("an empty id is an invalid value at id; an impossible periodicity a decoding error")
  func errors() throws {
    do {
      _ = try Self.decode(
        #"{"id": "", "title": {"ru": "", "en": ""}, "periodicity": {"kind": "continuous"}, \#(Self.provenance)}"#
      )
      Issue.record("an empty id decoded")
    } catch let issue as PackFileError.FormatIssue {
      #expect(issue.path == ["id"])
    }
    let list =
      #"[{"id": "a", "title": {"ru": "", "en": ""}, "periodicity": {"kind": "continuous"}, \#(Self.provenance)}, {"id": "", "title": {"ru": "", "en": ""}, "periodicity": {"kind": "continuous"}, \#(Self.provenance)}]"#
    do {
      _ = try JSONDecoder().decode([MonitoringProcedure].self, from: Data(list.utf8))
      Issue.record("an empty id decoded")
    } catch let issue as PackFileError.FormatIssue {
      #expect(issue.path == ["[1]", "id"])
    }
    #expect(throws: DecodingError.self) {
      try Self.decode(
        #"{"id": "a", "title": {"ru": "", "en": ""}, "periodicity": {"kind": "times_per_year", "times": 5}, \#(Self.provenance)}"#
      )
    }
  }
}
