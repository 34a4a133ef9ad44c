#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The cells of a worksheet (`xl/worksheets/sheetN.xml`) from an ``ExportTable``: SpreadsheetML's
/// `<row>` and `<c>` elements, written as bytes.
///
/// Text is never a formula, so it needs no apostrophe. It goes to the workbook's shared strings
/// (``SharedStringTable``, `t="s"`) when the writer has them and its column repeats its texts,
/// and is an inline string (`t="inlineStr"`) otherwise: a 40,000-school identification sheet is
/// 446 MB of XML with every text inline, and compressing and checksumming it was most of the
/// time of writing the workbook. Numbers are numbers (`<v>`, up to six decimals as in JSON) with
/// the column's number format; a date is its Excel serial day with a `ДД.ММ.ГГГГ` (or
/// `YYYY-MM-DD`) format. Each column's widest cell is kept, so that the sheet's column widths fit
/// its content.
///
/// - Complexity: O(n) in the bytes of a cell.
extension TableRowWriter {
  /// The cell styles of ``WorkbookStyles``, by their index in `cellXfs`.
  enum SheetStyle: Int {
    case plain = 0
    case header = 1
    case integer = 2
    case date = 3
    /// A number with 0 decimals; `decimal + p` has `p` decimals (up to six).
    case decimal = 4
  }

  /// Writes `<row r="N">` at the first cell of a row.
  @inline(__always)
  func openRow() {
    guard !rowIsOpen else { return }
    rowIsOpen = true
    buffer.append("<row r=\"")
    buffer.append(int: rowCount + 1)
    buffer.append("\">")
  }

  /// `<c r="B7"` with the style, if any.
  @inline(__always)
  private func cellStart(style: Int) {
    openRow()
    buffer.append("<c r=\"")
    columnLetters[column].withUnsafeBufferPointer { buffer.append($0) }
    buffer.append(int: rowCount + 1)
    if style != 0 {
      buffer.append("\" s=\"")
      buffer.append(int: style)
    }
    buffer.append(byte: UInt8(ascii: "\""))
  }

  /// A text cell: a shared string or an inline one, escaped for XML, characters XML 1.0 forbids
  /// left out.
  func sheetText(_ value: String, style: SheetStyle = .plain) {
    guard !value.isEmpty else { return }
    if let strings, column < sharing.count, sharing[column].shared,
      let last = sharing[column].last, Self.sameBytes(last.text, value)
    {
      // The text of the row above: the same number, the same width.
      strings.countRepeat()
      sharing[column].count(isNew: false)
      sharedCell(last.number, style: style)
      return
    }
    let given = value
    var value = value
    // U+FFFE and U+FFFF (`EF BF BE`, `EF BF BF`): `EF` starts only rare characters, so the
    // scalars are looked at only when it occurs.
    if value.withUTF8({ bytes in
      bytes.baseAddress.map { memchr($0, 0xEF, bytes.count) != nil } ?? false
    }) {
      value = String(value.unicodeScalars.filter { $0 != "\u{FFFE}" && $0 != "\u{FFFF}" })
      guard !value.isEmpty else { return }
    }
    value.withUTF8 { bytes in
      let spaced = Self.isSpace(bytes[0]) || Self.isSpace(bytes[bytes.count - 1])
      if let strings, column < sharing.count, sharing[column].shared {
        let (number, isNew) = strings.number(of: bytes, spaced: spaced)
        sharing[column].count(isNew: isNew)
        sharing[column].last = (given, number)
        sharedCell(number, style: style)
      } else {
        cellStart(style: style.rawValue)
        buffer.append(
          spaced ? " t=\"inlineStr\"><is><t xml:space=\"preserve\">" : " t=\"inlineStr\"><is><t>")
        buffer.appendEscaped(bytes, XMLEscapes.self)
        buffer.append("</t></is></c>")
      }
      noteWidth(of: bytes)
    }
  }

  /// `<c … t="s"><v>N</v></c>`: shared string `number`.
  @inline(__always)
  private func sharedCell(_ number: Int, style: SheetStyle) {
    cellStart(style: style.rawValue)
    buffer.append(" t=\"s\"><v>")
    buffer.append(int: number)
    buffer.append("</v></c>")
  }

