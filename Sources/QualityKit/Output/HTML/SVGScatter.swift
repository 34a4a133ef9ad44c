import Foundation

/// A scatter chart: a marker per point, its series told by colour and shape; above
/// ``ReportDocument/Figure/densityThreshold`` points, a grid of shaded cells counting them instead,
/// so that 40,000 schools make a readable picture and a small file.
struct SVGScatter {
  let chart: SVGChart

  /// The grid of the density form: 40 columns by 30 rows.
  static let columns = 40
  static let rows = 30

  private let left = 64.0
  private let right = SVGChart.width - 16
  private let top = 12.0
  private let bottom = 392.0

  /// Whether the points are drawn as a density grid.
  var dense: Bool { chart.figure.points.count > ReportDocument.Figure.densityThreshold }

  /// The scales: the points' range and the reference lines', widened to round numbers.
  var scales: (x: ChartScale, y: ChartScale) {
    let figure = chart.figure
    var xs = (low: Double.infinity, high: -Double.infinity)
    var ys = xs
    for point in figure.points {
      xs = (min(xs.low, point.x), max(xs.high, point.x))
      ys = (min(ys.low, point.y), max(ys.high, point.y))
    }
    for reference in figure.references {
      switch reference.axis {
      case .x: xs = (min(xs.low, reference.value), max(xs.high, reference.value))
      case .y: ys = (min(ys.low, reference.value), max(ys.high, reference.value))
      }
    }
    return (
      ChartScale(
        low: xs.low, high: xs.high, fixed: figure.x.range, ticks: 8, from: left, to: right),
      ChartScale(
        low: ys.low, high: ys.high, fixed: figure.y.range, ticks: 6, from: bottom, to: top)
    )
  }

  func draw(into buffer: inout ByteBuffer) {
    let figure = chart.figure
    let looks = chart.looks
    let (x, y) = scales
    let counts = dense ? Self.densityCounts(figure.points, x: x.domain, y: y.domain) : []
    let entries = legendEntries(looks, highest: counts.max() ?? 0)
    let legendTop = bottom + 24 + chart.xTitleHeight(width: right - left) + 8
    chart.open(height: legendTop + SVGChart.legendHeight(entries) + 4, into: &buffer)
    let count = figure.points.count
    chart.markerDefinitions(size: count <= 100 ? 10 : count <= 500 ? 8 : 6, into: &buffer)
    chart.xAxis(x, top: top, bottom: bottom, left: left, right: right, into: &buffer)
    chart.yAxis(y, top: top, bottom: bottom, left: left, right: right, into: &buffer)
    if dense {
      densityGrid(counts, into: &buffer)
      points(x, y, looks, onlyMarked: true, into: &buffer)
    } else {
      points(x, y, looks, into: &buffer)
    }
    lines(x, y, into: &buffer)
    chart.references(
      x: x, y: y, top: top, bottom: bottom, left: left, right: right, into: &buffer)
    chart.legend(entries, top: legendTop, into: &buffer)
    chart.close(into: &buffer)
  }

  /// A marker per point, series by series from the last to the first, so that the first series
  /// (the one a report names first, such as the schools on both lists) is drawn on top.
  private func points(
    _ x: ChartScale, _ y: ChartScale, _ looks: [SVGChart.Look], onlyMarked: Bool = false,
    into buffer: inout ByteBuffer
  ) {
    let figure = chart.figure
    var bySeries = [[Int]](repeating: [], count: figure.series.count)
    for (index, point) in figure.points.enumerated()
    where bySeries.indices.contains(point.series)
      && (!onlyMarked || figure.series[point.series].style == .marked)
    {
      bySeries[point.series].append(index)
    }
    if onlyMarked && bySeries.allSatisfy(\.isEmpty) { return }
    buffer.append("<g class=\"pts\">")
    for series in bySeries.indices.reversed() where !bySeries[series].isEmpty {
      let look = looks[series]
      buffer.append("<g class=\"")
      buffer.append(string: look.className)
      buffer.append("\">")
      let marker = "\(chart.id)-m\(look.marker)"
      for index in bySeries[series] {
        let point = figure.points[index]
        let title = point.label.map {
          "\($0): \(chart.number(point.x, decimals: 2)); \(chart.number(point.y, decimals: 2))"
        }
        buffer.svgUse(marker, x(point.x), y(point.y), title: title)
      }
      buffer.append("</g>")
    }
    buffer.append("</g>")
  }

