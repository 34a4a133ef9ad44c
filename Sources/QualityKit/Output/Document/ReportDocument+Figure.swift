extension ReportDocument {
  /// A chart with the data it is drawn from. Text and Markdown leave figures out (the same data
  /// is in the document's tables); formats that draw, such as HTML, draw them and print ``data``
  /// after the chart, so that what is drawn can also be read and printed.
  ///
  /// A figure is format-agnostic data: what is plotted (``points``, ``groups``, ``spans``), the
  /// axes with their units, the series a legend names, and the reference lines such as cut-offs.
  /// How it looks — sizes, colours, marker shapes, when thousands of points become a density grid
  /// — is the drawing format's. The builders (``scatter(title:x:y:series:points:pointTitle:references:note:language:)``
  /// and the others) fill the fields a kind reads and make ``data`` from them.
  public struct Figure: Sendable, Hashable {
    /// What kind of chart: an open set, so that a format can add kinds without breaking others.
    /// A format that cannot draw a kind shows its title and data table.
    public struct Kind: RawRepresentable, Sendable, Hashable {
      /// The kind's name.
      public let rawValue: String
      /// Creates a kind.
      public init(rawValue: String) { self.rawValue = rawValue }
      /// Bars, one per row of the data: horizontal bars, one per series, for each of ``groups``.
      public static let bars = Kind(rawValue: "bars")
      /// A line per series through ``groups`` (the x axis's labels), e.g. an indicator's actual
      /// values against its yearly targets.
      public static let line = Kind(rawValue: "line")
      /// One mark per entry of ``points``, by ``x`` and ``y``, its series by colour and shape.
      public static let scatter = Kind(rawValue: "scatter")
      /// The distribution of a value: ``groups`` are equal-width bins that split the x axis's
      /// ``Axis/range`` in order, each with its count.
      public static let histogram = Kind(rawValue: "histogram")
      /// One horizontal bar per group with a segment per series, stacked.
      public static let stackedBars = Kind(rawValue: "stackedBars")
      /// Rows (``groups``) of ``spans`` across time: the x axis in months.
      public static let timeline = Kind(rawValue: "timeline")
    }

    /// The kind of chart.
    public var kind: Kind
    /// The title.
    public var title: Inline
    /// The data as a table: what a reader who cannot see the chart reads, and what prints beside
    /// it. For thousands of points it is a summary, not a row per point.
    public var data: Table
    /// The horizontal axis.
    public var x: Axis
    /// The vertical axis.
    public var y: Axis
    /// The series a legend names, in order: what ``Point/series``, ``Group/values`` and
    /// ``Span/series`` refer to by position.
    public var series: [Series]
    /// The points of a scatter chart.
    public var points: [Point]
    /// The bars, bins, years or rows of the chart, each with a value per series.
    public var groups: [Group]
    /// Lines across the chart at a value: cut-offs, thresholds.
    public var references: [Reference]
    /// Sloped lines across a scatter chart: a fitted line and its band.
    public var lines: [Line] = []
    /// The items of a timeline.
    public var spans: [Span]
    /// A remark printed under the chart: what is left out and why (small groups, a cut-off per
    /// municipality).
    public var note: Inline?
    /// A heading that opens a section of charts before this figure, for the formats that draw
    /// figures; text and Markdown leave it out with the figure, so their output does not change.
    public var section: Inline?

    /// Creates a figure of `kind` from `data` alone; the fields a chart needs can be set after.
    public init(kind: Kind, title: Inline, data: Table) {
      self.init(kind: kind, title: title, data: data, x: Axis(), y: Axis())
    }

    /// Creates a figure.
    public init(
      kind: Kind, title: Inline, data: Table, x: Axis, y: Axis, series: [Series] = [],
      points: [Point] = [], groups: [Group] = [], references: [Reference] = [],
      spans: [Span] = [], note: Inline? = nil, section: Inline? = nil
    ) {
      self.kind = kind
      self.title = title
      self.data = data
      self.x = x
      self.y = y
      self.series = series
      self.points = points
      self.groups = groups
      self.references = references
      self.spans = spans
      self.note = note
      self.section = section
    }
  }

  /// Appends a figure.
  public mutating func figure(_ figure: Figure) { append(.figure(figure)) }
}