  /// A text cell whose bytes, which need no escapes, `body` writes (a list of numbers).
  func sheetInline(_ body: (TableRowWriter) -> Void) {
    cellStart(style: SheetStyle.plain.rawValue)
    buffer.append(" t=\"inlineStr\"><is><t>")
    let start = buffer.count
    body(self)
    let width = buffer.count - start
    buffer.append("</t></is></c>")
    if column < widths.count, width > widths[column] { widths[column] = width }
  }

  /// Whether two texts have the same UTF-8 bytes: the shared strings are keyed by bytes, and
  /// `==` would take canonically equivalent spellings for one.
  @inline(__always)
  static func sameBytes(_ first: String, _ second: String) -> Bool {
    let compared = first.utf8.withContiguousStorageIfAvailable { left in
      second.utf8.withContiguousStorageIfAvailable { right in
        guard left.count == right.count else { return false }
        guard let leftBase = left.baseAddress, let rightBase = right.baseAddress else {
          return true  // both empty
        }
        return memcmp(leftBase, rightBase, left.count) == 0
      }
    }
    return (compared ?? nil) ?? first.utf8.elementsEqual(second.utf8)
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  /// Keeps the width of a text in characters (UTF-8 lead bytes) when it may be the widest.
  @inline(__always)
  private func noteWidth(of bytes: UnsafeBufferPointer<UInt8>) {
    guard column < widths.count, bytes.count > widths[column] else { return }
    var characters = 0
    for byte in bytes where byte & 0xC0 != 0x80 { characters += 1 }
    if characters > widths[column] { widths[column] = characters }
  }

  /// A number cell, its value written by `value`, styled by its column.
  func sheetNumber(_ value: (inout ByteBuffer) -> Void) {
    let style: SheetStyle
    var places = 0
    switch kind {
    case .integer: style = .integer
    case .decimal(let shown), .share(let shown):
      style = .decimal
      places = min(max(shown, 0), 6)
    default: style = .plain
    }
    cellStart(style: style.rawValue + places)
    buffer.append("><v>")
    let start = buffer.count
    value(&buffer)
    buffer.append("</v></c>")
    let digits = buffer.count - start + (places > 0 ? 1 : 0)
    if column < widths.count, digits > widths[column] { widths[column] = digits }
  }

  /// A date cell: the serial day of Excel's 1900 system with the date format.
  func sheetDate(year: Int, month: Int, day: Int) {
    cellStart(style: SheetStyle.date.rawValue)
    buffer.append("><v>")
    buffer.append(int: Self.serialDay(year: year, month: month, day: day))
    buffer.append("</v></c>")
    if column < widths.count, widths[column] < 10 { widths[column] = 10 }
  }

  /// Days since 1899-12-30: Excel's serial number of a day from 1900-03-01 on (the days before
  /// are one off by Excel's own leap day of 1900, and never in a report).
  ///
  /// ```swift
  /// TableRowWriter.serialDay(year: 2022, month: 10, day: 15)  // 44849
  /// ```
  static func serialDay(year: Int, month: Int, day: Int) -> Int {
    CivilDays.since1970(year: year, month: month, day: day)
      - CivilDays.since1970(year: 1899, month: 12, day: 30)
  }
}

/// XML 1.0 text: `&`, `<` and `>` as entities, a carriage return as `&#13;` (a parser would turn a
/// raw one into a line feed), and the control characters XML 1.0 forbids (all below U+0020 but
/// tab and line breaks) left out, since no reader would open the sheet with them. U+FFFE and
/// U+FFFF, the other two it forbids, are taken out before (``TableRowWriter/sheetText(_:style:)``).
enum XMLEscapes: ByteEscapes {
  @inline(__always)
  static func mayNeedEscape(_ word: UInt64) -> Bool {
    (ByteWord.control(word) | ByteWord.equal(word, 0x26) | ByteWord.equal(word, 0x3C)
      | ByteWord.equal(word, 0x3E)) != 0
  }

  @inline(__always)
  static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E
  }

  static func appendEscape(of byte: UInt8, to buffer: inout ByteBuffer) {
    switch byte {
    case 0x26: buffer.append("&amp;")
    case 0x3C: buffer.append("&lt;")
    case 0x3E: buffer.append("&gt;")
    case 0x0D: buffer.append("&#13;")
    case 0x09, 0x0A: buffer.append(byte: byte)
    default: break  // a control character XML 1.0 forbids
    }
  }
}
