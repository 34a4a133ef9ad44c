import Foundation
import Testing

@testable import QualityKit

@Suite("Shared strings of a written workbook")
struct SharedStringTableTests {
  func number(_ table: SharedStringTable, _ text: String, spaced: Bool = false) -> (Int, Bool) {
    var text = text
    return text.withUTF8 { table.number(of: $0, spaced: spaced) }
  }

  @Test("texts are numbered in the order first met; the part escapes them and keeps spaces")
  func part() {
    let table = SharedStringTable()
    #expect(number(table, "не выполнен") == (0, true))
    #expect(number(table, "a & <b>") == (1, true))
    #expect(number(table, "не выполнен") == (0, false))
    #expect(number(table, " lead", spaced: true) == (2, true))
    #expect(number(table, "a & <b>") == (1, false))
    #expect(table.count == 3 && table.references == 5)
    #expect(
      String(decoding: table.part(), as: UTF8.self)
        == "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"5\" "
        + "uniqueCount=\"3\"><si><t>не выполнен</t></si><si><t>a &amp; &lt;b&gt;</t></si>"
        + "<si><t xml:space=\"preserve\"> lead</t></si></sst>")
  }

  @Test("thousands of texts: the table grows and every text keeps its number")
  func growth() {
    let table = SharedStringTable()
    for index in 0..<5000 { #expect(number(table, "школа \(index)") == (index, true)) }
    for index in stride(from: 4999, through: 0, by: -7) {
      #expect(number(table, "школа \(index)") == (index, false))
    }
    // Bytes, not canonical equivalence: é as one scalar and as e + ◌́ are two texts.
    #expect(number(table, "caf\u{E9}").1 && number(table, "cafe\u{301}").1)
    #expect(table.count == 5002)
  }

  /// A table of 1,500 rows: a column of three repeating texts, one of texts that never repeat.
  static let table = ExportTable(
    id: "t", title: LocalizedText(ru: "Т", en: "T"),
    columns: [.init("статус", "status"), .init("пояснение", "explanation")]
  ) { row in
    for index in 0..<1500 {
      row.text(["выполнен", "не выполнен", "нет данных"][index % 3])
      row.text("пояснение \(index)")
      row.endRow()
    }
  }

  @Test("a repeating column is shared; one whose first 1,000 texts do not repeat goes inline")
  func columnRule() throws {
    let strings = SharedStringTable()
    let parts = WorkbookWriter(tables: [Self.table], language: .russian).sheetParts(
      Self.table, strings: strings)
    let xml = parts.rows.buffer.string
    /// The cells of `column` of type `type`, the header (which has a style) among them.
    func cells(_ column: String, _ type: String) -> Int {
      xml.components(separatedBy: "<c r=\"\(column)").dropFirst().filter {
        let attributes = $0.prefix { $0 != ">" }
        return attributes.hasSuffix("t=\"\(type)\"")
      }.count
    }
    // Status: the header and 1,500 cells of 3 texts, all shared. Explanation: the header and
    // the first 999 texts make the 1,000 of the trial, which never repeat: the other 501 are
    // inline.
    #expect(cells("A", "s") == 1501)
    #expect(cells("B", "s") == 1000 && cells("B", "inlineStr") == 501)
    #expect(
      xml.contains(#"<c r="B1000" t="s"><v>"#) && xml.contains(#"<c r="B1001" t="inlineStr">"#))
    // Two headers, three statuses, 999 explanations.
    #expect(strings.count == 2 + 3 + 999)
    #expect(TableRowWriter.sharingTrial == 1000)
  }

  @Test("a workbook with shared strings reads back as the texts written")
  func readBack() throws {
    let book = try Workbook(
      bytes: WorkbookWriter(tables: [Self.table], language: .russian).bytes(), name: "s.xlsx")
    let text = String(decoding: try book.source().bytes, as: UTF8.self)
    let expected =
      "статус;пояснение\n"
      + (0..<1500).map { "\(["выполнен", "не выполнен", "нет данных"][$0 % 3]);пояснение \($0)\n" }
      .joined()
    #expect(text == expected)
  }

  @Test("a text repeated from the row above keeps its number; a canonically equal one does not")
  func repeatedFromAbove() throws {
    // Column A: one school's name on three rows, then é as e + ◌́ under é as one scalar.
    let table = ExportTable(
      id: "r", title: LocalizedText(ru: "Р", en: "R"), columns: [.init("школа", "school")]
    ) { row in
      for text in ["СОШ №1", "СОШ №1", "СОШ №1", "caf\u{E9}", "cafe\u{301}", "СОШ №1"] {
        row.text(text)
        row.endRow()
      }
    }
    let strings = SharedStringTable()
    let xml = WorkbookWriter(tables: [table], language: .russian).sheetParts(
      table, strings: strings
    ).rows.buffer.string
    // The header is text 0; the rows' numbers by hand: 1, 1, 1, 2, 3, 1.
    for (row, number) in [(2, 1), (3, 1), (4, 1), (5, 2), (6, 3), (7, 1)] {
      #expect(xml.contains("<c r=\"A\(row)\" t=\"s\"><v>\(number)</v></c>"), "row \(row)")
    }
    // Seven cells refer to four texts, the repeats counted as Excel counts them.
    #expect(strings.count == 4 && strings.references == 7)
  }
}
