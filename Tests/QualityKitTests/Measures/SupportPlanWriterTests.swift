import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// The support plan writers on ``MeasureFixture``'s plan for 2020/2021: text (Russian and
/// English), Markdown, CSV for Russian Excel, JSON `qualitykit.support/1`, and extra sections.
@Suite struct SupportPlanWriterTests {
  typealias F = MeasureFixture

  /// A section standing for the partner-matching one.
  struct PartnerSection: SupportPlan.Section {
    let jsonKey = "partners"
    func sectionDocument(language: Language) -> ReportDocument {
      var document = ReportDocument()
      document.heading(2, language == .russian ? "Школы-партнёры" : "Partners")
      document.item("A1 — A4")
      return document
    }
    func writeJSONValue(language: Language, to output: inout some ReportOutputStream) {
      output.write(#"[{"school": "A1", "partner": "A4"}]"#)
    }
    func tables(language: Language) -> [ExportTable] {
      [
        ExportTable(
          id: "pairs", title: LocalizedText(ru: "Пары", en: "Pairs"),
          columns: [.code("school_id"), .code("partner_id"), .init("примечание", "note")]
        ) { row in
          row.code("A1")
          row.code("A4")
          row.text("=extra")
          row.endRow()
        }
      ]
    }
  }

  func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
  }

