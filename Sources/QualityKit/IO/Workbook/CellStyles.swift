/// Which cell styles of a workbook show a number as a date (`xl/styles.xml`).
///
/// Excel stores a date as a number of days and tells it from a number only by the cell's style: the
/// cell's `s` is an index into `<cellXfs>`, whose `numFmtId` is either built in — 14–22 and 45–47
/// are dates and times — or one of the book's `<numFmt formatCode="…">`, a date when its code has
/// `d`, `m`, `y`, `h` or `s` outside quoted text, `[…]` sections (colours, conditions, locales;
/// `[h]` and `[mm]` elapsed time excepted), `\`-escaped characters and `_`/`*` padding.
///
/// - Complexity: O(n) in the size of the part; O(1) per lookup.
///
/// ```swift
/// CellStyles.isDateFormat("dd.mm.yyyy")       // true
/// CellStyles.isDateFormat("0.0\" дн.\"")      // false
/// CellStyles.isDateFormat("[Red]0.00")        // false
/// ```
struct CellStyles: Sendable {
  /// Whether style `i` is a date; styles beyond the table are not.
  let dates: [Bool]

  /// No styles: every number is a number.
  init() { dates = [] }

  /// Reads the part's bytes.
  ///
  /// - Throws: A ``WorkbookProblem`` for XML the styles cannot be read from.
  init(_ part: [UInt8], part name: String) throws(WorkbookProblem) {
    var custom: [Int: Bool] = [:]
    var dates: [Bool] = []
    try XMLCursor.walk(part, part: name) { (cursor: inout XMLCursor) throws(WorkbookProblem) in
      var inCellXfs = false
      while let tag = try cursor.nextTag() {
        if cursor.tag(tag, is: "numFmt"), !tag.isEnd {
          if let id = try cursor.attribute("numFmtId", of: tag).flatMap({ Int($0) }),
            let code = try cursor.attribute("formatCode", of: tag)
          {
            custom[id] = Self.isDateFormat(code)
          }
        } else if cursor.tag(tag, is: "cellXfs") {
          inCellXfs = !tag.isEnd && !tag.isEmpty
        } else if inCellXfs, cursor.tag(tag, is: "xf"), !tag.isEnd {
          let id = try cursor.attribute("numFmtId", of: tag).flatMap { Int($0) } ?? 0
          dates.append(custom[id] ?? Self.isBuiltInDate(id))
        }
      }
    }
    self.dates = dates
  }

  /// Whether style `index` shows a date.
  @inline(__always)
  func isDate(_ index: Int) -> Bool { index >= 0 && index < dates.count && dates[index] }

  /// Whether a built-in number format is a date or time: 14–22 and 45–47.
  static func isBuiltInDate(_ id: Int) -> Bool { (14...22).contains(id) || (45...47).contains(id) }

  /// Whether a format code shows a date or time.
  static func isDateFormat(_ code: String) -> Bool {
    var inQuotes = false
    var inBrackets = false
    var bracket = ""
    var escaped = false
    var skipNext = false
    for character in code.lowercased() {
      if skipNext {
        skipNext = false
        continue
      }
      if escaped {
        escaped = false
        continue
      }
      if inQuotes {
        if character == "\"" { inQuotes = false }
        continue
      }
      if inBrackets {
        if character == "]" {
          inBrackets = false
          // Elapsed time: [h], [hh], [m], [mm], [s], [ss].
          if !bracket.isEmpty, bracket.allSatisfy({ "hms".contains($0) }) { return true }
        } else {
          bracket.append(character)
        }
        continue
      }
      switch character {
      case "\"": inQuotes = true
      case "[":
        inBrackets = true
        bracket = ""
      case "\\": escaped = true
      case "_", "*": skipNext = true
      case "d", "m", "y", "h", "s": return true
      default: continue
      }
    }
    return false
  }
}
