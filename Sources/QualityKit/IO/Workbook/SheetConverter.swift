import Foundation

/// Turns a worksheet's XML into the `;`-separated UTF-8 CSV the file readers read, with the sheet
/// row of every line, so that the readers' validation, `--collect` and messages stay the ones of
/// CSV and their errors can be placed back on the sheet (``SheetLines``).
///
/// Field `k` of a line is column `k` of the sheet (A is 1); the first row with a value is the
/// header, and every later row is padded with empty fields to its width, as Excel's own CSV export
/// does. Rows without a value are left out. Each cell becomes the text its CSV twin would hold:
///
/// | cell | text |
/// |---|---|
/// | number (`n`, the default) | its `<v>` as written: the shortest text that reads back, with `.` |
/// | number with a date style | `YYYY-MM-DD` (with ` HH:MM:SS` when it has a time of day) |
/// | shared (`s`), inline (`inlineStr`), formula text (`str`) | the text, escapes undone |
/// | boolean (`b`) | `TRUE` or `FALSE` — never `1`/`0`, which would read as numbers |
/// | ISO date (`d`) | `YYYY-MM-DD`, or the ISO text when it has a time of day |
/// | error (`e`, e.g. `#DIV/0!`), formula without a saved value | empty, and a problem at the cell |
///
/// A field is quoted when it holds `;`, `,`, `"`, a tab or a line break, so `2,5` in a text cell
/// reads as 2.5 (the `;` dialect takes a decimal comma) and `0.1234` from a number cell reads as
/// 0.1234 (a decimal point is always taken). An empty cell stays an empty field.
///
/// Safety: the XML is walked once, byte by byte; rows and cells must come in order (a repeated or
/// backward reference is an error at it) and within XFD1048576; a million empty `<row/>` elements
/// cost their bytes and nothing more.
///
/// - Complexity: O(n) in the size of the sheet's XML plus O(s) for the s shared strings.
///
/// ```swift
/// let sheet = try SheetConverter.convert(xml, part: "xl/worksheets/sheet1.xml", sheet: "Лист1",
///   file: "v.xlsx", strings: SharedStrings(), styles: CellStyles(), date1904: false)
/// String(decoding: sheet.csv, as: UTF8.self)   // "school_id;year\nS1;2022\n"
/// sheet.lines.rows                              // [1, 2]
/// ```
enum SheetConverter {
  /// What a sheet converts to.
  struct Output: Sendable {
    /// The CSV bytes.
    var csv: [UInt8]
    /// Each line's sheet row and the cells that could not be read.
    var lines: SheetLines
  }

  /// Converts a worksheet part.
  ///
  /// - Parameters:
  ///   - xml: The part's bytes.
  ///   - part: The part's path, for XML errors.
  ///   - sheet: The sheet's name, for locations.
  ///   - file: The workbook's name, for locations.
  ///   - strings: The shared strings.
  ///   - styles: Which styles are dates.
  ///   - date1904: Whether serial dates count from 1904.
  ///   - plainCells: Whether the common cells take the quick reading (tests compare both).
  /// - Returns: The CSV text and the row of each of its lines.
  /// - Throws: ``CSVError/Kind/workbook(_:)``: XML problems at the sheet, out-of-order or invalid
  ///   references at their cell.
  static func convert(
    _ xml: [UInt8], part: String, sheet: String, file: String, strings: SharedStrings,
    styles: CellStyles, date1904: Bool, plainCells: Bool = true
  ) throws(CSVError) -> Output {
    let result = xml.withUnsafeBufferPointer { bytes -> Result<Output, CSVError> in
      do throws(CSVError) {
        return .success(
          try convert(
            bytes, continuation: nil, size: bytes.count, part: part, sheet: sheet, file: file,
            strings: strings, styles: styles, date1904: date1904, plainCells: plainCells))
      } catch {
        return .failure(error)
      }
    }
    return try result.get()
  }

