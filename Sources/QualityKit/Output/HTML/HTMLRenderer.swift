/// Draws a document as one self-contained HTML page: the style sheet and the charts (SVG) inline,
/// no script, no font, image or address outside the file, so that it opens in any browser, prints
/// on A4 and can be mailed as it is.
///
/// The page is written in XML syntax (`<br/>`, every element closed, every text escaped), so that a
/// program — a test, an archive check — can read it with an XML parser; a browser reads it as
/// HTML5. Headings carry their anchors as `id`s and link runs lead to them; figures are drawn as
/// SVG with their data table after them (see ``ReportDocument/Figure``); blank lines, which only
/// space text, are left out.
///
/// ```swift
/// var output = try FileOutput(path: "report.html")
/// HTMLRenderer(language: .russian).render(report.document(language: .russian), to: &output)
/// output.flush()
/// ```
///
/// ``ReportFormat/html`` is the same for any ``Reportable``.
struct HTMLRenderer: DocumentRenderer {
  /// The language of the page (`lang`), of the numbers in the charts and of the words the page
  /// adds (the title of a data table): the document's own language.
  public let language: Language

  /// Creates a renderer for a document in `language`.
  public init(language: Language = .russian) { self.language = language }

  /// Writes `document` to `output`.
  ///
  /// - Complexity: O(c + p) in the length of the document's text and the number of its figures'
  ///   points.
  public func render(_ document: ReportDocument, to output: inout some TextOutputStream) {
    HTMLWriter.write(document, language: language) { bytes in
      output.write(String(decoding: bytes, as: UTF8.self))
    }
  }

  /// Writes `document` to `output` as bytes, a megabyte at a time.
  public func render(_ document: ReportDocument, to output: inout some ReportOutputStream) {
    HTMLWriter.write(document, language: language) { output.write(bytes: $0) }
  }

  /// Writes the page of the document `parts` make to `output` as bytes, a megabyte at a time: the
  /// parts are built a few ahead on other cores and drawn in order, none kept once drawn.
  func render(_ parts: ReportDocument.Parts, to output: inout some ReportOutputStream) {
    HTMLWriter.write(parts, language: language) { output.write(bytes: $0) }
  }
}
