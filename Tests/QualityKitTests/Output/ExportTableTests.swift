import Foundation
import Testing

@testable import QualityKit

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The export tables: CSV in Russian and English, and the parts of an Excel workbook read back
/// with `XMLParser` — a small table of every kind of cell, every value checked by hand.
@Suite struct ExportTableTests {
  /// Two rows: every kind of cell, then a row of empty cells, text Excel would run as a formula,
  /// spaces at the start and characters XML 1.0 forbids.
  static let table = ExportTable(
    id: "sample", title: LocalizedText(ru: "Проба: 2021/2022", en: "Sample: 2021/2022"),
    columns: [
      .code("id"), .init("название", "name"), .init("число", "count", .integer),
      .init("значение", "value", .decimal(places: 2)),
      .init("доля, %", "share, %", .share(places: 1)), .init("дата", "date", .date),
      .init("годы", "years", .list),
    ]
  ) { row in
    row.code("A1")
    row.text("Школа «1»; & <b>")
    row.integer(5)
    row.number(-1.25)
    row.number(100.0 / 3)
    row.date(year: 2022, month: 10, day: 15)
    row.list(integers: [2021, 2022])
    row.endRow()
    row.code("=X")
    row.text("  lead\u{1}\u{FFFE}")
    row.integer(nil)
    row.number(nil)
    row.number(.nan)
    row.empty()
    row.list([])
    row.endRow()
  }