  /// Converts a worksheet part whose first piece is `xml` and whose rest `continuation` gives as
  /// it arrives (see ``XMLCursor/continuation``); see
  /// ``convert(_:part:sheet:file:strings:styles:date1904:plainCells:)``.
  ///
  /// A conversion that ends without an error has read the part as the whole would be read. One
  /// that throws may have met the end of a piece that cuts something the whole part holds: its
  /// caller converts the whole part again to learn the real error.
  ///
  /// - Parameters:
  ///   - xml: The part's first piece, ending just before a `<` unless it is all of it.
  ///   - continuation: Gives the next pieces (see ``XMLCursor/continuation``); `nil` when `xml`
  ///     is the whole part.
  ///   - size: The part's size, to reserve the CSV text's room once.
  ///   - part: The part's path, for XML errors.
  ///   - sheet: The sheet's name, for locations.
  ///   - file: The workbook's name, for locations.
  ///   - strings: The shared strings.
  ///   - styles: Which styles are dates.
  ///   - date1904: Whether serial dates count from 1904.
  ///   - plainCells: Whether the common cells take the quick reading (tests compare both).
  /// - Returns: The CSV text and the row of each of its lines.
  /// - Throws: ``CSVError/Kind/workbook(_:)``, as the whole part's conversion — or, when a piece
  ///   cut something, an error of the cut.
  static func convert(
    _ xml: UnsafeBufferPointer<UInt8>, continuation: (any XMLContinuation)?, size: Int,
    part: String, sheet: String, file: String, strings: SharedStrings, styles: CellStyles,
    date1904: Bool, plainCells: Bool = true
  ) throws(CSVError) -> Output {
    var converter = State(
      sheet: sheet, file: file, strings: strings, styles: styles, date1904: date1904)
    converter.plainCells = plainCells
    converter.csv.reserve(size / 3)
    do {
      try XMLCursor.walk(xml, part: part, continuation: continuation) {
        (cursor: inout XMLCursor) throws(WorkbookProblem) in
        try converter.read(&cursor)
      }
    } catch {
      if let located = converter.located { throw located }
      throw CSVError(kind: .workbook(error), file: file, line: 0, column: 0, sheet: sheet)
    }
    return Output(
      csv: converter.csv.withUnsafeBytes { Array($0) },
      lines: SheetLines(sheet: sheet, rows: converter.rows, problems: converter.problems))
  }

  /// The conversion in progress.
  struct State: ~Copyable {
    let sheet: String
    let file: String
    let strings: SharedStrings
    let styles: CellStyles
    let date1904: Bool
    /// The shared strings as CSV fields (quoted where needed), and the line breaks in each.
    var fields = ByteBuffer()
    var fieldOffsets: [Int] = []
    var fieldBreaks: [Int32] = []

    var csv = ByteBuffer()
    var rows: [Int32] = []
    var problems: [CSVError] = []
    /// An error with its cell, to throw instead of the bare problem.
    var located: CSVError?

    /// The header's width; 0 until the header is written.
    var width = 0
    var row = 0
    /// The separators written on the current line (the last written field's column - 1).
    var separators = 0
    var wroteValue = false
    var breaksInRow: Int32 = 0
    var scratch: [UInt8] = []
    /// Whether cells of the common shape take ``readPlainCell(after:_:)``; tests turn it off to
    /// check that both readings agree.
    var plainCells = true

    init(sheet: String, file: String, strings: SharedStrings, styles: CellStyles, date1904: Bool) {
      self.sheet = sheet
      self.file = file
      self.strings = strings
      self.styles = styles
      self.date1904 = date1904
      fieldOffsets.reserveCapacity(strings.count + 1)
      fieldOffsets.append(0)
      fieldBreaks.reserveCapacity(strings.count)
      for index in 0..<strings.count {
        let breaks = Self.appendField(strings.utf8(at: index), to: &fields)
        fieldOffsets.append(fields.count)
        fieldBreaks.append(breaks)
      }
    }

