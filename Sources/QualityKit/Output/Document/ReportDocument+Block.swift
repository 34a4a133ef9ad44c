extension ReportDocument {
  /// One block of a document.
  ///
  /// Spacing is explicit (``blank(_:)``) rather than implied by the blocks around it, because the
  /// text and Markdown forms of the reports space their parts differently and must keep doing so
  /// byte for byte; a layout-based format such as HTML skips it.
  public enum Block: Sendable, Hashable {
    /// A heading at `level` (1 is the title), with an optional anchor to link to it by.
    case heading(level: Int, text: Inline, anchor: String?)
    /// A paragraph of one line; Markdown ends it with a blank line.
    case paragraph(Inline)
    /// A line of a block the report spaces itself: no blank line after it in any format.
    case line(Inline)
    /// A list item at `level` (0 top). An unmarked item is a plain line in text and a list item in
    /// Markdown, so that the lines stay apart there. `details` are lines beneath the item,
    /// indented to its text.
    case item(Inline, level: Int, marked: Bool, details: [Inline])
    /// A table.
    indirect case table(Table)
    /// A figure drawn from its data table; text and Markdown leave it out.
    indirect case figure(Figure)
    /// A remark on the report (what a mark means, why values are hidden), one line.
    case note(Inline)
    /// A blank line, in the formats the spacing names.
    case blank(Spacing)
  }

  /// Where a blank line of the document is written.
  public enum Spacing: Sendable, Hashable {
    /// In text and Markdown.
    case always
    /// In text only: where Markdown already ends the block before with a blank line.
    case textOnly
    /// In Markdown only: where a line right after a list would otherwise continue its last item.
    case markdownOnly
  }
}
