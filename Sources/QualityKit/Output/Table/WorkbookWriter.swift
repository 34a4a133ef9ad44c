/// An Excel workbook (Office Open XML, `.xlsx`) of ``ExportTable``s: one sheet per table, written
/// byte by byte and packed with ``ZipWriter``.
///
/// Each sheet: the header row bold and frozen, an autofilter over the table, column widths fitted
/// to the widest cell (at most 60 characters), numbers as numbers with the column's format
/// (`0` for whole numbers, `0.0`, `0.00` … by the column's places), dates as date cells shown
/// `ДД.ММ.ГГГГ` (`YYYY-MM-DD` in English), text as shared strings where its column repeats them
/// and inline otherwise (``SharedStringTable``). The parts: `[Content_Types].xml`,
/// `_rels/.rels`, `docProps/core.xml` and `docProps/app.xml` (the creator and the application,
/// no time: the same tables give the same bytes), `xl/workbook.xml`,
/// `xl/_rels/workbook.xml.rels`, `xl/styles.xml`, `xl/worksheets/sheetN.xml` and
/// `xl/sharedStrings.xml`.
///
/// - Complexity: O(n) in the cells, plus the compression of the sheets.
///
/// ```swift
/// let bytes = ExportTable.workbook(report.tables(language: .russian), language: .russian)
/// // "PK\u{3}\u{4}…": a ZIP archive that Excel, LibreOffice and openpyxl open
/// ```
struct WorkbookWriter {
  /// The tables, one sheet each, in order.
  let tables: [ExportTable]
  /// The language of headers and sheet names.
  let language: Language

  /// The widest a column is made, in characters: longer texts wrap in Excel's cell anyway.
  static let widestColumn = 60

  /// The most rows a sheet may have, its header's included: Excel's limit, 1,048,576. A longer
  /// table goes on over as many sheets as it needs, each with the header, named as the first
  /// with `(2)`, `(3)` … after it.
  var rowsPerSheet = 1_048_576

  /// The workbook as the bytes of a ZIP archive.
  func bytes() -> [UInt8] {
    // Each sheet is compressed as soon as it is written, and its XML let go: only one sheet's
    // XML is ever in memory, though the workbook part (which needs every sheet's range) comes
    // before the sheets in the archive.
    var names: [String] = []
    var ranges: [String] = []
    var sheets: [ZipWriter.Content] = []
    let strings = SharedStringTable()
    for table in tables {
      for (sheet, range) in self.sheets(table, strings: strings) {
        names.append(SheetName.make(table.title[language], taken: names))
        sheets.append(sheet)
        ranges.append(range)
      }
    }
    var zip = ZipWriter(compression: .deflated)
    let shared = strings.count > 0
    zip.add(
      path: "[Content_Types].xml",
      bytes: Array(contentTypes(sheets: sheets.count, sharedStrings: shared).utf8))
    zip.add(path: "_rels/.rels", bytes: Array(Self.packageRelationships.utf8))
    zip.add(path: "docProps/app.xml", bytes: Array(Self.appProperties.utf8))
    zip.add(path: "docProps/core.xml", bytes: Array(Self.coreProperties.utf8))
    zip.add(path: "xl/workbook.xml", bytes: Array(workbook(names: names, ranges: ranges).utf8))
    zip.add(
      path: "xl/_rels/workbook.xml.rels",
      bytes: Array(workbookRelationships(sheets: sheets.count, sharedStrings: shared).utf8))
    zip.add(path: "xl/styles.xml", bytes: Array(styles().utf8))
    if shared { zip.add(path: "xl/sharedStrings.xml", bytes: strings.part()) }
    for (index, sheet) in sheets.enumerated() {
      zip.add(path: "xl/worksheets/sheet\(index + 1).xml", content: sheet)
    }
    return zip.finish()
  }