  @Test("Russian CSV: BOM, `;`, decimal comma, ДД.ММ.ГГГГ, quoted lists, inert formulas, CRLF")
  func russianCSV() {
    #expect(
      Self.table.csv(language: .russian)
        == "\u{FEFF}id;название;число;значение;доля, %;дата;годы\r\n"
        + "A1;\"Школа «1»; & <b>\";5;-1,25;33,3;15.10.2022;\"2021, 2022\"\r\n"
        + "'=X;  lead\u{1}\u{FFFE};;;;;\"\"\r\n")
  }

  @Test("English CSV: `,`, decimal point, ISO dates; a `;` needs no quotes, a list still has them")
  func englishCSV() {
    #expect(
      Self.table.csv(language: .english)
        == "\u{FEFF}id,name,count,value,\"share, %\",date,years\r\n"
        + "A1,Школа «1»; & <b>,5,-1.25,33.3,2022-10-15,\"2021, 2022\"\r\n"
        + "'=X,  lead\u{1}\u{FFFE},,,,,\"\"\r\n")
  }

  @Test("a table of more than a megabyte is handed over in pieces, every row whole and in order")
  func largeTable() {
    let table = ExportTable(
      id: "big", title: LocalizedText(ru: "Б", en: "B"),
      columns: [.code("id"), .init("n", "n", .integer)]
    ) { row in
      for index in 0..<150_000 {
        row.code("S\(index)")
        row.integer(index)
        row.endRow()
      }
    }
    var expected = "\u{FEFF}id;n\r\n"
    for index in 0..<150_000 { expected += "S\(index);\(index)\r\n" }
    let text = table.csv(language: .russian)
    #expect(text.utf8.count > 1 << 21)  // more than two pieces of a megabyte
    #expect(text == expected)
  }

  @Test("a list joined beforehand is written as its items are, in CSV and in a sheet")
  func listJoined() {
    let lists: [[String]] = [[], ["одна"], ["а; б", "в \"г\"", "д"]]
    func table(joined: Bool) -> ExportTable {
      ExportTable(
        id: "l", title: LocalizedText(ru: "л", en: "l"), columns: [.init("с", "l", .list)]
      ) { row in
        for items in lists {
          if joined { row.list(joined: items.joined(separator: ", ")) } else { row.list(items) }
          row.endRow()
        }
      }
    }
    for language in [Language.russian, .english] {
      #expect(
        table(joined: true).csv(language: language) == table(joined: false).csv(language: language))
    }
    // By hand: the Russian CSV quotes every list, doubling the quotes inside.
    #expect(
      table(joined: true).csv(language: .russian)
        == "\u{FEFF}с\r\n\"\"\r\n\"одна\"\r\n\"а; б, в \"\"г\"\", д\"\r\n")
    #expect(
      WorkbookWriter(tables: [table(joined: true)], language: .russian).bytes()
        == WorkbookWriter(tables: [table(joined: false)], language: .russian).bytes())
  }

  @Test("a quote in a cell is doubled inside quotes")
  func quotes() {
    let table = ExportTable(
      id: "q", title: LocalizedText(ru: "Q", en: "Q"), columns: [.init("т", "t")]
    ) { row in
      row.text("Школа \"Ромашка\"\nкорпус 2")
      row.endRow()
    }
    #expect(
      table.csv(language: .russian) == "\u{FEFF}т\r\n\"Школа \"\"Ромашка\"\"\nкорпус 2\"\r\n")
  }

  /// A cell of a sheet read back: its reference, style, type and value or inline text.
  struct Cell: Equatable {
    var ref: String
    var style: String?
    var type: String?
    var value: String
  }

  /// The cells, pane and autofilter of a worksheet, and the `xml:space` of its texts.
  final class SheetReader: NSObject, XMLParserDelegate {
    var cells: [Cell] = []
    var pane: [String: String] = [:]
    var autoFilter: String?
    var columns: [String] = []
    var preserved = 0
    private var text: String?

    func parser(
      _ parser: XMLParser, didStartElement element: String, namespaceURI: String?,
      qualifiedName: String?, attributes: [String: String]
    ) {
      switch element {
      case "c":
        cells.append(
          Cell(ref: attributes["r"] ?? "", style: attributes["s"], type: attributes["t"], value: "")
        )
      case "v", "t":
        text = ""
        if attributes["xml:space"] == "preserve" { preserved += 1 }
      case "pane": pane = attributes
      case "autoFilter": autoFilter = attributes["ref"]
      case "col": columns.append(attributes["width"] ?? "")
      default: break
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text? += string }

    func parser(
      _ parser: XMLParser, didEndElement element: String, namespaceURI: String?,
      qualifiedName: String?
    ) {
      if element == "v" || element == "t", let text {
        cells[cells.count - 1].value = text
        self.text = nil
      }
    }
  }

  static func read(_ bytes: [UInt8]) throws -> SheetReader {
    let reader = SheetReader()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = reader
    #expect(parser.parse(), "the sheet is well-formed XML")
    return reader
  }

  @Test("a sheet: bold frozen header, inline strings, numbers with formats, a date, an autofilter")
  func sheet() throws {
    let parts = WorkbookWriter(tables: [Self.table], language: .russian).sheetParts(Self.table)
    let range = parts.range
    let bytes = parts.head + parts.rows.buffer.withUnsafeBytes { Array($0) } + parts.tail
    #expect(range == "A1:G3")
    let sheet = try Self.read(bytes)
    // The header: bold (style 1), inline strings.
    #expect(
      sheet.cells.prefix(7).map { "\($0.ref) \($0.style ?? "") \($0.type ?? "") \($0.value)" } == [
        "A1 1 inlineStr id", "B1 1 inlineStr название", "C1 1 inlineStr число",
        "D1 1 inlineStr значение", "E1 1 inlineStr доля, %", "F1 1 inlineStr дата",
        "G1 1 inlineStr годы",
      ])
    // Row 2: text as inline strings (no apostrophe needed: never a formula); 5 with `0` (style
    // 2); −1.25 with `0.00` (style 4 + 2); 33.333333 with `0.0` (4 + 1); 15.10.2022 as its serial
    // day 44849 (2022-01-01 is 44562, plus 273 days to October, plus 14) with the date style 3.
    #expect(
      Array(sheet.cells[7..<14]) == [
        Cell(ref: "A2", style: nil, type: "inlineStr", value: "A1"),
        Cell(ref: "B2", style: nil, type: "inlineStr", value: "Школа «1»; & <b>"),
        Cell(ref: "C2", style: "2", type: nil, value: "5"),
        Cell(ref: "D2", style: "6", type: nil, value: "-1.25"),
        Cell(ref: "E2", style: "5", type: nil, value: "33.333333"),
        Cell(ref: "F2", style: "3", type: nil, value: "44849"),
        Cell(ref: "G2", style: nil, type: "inlineStr", value: "2021, 2022"),
      ])
    // Row 3: the formula-like text as it is; the leading spaces kept, U+0001 and U+FFFE left
    // out; empty cells not written.
    #expect(
      Array(sheet.cells[14...]) == [
        Cell(ref: "A3", style: nil, type: "inlineStr", value: "=X"),
        Cell(ref: "B3", style: nil, type: "inlineStr", value: "  lead"),
      ])
    #expect(sheet.preserved == 1)
    #expect(sheet.pane["ySplit"] == "1" && sheet.pane["state"] == "frozen")
    #expect(sheet.pane["topLeftCell"] == "A2")
    #expect(sheet.autoFilter == "A1:G3")
    // Widths fit the content: «Школа «1»; & <b>» is 16 characters, + 3; «id» is under the
    // minimum of 4, + 3.
    #expect(sheet.columns.count == 7)
    #expect(sheet.columns[0] == "7" && sheet.columns[1] == "19")
  }

  @Test("a table longer than a sheet goes on over more sheets, each with the header and its range")
  func longTableOverSheets() throws {
    // Five rows at three rows a sheet (header included): rows 1–2, 3–4 and 5, on «Итог»,
    // «Итог (2)» and «Итог (3)».
    let table = ExportTable(
      id: "t", title: LocalizedText(ru: "Итог", en: "Total"),
      columns: [.code("id"), .init("число", "count", .integer)]
    ) { row in
      for number in 1...5 {
        row.code("S\(number)")
        row.integer(number)
        row.endRow()
      }
    }
    var writer = WorkbookWriter(tables: [table], language: .russian)
    writer.rowsPerSheet = 3
    let book = try Workbook(bytes: writer.bytes(), name: "split.xlsx")
    #expect(book.sheetNames == ["Итог", "Итог (2)", "Итог (3)"])
    let texts = try book.sheetNames.map { name in
      String(decoding: try book.source(sheet: name).bytes, as: UTF8.self)
    }
    #expect(
      texts.map { $0.split(separator: "\n").first.map(String.init) }
        == Array(repeating: "id;число", count: 3))
    #expect(texts[0].contains("S1;1") && texts[0].contains("S2;2") && !texts[0].contains("S3"))
    #expect(texts[1].contains("S3;3") && texts[1].contains("S4;4") && !texts[1].contains("S5"))
    #expect(texts[2].contains("S5;5") && !texts[2].contains("S4"))
    // Exactly full sheets leave no sheet with the header alone.
    writer.rowsPerSheet = 6
    #expect(try Workbook(bytes: writer.bytes(), name: "one.xlsx").sheetNames == ["Итог"])
    writer.rowsPerSheet = 2
    #expect(
      try Workbook(bytes: writer.bytes(), name: "five.xlsx").sheetNames.count == 5)
  }

  @Test("a table of items is written as CSV in parallel parts: the same CSV, the same workbook")
  func tableInParts() {
    // 1,000 items of 0, 1 or 2 rows: more than three parts of 256 items.
    let count = 1000
    let columns: [ExportTable.Column] = [
      .code("id"), .init("текст", "text"), .init("n", "n", .integer),
    ]
    let write: @Sendable (Range<Int>, TableRowWriter) -> Void = { range, row in
      for item in range {
        for copy in 0..<(item % 3) {
          row.code("I\(item)")
          row.text(String(repeating: "ш", count: item % 7))
          row.integer(item * 10 + copy)
          row.endRow()
        }
      }
    }
    let title = LocalizedText(ru: "Части", en: "Parts")
    let plain = ExportTable(id: "p", title: title, columns: columns) { write(0..<count, $0) }
    let parted = ExportTable(id: "p", title: title, columns: columns, items: count, rows: write)
    for language in [Language.russian, .english] {
      #expect(parted.csv(language: language) == plain.csv(language: language))
      #expect(
        ExportTable.workbook([parted], language: language)
          == ExportTable.workbook([plain], language: language))
    }
    #expect(plain.csv(language: .english).split(separator: "\r\n").count == 1 + 999)
  }

  @Test("the serial day of Excel's 1900 system")
  func serialDays() {
    #expect(TableRowWriter.serialDay(year: 1900, month: 3, day: 1) == 61)
    #expect(TableRowWriter.serialDay(year: 2022, month: 10, day: 15) == 44849)
    #expect(TableRowWriter.serialDay(year: 2024, month: 2, day: 29) == 45351)
  }

  @Test("styles: a bold font for the header, a date format by language, decimals by places")
  func styles() {
    let russian = WorkbookWriter(tables: [Self.table], language: .russian).styles()
    #expect(russian.contains("<numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"))
    #expect(russian.contains("<numFmt numFmtId=\"166\" formatCode=\"0.00\"/>"))
    #expect(russian.contains("<font><b/>"))
    #expect(russian.contains("<cellXfs count=\"11\">"))
    let english = WorkbookWriter(tables: [Self.table], language: .english).styles()
    #expect(english.contains("formatCode=\"yyyy-mm-dd\""))
  }

  @Test("the workbook part: sheet names made valid and unique, the autofilter's hidden name")
  func workbookPart() {
    let xml = WorkbookWriter(tables: [Self.table, Self.table], language: .russian).workbook(
      names: ["Проба 2021-2022", "Проба 2021-2022 (2)"], ranges: ["A1:G3", "A1:G3"])
    #expect(xml.contains("<sheet name=\"Проба 2021-2022\" sheetId=\"1\" r:id=\"rId1\"/>"))
    #expect(
      xml.contains(
        "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"1\" hidden=\"1\">"
          + "'Проба 2021-2022 (2)'!$A$1:$G$3</definedName>"))
  }

  @Test("sheet names: no []:*?/\\, at most 31 characters, unique whatever the case")
  func sheetNames() {
    #expect(SheetName.make("Итог: 2021/2022", taken: []) == "Итог 2021-2022")
    #expect(SheetName.make("[a]*?\\b", taken: []) == "a-b")
    let long = String(repeating: "ш", count: 40)
    #expect(SheetName.make(long, taken: []) == String(repeating: "ш", count: 31))
    #expect(SheetName.make("Итог", taken: ["итог"]) == "Итог (2)")
    #expect(SheetName.make(long, taken: [String(repeating: "ш", count: 31)]).count == 31)
    #expect(SheetName.make("'", taken: []) == "Sheet")
  }

  @Test("the same tables give the same workbook, byte for byte")
  func determinism() {
    let first = ExportTable.workbook([Self.table], language: .russian)
    let second = ExportTable.workbook([Self.table], language: .russian)
    #expect(first == second)
    #expect(first.starts(with: [0x50, 0x4B, 0x03, 0x04]))  // a ZIP local file header
    for part in [
      "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml",
      "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml",
      "xl/worksheets/sheet1.xml",
    ] {
      let name = Array(part.utf8)
      let found = (0...(first.count - name.count)).contains {
        Array(first[$0..<$0 + name.count]) == name
      }
      #expect(found, "\(part)")
    }
  }
}
