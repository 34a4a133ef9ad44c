import Foundation
import QualityKitTestSupport
import Testing

@testable import QualityKit

/// The writers of ``PartnerMatching``: text, Markdown, CSV and JSON, standalone and as a section.
@Suite struct PartnerReportTests {
  typealias F = PartnerFixture

  /// A (ШНОР, ЕГЭ 40, ses 10) and B (ЕГЭ 80, ses 30); quantile 0.6. By hand: strengths −1 and 1
  /// (mean 60, SD 20), threshold −1 + 0.6 · 2 = 0.2, social z −1 and 1, difference 2.
  func onePair() throws -> PartnerMatching {
    try F.match(
      [F.low("A", ege: 40, ses: 10), F.fine("B", ege: 80, ses: 30)], F.options(quantile: 0.6))
  }

  /// Capacity 1: A1 (ЕГЭ 40) and A2 (ЕГЭ 45) in ШНОР, B (80) strong, W (20) not. ЕГЭ 20, 40,
  /// 45, 80: median 42.5; A1 is served first (lower strength) and takes B; A2 is left without.
  func withUnmatched() throws -> PartnerMatching {
    try F.match(
      [
        F.low("A1", ege: 40), F.low("A2", ege: 45), F.fine("B", ege: 80), F.fine("W", ege: 20),
      ], F.options(capacity: 1, social: false))
  }

  @Test("the Russian text report, line by line")
  func russianText() throws {
    let expected =
      """
      Школы-партнёры: 2021/2022 учебный год
      \(String(repeating: "=", count: 37))
      Пар: 1; без партнёра: 0; сильных школ: 1 из 2 (каждая принимает не более 2).
      Сила — среднее z-оценок по всем школам за год: средний балл ЕГЭ по русскому языку; \
      сильная школа — не выявлена, все категории определены, не менее 5 обучающихся, сила не \
      ниже квантиля 0,6 всех школ: 0,2.
      Социальный индекс: индекс среды — среди партнёров своего муниципалитета \
      выбирается ближайший по нему.
      Не могут быть партнёрами: выявлены — 1.

      Пары
      ----
      • 1. A [A], М → B [B], М
        – ШНОР — школы с низкими результатами обучения
        – Тот же муниципалитет (М). Индекс среды: у школы -1, у партнёра 1, разница 2 — \
      наименьшая среди сильных школ муниципалитета со свободными местами. Сила результатов: у \
      партнёра 1, у школы -1 (порог сильной школы 0,2).

      Нагрузка сильных школ
      ---------------------
      школа  муниципалитет  сила  принято  школы
      B [B]  М              1     1 / 2    A

      """
    let text = ReportFormat.text.render(try onePair())
    #expect(text == expected)
  }

