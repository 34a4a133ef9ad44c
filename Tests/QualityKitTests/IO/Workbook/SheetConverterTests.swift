import Foundation
import Testing

@testable import QualityKit

@Suite("Sheet conversion")
struct SheetConverterTests {
  typealias Fixture = WorkbookFixture

  @Test("cells of every type become the text their CSV twin holds")
  func cellTypes() throws {
    let strings = Fixture.strings(["school_id", "СОШ; №1", "2,5"])
    let rows = """
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>name</t></is></c>\
      <c r="C1" t="str"><f>"v"</f><v>v &amp; w</v></c><c r="D1" t="b"><v>1</v></c>\
      <c r="E1" t="b"><v>0</v></c></row>
      <row r="2"><c r="A2"><v>0.1234</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c>\
      <c r="D2"><f>1+1</f><v>2</v></c><c r="E2" t="inlineStr"><is><r><t>a</t></r><r><t>"b"</t></r></is></c></row>
      """
    // Row 2: the number as written; `;` and `,` quoted; the formula's cached value; two runs
    // joined, the quotes doubled.
    #expect(
      try Fixture.text(rows, strings: strings)
        == "school_id;name;v & w;TRUE;FALSE\n0.1234;\"СОШ; №1\";\"2,5\";2;\"a\"\"b\"\"\"\n")
  }

  @Test("gaps are empty fields, short rows are padded to the header, empty rows are left out")
  func layout() throws {
    let rows = """
      <row r="2"><c r="A2" t="inlineStr"><is><t>a</t></is></c><c r="C2" t="inlineStr"><is><t>c</t></is></c></row>
      <row r="3"/><row r="4"><c r="B4" s="0"/></row>
      <row r="5"><c r="B5"><v>7</v></c></row>
      <row><c><v>1</v></c><c><v>2</v></c></row>
      """
    let book = try Fixture.book(rows)
    let source = try book.source()
    #expect(String(decoding: source.bytes, as: UTF8.self) == "a;;c\n;7;\n1;2;\n")
    #expect(source.sheetLines?.rows == [2, 5, 6])
  }

  @Test("a line break inside a cell keeps the following lines on their rows")
  func lineBreaks() throws {
    let rows = """
      <row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>
      <row r="3"><c r="A3" t="inlineStr"><is><t>x&#10;y_x000D_</t></is></c></row>
      <row r="4"><c r="A4"><v>1</v></c></row>
      """
    let source = try Fixture.book(rows).source()
    #expect(String(decoding: source.bytes, as: UTF8.self) == "a\n\"x\ny\r\"\n1\n")
    // Line 2 is row 3, and so is line 3 (inside the quotes); the CR before the closing quote is
    // a break too; line 5 is row 4.
    #expect(source.sheetLines?.rows == [1, 3, 3, 3, 4])
  }

  @Test("dates: built-in and custom date styles, 1900 and 1904 systems, times of day")
  func dates() throws {
    let date = #"<row r="1"><c r="A1" s="1"><v>44788</v></c></row>"#
    #expect(try Fixture.text(date, styles: Fixture.styles(builtIn: 14)) == "2022-08-15\n")
    #expect(try Fixture.text(date, styles: Fixture.styles(custom: "DD.MM.YYYY")) == "2022-08-15\n")
    // 1904: 1462 days later is the same serial's day.
    #expect(
      try Fixture.text(date, styles: Fixture.styles(builtIn: 14), workbookPr: "date1904=\"1\"")
        == "2026-08-16\n")
    // A number style is a number; a quoted «d» is not a date.
    #expect(try Fixture.text(date, styles: Fixture.styles(custom: "0&quot;d&quot;")) == "44788\n")
    let time = #"<row r="1"><c r="A1" s="1"><v>44788.5</v></c></row>"#
    #expect(try Fixture.text(time, styles: Fixture.styles(builtIn: 22)) == "2022-08-15 12:00:00\n")
    // Serial 59 is 1900-02-28 and 61 is 1900-03-01: 60 is Excel's 29 February 1900.
    let early =
      #"<row r="1"><c r="A1" s="1"><v>59</v></c><c r="B1" s="1"><v>61</v></c><c r="C1" s="1"><v>1</v></c></row>"#
    #expect(
      try Fixture.text(early, styles: Fixture.styles(builtIn: 14))
        == "1900-02-28;1900-03-01;1900-01-01\n")
    // t="d": an ISO date.
    #expect(
      try Fixture.text(#"<row r="1"><c r="A1" t="d"><v>2022-09-01T00:00:00Z</v></c></row>"#)
        == "2022-09-01\n")
  }

  @Test("error values and formulas without a value are problems at their cells, the cells empty")
  func unreadableCells() throws {
    let rows = """
      <row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row>
      <row r="2"><c r="A2" t="e"><v>#DIV/0!</v></c><c r="B2"><f>A1*2</f><v></v></c></row>
      """
    let source = try Fixture.book(rows, name: "Значения").source()
    #expect(String(decoding: source.bytes, as: UTF8.self) == "1;2\n;\n")
    #expect(
      source.sheetLines?.problems == [
        CSVError(
          kind: .workbook(.errorValue("#DIV/0!")), file: "v.xlsx", line: 2, column: 1,
          sheet: "Значения"),
        CSVError(
          kind: .workbook(.formulaWithoutValue), file: "v.xlsx", line: 2, column: 2,
          sheet: "Значения"),
      ])
  }

  @Test("cells and rows out of order, repeated, or beyond XFD1048576 are errors at them")
  func order() throws {
    func error(_ rows: String) -> CSVError? {
      do {
        _ = try Fixture.book(rows).source()
        return nil
      } catch {
        return error
      }
    }
    #expect(
      error(#"<row r="2"><c r="B2"><v>1</v></c><c r="A2"><v>1</v></c></row>"#)
        == CSVError(
          kind: .workbook(.outOfOrder("A2")), file: "v.xlsx", line: 2, column: 1, sheet: "Лист1"))
    #expect(
      error(#"<row r="2"><c r="B2"><v>1</v></c><c r="B2"><v>1</v></c></row>"#)?.kind
        == .workbook(.outOfOrder("B2")))
    #expect(
      error(#"<row r="3"/><row r="2"/>"#)
        == CSVError(
          kind: .workbook(.outOfOrder("2")), file: "v.xlsx", line: 2, column: 0, sheet: "Лист1"))
    #expect(
      error(#"<row r="1"><c r="XFE1"><v>1</v></c></row>"#)?.kind
        == .workbook(.invalidReference("XFE1")))
    #expect(
      error(#"<row r="1048577"><c><v>1</v></c></row>"#)?.kind
        == .workbook(.invalidReference("1048577")))
    #expect(
      error(#"<row r="1"><c r="A2"><v>1</v></c></row>"#)?.kind == .workbook(.outOfOrder("A2")))
  }

  @Test("a shared-string index beyond the table is a problem at its cell")
  func sharedStringIndex() throws {
    let source = try Fixture.book(
      #"<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>99999999</v></c></row>"#,
      strings: Fixture.strings(["a"])
    ).source()
    #expect(
      source.sheetLines?.problems.map(\.kind) == [
        .workbook(.sharedStringIndex(99_999_999, count: 1))
      ])
  }

  @Test("a sheet of 1,048,576 empty rows is an empty sheet, read in one pass")
  func emptyRows() throws {
    var rows = ""
    rows.reserveCapacity(30 * 1_048_576)
    for row in 1...1_048_576 { rows += "<row r=\"\(row)\"/>" }
    let source = try Fixture.book(rows).source()
    #expect(source.bytes.isEmpty)
    #expect(throws: CSVError(kind: .emptyFile, file: "v.xlsx", line: 1, column: 1, sheet: "Лист1"))
    {
      var rejected: [CSVError] = []
      _ = try SchoolsFile.read(source, mode: .strict, rejected: &rejected)
    }
  }

  @Test("a DTD, an unknown entity, UTF-16 and broken XML are errors naming the part")
  func xmlSafety() throws {
    let part = "xl/worksheets/sheet1.xml"
    func kind(_ xml: String) -> CSVError.Kind? {
      do {
        _ = try Workbook(bytes: Fixture.bytes(sheets: [("Лист1", xml)]), name: "v.xlsx").source()
        return nil
      } catch {
        return error.kind
      }
    }
    #expect(
      kind(
        "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"b\">]>" + Fixture.sheet("").dropFirst(55))
        == .workbook(.documentTypeDeclaration(part: part)))
    #expect(
      kind(Fixture.sheet(#"<row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row>"#))
        == .workbook(.unknownEntity(part: part, name: "a")))
    #expect(
      kind("<?xml version=\"1.0\" encoding=\"windows-1251\"?><worksheet/>")
        == .workbook(.unsupportedEncoding(part: part, encoding: "windows-1251")))
    #expect(
      kind(
        Fixture.sheet(#"<row r="1"><c r="A1"><v>1</v></c>"#).replacingOccurrences(
          of: "</sheetData></worksheet>", with: ""))
        == .workbook(.malformedXML(part: part, detail: "</sheetData>")))
    #expect(throws: WorkbookProblem.unsupportedEncoding(part: "p.xml", encoding: "UTF-16")) {
      try XMLCursor.walk([0xFF, 0xFE, 0x3C, 0x00, 0x61, 0x00], part: "p.xml") {
        (_: inout XMLCursor) throws(WorkbookProblem) in
      }
    }
  }

  @Test("entities, character references and Excel's _xHHHH_ escapes are decoded")
  func escapes() throws {
    let rows =
      #"<row r="1"><c t="inlineStr"><is><t>&lt;&#1046;&#x416;&apos;_x0041__x005F_x0041_</t></is></c></row>"#
    #expect(try Fixture.text(rows) == "<ЖЖ'A_x0041_\n")
  }

  @Test("references: columns, rows, sheet names as Excel writes them")
  func references() {
    #expect(SheetReference.cell(row: 17, column: 4) == "D17")
    #expect(SheetReference.column(16_384) == "XFD")
    #expect(SheetReference.column(27) == "AA")
    #expect(SheetReference.parse(Array("XFD1048576".utf8)[...])! == (1_048_576, 16_384))
    #expect(SheetReference.parse(Array("XFE1".utf8)[...]) == nil)
    #expect(SheetReference.parse(Array("A0".utf8)[...]) == nil)
    #expect(SheetReference.sheetName("Значения") == "Значения")
    #expect(SheetReference.sheetName("Лист 1") == "'Лист 1'")
    #expect(SheetReference.sheetName("O'Neil") == "'O''Neil'")
  }

  @Test("date formats: d, m, y, h, s outside quotes, brackets and escapes")
  func dateFormats() {
    #expect(CellStyles.isDateFormat("dd.mm.yyyy"))
    #expect(CellStyles.isDateFormat("[$-419]d mmmm yyyy"))
    #expect(CellStyles.isDateFormat("[h]:mm"))
    #expect(!CellStyles.isDateFormat("General"))
    #expect(!CellStyles.isDateFormat("0.00\" дней\""))
    #expect(!CellStyles.isDateFormat("[Red]#,##0"))
    #expect(!CellStyles.isDateFormat("0\\d"))
    #expect(!CellStyles.isDateFormat("_-* #,##0_-"))
    #expect(
      CellStyles.isBuiltInDate(14) && CellStyles.isBuiltInDate(47) && !CellStyles.isBuiltInDate(2))
  }

  @Test("a sheet after a path: only when the part before the colon is an .xlsx")
  func splitSheet() {
    #expect(Workbook.splitSheet("data/v.xlsx:Значения") == ("data/v.xlsx", "Значения"))
    #expect(Workbook.splitSheet("C:/data/v.xlsx") == ("C:/data/v.xlsx", nil))
    #expect(Workbook.splitSheet("a:b/v.csv") == ("a:b/v.csv", nil))
    #expect(Workbook.splitSheet("V.XLSX:Лист 2") == ("V.XLSX", "Лист 2"))
  }
}
