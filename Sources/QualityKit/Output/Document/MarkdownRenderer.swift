/// Draws a document as Markdown, for wikis and documents: `#` headings, `-` lists, pipe tables,
/// strong text in `**`.
struct MarkdownRenderer: DocumentRenderer {
  /// Creates a renderer.
  public init() {}

  /// Writes `document` to `output`.
  ///
  /// - Complexity: O(c) in the total length of the document's text.
  public func render(_ document: ReportDocument, to output: inout some TextOutputStream) {
    TextLayout(markdown: true).render(document, to: &output)
  }
}