  /// The sloped lines, each cut to the part inside the plot: where it leaves through the top or
  /// the bottom, at the x where it crosses that edge.
  private func lines(_ x: ChartScale, _ y: ChartScale, into buffer: inout ByteBuffer) {
    let lines = chart.figure.lines
    guard !lines.isEmpty else { return }
    buffer.append("<g class=\"fits\">")
    for line in lines {
      guard let (x1, x2) = Self.clip(line, x: x.domain, y: y.domain) else { continue }
      buffer.svgLine(
        x(x1), y(line.intercept + line.slope * x1), x(x2), y(line.intercept + line.slope * x2),
        class: line.style == .fit ? "fit" : "fit-band")
    }
    buffer.append("</g>")
  }

  /// The x range over which `line` stays within `y` inside `x`, or `nil` when it misses the plot.
  static func clip(
    _ line: ReportDocument.Figure.Line, x: ClosedRange<Double>, y: ClosedRange<Double>
  ) -> (Double, Double)? {
    var low = x.lowerBound
    var high = x.upperBound
    if line.slope == 0 {
      return y.contains(line.intercept) ? (low, high) : nil
    }
    // The x where the line meets each horizontal edge, in increasing order.
    let a = (y.lowerBound - line.intercept) / line.slope
    let b = (y.upperBound - line.intercept) / line.slope
    low = max(low, min(a, b))
    high = min(high, max(a, b))
    return low < high ? (low, high) : nil
  }

  /// The points counted in a grid of cells over the plot, each cell shaded by its count on a
  /// logarithmic scale of nine steps (a few crowded cells would otherwise leave the rest white).
  private func densityGrid(_ counts: [Int], into buffer: inout ByteBuffer) {
    let highest = counts.max() ?? 0
    guard highest > 0 else { return }
    let cellWidth = (right - left) / Double(Self.columns)
    let cellHeight = (bottom - top) / Double(Self.rows)
    buffer.append("<g class=\"density\">")
    for row in 0..<Self.rows {
      for column in 0..<Self.columns {
        let count = counts[row * Self.columns + column]
        guard count > 0 else { continue }
        buffer.svgRect(
          left + Double(column) * cellWidth, bottom - Double(row + 1) * cellHeight, cellWidth,
          cellHeight, class: "d\(Self.shade(count, highest: highest))",
          title: "\(count)")
      }
    }
    buffer.append("</g>")
  }

  /// The number of points in each cell, row by row from the bottom, column by column from the
  /// left; a point on the domain's upper edge counts in the last cell.
  static func densityCounts(
    _ points: [ReportDocument.Figure.Point], x: ClosedRange<Double>, y: ClosedRange<Double>
  ) -> [Int] {
    var counts = [Int](repeating: 0, count: columns * rows)
    let width = x.upperBound - x.lowerBound
    let height = y.upperBound - y.lowerBound
    for point in points {
      guard x.contains(point.x), y.contains(point.y) else { continue }
      let column = min(Int((point.x - x.lowerBound) / width * Double(columns)), columns - 1)
      let row = min(Int((point.y - y.lowerBound) / height * Double(rows)), rows - 1)
      counts[row * columns + column] += 1
    }
    return counts
  }

  /// The shade 1…9 of a cell of `count` points when the fullest has `highest`.
  static func shade(_ count: Int, highest: Int) -> Int {
    guard highest > 1 else { return 9 }
    let level = log(Double(count) + 1) / log(Double(highest) + 1)
    return min(max(Int((level * 8).rounded()) + 1, 1), 9)
  }

  /// The legend: in the density form, the shades (`highest` in the fullest cell) and each
  /// series' count; otherwise each series' marker and count; then the reference lines.
  private func legendEntries(_ looks: [SVGChart.Look], highest: Int) -> [SVGChart.LegendEntry] {
    let figure = chart.figure
    var counts = [Int](repeating: 0, count: figure.series.count)
    for point in figure.points where counts.indices.contains(point.series) {
      counts[point.series] += 1
    }
    var entries: [SVGChart.LegendEntry] = []
    if dense {
      entries.append(
        SVGChart.LegendEntry(
          swatch: .density,
          text: chart.t("в клетке от 1 до \(highest)", "1 to \(highest) per cell")))
    }
    for (index, series) in figure.series.enumerated() {
      let drawn = !dense || series.style == .marked
      entries.append(
        SVGChart.LegendEntry(
          swatch: drawn ? .marker(looks[index]) : .none, text: "\(series.name): \(counts[index])"))
    }
    for line in figure.lines where !line.label.isEmpty {
      entries.append(
        SVGChart.LegendEntry(swatch: .fit(dashed: line.style == .band), text: line.label))
    }
    return entries + chart.referenceEntries
  }
}
