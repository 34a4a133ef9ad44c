/// A report as a document: headings, paragraphs, lists, tables, figures and notes, in order.
///
/// Each report of the library (identification, progress, monitoring status, identification history,
/// support plan, partner schools, pack description) builds its document once, in one language; a
/// renderer per document format draws any document (`TextRenderer`, `MarkdownRenderer`), so a
/// new format is one new renderer rather than a change to every report. JSON and CSV are not
/// documents but typed data exports with their own schemas (``Reportable``).
///
/// Documents compose: a support plan's document is followed by its extra sections' documents
/// (``SupportPlan/Section``), and a host's own ``Reportable`` may return a library report's
/// document with blocks of its own appended; ``ReportFormat`` draws it like any other.
///
/// ```swift
/// struct BoardReport: Reportable {
///   let report: IdentificationReport
///   func document(language: Language) -> ReportDocument {
///     var document = report.document(language: language)
///     document.paragraph("Prepared for the board meeting.")
///     return document
///   }
///   func writeJSON(language: Language, to output: inout some ReportOutputStream) {
///     report.writeJSON(language: language, to: &output)
///   }
/// }
/// let markdown = BoardReport(report: report).render(.markdown)
/// ```
public struct ReportDocument: Sendable, Hashable {
  /// The blocks, in reading order.
  public var blocks: [Block]

  /// Creates a document of `blocks`.
  public init(_ blocks: [Block] = []) { self.blocks = blocks }

  /// Appends `block`.
  public mutating func append(_ block: Block) { blocks.append(block) }

  /// Appends the blocks of `other`: the document continues with it.
  public mutating func append(contentsOf other: ReportDocument) {
    blocks.append(contentsOf: other.blocks)
  }

  /// `lhs` followed by `rhs`.
  public static func + (lhs: ReportDocument, rhs: ReportDocument) -> ReportDocument {
    var document = lhs
    document.append(contentsOf: rhs)
    return document
  }
}

extension ReportDocument {
  /// Appends a heading at `level` (1 is the title).
  public mutating func heading(_ level: Int, _ text: Inline, anchor: String? = nil) {
    append(.heading(level: level, text: text, anchor: anchor))
  }

  /// Appends a paragraph.
  public mutating func paragraph(_ text: Inline) { append(.paragraph(text)) }

  /// Appends a line of a block the report spaces itself.
  public mutating func line(_ text: Inline) { append(.line(text)) }

  /// Appends a list item at `level` (0 top).
  public mutating func item(
    _ text: Inline, level: Int = 0, marked: Bool = true, details: [Inline] = []
  ) {
    append(.item(text, level: level, marked: marked, details: details))
  }

  /// Appends a table.
  public mutating func table(
    _ header: [Inline], _ rows: [[Inline]], alignment: Table.Alignment = .numeric,
    caption: Inline? = nil
  ) {
    append(.table(Table(header: header, rows: rows, alignment: alignment, caption: caption)))
  }

  /// Appends a note.
  public mutating func note(_ text: Inline) { append(.note(text)) }

  /// Appends a blank line in the formats `spacing` names.
  public mutating func blank(_ spacing: Spacing = .always) { append(.blank(spacing)) }
}

extension ReportDocument {
  /// Appends a heading of plain text at `level`.
  public mutating func heading(_ level: Int, _ text: String, anchor: String? = nil) {
    heading(level, Inline(text), anchor: anchor)
  }

  /// Appends a paragraph of plain text.
  public mutating func paragraph(_ text: String) { paragraph(Inline(text)) }

  /// Appends a line of plain text.
  public mutating func line(_ text: String) { line(Inline(text)) }

  /// Appends a list item of plain text.
  public mutating func item(_ text: String, level: Int = 0, marked: Bool = true) {
    item(Inline(text), level: level, marked: marked)
  }

  /// Appends a table of plain-text cells.
  public mutating func table(
    _ header: [String], _ rows: [[String]], alignment: Table.Alignment = .numeric
  ) {
    table(header.map { Inline($0) }, rows.map { $0.map { Inline($0) } }, alignment: alignment)
  }

  /// Appends a note of plain text.
  public mutating func note(_ text: String) { note(Inline(text)) }
}
