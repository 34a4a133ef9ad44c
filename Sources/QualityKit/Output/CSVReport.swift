/// The rule every CSV the library writes follows against formula injection: text from the input
/// that Excel would run as a formula is made inert. ``TableRowWriter`` applies it to each text cell
/// of a table, byte by byte; this is the same rule on a whole string.
///
/// In a workbook the rule is not needed: a text cell is an inline string, never a formula.
enum CSVReport {
  /// Text from the input, made inert for spreadsheets: a leading `=`, `+`, `-` or `@` would make
  /// Excel run the cell as a formula, so such text is prefixed with an apostrophe.
  ///
  /// ```swift
  /// CSVReport.inert("=HYPERLINK(\"x\")")  // "'=HYPERLINK(\"x\")"
  /// ```
  static func inert(_ text: String) -> String {
    guard let first = text.first, "=+-@".contains(first) else { return text }
    return "'" + text
  }
}
