/// Horizontal bars: a row per group (a municipality), a bar per series side by side or stacked,
/// the group's label at the left — horizontal so that long names and many groups stay legible. A
/// long chart is drawn in parts of ``rowsPerPart`` groups, each its own picture with its own axis,
/// so that a printed page never cuts a picture.
struct SVGBars {
  let chart: SVGChart
  /// The series are stacked into one bar per group.
  let stacked: Bool

  /// The groups of one part: about an A4 page at three series a group.
  static let rowsPerPart = 30

  private let top = 8.0
  private let right = SVGChart.width - 44

  /// The width of the label column: the longest label's, within 120 … 260 units. Measured once:
  /// every group's label is fitted to it.
  let labelWidth: Double

  init(chart: SVGChart, stacked: Bool) {
    self.chart = chart
    self.stacked = stacked
    let longest = chart.figure.groups.map(\.label.characterCount).max() ?? 0
    labelWidth = min(max(Double(longest) * SVGChart.characterWidth + 10, 120), 260)
  }

  var left: Double { 12 + labelWidth }

  /// The height of a bar and of a group's row.
  var bar: (height: Double, row: Double) {
    if stacked { return (14, 20) }
    let series = max(chart.figure.series.count, 1)
    let height: Double = series <= 2 ? 10 : series <= 4 ? 7 : 5
    return (height, height * Double(series) + 7)
  }

  /// The value scale: from 0 to the largest value (or bar total when stacked), or the axis's
  /// fixed range.
  var scale: ChartScale {
    var highest = 0.0
    for group in chart.figure.groups {
      let values = group.values.compactMap { $0 }
      highest = max(highest, stacked ? values.reduce(0, +) : values.max() ?? 0)
    }
    return ChartScale(
      low: 0, high: max(highest, 1), fixed: chart.figure.x.range, ticks: 5, from: left, to: right)
  }

  func draw(into buffer: inout ByteBuffer) {
    let figure = chart.figure
    let looks = chart.looks
    let entries =
      figure.series.indices.map {
        SVGChart.LegendEntry(swatch: .box(looks[$0]), text: figure.series[$0].name)
      } + chart.referenceEntries
    let parts = max((figure.groups.count + Self.rowsPerPart - 1) / Self.rowsPerPart, 1)
    let x = scale
    for part in 0..<parts {
      let groups = figure.groups[
        (part * Self.rowsPerPart)..<min(figure.groups.count, (part + 1) * Self.rowsPerPart)]
      let bottom = top + Double(groups.count) * bar.row + 4
      let legendTop = bottom + 24 + chart.xTitleHeight(width: right - left) + 8
      chart.open(
        height: legendTop + SVGChart.legendHeight(entries) + 4, part: part, parts: parts,
        into: &buffer)
      if looks.contains(where: { !chart.barFill($0).isEmpty }) {
        chart.statusPatterns(into: &buffer)
      }
      chart.xAxis(x, top: top, bottom: bottom, left: left, right: right, into: &buffer)
      buffer.svgLine(left, top, left, bottom, class: "frame")
      for (row, group) in groups.enumerated() {
        let rowTop = top + Double(row) * bar.row + 4
        buffer.svgText(
          left - 6, rowTop + (bar.row - 7) / 2 + 4, SVGChart.fitted(group.label, width: labelWidth),
          anchor: .end)
        drawBars(group, at: rowTop, x, looks, into: &buffer)
      }
      chart.references(
        x: x, y: nil, top: top, bottom: bottom, left: left, right: right, into: &buffer)
      chart.legend(entries, top: legendTop, into: &buffer)
      chart.close(into: &buffer)
    }
  }

  /// A group's bars from `rowTop`, each with its value at its end (a stack, its total).
  private func drawBars(
    _ group: ReportDocument.Figure.Group, at rowTop: Double, _ x: ChartScale,
    _ looks: [SVGChart.Look], into buffer: inout ByteBuffer
  ) {
    let figure = chart.figure
    let decimals = 1
    var offset = 0.0
    for (index, value) in group.values.enumerated() where index < looks.count {
      guard let value else { continue }
      let look = looks[index]
      let y = stacked ? rowTop : rowTop + Double(index) * bar.height
      let from = x(offset)
      let to = x(offset + value)
      let title =
        "\(group.label) — \(figure.series[index].name): \(chart.number(value, decimals: 2))"
      let fill = chart.barFill(look)
      buffer.append("<rect x=\"")
      buffer.append(coordinate: from)
      buffer.append("\" y=\"")
      buffer.append(coordinate: y)
      buffer.append("\" width=\"")
      buffer.append(coordinate: max(to - from, 0))
      buffer.append("\" height=\"")
      buffer.append(coordinate: bar.height - (stacked ? 0 : 1))
      buffer.append("\" class=\"bar ")
      buffer.appendBarEnd(className: look.className, fill: fill, title: title)
      if stacked {
        offset += value
      } else if bar.height >= 7 {
        buffer.svgText(
          to + 3, y + bar.height - 2, chart.number(value, decimals: decimals), class: "value")
      }
    }
    if stacked, offset > 0 {
      buffer.svgText(
        x(offset) + 3, rowTop + bar.height - 3, chart.number(offset, decimals: decimals),
        class: "value")
    }
  }
}
