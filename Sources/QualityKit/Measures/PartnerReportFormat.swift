extension ReportFormat {
  /// Writes a partner matching in this format to `output`: ``PartnerTextReport`` for text and
  /// Markdown, ``PartnerJSONReport`` for JSON (`qualitykit.partners/1`), ``PartnerCSVReport`` for
  /// CSV.
  ///
  /// - Complexity: O(p + u + s) for p pairs, u unmatched and s strong schools.
  public func write(
    _ matching: PartnerMatching, language: Language = .russian,
    to output: inout some TextOutputStream
  ) {
    switch self {
    case .text: PartnerTextReport(language: language, markdown: false).write(matching, to: &output)
    case .markdown:
      PartnerTextReport(language: language, markdown: true).write(matching, to: &output)
    case .json: PartnerJSONReport(language: language).write(matching, to: &output)
    case .csv: PartnerCSVReport(language: language).write(matching, to: &output)
    }
  }

  /// A partner matching as one string.
  ///
  /// - Complexity: O(p + u + s).
  public func render(_ matching: PartnerMatching, language: Language = .russian) -> String {
    var text = ""
    write(matching, language: language, to: &text)
    return text
  }
}
