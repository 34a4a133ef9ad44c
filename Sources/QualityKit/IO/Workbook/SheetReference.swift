/// Cell references as Excel writes them: columns `A` … `XFD` (1 … 16,384), rows 1 … 1,048,576, and
/// sheet names quoted where Excel quotes them.
///
/// - Complexity: O(k) in the length of a reference or name.
///
/// ```swift
/// SheetReference.cell(row: 17, column: 4)            // "D17"
/// SheetReference.parse(Array("AB12".utf8)[...])     // (row: 12, column: 28)
/// SheetReference.sheetName("Лист 1")                // "'Лист 1'"
/// ```
enum SheetReference {
  /// The last column of a sheet: XFD.
  static let maxColumn = 16_384
  /// The last row of a sheet.
  static let maxRow = 1_048_576

  /// The letters of a 1-based column: 1 → `A`, 27 → `AA`.
  static func column(_ column: Int) -> String {
    var letters: [UInt8] = []
    var rest = column
    while rest > 0 {
      let digit = (rest - 1) % 26
      letters.append(UInt8(ascii: "A") + UInt8(digit))
      rest = (rest - 1) / 26
    }
    return String(decoding: letters.reversed(), as: UTF8.self)
  }

  /// `D17` for row 17, column 4.
  static func cell(row: Int, column: Int) -> String { Self.column(column) + String(row) }

  /// The row and column of a reference such as `D17`, or `nil` when it is not one or lies beyond
  /// XFD1048576. `$` signs are not accepted: cell elements never carry them.
  static func parse<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> (row: Int, column: Int)?
  where Bytes.Index == Int {
    var column = 0
    var index = bytes.startIndex
    while index < bytes.endIndex {
      let byte = bytes[index] & 0xDF  // upper case
      guard byte >= UInt8(ascii: "A"), byte <= UInt8(ascii: "Z") else { break }
      column = column * 26 + Int(byte - UInt8(ascii: "A") + 1)
      guard column <= maxColumn else { return nil }
      index += 1
    }
    guard column > 0, index < bytes.endIndex else { return nil }
    var row = 0
    while index < bytes.endIndex {
      let byte = bytes[index]
      guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
      row = row * 10 + Int(byte - UInt8(ascii: "0"))
      guard row <= maxRow else { return nil }
      index += 1
    }
    guard row > 0 else { return nil }
    return (row, column)
  }

  /// A sheet name as a reference writes it: as is when it is letters, digits, `_` and `.` only
  /// (any alphabet), quoted with `'` otherwise, a `'` inside doubled.
  static func sheetName(_ name: String) -> String {
    let plain =
      !name.isEmpty
      && name.unicodeScalars.allSatisfy {
        $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "."
      }
    if plain { return name }
    return "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
  }
}
