/// Where each line of a sheet's CSV text came from, so that errors the CSV readers raise are placed
/// on the sheet: line `i` is sheet row `rows[i - 1]`, field `k` is column `k`.
///
/// It also holds the cells whose value could not be read at all (``problems``: an Excel error
/// value, a formula without a saved value), which were left empty in the text: the readers'
/// entry points throw the first of them in strict mode, and list them with the rejected input
/// under `--collect`, in the order of the sheet.
///
/// - Complexity: O(1) to place an error.
///
/// ```swift
/// let lines = SheetLines(sheet: "Значения", rows: [1, 5], problems: [])
/// lines.locate(CSVError(kind: .notANumber("x"), file: "v.xlsx", line: 2, column: 4))
/// // v.xlsx:Значения!D5: «x» — не число
/// ```
public struct SheetLines: Sendable, Hashable {
  /// The sheet's name.
  public let sheet: String
  /// The sheet row of each line of the text, first line first.
  let rows: [Int32]
  /// The cells that could not be read, in sheet order, already located.
  public let problems: [CSVError]

  /// `error` placed on the sheet: its line becomes the row, its field the column. An error already
  /// placed, or of another file, is returned unchanged.
  public func locate(_ error: CSVError) -> CSVError {
    guard error.sheet == nil else { return error }
    var located = error
    located.sheet = sheet
    if error.line > 0 {
      // A line past the text (an error "after the last line") is just below the last row.
      located.line =
        error.line <= rows.count ? Int(rows[error.line - 1]) : Int(rows.last ?? 0) + 1
    }
    return located
  }
}
