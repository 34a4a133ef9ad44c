extension SheetConverter.State {
  /// Reads the cell at the cursor when it has the shape nearly every cell of an export has, and
  /// returns its column; returns `nil`, with the cursor where it was, for any other cell, which
  /// ``readCell(_:after:_:)`` then reads.
  ///
  /// The shape: `<c r="B2" s="3" t="s"><v>17</v></c>` after any whitespace — attributes `r`,
  /// `s` and `t` (each optional, in any order, double-quoted, `s` in digits, `t` `n` or `s`), a
  /// reference (read by ``SheetReference/parse(_:)``, as the general reading reads it) on the
  /// current row past the previous cell, then `/>`, or one `<v>` of plain text (no entity, no
  /// CDATA) and nothing else; the value a number without a date style or a shared string within
  /// the table. Such a cell is written exactly as ``readCell(_:after:_:)`` writes it. Every
  /// irregular cell — another attribute, a formula, an inline string, a date, an error, a
  /// reference out of order — falls back, so its text, problem or error stays that reading's.
  ///
  /// A values sheet of 40,000 schools is six million such cells, and the general reading spends
  /// most of its time finding tags and attributes one call at a time.
  ///
  /// - Complexity: O(k) in the cell's bytes.
  @inline(__always)
  mutating func readPlainCell(after previous: Int, _ cursor: inout XMLCursor) -> Int? {
    let bytes = cursor.bytes
    let count = bytes.count
    var index = cursor.position
    while index < count, bytes[index] <= 0x20 { index += 1 }
    guard index + 2 < count, bytes[index] == UInt8(ascii: "<"),
      bytes[index + 1] == UInt8(ascii: "c")
    else { return nil }
    index += 2
    var reference: Range<Int>?
    var style = 0
    var type = UInt8(ascii: "n")
    var seen: UInt8 = 0
    var isEmpty = false
    // The start tag's attributes.
    while true {
      guard index + 1 < count else { return nil }
      let byte = bytes[index]
      if byte == UInt8(ascii: ">") {
        index += 1
        break
      }
      if byte == UInt8(ascii: "/") {
        guard bytes[index + 1] == UInt8(ascii: ">") else { return nil }
        index += 2
        isEmpty = true
        break
      }
      guard byte == UInt8(ascii: " "), index + 4 < count,
        bytes[index + 2] == UInt8(ascii: "="), bytes[index + 3] == UInt8(ascii: "\"")
      else { return nil }
      let name = bytes[index + 1]
      let start = index + 4
      var end = start
      while end < count, bytes[end] != UInt8(ascii: "\"") { end += 1 }
      guard end < count else { return nil }
      let bit: UInt8
      switch name {
      case UInt8(ascii: "r"):
        bit = 1
        reference = start..<end
      case UInt8(ascii: "s"):
        bit = 2
        guard let parsed = SheetConverter.State.integer(bytes, start..<end) else { return nil }
        style = parsed
      case UInt8(ascii: "t"):
        bit = 4
        guard end == start + 1,
          bytes[start] == UInt8(ascii: "n") || bytes[start] == UInt8(ascii: "s")
        else { return nil }
        type = bytes[start]
      default:
        return nil
      }
      guard seen & bit == 0 else { return nil }
      seen |= bit
      index = end + 1
    }
    // The column.
    var column = previous + 1
    if let reference {
      guard let parsed = SheetReference.parse(UnsafeBufferPointer(rebasing: bytes[reference])),
        parsed.row == row, parsed.column > previous
      else { return nil }
      column = parsed.column
    }
    guard column <= SheetReference.maxColumn else { return nil }
    if isEmpty {
      cursor.position = index
      return column
    }
    // `<v>text</v></c>`.
    guard index + 3 <= count, bytes[index] == UInt8(ascii: "<"),
      bytes[index + 1] == UInt8(ascii: "v"), bytes[index + 2] == UInt8(ascii: ">")
    else { return nil }
    let start = index + 3
    var end = start
    // Whether the text needs quotes as a CSV field (see `appendField`), found on the way.
    var special = false
    while end < count {
      let byte = bytes[end]
      if byte < 64, Self.markedBytes & (1 << UInt64(byte)) != 0 {
        if byte == UInt8(ascii: "<") { break }
        if byte == UInt8(ascii: "&") { return nil }
        special = true
      }
      end += 1
    }
    guard end + 8 <= count, bytes[end + 1] == UInt8(ascii: "/"),
      bytes[end + 2] == UInt8(ascii: "v"),
      bytes[end + 3] == UInt8(ascii: ">"), bytes[end + 4] == UInt8(ascii: "<"),
      bytes[end + 5] == UInt8(ascii: "/"), bytes[end + 6] == UInt8(ascii: "c"),
      bytes[end + 7] == UInt8(ascii: ">")
    else { return nil }
    let value = UnsafeBufferPointer(rebasing: bytes[start..<end])
    if value.isEmpty {
      // An empty value is an empty cell, as in the general reading.
    } else if type == UInt8(ascii: "s") {
      guard let string = SheetConverter.State.integer(value), string < strings.count else {
        return nil
      }
      writeSharedString(string, column: column)
    } else {
      guard !styles.isDate(style) else { return nil }
      if special {
        write(column: column, text: value)
      } else {
        advance(to: column)
        csv.append(value)
      }
    }
    cursor.position = end + 8
    return column
  }

  /// The bytes below 64 the value scan stops at: `<`, `&`, and those that make a CSV field need
  /// quotes — `;`, `,`, `"`, tab, LF, CR — as bits of one word.
  /// (Bits 9, 10, 13, 34, 38, 44, 59 and 60; a test rebuilds the word from the bytes.)
  static var markedBytes: UInt64 { 0x1800_1044_0000_2600 }
}
