import QualityKitTestSupport
import Testing

@testable import QualityKit

/// The identification document (issue 15): heading, summary, the table per municipality checked by
/// hand, one-line lists, cards reached by links at full detail only, and parameters by title.
///
/// Ten schools in three municipalities, one pack with two threshold criteria, year 2022:
///
/// | school | municipality | continuation | textbooks | enrolment | ШНОР | ШНСУ |
/// |--------|--------------|--------------|-----------|-----------|------|------|
/// | G1     | Город        | 50           | 80        | 100       | yes  |      |
/// | G2     | Город        | 70           | 30        | 100       |      | yes  |
/// | G3     | Город        | 80           | 90        | 100       |      |      |
/// | R21    | Район 2      | 55           | 20        | 100       | yes  | yes  |
/// | R22    | Район 2      | —            | 70        | 100       | open |      |
/// | R23    | Район 2      | 90           | 60        | 100       |      |      |
/// | R24    | Район 2      | 65           | 10        | 100       |      | yes  |
/// | R101   | Район 10     | 40           | 40        | 3         | yes  | yes  |
/// | R102   | Район 10     | 75           | 75        | 100       |      |      |
/// | R103   | Район 10     | 85           | 85        | 100       |      |      |
///
/// ШНОР: continuation < 60; ШНСУ: textbooks < 50. R101 has three students: its values are never
/// printed, but it is counted like every school (the table counts schools, not students).
@Suite struct IdentificationDocumentTests {
  static let continuation = Fixtures.threshold(
    "t.continuation", metric: .continuationGrade10Percent, .lessThan, 60)
  static let textbooks = Fixtures.threshold(
    "t.textbooks", metric: .resourcesRecentTextbooksPercent, .lessThan, 50)

  static func pack() -> RulePack {
    RulePack(
      id: "t", version: "1.2.0", title: Fixtures.text("Тестовый пакет"),
      region: Fixtures.text("Р"), sources: ["seed.txt"],
      criteria: [continuation, textbooks],
      categoryRules: [
        CategoryRule(
          category: .lowResults, condition: .criterion(continuation.id),
          provenance: Fixtures.provenance, rationale: Fixtures.text("ШНОР — продолжение ниже 60.")),
        CategoryRule(
          category: .unfavourableSocialConditions, condition: .criterion(textbooks.id),
          provenance: Fixtures.provenance, rationale: Fixtures.text("ШНСУ — учебники ниже 50.")),
      ])
  }

  static func report() throws -> IdentificationReport {
    let rows: [(SchoolID, String, Double?, Double, Double)] = [
      ("G1", "Город", 50, 80, 100), ("G2", "Город", 70, 30, 100), ("G3", "Город", 80, 90, 100),
      ("R21", "Район 2", 55, 20, 100), ("R22", "Район 2", nil, 70, 100),
      ("R23", "Район 2", 90, 60, 100), ("R24", "Район 2", 65, 10, 100),
      ("R101", "Район 10", 40, 40, 3), ("R102", "Район 10", 75, 75, 100),
      ("R103", "Район 10", 85, 85, 100),
    ]
    var values: CohortValues = [:]
    var municipalities: [SchoolID: String] = [:]
    for (id, municipality, continuation, textbooks, students) in rows {
      var cells: [MetricKey: [Int: Double]] = [
        .resourcesRecentTextbooksPercent: [2022: textbooks], .contextEnrollment: [2022: students],
      ]
      if let continuation { cells[.continuationGrade10Percent] = [2022: continuation] }
      values[id] = cells
      municipalities[id] = municipality
    }
    var report = try Identifier(packs: [pack()]).identify(
      try Fixtures.dataset(values, municipalities: municipalities))
    report.dataFiles = ["schools.csv", "values.csv"]
    report.madeOn = CalendarDate(year: 2022, month: 6, day: 15)
    return report
  }

  /// The table whose header starts with `first`, as plain text.
  static func table(_ first: String, in document: ReportDocument) -> [[String]]? {
    for case .table(let table) in document.blocks
    where table.header.first?.plainText == first {
      return [table.header.map(\.plainText)] + table.rows.map { $0.map(\.plainText) }
    }
    return nil
  }

