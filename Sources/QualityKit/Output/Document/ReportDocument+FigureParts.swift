extension ReportDocument.Figure {
  /// An axis: what it measures, in what unit, over what range.
  public struct Axis: Sendable, Hashable {
    /// What the axis measures, e.g. «Индекс социального благополучия».
    public var title: String
    /// The unit its numbers are in, e.g. «%», «школ», «z-оценка»; `nil` for none.
    public var unit: String?
    /// The range drawn; `nil` to fit the data (with round numbers at both ends).
    public var range: ClosedRange<Double>?
    /// Labelled positions instead of numbers, e.g. months on a timeline; empty for numbers.
    public var ticks: [Tick]

    /// Creates an axis.
    public init(
      title: String = "", unit: String? = nil, range: ClosedRange<Double>? = nil,
      ticks: [Tick] = []
    ) {
      self.title = title
      self.unit = unit
      self.range = range
      self.ticks = ticks
    }

    /// The title with its unit, «Индекс, z-оценка», as an axis or a table header shows it.
    public var label: String {
      guard let unit, !unit.isEmpty else { return title }
      return title.isEmpty ? unit : title + ", " + unit
    }
  }

  /// A labelled position on an axis.
  public struct Tick: Sendable, Hashable {
    /// The position, in the axis's units.
    public var value: Double
    /// The label.
    public var label: String

    /// Creates a tick.
    public init(_ value: Double, _ label: String) {
      self.value = value
      self.label = label
    }
  }

  /// A named series: a category of points, a set of bars, a line, a status of timeline items.
  public struct Series: Sendable, Hashable {
    /// How a series is drawn, as far as it means something: an open set, so that a report can
    /// ask for a meaning a format does not know (it is then drawn as ``automatic``).
    public struct Style: RawRepresentable, Sendable, Hashable {
      /// The style's name.
      public let rawValue: String
      /// Creates a style.
      public init(rawValue: String) { self.rawValue = rawValue }
      /// The next colour and marker shape in order.
      public static let automatic = Style(rawValue: "automatic")
      /// In the background: grey, e.g. schools on no list.
      public static let muted = Style(rawValue: "muted")
      /// A measured value: a solid line.
      public static let actual = Style(rawValue: "actual")
      /// A target or plan: a dashed line with hollow marks.
      public static let target = Style(rawValue: "target")
      /// Done: solid.
      public static let done = Style(rawValue: "done")
      /// Under way or due now: hatched.
      public static let due = Style(rawValue: "due")
      /// Overdue: cross-hatched, outlined.
      public static let overdue = Style(rawValue: "overdue")
      /// Planned, not yet due: an outline.
      public static let planned = Style(rawValue: "planned")
      /// Few points that matter (resilient schools): drawn as markers even where the other
      /// series become a density grid.
      public static let marked = Style(rawValue: "marked")
    }

    /// The name a legend shows.
    public var name: String
    /// How it is drawn.
    public var style: Style

    /// Creates a series.
    public init(_ name: String, style: Style = .automatic) {
      self.name = name
      self.style = style
    }
  }

  /// A point of a scatter chart.
  public struct Point: Sendable, Hashable {
    /// The horizontal value.
    public var x: Double
    /// The vertical value.
    public var y: Double
    /// The position of its series in ``ReportDocument/Figure/series``.
    public var series: Int
    /// What the point is, e.g. a school's name, shown when the point is pointed at.
    public var label: String?

    /// Creates a point.
    public init(x: Double, y: Double, series: Int, label: String? = nil) {
      self.x = x
      self.y = y
      self.series = series
      self.label = label
    }
  }

  /// A bar group, a bin, a year or a timeline row: a label and a value per series (`nil` for
  /// none).
  public struct Group: Sendable, Hashable {
    /// The label.
    public var label: String
    /// One value per series, in series order; `nil` where there is none.
    public var values: [Double?]

    /// Creates a group.
    public init(_ label: String, values: [Double?] = []) {
      self.label = label
      self.values = values
    }
  }

  /// A line across the chart at a value of one axis: a cut-off, a threshold, a date.
  public struct Reference: Sendable, Hashable {
    /// The axis the value is on: a vertical line for ``Axis/x``.
    public enum Axis: Sendable, Hashable {
      /// A vertical line at an x value.
      case x
      /// A horizontal line at a y value.
      case y
    }

    /// The axis.
    public var axis: Axis
    /// The value.
    public var value: Double
    /// What the line is, e.g. «порог отсечения −0,68».
    public var label: String

    /// Creates a reference line.
    public init(_ axis: Axis, _ value: Double, label: String) {
      self.axis = axis
      self.value = value
      self.label = label
    }
  }

  /// A straight line across a scatter chart, `y = intercept + slope · x`: a fitted line, or the
  /// edges of a band around it.
  public struct Line: Sendable, Hashable {
    /// How the line is drawn.
    public enum Style: Sendable, Hashable {
      /// Solid: the fitted line itself.
      case fit
      /// Dashed: a band's edge.
      case band
    }

    /// The value at x = 0.
    public var intercept: Double
    /// The rise per unit of x.
    public var slope: Double
    /// What the line is, for the legend.
    public var label: String
    /// How it is drawn.
    public var style: Style

    /// Creates a line.
    public init(intercept: Double, slope: Double, label: String, style: Style) {
      self.intercept = intercept
      self.slope = slope
      self.label = label
      self.style = style
    }
  }

  /// An item on a timeline: a bar from ``start`` to ``end`` in its row, or a mark at one date when
  /// they are equal.
  public struct Span: Sendable, Hashable {
    /// The position of its row in ``ReportDocument/Figure/groups``.
    public var row: Int
    /// Where it starts on the x axis.
    public var start: Double
    /// Where it ends on the x axis.
    public var end: Double
    /// The position of its series (its status) in ``ReportDocument/Figure/series``.
    public var series: Int
    /// What it is, e.g. a measure's title.
    public var label: String
    /// Its dates as a table prints them, e.g. «01.10.2022–31.10.2022».
    public var period: String

    /// Creates a span.
    public init(
      row: Int, start: Double, end: Double, series: Int, label: String, period: String
    ) {
      self.row = row
      self.start = start
      self.end = end
      self.series = series
      self.label = label
      self.period = period
    }
  }
}