    mutating func read(_ cursor: inout XMLCursor) throws(WorkbookProblem) {
      // To <sheetData>.
      while true {
        guard let tag = try cursor.nextTag() else { return }  // no data: an empty sheet
        if !tag.isEnd, cursor.tag(tag, is: "sheetData") {
          if tag.isEmpty { return }
          break
        }
      }
      var inRow = false
      var column = 0
      while true {
        if inRow, plainCells, let next = readPlainCell(after: column, &cursor) {
          column = next
          continue
        }
        // A piece ends between two rows; the next is other memory, and no range is held here.
        cursor.mayContinue = !inRow
        let next = try cursor.nextTag()
        cursor.mayContinue = false
        guard let tag = next else { throw cursor.malformed("</sheetData>") }
        if cursor.tag(tag, is: "c") {
          guard !tag.isEnd else { continue }
          guard inRow else { throw cursor.malformed("<c> вне <row>") }
          column = try readCell(tag, after: column, &cursor)
        } else if cursor.tag(tag, is: "row") {
          if tag.isEnd {
            endRow()
            inRow = false
            continue
          }
          if inRow { throw cursor.malformed("</row>") }
          _ = try rowNumber(tag, &cursor)
          column = 0
          if tag.isEmpty { continue }
          inRow = true
          startRow()
        } else if cursor.tag(tag, is: "sheetData"), tag.isEnd {
          if inRow { throw cursor.malformed("</row>") }
          return
        } else if !tag.isEnd {
          try cursor.skipElement(tag)
        }
      }
    }

    // MARK: Rows

    mutating func rowNumber(_ tag: XMLCursor.Tag, _ cursor: inout XMLCursor) throws(WorkbookProblem)
      -> Int
    {
      var number = row + 1
      var reference: Range<Int>?
      let bytes = cursor.bytes
      try cursor.forEachAttribute(of: tag) { name, prefix, value in
        if prefix.isEmpty, name.count == 1, bytes[name.lowerBound] == UInt8(ascii: "r") {
          reference = value
        }
      }
      if let reference {
        guard let parsed = Self.integer(cursor.bytes, reference), parsed >= 1,
          parsed <= SheetReference.maxRow
        else {
          try fail(.invalidReference(cursor.text(reference)), row: 0, column: 0)
        }
        guard parsed > row else {
          try fail(.outOfOrder(String(parsed)), row: parsed, column: 0)
        }
        number = parsed
      }
      guard number <= SheetReference.maxRow else {
        try fail(.invalidReference(String(number)), row: 0, column: 0)
      }
      row = number
      return number
    }

    mutating func startRow() {
      separators = 0
      wroteValue = false
      breaksInRow = 0
    }

    mutating func endRow() {
      guard wroteValue else { return }
      if width == 0 {
        width = separators + 1
      } else if separators < width - 1 {
        csv.append(repeating: UInt8(ascii: ";"), count: width - 1 - separators)
      }
      csv.append(byte: UInt8(ascii: "\n"))
      let row = Int32(row)
      for _ in 0...breaksInRow { rows.append(row) }
      wroteValue = false
    }

    // MARK: Cells

