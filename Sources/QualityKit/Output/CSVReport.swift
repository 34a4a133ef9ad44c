/// CSV for Russian Excel: the writer of an identification report (one row per school and criterion,
/// in `IdentificationReport+CSV.swift`) and the cell rules every CSV export shares.
///
/// `;` as the delimiter, a decimal comma, a UTF-8 byte-order mark and CRLF line ends, which is what
/// Excel with Russian regional settings opens without an import dialogue. Fields are quoted per
/// RFC 4180 where needed.
struct CSVReport: Sendable {
  /// The language of headers and explanations.
  var language: Language

  /// Creates a writer.
  init(language: Language = .russian) { self.language = language }

  /// Text from the input, made inert for spreadsheets: a leading `=`, `+`, `-` or `@` would make
  /// Excel run the cell as a formula, so such text is prefixed with an apostrophe.
  static func inert(_ text: String) -> String {
    guard let first = text.first, "=+-@".contains(first) else { return text }
    return "'" + text
  }

  /// The field, quoted when it holds a delimiter, a quote or a line break.
  static func quoted(_ field: String) -> String {
    guard field.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else {
      return field
    }
    return "\"" + field.replacingQuotes() + "\""
  }
}

extension String {
  fileprivate func replacingQuotes() -> String {
    var result = ""
    for character in self {
      if character == "\"" { result += "\"\"" } else { result.append(character) }
    }
    return result
  }
}
