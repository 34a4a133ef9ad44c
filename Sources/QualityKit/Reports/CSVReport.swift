/// Writes an identification report as CSV for Russian Excel: one row per school and criterion.
///
/// `;` as the delimiter, a decimal comma, a UTF-8 byte-order mark and CRLF line ends, which is what
/// Excel with Russian regional settings opens without an import dialogue. Fields are quoted per
/// RFC 4180 where needed.
///
/// - Complexity: O(s · c) for s schools and c criteria.
struct CSVReport: Sendable {
  /// The language of headers and explanations.
  var language: Language

  /// Creates a writer.
  init(language: Language = .russian) { self.language = language }

  /// Writes `report` to `output`.
  func write(_ report: IdentificationReport, to output: inout some TextOutputStream) {
    let header =
      language == .russian
      ? [
        "school_id", "школа", "муниципалитет", "категории", "критерий", "статус", "значение",
        "порог", "эталон", "годы", "пояснение",
      ]
      : [
        "school_id", "school", "municipality", "categories", "criterion", "status", "value",
        "threshold", "reference", "years", "explanation",
      ]
    output.write("\u{FEFF}")
    output.write(header.joined(separator: ";") + "\r\n")
    for outcome in report.schools {
      let categories = outcome.categories.map(\.id).joined(separator: ",")
      for finding in outcome.findings {
        let evidence = outcome.mayShowValues ? finding.result.evidence : nil
        let explanation =
          outcome.mayShowValues || finding.result.evidence == nil
          ? finding.result.explanation(in: language)
          : SmallCell.notice(language, limit: report.minimumGroupSize)
        let cells = [
          Self.inert(outcome.school.id.rawValue), Self.inert(outcome.school.name),
          Self.inert(outcome.school.municipality), categories,
          finding.criterion.rawValue, finding.status.rawValue, number(evidence?.value),
          number(evidence?.threshold), number(evidence?.reference),
          finding.result.years.map { String($0.endYear) }.joined(separator: ","), explanation,
        ]
        output.write(cells.map(Self.quoted).joined(separator: ";") + "\r\n")
      }
    }
  }

  private func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return NumberText.format(value, decimals: 6, .russian)
  }

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
