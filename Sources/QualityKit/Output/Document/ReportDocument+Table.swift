extension ReportDocument {
  /// A table: a header row and rows of cells.
  public struct Table: Sendable, Hashable {
    /// How plain text aligns the columns of a table.
    public enum Alignment: Sendable, Hashable {
      /// The first column left, the others right: a name, then numbers.
      case numeric
      /// Every column left, the last one unpadded: dates, statuses and titles.
      case left
    }

    /// The header cells.
    public var header: [Inline]
    /// The rows, each with a cell per column.
    public var rows: [[Inline]]
    /// How plain text aligns the columns.
    public var alignment: Alignment
    /// A caption for formats that show one; text and Markdown do not.
    public var caption: Inline?

    /// Creates a table.
    public init(
      header: [Inline], rows: [[Inline]], alignment: Alignment = .numeric, caption: Inline? = nil
    ) {
      self.header = header
      self.rows = rows
      self.alignment = alignment
      self.caption = caption
    }
  }
}