    /// Reads one `<c>` whose start tag is `tag`; returns its column.
    mutating func readCell(_ tag: XMLCursor.Tag, after previous: Int, _ cursor: inout XMLCursor)
      throws(WorkbookProblem) -> Int
    {
      // Attributes r, s, t.
      var reference: Range<Int>?
      var style = 0
      var type: UInt8 = UInt8(ascii: "n")
      var typeRange: Range<Int>?
      let bytes = cursor.bytes
      try cursor.forEachAttribute(of: tag) { name, prefix, value in
        guard prefix.isEmpty, name.count == 1 else { return }
        switch bytes[name.lowerBound] {
        case UInt8(ascii: "r"): reference = value
        case UInt8(ascii: "s"): style = Self.integer(bytes, value) ?? 0
        case UInt8(ascii: "t"): typeRange = value
        default: break
        }
      }
      var column = previous + 1
      if let reference {
        guard let parsed = SheetReference.parse(UnsafeBufferPointer(rebasing: bytes[reference]))
        else {
          try fail(.invalidReference(cursor.text(reference)), row: row, column: 0)
        }
        guard parsed.row == row, parsed.column > previous else {
          try fail(
            .outOfOrder(cursor.text(reference)), row: parsed.row, column: parsed.column)
        }
        column = parsed.column
      }
      guard column <= SheetReference.maxColumn else {
        try fail(.invalidReference(SheetReference.column(column)), row: row, column: 0)
      }
      if let typeRange {
        type = Self.cellType(bytes, typeRange)
      }
      guard !tag.isEmpty else { return column }
      // Children: <f>, <v>, <is>, others skipped.
      var hasFormula = false
      var value: Range<Int>?
      var decoded = false
      scratch.removeAll(keepingCapacity: true)
      var inline = false
      while true {
        guard let child = try cursor.nextTag() else { throw cursor.malformed("</c>") }
        if child.isEnd {
          if cursor.tag(child, is: "c") { break }
          continue
        }
        if cursor.tag(child, is: "v") {
          if child.isEmpty {
            value = 0..<0
          } else if let plain = cursor.plainText() {
            value = plain
          } else {
            scratch.removeAll(keepingCapacity: true)
            try cursor.appendText(to: &scratch)
            value = 0..<scratch.count
            decoded = true
          }
        } else if cursor.tag(child, is: "f") {
          hasFormula = true
          try cursor.skipElement(child)
        } else if cursor.tag(child, is: "is") {
          inline = true
          scratch.removeAll(keepingCapacity: true)
          try readInline(child, &cursor)
        } else {
          try cursor.skipElement(child)
        }
      }
      if inline, type == UInt8(ascii: "i") || value == nil {
        ExcelText.unescape(&scratch, from: 0)
        write(column: column, text: scratch[...])
        return column
      }
      guard let value, !value.isEmpty || type == UInt8(ascii: "f") else {
        if hasFormula { problem(.formulaWithoutValue, column: column) }
        return column
      }
      // The common cells — a number, a shared string — straight from the part's bytes.
      if !decoded {
        let raw = UnsafeBufferPointer(rebasing: cursor.bytes[value])
        if type == UInt8(ascii: "n"), !styles.isDate(style) {
          write(column: column, text: raw)
          return column
        }
        if type == UInt8(ascii: "s"), let index = Self.integer(raw), index < strings.count {
          writeSharedString(index, column: column)
          return column
        }
      }
      let text: ArraySlice<UInt8> =
        decoded
        ? scratch[value] : ArraySlice(UnsafeBufferPointer(rebasing: cursor.bytes[value]))
      switch type {
      case UInt8(ascii: "s"):
        guard let index = Self.integer(text), index < strings.count else {
          let index = Self.integer(text) ?? -1
          problem(.sharedStringIndex(index, count: strings.count), column: column)
          return column
        }
        writeSharedString(index, column: column)
      case UInt8(ascii: "f"), UInt8(ascii: "i"):
        var string = Array(text)
        ExcelText.unescape(&string, from: 0)
        write(column: column, text: string[...])
      case UInt8(ascii: "b"):
        let isTrue = text.elementsEqual("1".utf8) || text.elementsEqual("true".utf8)
        let isFalse = text.elementsEqual("0".utf8) || text.elementsEqual("false".utf8)
        if isTrue || isFalse {
          write(column: column, text: ArraySlice((isTrue ? "TRUE" : "FALSE").utf8))
        } else {
          write(column: column, text: text)
        }
      case UInt8(ascii: "e"):
        problem(.errorValue(String(decoding: text, as: UTF8.self)), column: column)
      case UInt8(ascii: "d"):
        write(column: column, text: ArraySlice(Self.isoDate(text).utf8))
      default:
        if styles.isDate(style), let date = Self.serialDate(text, date1904: date1904) {
          write(column: column, text: ArraySlice(date.utf8))
        } else {
          write(column: column, text: text)
        }
      }
      return column
    }

