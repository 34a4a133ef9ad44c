/// Draws a ``ReportDocument`` in one document format: `TextRenderer`, `MarkdownRenderer`.
///
/// A renderer draws any document, so a report is built once and a format is added once.
protocol DocumentRenderer: Sendable {
  /// Writes `document` to `output`.
  func render(_ document: ReportDocument, to output: inout some TextOutputStream)
}

extension DocumentRenderer {
  /// `document` as one string.
  public func render(_ document: ReportDocument) -> String {
    var text = ""
    render(document, to: &text)
    return text
  }
}
