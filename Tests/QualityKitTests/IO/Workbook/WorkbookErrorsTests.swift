import Foundation
import Testing

@testable import QualityKit

/// The readers' own errors, raised on a sheet's text, are placed on the sheet.
@Suite("Workbook errors")
struct WorkbookErrorsTests {
  typealias Fixture = WorkbookFixture

  static let schools = IOFixture.csv(
    "s.csv", "school_id;name;municipality\nS1;Школа 1;Город\nS2;Школа 2;Город\n")

  /// Values: header on row 1, S1 on row 3 (row 2 empty), S9 (unknown) on row 4, S2 on row 5
  /// with «abc» in D5.
  static let values = """
    <row r="1"><c r="A1" t="inlineStr"><is><t>school_id</t></is></c>\
    <c r="B1" t="inlineStr"><is><t>year</t></is></c>\
    <c r="C1" t="inlineStr"><is><t>results.quality_percent</t></is></c>\
    <c r="D1" t="inlineStr"><is><t>results.success_percent</t></is></c></row>
    <row r="2"/>
    <row r="3"><c r="A3" t="inlineStr"><is><t>S1</t></is></c><c r="B3"><v>2022</v></c>\
    <c r="C3"><v>50.5</v></c><c r="D3" t="inlineStr"><is><t>97,5</t></is></c></row>
    <row r="4"><c r="A4" t="inlineStr"><is><t>S9</t></is></c><c r="B4"><v>2022</v></c></row>
    <row r="5"><c r="A5" t="inlineStr"><is><t>S2</t></is></c><c r="B5"><v>2022</v></c>\
    <c r="C5"><v>60</v></c><c r="D5" t="inlineStr"><is><t>abc</t></is></c></row>
    """

  static func source() throws -> CSVSource {
    try Fixture.book(values, name: "Значения").source()
  }

  @Test("strict: the first error names the sheet and the cell")
  func strict() throws {
    let error = CSVError(
      kind: .unknownSchool("S9"), file: "v.xlsx", line: 4, column: 1, sheet: "Значения")
    #expect(throws: error) {
      try DatasetLoader.load(schools: Self.schools, values: [Self.source()], benchmarks: nil)
    }
    #expect(error.description == "v.xlsx:Значения!A4: школы S9 нет в файле школ")
  }

  @Test("collecting: every rejected cell or row is placed on the sheet, the rest is read")
  func collecting() throws {
    let data = try DatasetLoader.load(
      schools: Self.schools, values: [Self.source()], benchmarks: nil, mode: .collecting)
    #expect(
      data.rejected == [
        CSVError(kind: .unknownSchool("S9"), file: "v.xlsx", line: 4, column: 1, sheet: "Значения"),
        CSVError(kind: .notANumber("abc"), file: "v.xlsx", line: 5, column: 4, sheet: "Значения"),
      ])
    #expect(data.rejected[1].located(in: .english) == "v.xlsx:Значения!D5: \"abc\" is not a number")
    let year = try #require(data.dataset.years.first)
    #expect(data.dataset.value(of: "results.quality_percent", school: 0, year: year) == 50.5)
    // «97,5» in a text cell reads as in a CSV file.
    #expect(data.dataset.value(of: "results.success_percent", school: 0, year: year) == 97.5)
    #expect(data.dataset.value(of: "results.quality_percent", school: 1, year: year) == 60)
  }

  @Test("a missing column is at the header row; a sheet name with a space is quoted")
  func header() throws {
    let rows = #"<row r="2"><c r="B2" t="inlineStr"><is><t>name</t></is></c></row>"#
    let source = try Fixture.book(rows, name: "Мои школы").source()
    do {
      var rejected: [CSVError] = []
      _ = try SchoolsFile.read(source, mode: .strict, rejected: &rejected)
      Issue.record("read")
    } catch {
      #expect(
        error
          == CSVError(
            kind: .emptyColumnName, file: "v.xlsx", line: 2, column: 1, sheet: "Мои школы"))
      #expect(error.description == "v.xlsx:'Мои школы'!A2: у столбца в заголовке нет названия")
    }
    let whole = CSVError(kind: .emptyFile, file: "b.xlsx", line: 0, column: 0, sheet: "Лист1")
    #expect(whole.description == "b.xlsx:Лист1: файл пуст: нет строки заголовка")
    let row = CSVError(kind: .emptyIdentifier, file: "b.xlsx", line: 7, column: 0, sheet: "Лист1")
    #expect(row.description == "b.xlsx:Лист1!7:7: пустой идентификатор школы")
  }

  @Test("a workbook's bytes given as a CSV source are read as its first sheet")
  func bytesInMemory() throws {
    let bytes = Fixture.bytes(sheets: [("Значения", Fixture.sheet(Self.values))])
    let data = try DatasetLoader.load(
      schools: Self.schools, values: [CSVSource(name: "mem.xlsx", bytes: bytes)], benchmarks: nil,
      mode: .collecting)
    #expect(data.rejected.map(\.sheet) == ["Значения", "Значения"])
    #expect(data.rejected.first?.file == "mem.xlsx")
  }

  @Test("an .xlsb and an .ods are named as such")
  func otherFormats() throws {
    var xlsb = ZipWriter(compression: .stored)
    xlsb.add(
      path: "_rels/.rels",
      bytes: Array(
        ("<Relationships><Relationship Id=\"rId1\" Type=\"\(Fixture.relType)officeDocument\" "
          + "Target=\"xl/workbook.bin\"/></Relationships>").utf8))
    #expect(throws: CSVError(kind: .workbook(.binaryWorkbook), file: "b.xlsb", line: 0, column: 0))
    {
      try Workbook(bytes: xlsb.finish(), name: "b.xlsb")
    }
    var ods = ZipWriter(compression: .stored)
    ods.add(path: "mimetype", bytes: Array("application/vnd.oasis.opendocument.spreadsheet".utf8))
    #expect(throws: CSVError(kind: .workbook(.openDocument), file: "t.ods", line: 0, column: 0)) {
      try Workbook(bytes: ods.finish(), name: "t.ods")
    }
  }
}