    /// The text of `<is>`: its `<t>` elements joined, phonetic runs left out.
    mutating func readInline(_ start: XMLCursor.Tag, _ cursor: inout XMLCursor)
      throws(WorkbookProblem)
    {
      guard !start.isEmpty else { return }
      while let tag = try cursor.nextTag() {
        if tag.isEnd {
          if cursor.tag(tag, is: "is") { return }
          continue
        }
        if cursor.tag(tag, is: "t") {
          if !tag.isEmpty { try cursor.appendText(to: &scratch) }
        } else if cursor.tag(tag, is: "rPh") {
          try cursor.skipElement(tag)
        }
      }
      throw cursor.malformed("</is>")
    }

    // MARK: Writing

    /// Moves to `column` on the current line.
    @inline(__always)
    mutating func advance(to column: Int) {
      let needed = column - 1 - separators
      if needed == 1 {
        csv.append(byte: UInt8(ascii: ";"))
      } else if needed > 0 {
        csv.append(repeating: UInt8(ascii: ";"), count: needed)
      }
      separators = column - 1
      wroteValue = true
    }

    mutating func write<Text: Collection<UInt8>>(column: Int, text: Text) where Text.Index == Int {
      advance(to: column)
      breaksInRow += Self.appendField(text, to: &csv)
    }

    mutating func writeSharedString(_ index: Int, column: Int) {
      advance(to: column)
      let range = fieldOffsets[index]..<fieldOffsets[index + 1]
      fields.withUnsafeBytes { csv.append(UnsafeBufferPointer(rebasing: $0[range])) }
      breaksInRow += fieldBreaks[index]
    }

    /// Appends `text` as one CSV field, quoted when it must be; returns the line breaks it holds
    /// as the CSV reader counts them (LF, and CR not before LF).
    @inline(__always)
    static func appendField<Text: Collection<UInt8>>(_ text: Text, to output: inout ByteBuffer)
      -> Int32
    where Text.Index == Int {
      var needsQuotes = false
      for byte in text
      where byte == UInt8(ascii: ";") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"")
        || byte == 0x09 || byte == 0x0A || byte == 0x0D
      {
        needsQuotes = true
        break
      }
      guard needsQuotes else {
        if text.withContiguousStorageIfAvailable({ output.append($0) }) == nil {
          for byte in text { output.append(byte: byte) }
        }
        return 0
      }
      var breaks: Int32 = 0
      output.append(byte: UInt8(ascii: "\""))
      var index = text.startIndex
      while index < text.endIndex {
        let byte = text[index]
        output.append(byte: byte)
        if byte == UInt8(ascii: "\"") { output.append(byte: byte) }
        if byte == 0x0A || (byte == 0x0D && !(index + 1 < text.endIndex && text[index + 1] == 0x0A))
        {
          breaks += 1
        }
        index += 1
      }
      output.append(byte: UInt8(ascii: "\""))
      return breaks
    }

    // MARK: Problems

    /// Records a problem of the cell at `column` of the current row, whose field stays empty.
    mutating func problem(_ problem: WorkbookProblem, column: Int) {
      advance(to: column)
      problems.append(
        CSVError(kind: .workbook(problem), file: file, line: row, column: column, sheet: sheet))
    }

    /// Throws `problem` at a place of the sheet (row 0: the whole sheet; column 0: the whole row).
    mutating func fail(_ problem: WorkbookProblem, row: Int, column: Int) throws(WorkbookProblem)
      -> Never
    {
      located = CSVError(
        kind: .workbook(problem), file: file, line: row, column: column, sheet: sheet)
      throw problem
    }

    // MARK: Values

