extension ReportDocument {
  /// A chart with the data it is drawn from. Text and Markdown leave figures out (the same data
  /// is in the document's tables); formats that draw, such as HTML, draw them.
  public struct Figure: Sendable, Hashable {
    /// What kind of chart: an open set, so that a format can add kinds without breaking others.
    public struct Kind: RawRepresentable, Sendable, Hashable {
      /// The kind's name.
      public let rawValue: String
      /// Creates a kind.
      public init(rawValue: String) { self.rawValue = rawValue }
      /// Bars, one per row of the data.
      public static let bars = Kind(rawValue: "bars")
      /// A line through the rows of the data, e.g. a value year by year.
      public static let line = Kind(rawValue: "line")
    }

    /// The kind of chart.
    public var kind: Kind
    /// The title.
    public var title: Inline
    /// The data: the first column labels the rows, the others are series.
    public var data: Table

    /// Creates a figure.
    public init(kind: Kind, title: Inline, data: Table) {
      self.kind = kind
      self.title = title
      self.data = data
    }
  }
}