  @Test("the table per municipality: counts and shares checked by hand, in natural order")
  func municipalityTable() throws {
    let document = try Self.report().document(language: .russian, detail: .summary)
    let table = try #require(Self.table("муниципалитет", in: document))
    #expect(
      table == [
        [
          "муниципалитет", "школ", "ШНОР", "ШНОР, %", "ШНСУ", "ШНСУ, %", "не определено",
          "не определено, %",
        ],
        ["Город", "3", "1", "33,3", "1", "33,3", "0", "0"],
        ["Район 2", "4", "1", "25", "2", "50", "1", "25"],
        // «Район 10» after «Район 2»: numbers in names compare by value.
        ["Район 10", "3", "1", "33,3", "1", "33,3", "0", "0"],
        ["Всего", "10", "3", "30", "4", "40", "1", "10"],
      ])
    let english = try Self.report().document(language: .english, detail: .summary)
    let total = try #require(Self.table("municipality", in: english)?.last)
    #expect(total == ["Total", "10", "3", "30", "4", "40", "1", "10"])
  }

  @Test("the summary: schools per category, shares and undetermined")
  func summaryTable() throws {
    let document = try Self.report().document(language: .russian, detail: .summary)
    let table = try #require(Self.table("категория", in: document))
    #expect(
      table == [
        ["категория", "школ", "доля, %", "не определено"],
        [SchoolCategory.lowResults.title.ru, "3", "30", "1"],
        [SchoolCategory.unfavourableSocialConditions.title.ru, "4", "40", "0"],
      ])
    let text = TextRenderer().render(document)
    // G1, G2, R21, R24, R101 are on a list; R22 is open.
    #expect(
      text.contains(
        "Школ: 10; хотя бы в одном списке: 5 (50 %); категория не определена из-за нехватки "
          + "данных: 1 (10 %)."))
  }

  @Test("the heading: territory, schools, the pack with its document, data files, the day")
  func heading() throws {
    let text = TextRenderer().render(
      try Self.report().document(language: .russian, detail: .summary))
    let lines = text.split(separator: "\n").prefix(10).map(String.init)
    #expect(
      lines == [
        "Идентификация школ: 2021/2022 учебный год",
        "=========================================",
        // Every school has values in 2021/2022, the one year.
        "Год отчёта: 2021/2022 — последний год, за который есть значения не менее чем у половины "
          + "школ (10 из 10)",
        "Территория: Р, все муниципалитеты набора данных (3)",
        "Школ: 10; сравнение с: все школы набора данных",
        "Пакет правил: t 1.2.0 — Тестовый пакет; документ: seed.txt",
        "Данные: schools.csv, values.csv",
        "Составлен: 15.06.2022",
        // R101: 3 students in 2021/2022.
        "Значения не выводятся у 1 школы: менее 5 обучающихся в одном из лет, из которых берутся "
          + "значения, — 1.",
        "Итог",
      ])
    // Without the host's files and day, the heading leaves the lines out.
    var bare = try Self.report()
    bare.dataFiles = []
    bare.madeOn = nil
    let plain = TextRenderer().render(bare.document(language: .english))
    #expect(!plain.contains("Data:") && !plain.contains("Made on:"))
    #expect(plain.contains("Territory: Р, every municipality of the data (3)"))
  }

  @Test("the heading names the one municipality when there is one")
  func oneMunicipality() throws {
    let report = try Identifier(packs: [Self.pack()]).identify(
      try Fixtures.dataset(
        Fixtures.oneMetric(.continuationGrade10Percent, year: 2022, ["A": 50, "B": 70])))
    let text = TextRenderer().render(report.document(language: .russian, detail: .summary))
    #expect(text.contains("Территория: Р, М\n"))
    // One municipality: the list lines do not repeat it.
    #expect(text.contains("• A (A) — threshold\n"))
  }

  @Test("the lists: one line per school, by municipality, with the reasons by title")
  func lists() throws {
    let text = TextRenderer().render(
      try Self.report().document(language: .russian, detail: .summary))
    #expect(text.contains("ШНОР — школы с низкими результатами обучения: 3 из 10\n"))
    let lines = text.split(separator: "\n").map(String.init)
    let bullets = lines.filter { $0.hasPrefix("• ") }
    #expect(
      bullets == [
        // ШНОР, by municipality (Город, Район 2, Район 10), then by id.
        "• G1 (G1), Город — threshold",
        "• R21 (R21), Район 2 — threshold",
        "• R101 (R101), Район 10 — threshold",
        // ШНСУ.
        "• G2 (G2), Город — threshold",
        "• R21 (R21), Район 2 — threshold",
        "• R24 (R24), Район 2 — threshold",
        "• R101 (R101), Район 10 — threshold",
        // Undetermined: what is missing, by metric title.
        "• R22 (R22), Район 2 — ШНОР: нет данных — доля выпускников 9 кл., продолживших обучение "
          + "в 10 кл.",
      ])
  }

  @Test("summary and full: cards, links and anchors only at full detail")
  func detail() throws {
    let report = try Self.report()
    let summary = report.document(language: .russian, detail: .summary)
    let full = report.document(language: .russian)
    #expect(full == report.document(language: .russian, detail: .full))

    func anchors(_ document: ReportDocument) -> [String] {
      document.blocks.compactMap {
        if case .heading(_, _, let anchor?) = $0 { return anchor }
        return nil
      }
    }
    func links(_ document: ReportDocument) -> [String] {
      document.blocks.flatMap { block -> [String] in
        guard case .item(let text, _, _, _) = block else { return [] }
        return text.runs.compactMap {
          if case .link(_, let anchor) = $0 { return anchor }
          return nil
        }
      }
    }
    #expect(anchors(summary).isEmpty)
    #expect(links(summary).isEmpty)
    // A card for every school on a list or undetermined, in list order.
    #expect(
      anchors(full)
        == ["G1", "G2", "R21", "R22", "R24", "R101"].map { "school-\($0)" })
    // Every link leads to a card.
    #expect(!links(full).isEmpty)
    #expect(Set(links(full)).isSubset(of: Set(anchors(full))))

    let summaryText = TextRenderer().render(summary)
    let fullText = MarkdownRenderer().render(full)
    #expect(!summaryText.contains("Карточки школ\n"))
    #expect(fullText.contains("## Карточки школ\n"))
    #expect(fullText.contains("### R21 (R21)\n"))
    #expect(fullText.contains("- правило пакета t: ШНОР — продолжение ниже 60."))
    #expect(fullText.contains("  - значение 55; порог 60; годы 2021/2022"))
    // The summary is much shorter than the whole.
    #expect(summaryText.split(separator: "\n").count < fullText.split(separator: "\n").count)
    // ReportFormat: text is the summary, Markdown everything.
    #expect(ReportFormat.text.render(report) == summaryText)
    #expect(ReportFormat.markdown.render(report) == fullText)
  }

  @Test("a school under five students: counted, its card shows no value")
  func smallSchool() throws {
    let full = MarkdownRenderer().render(try Self.report().document(language: .russian))
    let card = try #require(
      full.components(separatedBy: "### R101 (R101)").dropFirst().first?
        .components(separatedBy: "\n### ").first)
    #expect(card.contains("Значения не выводятся: в 2021/2022 в школе менее 5 обучающихся."))
    #expect(!card.contains("значение 40"))
    #expect(!card.contains("40 —"))
    #expect(card.contains("годы 2021/2022"))
  }

  @Test("parameters: by title; the summary names the changed ones, the full table every key")
  func parameters() throws {
    let report = try Identifier(packs: [Self.pack()]).identify(
      try Fixtures.dataset(
        Fixtures.oneMetric(.continuationGrade10Percent, year: 2022, ["A": 50, "B": 70])),
      overrides: ["t.continuation.threshold": 55])
    let summary = MarkdownRenderer().render(report.document(language: .russian, detail: .summary))
    #expect(summary.contains("Параметров: 2; изменено: 1."))
    #expect(
      summary.contains(
        "- threshold — порог — 55 (по умолчанию 60), ключ `t.continuation.threshold`"))
    #expect(!summary.contains("t.textbooks.threshold"))
    let full = MarkdownRenderer().render(report.document(language: .english))
    #expect(
      full.contains("| threshold — threshold | 55 (changed) | 60 | `t.continuation.threshold` |"))
    #expect(full.contains("| threshold — threshold | 50 | 50 | `t.textbooks.threshold` |"))
  }

  @Test("no id of a category, status or criterion in the text")
  func noIDs() throws {
    for language in Language.allCases {
      for detail in ReportDocument.Detail.allCases {
        let text = TextRenderer().render(
          try Self.report().document(language: language, detail: detail))
        for id in ["low_results", "unfavourable_social_conditions", "insufficient_data", "not_met"]
        {
          #expect(!text.contains(id), "\(id) in \(language) \(detail)")
        }
        for criterion in ["t.continuation", "t.textbooks"] {
          #expect(!text.contains("[\(criterion)]"), "\(criterion) in \(language) \(detail)")
        }
      }
    }
  }

  @Test("the JSON does not carry the heading's files and day: its bytes do not change")
  func jsonUnchanged() throws {
    var report = try Self.report()
    let with = ReportFormat.json.render(report)
    report.dataFiles = []
    report.madeOn = nil
    #expect(ReportFormat.json.render(report) == with)
    #expect(!with.contains("schools.csv"))
  }
}
