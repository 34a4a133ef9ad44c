import QualityKitTestSupport
import Testing

@testable import QualityKit

/// The CSV report for Russian Excel: BOM, `;`, CRLF, decimal comma, RFC 4180 quoting and
/// small-cell suppression.
@Suite struct CSVReportTests {
  static func csv(language: Language = .russian) throws -> String {
    let report = try Identifier(packs: [Fixtures.krasnoyarskLikePack()]).identify(
      try Fixtures.smallMunicipality())
    return ReportFormat.csv.render(report, language: language)
  }

  @Test("BOM, a Russian header, CRLF line ends, one row per school and criterion")
  func layout() throws {
    let text = try Self.csv()
    #expect(text.hasPrefix("\u{FEFF}school_id;школа;муниципалитет;категории;критерий;статус;"))
    #expect(text.hasSuffix("\r\n"))
    // 1 header + 5 schools × 5 criteria; S2's name holds a line break inside quotes: +1 "\n"
    #expect(text.components(separatedBy: "\r\n").count == 1 + 25 + 1)
  }

  @Test("numbers use a decimal comma; S1's results row by hand")
  func s1Row() throws {
    let text = try Self.csv()
    // z(S1) = −22.5/√218.75 = −1.521278; years 2022
    #expect(
      text.contains(
        "S1;МБОУ СОШ №1;М;low_results,unfavourable_social_conditions;mini.results_lowest_quarter;"
          + "met;-1,521278;-1,521278;;2022;"))
    // quality gap: value 18, threshold 10, reference 68
    #expect(text.contains(";mini.quality_gap_over_10;met;18;10;68;2022;"))
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
    #expect(
      rows.first
        == "S3;МБОУ СОШ №3;М;;mini.results_lowest_quarter;not_met;;;;2022;"
        + "Значения не выводятся: в 2021/2022 в школе менее 5 обучающихся.")
  }

  @Test("English headers with .english")
  func english() throws {
    #expect(try Self.csv(language: .english).hasPrefix("\u{FEFF}school_id;school;municipality;"))
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
