/// Draws a document as plain text for the terminal: headings underlined with `=` and `-`, bullets
/// `•` and `–`, tables in padded columns.
struct TextRenderer: DocumentRenderer {
  /// Creates a renderer.
  public init() {}

  /// Writes `document` to `output`.
  ///
  /// - Complexity: O(c) in the total length of the document's text.
  public func render(_ document: ReportDocument, to output: inout some TextOutputStream) {
    TextLayout(markdown: false).render(document, to: &output)
  }
}
