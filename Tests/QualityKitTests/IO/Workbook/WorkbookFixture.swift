import Foundation

@testable import QualityKit

/// Workbooks made in the tests from their parts, stored in a ZIP archive by ``ZipWriter``.
enum WorkbookFixture {
  static let main = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
  static let relationships =
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
  static let relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

  /// A sheet's XML with `rows` inside `<sheetData>`.
  static func sheet(_ rows: String) -> String {
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet \(main)>"
      + "<dimension ref=\"A1\"/><sheetData>\(rows)</sheetData></worksheet>"
  }

  /// The bytes of a workbook with `sheets` (name and XML) in order, and optional shared strings,
  /// styles and `workbookPr` attributes.
  static func bytes(
    sheets: [(name: String, xml: String)], strings: String? = nil, styles: String? = nil,
    workbookPr: String = ""
  ) -> [UInt8] {
    var zip = ZipWriter(compression: .stored)
    zip.add(
      path: "_rels/.rels",
      bytes: Array(
        ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"\(relType)officeDocument\" "
          + "Target=\"xl/workbook.xml\"/></Relationships>").utf8))
    var list = ""
    var rels = ""
    for (index, sheet) in sheets.enumerated() {
      let name = sheet.name.replacingOccurrences(of: "&", with: "&amp;")
      list += "<sheet name=\"\(name)\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
      rels +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"\(relType)worksheet\" "
        + "Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    if strings != nil {
      rels +=
        "<Relationship Id=\"rIdS\" Type=\"\(relType)sharedStrings\" Target=\"sharedStrings.xml\"/>"
    }
    if styles != nil {
      rels += "<Relationship Id=\"rIdT\" Type=\"\(relType)styles\" Target=\"/xl/styles.xml\"/>"
    }
    zip.add(
      path: "xl/workbook.xml",
      bytes: Array(
        "<workbook \(main) \(relationships)><workbookPr \(workbookPr)/><sheets>\(list)</sheets></workbook>"
          .utf8))
    zip.add(
      path: "xl/_rels/workbook.xml.rels",
      bytes: Array(
        ("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + rels + "</Relationships>").utf8))
    for (index, sheet) in sheets.enumerated() {
      zip.add(path: "xl/worksheets/sheet\(index + 1).xml", bytes: Array(sheet.xml.utf8))
    }
    if let strings { zip.add(path: "xl/sharedStrings.xml", bytes: Array(strings.utf8)) }
    if let styles { zip.add(path: "xl/styles.xml", bytes: Array(styles.utf8)) }
    return zip.finish()
  }

  /// A book of one sheet named `name` with `rows`.
  static func book(
    _ rows: String, name: String = "Лист1", strings: String? = nil, styles: String? = nil,
    workbookPr: String = "", file: String = "v.xlsx"
  ) throws(CSVError) -> Workbook {
    try Workbook(
      bytes: bytes(
        sheets: [(name, sheet(rows))], strings: strings, styles: styles, workbookPr: workbookPr),
      name: file)
  }

  /// The CSV text a one-sheet book turns into.
  static func text(
    _ rows: String, strings: String? = nil, styles: String? = nil, workbookPr: String = ""
  ) throws -> String {
    let source = try book(rows, strings: strings, styles: styles, workbookPr: workbookPr).source()
    return String(decoding: source.bytes, as: UTF8.self)
  }

  /// A shared-string table of plain strings.
  static func strings(_ values: [String]) -> String {
    "<sst \(main) count=\"\(values.count)\">"
      + values.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"
  }

  /// A styles part whose cell style 1 has number format `format` (built in, or custom 164).
  static func styles(builtIn: Int? = nil, custom: String? = nil) -> String {
    let id = builtIn ?? 164
    let formats =
      custom.map {
        "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"\($0)\"/></numFmts>"
      } ?? ""
    return
      "<styleSheet \(main)>\(formats)<cellStyleXfs count=\"1\"><xf numFmtId=\"0\"/></cellStyleXfs>"
      + "<cellXfs count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"\(id)\" applyNumberFormat=\"1\"/></cellXfs>"
      + "</styleSheet>"
  }

  /// The folder of the committed workbook fixtures.
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/Workbooks")

  /// The folder of the bundled sample.
  static let sample = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Examples/Data")
}