  @Test("Russian text: the municipal roadmap with dates, roles, results and targets")
  func russianText() throws {
    let text = ReportFormat.text.render(try F.plan())
    let all = lines(text)
    #expect(all.first == "Дорожные карты поддержки школ: 2020/2021 учебный год")
    #expect(
      all.contains(
        "По итогам идентификации за 2019/2020 учебный год — год задан при запуске. "
          + "Пакет правил: m 0.1.0 — pack m."))
    #expect(all.contains("Школ в плане: 5; не определено из-за нехватки данных: 1."))
    #expect(all.contains("Муниципальная дорожная карта"))
    #expect(all.contains("• Заседание муниципальной рабочей группы"))
    #expect(
      all.contains(
        "  – сроки: 01.09.2020–31.10.2020; 01.11.2020–31.12.2020; 09.01.2021–31.03.2021; "
          + "01.04.2021–31.05.2021 (1 раз в четверть)"))
    #expect(all.contains("  – в документе: «1 раз в четверть ежегодно»"))
    #expect(all.contains("  – ответственные: Муниципальный координатор"))
    #expect(all.contains("  – ожидаемый результат: Анализ эффективности принятых мер"))
    #expect(all.contains("  – целевое значение: не менее 4-х консультаций"))
    #expect(all.contains("  – школ: 5 (A1, A2, A3, A6, A7)"))
    #expect(all.contains("  – нет данных по школам: A5"))
    #expect(all.contains("  – сроки: по графику"))
    #expect(all.contains("Не приходятся на этот учебный год:"))
    #expect(
      all.contains(
        "  – сроки: в этом учебном году нет (в течение года; январь 2022 – декабрь 2024)"))
    #expect(all.contains("Нет данных — могут потребоваться, если данные подтвердят:"))
    #expect(all.contains("Школа A5 [A5], М"))
    #expect(
      all.contains(
        "Не определено из-за нехватки данных: ШНОР — школы с низкими результатами обучения"))
    // schools in the plan, identified first, then the undetermined
    let a7 = try #require(all.firstIndex(of: "Школа A7 [A7], М"))
    let a5 = try #require(all.firstIndex(of: "Школа A5 [A5], М"))
    #expect(a7 < a5)
  }

  @Test("the text report of the guide's example (Guides/SupportPlanner.md) starts as shown there")
  func guideExcerpt() throws {
    let text = ReportFormat.text.render(try F.plan())
    let expected = """
      Дорожные карты поддержки школ: 2020/2021 учебный год
      ====================================================
      По итогам идентификации за 2019/2020 учебный год — год задан при запуске. Пакет правил: m 0.1.0 — pack m.
      Школ в плане: 5; не определено из-за нехватки данных: 1.

      Муниципальная дорожная карта
      ----------------------------
      • Заседание муниципальной рабочей группы
        – сроки: 01.09.2020–31.10.2020; 01.11.2020–31.12.2020; 09.01.2021–31.03.2021; \
      01.04.2021–31.05.2021 (1 раз в четверть)
        – в документе: «1 раз в четверть ежегодно»
        – направления: Нормативно-организационное обеспечение; Мониторинг и диагностика; \
      муниципальный уровень
        – ответственные: Муниципальный координатор
        – ожидаемый результат: Анализ эффективности принятых мер
        – основание: программа в целом

      """
    #expect(text.hasPrefix(expected))
  }

  @Test("small-cell suppression: A3's explanations are replaced by the notice")
  func smallCell() throws {
    let text = ReportFormat.text.render(try F.plan())
    let all = lines(text)
    let start = try #require(all.firstIndex(of: "Школа A3 [A3], М"))
    let block = all[start...].prefix { !$0.hasPrefix("Школа A5") }
    #expect(
      block.contains(
        "Значения не выводятся: в одном из лет, из которых они берутся, в школе менее 5 "
          + "обучающихся или их число неизвестно."))
    let reason = try #require(
      block.first { $0.contains("критерий «threshold»") })
    #expect(
      reason.hasSuffix("выполнен: Значения не выводятся: в 2019/2020 в школе менее 5 обучающихся."))
  }

  @Test("English text and Markdown")
  func englishAndMarkdown() throws {
    let plan = try F.plan()
    let english = lines(ReportFormat.text.render(plan, language: .english))
    #expect(english.first == "Support roadmaps: academic year 2020/2021")
    #expect(english.contains("Municipal roadmap"))
    #expect(
      english.contains(
        "  – dates: 2020-09-01–2020-10-31; 2020-11-01–2020-12-31; 2021-01-09–2021-03-31; "
          + "2021-04-01–2021-05-31 (once a school quarter)"))
    #expect(english.contains("  – target: at least 4 consultations"))
    #expect(english.contains("Not in this academic year:"))
    let markdown = lines(ReportFormat.markdown.render(plan))
    #expect(markdown.first == "# Дорожные карты поддержки школ: 2020/2021 учебный год")
    #expect(markdown.contains("## Муниципальная дорожная карта"))
    #expect(
      markdown.contains("- **Заседание муниципальной рабочей группы**"))
    #expect(markdown.contains("  - ответственные: Муниципальный координатор"))
    #expect(markdown.contains("### Школа A1 [A1], М"))
  }

  @Test(
    "CSV: BOM, `;`, CRLF; the municipal roadmap, then the school roadmaps, a row per occurrence")
  func csv() throws {
    let plan = try F.plan()
    let csv = ReportFormat.csv.render(plan)
    #expect(csv.hasPrefix("\u{FEFF}раздел;section_id;measure_id;мероприятие;направления;"))
    #expect(csv.hasSuffix("\r\n"))
    let rows = csv.dropFirst().components(separatedBy: "\r\n").dropLast()
    #expect(rows.first?.split(separator: ";").count == 18)
    // municipal 4 + 1 + 1 + 1 + 1 + 1 + 1 = 10
    #expect(rows.count == 1 + 10)
    // Section, directions, level and roles by title, ids beside them; lists quoted.
    #expect(
      rows.contains(
        "запланировано;planned;m.working_group_meeting;Заседание муниципальной рабочей группы;"
          + "\"Нормативно-организационное обеспечение, Мониторинг и диагностика\";"
          + "\"NORM-ORG, MONITOR\";муниципальный уровень;\"Муниципальный координатор\";3;4;"
          + "09.01.2021;31.03.2021;1 раз в четверть;Анализ эффективности принятых мер;;;;"
          + "программа в целом"))
    #expect(
      rows.contains {
        $0.hasPrefix("по графику;as_scheduled;m.results_analysis;")
          && $0.contains(";;;;;по графику;Составлены программы мониторинга в ШНОР;100%;100;3;")
      })
    #expect(
      rows.contains { $0.hasPrefix("вне учебного года;outside_year;m.partnership_agreements;") })
    let tables = plan.tables(language: .russian)
    #expect(tables.map(\.id) == ["municipal-roadmap", "school-roadmaps"])
    let schools = tables[1].csv(language: .russian).dropFirst().components(separatedBy: "\r\n")
      .dropLast()
    #expect(schools.first?.hasPrefix("school_id;школа;раздел;section_id;") == true)
    // A1 4; A2 4; A3 6; A5 4; A6 4; A7 6
    #expect(schools.count == 1 + 28)
    #expect(
      schools.contains {
        $0.hasPrefix("A7;Школа A7;нет данных;no_data;m.development_plans;")
          && $0.contains(";1;1;01.10.2020;30.11.2020;")
      })
    let english = ReportFormat.csv.render(plan, language: .english)
    #expect(english.hasPrefix("\u{FEFF}section,section_id,measure_id,measure,directions,"))
    #expect(english.contains(",1,4,2020-09-01,2020-10-31,once a school quarter,"))
  }

  @Test("CSV: a fractional target has a decimal comma; text from the input is made inert")
  func csvNumbers() throws {
    let share = DeclaredMeasure(
      id: "m.coverage", title: LocalizedText(ru: "=Охват", en: "=Coverage"),
      categories: [.information], level: .municipal, responsible: [], schedule: .month(.may),
      target: MeasureDescription.Target(
        text: LocalizedText(ru: "не менее 12,5 %", en: "at least 12.5 %"), value: 12.5,
        unit: .percent, comparison: .atLeast),
      condition: .programme, provenance: Fixtures.provenance)
    let csv = ReportFormat.csv.render(try F.plan(pack: F.pack(measures: [share])))
    #expect(
      csv.contains(
        ";m.coverage;'=Охват;\"Информационное обеспечение\";\"INFO\";муниципальный уровень;\"\";"
          + "1;1;01.05.2021;31.05.2021;"))
    #expect(csv.contains(";не менее 12,5 %;12,5;;программа в целом\r\n"))
    let english = ReportFormat.csv.render(
      try F.plan(pack: F.pack(measures: [share])), language: .english)
    #expect(english.contains(",at least 12.5 %,12.5,,the programme as a whole\r\n"))
  }

  @Test("JSON: qualitykit.support/1, parses, has the fields")
  func json() throws {
    let text = ReportFormat.json.render(try F.plan())
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(root["schema"] as? String == "qualitykit.support/1")
    #expect(root["year"] as? Int == 2021)
    #expect(root["academic_year"] as? String == "2020/2021")
    #expect(root["identification_year"] as? Int == 2020)
    #expect(root["language"] as? String == "ru")
    let summary = try #require(root["summary"] as? [String: Any])
    #expect(summary["identified_schools"] as? Int == 5)
    #expect(summary["undetermined_schools"] as? Int == 1)

    let measures = try #require(root["measures"] as? [[String: Any]])
    #expect(measures.count == 8)
    for measure in measures {
      for key in [
        "id", "pack", "title", "categories", "level", "responsible", "schedule", "timing_quote",
        "expected_result", "target", "condition", "lines", "provenance",
      ] {
        #expect(measure.keys.contains(key), "\(measure["id"] ?? "?") has \(key)")
      }
    }
    let meeting = try #require(measures.first)
    #expect(meeting["id"] as? String == "m.working_group_meeting")
    #expect((meeting["schedule"] as? [String: Any])?["form"] as? String == "school_quarters")
    #expect(meeting["categories"] as? [String] == ["normative_organisational", "monitoring"])
    let consultations = try #require(measures.first { $0["id"] as? String == "m.consultations" })
    let target = try #require(consultations["target"] as? [String: Any])
    #expect(target["value"] as? Int == 4)
    #expect(target["comparison"] as? String == "at_least")

    let municipal = try #require(root["municipal"] as? [String: Any])
    let entries = try #require(municipal["entries"] as? [[String: Any]])
    #expect(entries.compactMap { $0["measure"] as? String }.first == "m.working_group_meeting")
    let quarters = try #require(entries.first?["occurrences"] as? [[String: String]])
    #expect(quarters.count == 4)
    #expect(quarters[2] == ["start": "2021-01-09", "end": "2021-03-31"])
    let consulting = try #require(entries.first { $0["measure"] as? String == "m.consultations" })
    #expect(consulting["schools"] as? [String] == ["A1", "A2", "A3", "A6", "A7"])
    #expect(consulting["schools_without_data"] as? [String] == ["A5"])
    #expect((municipal["outside_year"] as? [[String: Any]])?.count == 1)

    let schools = try #require(root["schools"] as? [[String: Any]])
    #expect(schools.compactMap { $0["id"] as? String } == ["A1", "A2", "A3", "A5", "A6", "A7"])
    let a7 = try #require(schools.last)
    #expect(a7["undetermined_categories"] as? [String] == ["unfavourable_social_conditions"])
    let noData = try #require(a7["no_data"] as? [[String: Any]])
    #expect(
      noData.compactMap { $0["measure"] as? String } == [
        "m.staffing_recommendations", "m.development_plans",
      ])
    let reasons = try #require(noData.last?["reasons"] as? [[String: Any]])
    #expect(reasons.first?["kind"] as? String == "insufficient_data")
    #expect(reasons.first?["criterion"] as? String == "m.staffing_below_40")
    let a3 = try #require(schools.first { $0["id"] as? String == "A3" })
    #expect(a3["values_shown"] as? Bool == false)
    #expect(root["not_selected"] as? [String] == [])
  }

  @Test("extra sections: appended to text, JSON and CSV")
  func sections() throws {
    let plan = try F.plan()
    let section: [any SupportPlan.Section] = [PartnerSection()]
    let text = ReportFormat.text.render(plan.appending(section))
    #expect(text.hasSuffix("Школы-партнёры\n--------------\n• A1 — A4\n"))
    let json = ReportFormat.json.render(plan.appending(section))
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect((root["partners"] as? [[String: String]])?.first?["partner"] == "A4")
    // The section's table after the plan's two; its input text made inert in CSV.
    let tables = plan.appending(section).tables(language: .russian)
    #expect(tables.map(\.id) == ["municipal-roadmap", "school-roadmaps", "pairs"])
    #expect(
      tables[2].csv(language: .russian)
        == "\u{FEFF}school_id;partner_id;примечание\r\nA1;A4;'=extra\r\n")
  }
}
