import Foundation
import Testing

@testable import QualityKit

/// ``MetricDictionaryReport``: one metric's entry in every format, written out by hand from the
/// metric dictionary's row for it (key, title, unit, range, direction), and `Guides/Metrics.md`
/// kept equal to the Markdown rendering.
@Suite struct MetricDictionaryReportTests {
  static let russian = MetricDictionaryReport(language: .russian)
  static let english = MetricDictionaryReport(language: .english)

  @Test("text: one block per metric, both titles, unit, range and direction")
  func text() {
    let text = Self.russian.render(.standard, format: .text)
    // 23 result metrics + 2 context + 21 social + 5 staff + 1 resources in the dictionary.
    #expect(text.hasPrefix("Словарь показателей: 52\n"))
    #expect(
      text.contains(
        "• ege.russian.mean_score — средний балл ЕГЭ по русскому языку\n"
          + "  en: ЕГЭ Russian mean score\n"
          + "  единица: баллы; диапазон: 0…100; направление: не задано\n"))
    #expect(
      text.contains(
        "• context.enrollment — число обучающихся\n  en: number of students\n"
          + "  единица: количество; диапазон: -1000000000…1000000000; ожидается 0…100000; "
          + "направление: +\n"))
    let english = Self.english.render(.standard, format: .text)
    #expect(english.hasPrefix("Metric dictionary: 52\n"))
    #expect(
      english.contains(
        "• social.weak_russian_percent — students with weak Russian\n"
          + "  ru: обучающиеся со слабым знанием русского языка\n"
          + "  unit: percent; range: 0…100; direction: −\n"))
  }

  @Test("Markdown: a table row per metric")
  func markdown() {
    let text = Self.russian.render(.standard, format: .markdown)
    #expect(text.hasPrefix("# Словарь показателей\n\n"))
    #expect(
      text.contains(
        "| `staff.load_over_1_5_percent` | учителя, работающие на 1,5 ставки и более | "
          + "teachers working 1.5 rates or more | проценты | 0…100 | − |\n"))
    #expect(
      text.contains(
        "| `vpr.math.mean_mark` | средняя отметка ВПР по математике | ВПР mathematics mean mark | "
          + "отметка | 2…5 | не задано |\n"))
  }

  @Test("JSON: qualitykit.metrics/1 with snake_case keys")
  func json() throws {
    let text = Self.english.render(.standard, format: .json)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(root["schema"] as? String == "qualitykit.metrics/1")
    let metrics = try #require(root["metrics"] as? [[String: Any]])
    #expect(metrics.count == 52)
    let keys = metrics.compactMap { $0["key"] as? String }
    #expect(keys == keys.sorted())
    #expect(
      text.contains(
        "{\"key\": \"context.distance_to_center_km\", \"title\": {\"ru\": \"удалённость от "
          + "образовательных центров, км\", \"en\": \"distance to educational centres, km\"}, "
          + "\"unit\": \"km\", \"min\": -1000000000, \"max\": 1000000000, \"plausible_min\": 0, "
          + "\"plausible_max\": 20000, \"direction\": \"-\"}"))
    let ege = try #require(metrics.first { $0["key"] as? String == "ege.math_base.mean_mark" })
    #expect(ege["unit"] as? String == "mark")
    #expect((ege["min"] as? NSNumber)?.doubleValue == 2)
    #expect((ege["max"] as? NSNumber)?.doubleValue == 5)
    #expect(ege["direction"] is NSNull)
    #expect(ege["plausible_min"] is NSNull)
  }

  @Test("CSV: BOM, ';', CRLF, decimal comma; a minus direction made inert for Excel")
  func csv() {
    let text = Self.russian.render(.standard, format: .csv)
    #expect(
      text.hasPrefix(
        "\u{FEFF}key;название;название_en;единица;минимум;максимум;ожидаемый_минимум;"
          + "ожидаемый_максимум;направление\r\n"))
    #expect(
      text.contains(
        "\r\nsocial.one_parent_higher_ed_percent;один из родителей имеет высшее образование;"
          + "one parent has higher education;percent;0;100;;;'+\r\n"))
    #expect(
      text.contains(
        "\r\nstaff.non_profile_percent;учителя, преподающие предметы не по профилю образования;"
          + "teachers teaching outside their diploma profile;percent;0;100;;;'-\r\n"))
    // 52 rows and the header, each ending in CRLF.
    #expect(text.components(separatedBy: "\r\n").count == 54)
    let english = Self.english.render(.standard, format: .csv)
    #expect(english.hasPrefix("\u{FEFF}key;title;title_ru;unit;min;max;"))
    #expect(english.contains("\r\nege.math_base.mean_mark;ЕГЭ base mathematics mean mark;"))
  }

  @Test("a host's registered metric is listed with the standard ones, in key order")
  func hostMetric() throws {
    let catalog = try MetricCatalog.standard.registering(
      MetricDefinition(
        key: "attendance.percent", unit: .percent, range: 0...100,
        title: LocalizedText(ru: "посещаемость", en: "attendance")))
    let text = Self.russian.render(catalog, format: .markdown)
    #expect(
      text.contains("| `attendance.percent` | посещаемость | attendance | проценты | 0…100 |"))
    let attendance = try #require(text.range(of: "`attendance.percent`"))
    let context = try #require(text.range(of: "`context.enrollment`"))
    let additional = try #require(text.range(of: "`additional_education.coverage_percent`"))
    #expect(additional.lowerBound < attendance.lowerBound)
    #expect(attendance.lowerBound < context.lowerBound)
    #expect(Self.russian.render(MetricCatalog(definitions: []), format: .json).contains("[]"))
  }

  @Test("Guides/Metrics.md is the Markdown rendering of the standard catalogue")
  func guidePage() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let page = try String(
      contentsOf: root.appendingPathComponent("Guides/Metrics.md"), encoding: .utf8)
    // The page opens with a one-paragraph note on how it is generated, then the rendering.
    let note = try #require(page.range(of: "\n\n"))
    #expect(page.hasPrefix("> "))
    #expect(page[..<note.lowerBound].contains("--metrics --format markdown"))
    #expect(
      String(page[note.upperBound...]) == Self.russian.render(.standard, format: .markdown),
      "regenerate: swift run identify-schools --metrics --format markdown > Guides/Metrics.md")
  }
}
