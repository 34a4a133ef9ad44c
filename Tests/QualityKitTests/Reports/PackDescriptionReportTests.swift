import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// ``PackDescription`` (`--describe`): a pack's support measures in JSON and in text.
@Suite struct PackDescriptionReportTests {
  typealias F = MeasureFixture

  func describe(_ packs: [RulePack], _ format: ReportFormat, _ language: Language = .russian)
    -> String
  {
    var text = ""
    format.write(PackDescription(packs: packs), language: language, to: &text)
    return text
  }

  @Test("JSON lists every measure with its fields and provenance")
  func json() throws {
    let text = describe([F.pack()], .json)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let pack = try #require((root["packs"] as? [[String: Any]])?.first)
    let measures = try #require(pack["measures"] as? [[String: Any]])
    #expect(measures.compactMap { $0["id"] as? String } == F.measures.map(\.id.rawValue))
    let plans = try #require(measures.first { $0["id"] as? String == "m.development_plans" })
    #expect(
      plans["title"] as? [String: String] == [
        "ru": F.developmentPlans.title.ru, "en": F.developmentPlans.title.en,
      ])
    #expect(plans["categories"] as? [String] == ["professional_development", "methodical_support"])
    #expect(plans["level"] as? String == "municipal")
    let responsible = try #require(plans["responsible"] as? [[String: Any]])
    #expect(
      responsible.compactMap { $0["id"] as? String } == [
        "education_department", "methodical_service",
      ])
    let schedule = try #require(plans["schedule"] as? [String: Any])
    #expect(schedule["form"] as? String == "once")
    #expect(schedule["from"] as? String == "2020-10-01")
    #expect(schedule["to"] as? String == "2020-11-30")
    #expect((schedule["summary"] as? [String: String])?["ru"] == "однократно: октябрь–ноябрь 2020")
    #expect(plans["timing_quote"] as? String == "Октябрь - ноябрь 2020 года")
    #expect((plans["expected_result"] as? [String: String])?["ru"]?.hasPrefix("Планы") == true)
    #expect(plans["target"] is NSNull)
    let condition = try #require(plans["condition"] as? [String: Any])
    #expect(condition["kind"] as? String == "criteria")
    #expect(condition["criteria"] as? [String] == ["m.staffing_below_40"])
    let provenance = try #require(plans["provenance"] as? [String: Any])
    #expect(provenance["source"] as? String == "003_2156e850bfcb12b0.txt")
    #expect(provenance["kind"] as? String == "stated")
    let consultations = try #require(measures.first { $0["id"] as? String == "m.consultations" })
    #expect((consultations["target"] as? [String: Any])?["unit"] as? String == "count")
  }

  @Test("a pack without measures still writes an empty list")
  func noMeasures() {
    let text = describe([Fixtures.krasnoyarskLikePack()], .json)
    #expect(text.contains("\"measures\": [],\n      \"monitoring\": ["))
  }

  @Test("text lists the measures with schedule, responsible, result, target and source")
  func text() {
    let lines = describe([F.pack()], .text).split(separator: "\n").map(String.init)
    #expect(lines.contains("Меры поддержки"))
    let heading = lines.firstIndex(
      of: "Консультационно-методическое обеспечение реализации программ повышения качества ОО")
    #expect(heading != nil)
    #expect(lines.contains("Код: m.consultations"))
    #expect(lines.contains("Направления: Методическое сопровождение; муниципальный уровень"))
    #expect(lines.contains("Ответственные: Муниципальная методическая служба"))
    #expect(lines.contains("Сроки: в течение года (в документе: «В течение всего периода»)"))
    #expect(lines.contains("Цель: не менее 4-х консультаций"))
    #expect(lines.contains("Для кого: все идентифицированные школы"))
    #expect(
      lines.contains(
        "Цитата: «функционирующих в неблагоприятных социальных условиях и показывающих низкие "
          + "результаты»"))
    #expect(
      lines.contains {
        $0.hasPrefix(
          "Источник: 002_b8ad0e30ae99d723.txt, раздел «Мероприятия Программы, п. 1.1.4»")
      })
    #expect(lines.contains("Основание: установлено документом"))
    let english = describe([F.pack()], .markdown, .english)
    #expect(english.contains("### Support measures"))
    #expect(english.contains("#### Meeting of the municipal working group"))
    #expect(english.contains("- Code: `m.working_group_meeting`"))
    #expect(
      english.contains(
        "- Timing: once a school quarter (the document: «1 раз в четверть ежегодно»)"))
  }
}