  /// A table's worksheets, compressed, each with the range of its part of the table
  /// (`A1:K120`): one, or more when the table has more rows than ``rowsPerSheet``.
  func sheets(_ table: ExportTable, strings: SharedStringTable? = nil) -> [(
    ZipWriter.Content, String
  )] {
    let writer = TableRowWriter(language: language, target: .sheet, columns: table.columns)
    writer.strings = strings
    var sheets: [(ZipWriter.Content, String)] = []
    // The rows go to the compressor a megabyte at a time as they are written, so writing and
    // compressing overlap and the sheet's XML is never whole in memory.
    var stream = DeflateStream()
    writer.sheetRowLimit = rowsPerSheet
    writer.sheetFull = { full in
      sheets.append(self.compressed(full, table, stream))
      stream = DeflateStream()
    }
    writer.header()
    let hand = { (bytes: UnsafeBufferPointer<UInt8>) in stream.append(bytes) }
    withoutActuallyEscaping(hand) { flush in
      writer.flush = flush
      table.rows(writer)
      writer.flush = nil
    }
    // A table that filled its last sheet exactly leaves a header alone: no sheet of its own.
    if sheets.isEmpty || writer.rowCount > 1 { sheets.append(compressed(writer, table, stream)) }
    writer.sheetFull = nil
    return sheets
  }

  /// The sheet of the rows `stream` was given and those still in `writer`, compressed, and its
  /// range.
  private func compressed(_ writer: TableRowWriter, _ table: ExportTable, _ stream: DeflateStream)
    -> (ZipWriter.Content, String)
  {
    writer.buffer.withUnsafeBytes { stream.append($0) }
    let body = stream.finish()
    let (head, tail, range) = sheetFrame(writer, table)
    let content = head.withUnsafeBufferPointer { head in
      tail.withUnsafeBufferPointer { tail in ZipWriter.Content(head: head, body: body, tail: tail) }
    }
    return (content, range)
  }

  /// A worksheet's XML in three parts — what precedes the rows (its size, view and column
  /// widths, known only once the rows are written), the rows, and what follows them — and the
  /// range of its table; for a table that fits one sheet.
  func sheetParts(_ table: ExportTable, strings: SharedStringTable? = nil) -> (
    head: [UInt8], rows: TableRowWriter, tail: [UInt8], range: String
  ) {
    let writer = TableRowWriter(language: language, target: .sheet, columns: table.columns)
    writer.strings = strings
    writer.header()
    table.rows(writer)
    let (head, tail, range) = sheetFrame(writer, table)
    return (head, writer, tail, range)
  }