  @Test("the unmatched section, the English text and Markdown")
  func otherForms() throws {
    let matching = try withUnmatched()
    let russian = ReportFormat.text.render(matching)
    #expect(
      russian.contains(
        """
        Без партнёра
        ------------
        • 2. A2 [A2], М
          – ШНОР — школы с низкими результатами обучения
          – Партнёр не назначен: все сильные школы (1) уже заняты — каждая принимает не более 1, \
        а школы с большей потребностью распределены раньше.

        """))
    #expect(russian.contains("Социальный индекс не задан"))
    let english = ReportFormat.text.render(matching, language: .english)
    #expect(english.hasPrefix("Partner schools: 2021/2022 academic year\n"))
    #expect(english.contains("Without a partner\n-----------------\n• 2. A2 [A2], М\n"))
    #expect(
      english.contains("Cannot be partners: identified — 2, strength below the threshold — 1."))
    let markdown = ReportFormat.markdown.render(matching)
    #expect(markdown.hasPrefix("# Школы-партнёры: 2021/2022 учебный год\n\n"))
    #expect(markdown.contains("\n## Пары\n\n- 1. A1 [A1], М → B [B], М\n  - ШНОР"))
    // B: 33.75 / 21.614521 ≈ 1.56.
    #expect(markdown.contains("| B [B] | М | 1,56 | 1 / 1 | A1 |"))
    #expect(!markdown.contains("\n\n\n"))
  }

  @Test("as a section of another document: headings one level down")
  func section() throws {
    var text = "Дорожная карта\n==============\n\n"
    let section = PartnerDocument(language: .russian).document(try onePair(), level: 2)
    text += TextRenderer().render(section)
    #expect(
      text.hasPrefix(
        "Дорожная карта\n==============\n\nШколы-партнёры: 2021/2022 учебный год\n"
          + String(repeating: "-", count: 37) + "\n"))
    let markdown = MarkdownRenderer().render(section)
    #expect(markdown.hasPrefix("## Школы-партнёры"))
    #expect(markdown.contains("\n### Пары\n"))
    #expect(markdown.contains("\n### Нагрузка сильных школ\n"))
  }

  @Test("nothing to pair: the sections say so")
  func empty() throws {
    let matching = try F.match([F.fine("B", ege: 80), F.fine("C", ege: 70)])
    let text = ReportFormat.text.render(matching)
    #expect(text.contains("Пары\n----\nПар нет.\n\n"))
    #expect(!text.contains("Без партнёра"))
    #expect(text.contains("B [B]  М              1 "))  // ЕГЭ 70, 80: z −1, 1; median 0
    let none = try F.match([F.low("A", ege: 80), F.fine("W", ege: 20)])
    #expect(ReportFormat.text.render(none).hasSuffix("Сильных школ нет.\n"))
  }

  @Test("CSV for Russian Excel: BOM, semicolons, decimal comma, CRLF, one row per school")
  func csv() throws {
    let csv = ReportFormat.csv.render(try withUnmatched())
    #expect(csv.hasPrefix("\u{FEFF}очередь;school_id;школа;"))
    let lines = csv.dropFirst().components(separatedBy: "\r\n")
    #expect(lines.count == 4)  // header, two rows, the empty string after the last CRLF
    #expect(lines.last == "")
    // A1: ЕГЭ 40 in 20, 40, 45, 80 (mean 46.25, SD √467.1875 ≈ 21.614521): z = −6.25 / 21.614521
    // ≈ −0.289157.
    let first = lines[1].components(separatedBy: ";")
    #expect(first[0] == "1")
    #expect(first[1] == "A1")
    // Categories by title (a list cell, always quoted), their ids in a column of their own.
    #expect(first[4] == "\"ШНОР — школы с низкими результатами обучения\"")
    #expect(first[5] == "\"low_results\"")
    #expect(first[7] == "-0,289157")
    #expect(first[8] == "")  // no social index configured
    #expect(first[9] == "партнёр в своём муниципалитете")
    #expect(first[10] == "same_municipality")
    #expect(first[11] == "B")
    let second = lines[2].components(separatedBy: ";")
    #expect(second[9] == "у сильных школ нет свободных мест")
    #expect(second[10] == "no_free_capacity")
    #expect(second[11...17].allSatisfy { $0.isEmpty })
    let english = ReportFormat.csv.render(try withUnmatched(), language: .english)
    #expect(
      english.hasPrefix(
        "\u{FEFF}priority,school_id,school,municipality,categories,category_id,severity,strength,"))
    // A decimal point and commas between cells in English.
    #expect(english.contains(",-0.289157,"))
  }

  @Test("small-cell suppression: empty CSV cells and JSON nulls for a school under 5 students")
  func suppression() throws {
    var a = F.low("A", ege: 40, ses: 10)
    a.enrollment = 3
    let matching = try F.match([a, F.fine("B", ege: 80, ses: 30)])
    let row = ReportFormat.csv.render(matching).components(separatedBy: "\r\n")[1]
      .components(separatedBy: ";")
    #expect(row[7] == "" && row[8] == "" && row[16] == "")
    #expect(row[14] == "1")  // the partner's strength is shown
    let json = ReportFormat.json.render(matching)
    #expect(
      json.contains(
        "\"school\": {\"id\": \"A\", \"name\": \"A\", \"municipality\": \"М\", \"strength\": null, "
          + "\"social_index\": null, \"suppressed\": true"))
    #expect(json.contains("\"social_difference\": null"))
    #expect(!json.contains("-1"))  // neither A's strength nor its index leaks
  }

  @Test("JSON: the schema, keys in a fixed order, valid standalone and embedded")
  func json() throws {
    let matching = try withUnmatched()
    let json = ReportFormat.json.render(matching)
    #expect(
      json.hasPrefix("{\n  \"schema\": \"qualitykit.partners/1\",\n  \"language\": \"ru\",\n"))
    let keys = [
      "\"schema\"", "\"language\"", "\"year\"", "\"capacity\"", "\"strength\"",
      "\"social_index\"", "\"minimum_group_size\"", "\"candidates\"", "\"pairs\"",
      "\"unmatched\"", "\"loads\"",
    ]
    let positions = keys.compactMap { json.range(of: "\n  \($0): ")?.lowerBound }
    #expect(positions.count == keys.count)
    #expect(positions == positions.sorted())
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["year"] as? Int == 2022)
    #expect(object["capacity"] as? Int == 1)
    #expect(object["social_index"] is NSNull)
    let pairs = try #require(object["pairs"] as? [[String: Any]])
    #expect(pairs.count == 1)
    #expect(pairs.first?["choice"] as? String == "same_municipality")
    let unmatched = try #require(object["unmatched"] as? [[String: Any]])
    #expect(unmatched.first?["reason"] as? String == "no_free_capacity")
    let loads = try #require(object["loads"] as? [[String: Any]])
    #expect(loads.first?["schools"] as? [String] == ["A1"])

    var embedded = "{\n  \"roadmaps\": [],\n  \"partners\": "
    matching.writeJSONValue(language: .russian, to: &embedded)
    embedded += "\n}\n"
    #expect(embedded.contains("\n    \"schema\": \"qualitykit.partners/1\""))
    #expect(embedded.contains("\n  }\n}\n"))
    let outer = try #require(
      try JSONSerialization.jsonObject(with: Data(embedded.utf8)) as? [String: Any])
    let inner = try #require(outer["partners"] as? [String: Any])
    #expect(inner["schema"] as? String == "qualitykit.partners/1")
  }

  @Test("JSON escapes names and is identical run to run")
  func jsonEscaping() throws {
    var builder = try Dataset.Builder(schools: [
      School(id: "A", name: Fixtures.trickyName, municipality: "М"),
      School(id: "B", name: "Гимназия «Б»", municipality: "М"),
    ])
    for (id, ege, satisfaction) in [("A", 40.0, 35.0), ("B", 80, 50)] {
      try builder.set(ege, school: SchoolID(id), year: 2022, metric: .egeRussianMeanScore)
      try builder.set(satisfaction, school: SchoolID(id), year: 2022, metric: .satisfactionPercent)
      try builder.set(
        50, school: SchoolID(id), year: 2022, metric: .additionalEducationCoveragePercent)
    }
    let data = builder.build()
    let report = try Identifier(packs: [F.pack]).identify(data)
    let matcher = try PartnerMatcher(options: F.options(social: false))
    let json = ReportFormat.json.render(try matcher.match(report, dataset: data))
    #expect(json.contains(#""name": "Школа \"Ромашка\" \\ №2\nкорпус 2""#))
    #expect(try JSONSerialization.jsonObject(with: Data(json.utf8)) is [String: Any])
    #expect(ReportFormat.json.render(try matcher.match(report, dataset: data)) == json)
  }
}