    /// The one-letter code of a cell's `t`: `n`, `s`, `i` (inline), `f` (formula text), `b`, `e`,
    /// `d`; anything else is a number. Compared as bytes: this runs for millions of cells.
    @inline(__always)
    static func cellType(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt8 {
      let first = range.isEmpty ? 0 : bytes[range.lowerBound]
      switch range.count {
      case 1:
        switch first {
        case UInt8(ascii: "s"), UInt8(ascii: "b"), UInt8(ascii: "e"), UInt8(ascii: "d"):
          return first
        default: return UInt8(ascii: "n")
        }
      case 3
      where first == UInt8(ascii: "s") && bytes[range.lowerBound + 1] == UInt8(ascii: "t")
        && bytes[range.lowerBound + 2] == UInt8(ascii: "r"):
        return UInt8(ascii: "f")
      case 9
      where first == UInt8(ascii: "i")
        && UnsafeBufferPointer(rebasing: bytes[range]).elementsEqual("inlineStr".utf8):
        return UInt8(ascii: "i")
      default:
        return UInt8(ascii: "n")
      }
    }

    static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
      integer(UnsafeBufferPointer(rebasing: bytes[range]))
    }

    static func integer<Text: Collection<UInt8>>(_ text: Text) -> Int? {
      guard !text.isEmpty, text.count <= 12 else { return nil }
      var value = 0
      for byte in text {
        guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
        value = value * 10 + Int(byte - UInt8(ascii: "0"))
      }
      return value
    }

    /// `YYYY-MM-DD` for a serial date (with ` HH:MM:SS` when it has a time of day), or `nil` for
    /// a number that is no date (below 0 or beyond 9999-12-31). Excel's 1900 system counts
    /// 1900-02-29, which never was, as day 60: days before it are one off, and day 60 itself is
    /// written as it shows, `1900-02-29`, which the date readers then refuse.
    static func serialDate(_ text: ArraySlice<UInt8>, date1904: Bool) -> String? {
      guard let serial = Double(String(decoding: text, as: UTF8.self)), serial >= 0,
        serial < 2_958_466
      else { return nil }
      var days = Int(serial.rounded(.down))
      var seconds = Int(((serial - Double(days)) * 86_400).rounded())
      if seconds >= 86_400 {
        days += 1
        seconds -= 86_400
      }
      let date: String
      if date1904 {
        date = civil(daysSinceEpoch: days + CivilDays.since1970(year: 1904, month: 1, day: 1))
      } else if days == 60 {
        date = "1900-02-29"
      } else if days == 0 && seconds > 0 {
        date = ""
      } else {
        let base = CivilDays.since1970(year: 1899, month: 12, day: days < 60 ? 31 : 30)
        date = civil(daysSinceEpoch: base + days)
      }
      guard seconds > 0 else { return date }
      let time =
        [seconds / 3600, seconds / 60 % 60, seconds % 60]
        .map { $0 < 10 ? "0\($0)" : "\($0)" }.joined(separator: ":")
      return date.isEmpty ? time : date + " " + time
    }

    /// An ISO date-time of a `t="d"` cell: the date alone when the time is midnight.
    static func isoDate(_ text: ArraySlice<UInt8>) -> String {
      let string = String(decoding: text, as: UTF8.self)
      guard string.count > 10 else { return string }
      let time = string.dropFirst(10).drop { $0 == "T" || $0 == " " }
      if time.allSatisfy({ "0:.Z".contains($0) }) { return String(string.prefix(10)) }
      return string.prefix(10) + " " + time.prefix(8)
    }

    /// `YYYY-MM-DD` of a day counted from 1970-01-01.
    static func civil(daysSinceEpoch: Int) -> String {
      let z = daysSinceEpoch + 719_468
      let era = (z >= 0 ? z : z - 146_096) / 146_097
      let doe = z - era * 146_097
      let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
      let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
      let mp = (5 * doy + 2) / 153
      let day = doy - (153 * mp + 2) / 5 + 1
      let month = mp < 10 ? mp + 3 : mp - 9
      let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
      func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
      let yearText = String(year)
      return String(repeating: "0", count: max(0, 4 - yearText.count)) + yearText + "-"
        + two(month) + "-" + two(day)
    }
  }
}
