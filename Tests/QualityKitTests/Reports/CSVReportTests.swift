import QualityKitTestSupport
import Testing

@testable import QualityKit

/// The identification report's main CSV table (school × criterion) for Russian Excel: BOM, `;`,
/// CRLF, decimal comma, titles with ids beside them, quoted lists, RFC 4180 quoting and small-cell
/// suppression; `,` and decimal points in English.
@Suite struct CSVReportTests {
  static func csv(language: Language = .russian) throws -> String {
    let report = try Identifier(packs: [Fixtures.krasnoyarskLikePack()]).identify(
      try Fixtures.smallMunicipality())
    return ReportFormat.csv.render(report, language: language)
  }

  @Test("BOM, a Russian header, CRLF line ends, one row per school and criterion")
  func layout() throws {
    let text = try Self.csv()
    #expect(
      text.hasPrefix(
        "\u{FEFF}school_id;школа;муниципалитет;категории;category_id;критерий;criterion_id;"
          + "статус;status_id;значение;порог;эталон;годы;пояснение\r\n"))
    #expect(text.hasSuffix("\r\n"))
    // 1 header + 5 schools × 5 criteria; S2's name holds a line break inside quotes: +1 "\n"
    #expect(text.components(separatedBy: "\r\n").count == 1 + 25 + 1)
  }

  @Test("numbers use a decimal comma; S1's results row by hand")
  func s1Row() throws {
    let text = try Self.csv()
    // z(S1) = −22.5/√218.75 = −1.521278; years 2022. Categories by title, ids beside them, both
    // lists quoted; the status by its Russian word, the id beside it.
    #expect(
      text.contains(
        "S1;МБОУ СОШ №1;М;\"ШНОР — школы с низкими результатами обучения, ШНСУ — школы, "
          + "функционирующие в неблагоприятных социальных условиях\";"
          + "\"low_results, unfavourable_social_conditions\";"))
    #expect(
      text.contains(";mini.results_lowest_quarter;выполнен;met;-1,521278;-1,521278;;\"2022\";"))
    // quality gap: value 18, threshold 10, reference 68
    #expect(text.contains(";mini.quality_gap_over_10;выполнен;met;18;10;68;\"2022\";"))
  }

  @Test("fields with quotes or line breaks are quoted, quotes doubled")
  func quoting() throws {
    let text = try Self.csv()
    #expect(text.contains("\r\nS2;\"Школа \"\"Ромашка\"\" \\ №2\nкорпус 2\";М;"))
  }

  @Test("a small school's values are empty and its explanation is the notice")
  func suppression() throws {
    let text = try Self.csv()
    let rows = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("S3;") }
    #expect(rows.count == 5)
    let cells = try #require(rows.first).components(separatedBy: ";")
    #expect(cells[0...4] == ["S3", "МБОУ СОШ №3", "М", "\"\"", "\"\""])
    #expect(
      cells[6...13] == [
        "mini.results_lowest_quarter", "не выполнен", "not_met", "", "", "", "\"2022\"",
        "Значения не выводятся: в 2021/2022 в школе менее 5 обучающихся.",
      ])
  }

  @Test("English: `,` between cells, decimal points, English words")
  func english() throws {
    let text = try Self.csv(language: .english)
    #expect(text.hasPrefix("\u{FEFF}school_id,school,municipality,categories,category_id,"))
    #expect(text.contains(",mini.results_lowest_quarter,met,met,-1.521278,-1.521278,,\"2022\","))
    #expect(text.contains(",mini.quality_gap_over_10,met,met,18,10,68,\"2022\","))
  }

  @Test("the report's five tables, the school table the main one")
  func tables() throws {
    let report = try Identifier(packs: [Fixtures.krasnoyarskLikePack()]).identify(
      try Fixtures.smallMunicipality())
    let tables = report.tables(language: .russian)
    #expect(tables.map(\.id) == ["summary", "municipalities", "schools", "parameters", "issues"])
    #expect(ExportTable.main(of: tables)?.id == "schools")
    // One municipality М of 5 schools; the summary counts by hand from the S1 row: S1 is on both
    // lists.
    let municipalities = tables[1].csv(language: .russian).components(separatedBy: "\r\n")
    #expect(municipalities[0].hasPrefix("\u{FEFF}муниципалитет;школ;ШНОР;ШНОР, %;ШНСУ;ШНСУ, %;"))
    #expect(municipalities[1].hasPrefix("М;5;"))
    #expect(municipalities.count == 3)  // header, М, and the empty string after the last CRLF
  }

  @Test("text that Excel would run as a formula is made inert with an apostrophe")
  func formulaInjection() {
    #expect(CSVReport.inert("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")")
    #expect(CSVReport.inert("+7 школа") == "'+7 школа")
    #expect(CSVReport.inert("-школа") == "'-школа")
    #expect(CSVReport.inert("@школа") == "'@школа")
    #expect(CSVReport.inert("МБОУ «СОШ №1»") == "МБОУ «СОШ №1»")
    #expect(CSVReport.inert("") == "")
  }
}