  /// What precedes and follows the rows written in `writer`, and their range.
  private func sheetFrame(_ writer: TableRowWriter, _ table: ExportTable) -> (
    head: [UInt8], tail: [UInt8], range: String
  ) {
    let lastColumn = String(
      decoding: TableRowWriter.letters(of: max(table.columns.count, 1) - 1), as: UTF8.self)
    let range = "A1:\(lastColumn)\(max(writer.rowCount, 1))"
    var head = ByteBuffer(capacity: 1024)
    head.append(Self.xmlDeclaration)
    head.append(
      string: "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">")
    head.append(string: "<dimension ref=\"\(range)\"/>")
    head.append(
      string: "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
        + "activePane=\"bottomLeft\" state=\"frozen\"/><selection pane=\"bottomLeft\" "
        + "activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
        + "<sheetFormatPr defaultRowHeight=\"15\"/>")
    if !table.columns.isEmpty {
      head.append("<cols>")
      for (index, width) in writer.widths.enumerated() {
        // Two characters more for the autofilter's button, and a little room.
        let fitted = min(max(width, 4) + 3, Self.widestColumn)
        head.append(string: "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(fitted)\" ")
        head.append("customWidth=\"1\"/>")
      }
      head.append("</cols>")
    }
    head.append("<sheetData>")
    let tail = Array("</sheetData><autoFilter ref=\"\(range)\"/></worksheet>".utf8)
    return (head.withUnsafeBytes { Array($0) }, tail, range)
  }

  static let xmlDeclaration: StaticString =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"

  func contentTypes(sheets: Int, sharedStrings: Bool) -> String {
    var text = "\(Self.xmlDeclaration)"
    text += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    text +=
      "<Default Extension=\"rels\" "
      + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
      + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
      + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
      + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
      + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
      + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
      + "<Override PartName=\"/docProps/core.xml\" "
      + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
      + "<Override PartName=\"/docProps/app.xml\" ContentType=\"application/"
      + "vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
    for index in 0..<sheets {
      text +=
        "<Override PartName=\"/xl/worksheets/sheet\(index + 1).xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
    }
    if sharedStrings {
      text +=
        "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
        + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
    }
    return text + "</Types>"
  }

  static let packageRelationships =
    "\(xmlDeclaration)"
    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
    + "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
    + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    + "relationships/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>"

  /// The application, no dates: `dcterms:created` would make two runs differ.
  static let appProperties =
    "\(xmlDeclaration)"
    + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    + "extended-properties\" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    + "docPropsVTypes\"><Application>QualityKit</Application></Properties>"

  static let coreProperties =
    "\(xmlDeclaration)"
    + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/"
    + "core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
    + "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
    + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
    + "<dc:creator>QualityKit</dc:creator></cp:coreProperties>"

  func workbook(names: [String], ranges: [String]) -> String {
    var text = "\(Self.xmlDeclaration)"
    text +=
      "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
      + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
      + "<bookViews><workbookView/></bookViews><sheets>"
    for (index, name) in names.enumerated() {
      text +=
        "<sheet name=\"\(Self.attribute(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
    }
    text += "</sheets><definedNames>"
    // Excel keeps each autofilter's range as this hidden name, and expects it.
    for (index, name) in names.enumerated() {
      let quoted = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
      let absolute = ranges[index].split(separator: ":").map { cell in
        let letters = cell.prefix { $0.isLetter }
        return "$\(letters)$\(cell.dropFirst(letters.count))"
      }.joined(separator: ":")
      text +=
        "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
        + Self.attribute(quoted + "!" + absolute) + "</definedName>"
    }
    return text + "</definedNames></workbook>"
  }

  func workbookRelationships(sheets: Int, sharedStrings: Bool) -> String {
    var text = "\(Self.xmlDeclaration)"
    text += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for index in 0..<sheets {
      text +=
        "<Relationship Id=\"rId\(index + 1)\" Type=\"http://schemas.openxmlformats.org/"
        + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet\(index + 1).xml\"/>"
    }
    text +=
      "<Relationship Id=\"rId\(sheets + 1)\" Type=\"http://schemas.openxmlformats.org/"
      + "officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
    if sharedStrings {
      text +=
        "<Relationship Id=\"rId\(sheets + 2)\" Type=\"http://schemas.openxmlformats.org/"
        + "officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
    }
    return text + "</Relationships>"
  }

  /// The cell formats of ``TableRowWriter/SheetStyle``, in that order: plain, bold header, `0`,
  /// the date, then `0`, `0.0` … `0.000000` for numbers with 0 to 6 decimals.
  func styles() -> String {
    let date = language == .russian ? "dd.mm.yyyy" : "yyyy-mm-dd"
    var formats = "<numFmt numFmtId=\"164\" formatCode=\"\(date)\"/>"
    for places in 1...6 {
      formats +=
        "<numFmt numFmtId=\"\(164 + places)\" formatCode=\"0.\(String(repeating: "0", count: places))\"/>"
    }
    var cells =
      "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
      + "<xf numFmtId=\"1\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      + "applyNumberFormat=\"1\"/>"
      + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" "
      + "applyNumberFormat=\"1\"/>"
    for places in 0...6 {
      cells +=
        "<xf numFmtId=\"\(places == 0 ? 1 : 164 + places)\" fontId=\"0\" fillId=\"0\" "
        + "borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
    }
    return "\(Self.xmlDeclaration)"
      + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
      + "<numFmts count=\"7\">\(formats)</numFmts>"
      + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
      + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
      + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
      + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
      + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
      + "</cellStyleXfs><cellXfs count=\"11\">\(cells)</cellXfs>"
      + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
      + "</cellStyles></styleSheet>"
  }

  /// `text` escaped for an XML attribute or element.
  static func attribute(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
