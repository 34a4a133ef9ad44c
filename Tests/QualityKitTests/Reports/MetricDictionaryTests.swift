import Foundation
import Testing

@testable import QualityKit

/// ``MetricDictionary``: one metric's entry in every format, written out by hand from the
/// metric dictionary's row for it (key, title, unit, range, direction), and `Guides/Metrics.md`
/// kept equal to the Markdown rendering.
@Suite struct MetricDictionaryTests {
  static let russian = Language.russian
  static let english = Language.english

  /// The cells of the text table's line for `key`: the columns are padded with at least two
  /// spaces, and no cell holds two spaces in a row.
  static func cells(of key: String, in text: String) -> [String]? {
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(key + " ") }) else {
      return nil
    }
    return line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
  }

  @Test("text: one line per metric with both titles, unit, range and direction")
  func text() {
    let text = MetricDictionary().render(.text, language: Self.russian)
    // 23 result metrics + 2 context + 21 social + 5 staff + 1 resources in the dictionary.
    #expect(text.hasPrefix("Словарь показателей: 52\n"))
    #expect(
      Self.cells(of: "ege.russian.mean_score", in: text) == [
        "ege.russian.mean_score", "средний балл ЕГЭ по русскому языку", "ЕГЭ Russian mean score",
        "баллы", "0…100", "не задано",
      ])
    #expect(
      Self.cells(of: "context.enrollment", in: text) == [
        "context.enrollment", "число обучающихся", "number of students", "количество",
        "-1000000000…1000000000; ожидается 0…100000", "+",
      ])
    let english = MetricDictionary().render(.text, language: Self.english)
    #expect(english.hasPrefix("Metric dictionary: 52\n"))
    #expect(
      Self.cells(of: "social.weak_russian_percent", in: english) == [
        "social.weak_russian_percent", "students with weak Russian",
        "обучающиеся со слабым знанием русского языка", "percent", "0…100", "−",
      ])
  }

  @Test("Markdown: a table row per metric")
  func markdown() {
    let text = MetricDictionary().render(.markdown, language: Self.russian)
    #expect(text.hasPrefix("# Словарь показателей: 52\n\n"))
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
    let text = MetricDictionary().render(.json, language: Self.english)
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

  @Test("CSV: BOM, ';', CRLF, decimal comma; a minus direction made inert; ',' in English")
  func csv() {
    let text = MetricDictionary().render(.csv, language: Self.russian)
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
    let english = MetricDictionary().render(.csv, language: Self.english)
    #expect(english.hasPrefix("\u{FEFF}key,title,title_ru,unit,min,max,"))
    #expect(english.contains("\r\nege.math_base.mean_mark,ЕГЭ base mathematics mean mark,"))
  }

  @Test("a host's registered metric is listed with the standard ones, in key order")
  func hostMetric() throws {
    let catalog = try MetricCatalog.standard.registering(
      MetricCatalog.Definition(
        key: "attendance.percent", unit: .percent, range: 0...100,
        title: LocalizedText(ru: "посещаемость", en: "attendance")))
    let text = MetricDictionary(catalog).render(.markdown, language: .russian)
    #expect(
      text.contains("| `attendance.percent` | посещаемость | attendance | проценты | 0…100 |"))
    let attendance = try #require(text.range(of: "`attendance.percent`"))
    let context = try #require(text.range(of: "`context.enrollment`"))
    let additional = try #require(text.range(of: "`additional_education.coverage_percent`"))
    #expect(additional.lowerBound < attendance.lowerBound)
    #expect(attendance.lowerBound < context.lowerBound)
    #expect(
      MetricDictionary(MetricCatalog(definitions: [])).render(.json, language: .russian).contains(
        "[]"))
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
      String(page[note.upperBound...])
        == MetricDictionary().render(.markdown, language: Self.russian),
      "regenerate: swift run identify-schools --metrics --format markdown > Guides/Metrics.md")
  }
}
