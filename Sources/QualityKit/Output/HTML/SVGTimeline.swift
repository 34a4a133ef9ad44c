/// A timeline: a row per group (a procedure, a measure), its spans as bars across the months, a
/// span of one date as a marker. A status is told by fill and pattern and, for a marker, by shape,
/// so that a grey printout keeps it. Long timelines are drawn in parts of ``rowsPerPart`` rows.
struct SVGTimeline {
  let chart: SVGChart
  /// The width of the label column: the longest row label's, within 120 … 250 units. Measured
  /// once: every row's label is fitted to it.
  let labelWidth: Double

  init(chart: SVGChart) {
    self.chart = chart
    let longest = chart.figure.groups.map(\.label.characterCount).max() ?? 0
    labelWidth = min(max(Double(longest) * SVGChart.characterWidth + 10, 120), 250)
  }

  /// The rows of one part: about an A4 page.
  static let rowsPerPart = 40

  /// Room above the rows for the reference lines' labels, then the month labels.
  private var top: Double { chart.figure.references.isEmpty ? 24 : 38 }
  private let right = SVGChart.width - 12
  private let row = 18.0

  var left: Double { 12 + labelWidth }

  /// The time scale: the axis's range, or the spans' own.
  var scale: ChartScale {
    let figure = chart.figure
    let low = figure.spans.map(\.start).min() ?? 0
    let high = figure.spans.map(\.end).max() ?? 1
    return ChartScale(
      low: low, high: high, fixed: figure.x.range, ticks: 12, from: left, to: right)
  }

  func draw(into buffer: inout ByteBuffer) {
    let figure = chart.figure
    let looks = chart.looks
    let x = scale
    var spansByRow = [[Int]](repeating: [], count: figure.groups.count)
    for (index, span) in figure.spans.enumerated() where spansByRow.indices.contains(span.row) {
      spansByRow[span.row].append(index)
    }
    let entries =
      figure.series.indices.map {
        SVGChart.LegendEntry(swatch: .box(looks[$0]), text: figure.series[$0].name)
      } + chart.referenceEntries
    let parts = max((figure.groups.count + Self.rowsPerPart - 1) / Self.rowsPerPart, 1)
    for part in 0..<parts {
      let rows = (part * Self.rowsPerPart)..<min(figure.groups.count, (part + 1) * Self.rowsPerPart)
      let bottom = top + Double(rows.count) * row + 4
      let legendTop = bottom + (figure.x.label.isEmpty ? 22 : 38)
      chart.open(
        height: legendTop + SVGChart.legendHeight(entries) + 4, part: part, parts: parts,
        into: &buffer)
      chart.markerDefinitions(size: 10, into: &buffer)
      chart.statusPatterns(into: &buffer)
      axis(x, bottom: bottom, into: &buffer)
      for (offset, rowIndex) in rows.enumerated() {
        let rowTop = top + Double(offset) * row + 4
        if offset % 2 == 1 { buffer.svgRect(0, rowTop - 2, right, row, class: "stripe") }
        buffer.svgText(
          left - 6, rowTop + 11,
          SVGChart.fitted(figure.groups[rowIndex].label, width: labelWidth), anchor: .end)
        for index in spansByRow[rowIndex] {
          drawSpan(figure.spans[index], at: rowTop, x, looks, into: &buffer)
        }
      }
      chart.references(
        x: x, y: nil, top: top, bottom: bottom, left: left, right: right, labelTop: 11,
        into: &buffer)
      chart.legend(entries, top: legendTop, into: &buffer)
      chart.close(into: &buffer)
    }
  }

  /// The months: a line at each boundary, the labels at the top and the bottom between them.
  private func axis(_ x: ChartScale, bottom: Double, into buffer: inout ByteBuffer) {
    let figure = chart.figure
    buffer.append("<g class=\"axis\">")
    let domain = x.domain
    var boundary = domain.lowerBound.rounded(.up)
    while boundary <= domain.upperBound {
      buffer.svgLine(x(boundary), top, x(boundary), bottom, class: "grid")
      boundary += 1
    }
    let ticks =
      figure.x.ticks.isEmpty
      ? x.ticks.map { ($0, chart.number($0, decimals: x.decimals)) }
      : figure.x.ticks.map { ($0.value, $0.label) }
    for (value, label) in ticks {
      buffer.svgText(x(value), top - 6, label, anchor: .middle)
      buffer.svgText(x(value), bottom + 13, label, anchor: .middle)
    }
    buffer.svgLine(left, top, left, bottom, class: "frame")
    buffer.svgLine(left, bottom, right, bottom, class: "frame")
    buffer.append("</g>")
    if !figure.x.label.isEmpty {
      buffer.svgText(
        (left + right) / 2, bottom + 29, SVGChart.fitted(figure.x.label, width: right - left),
        anchor: .middle, class: "axis-title")
    }
  }

  /// A span as a bar, or a marker at one date.
  private func drawSpan(
    _ span: ReportDocument.Figure.Span, at rowTop: Double, _ x: ChartScale,
    _ looks: [SVGChart.Look], into buffer: inout ByteBuffer
  ) {
    guard looks.indices.contains(span.series) else { return }
    let look = looks[span.series]
    let title =
      "\(span.label) — \(span.period) — \(chart.figure.series[span.series].name)"
    if span.end <= span.start {
      buffer.append("<g class=\"mark ")
      buffer.append(string: look.className)
      buffer.append("\">")
      buffer.svgUse("\(chart.id)-m\(look.marker)", x(span.start), rowTop + 6, title: title)
      buffer.append("</g>")
      return
    }
    let from = x(max(span.start, x.domain.lowerBound))
    let to = x(min(span.end, x.domain.upperBound))
    let fill = chart.barFill(look)
    buffer.append("<rect x=\"")
    buffer.append(coordinate: from)
    buffer.append("\" y=\"")
    buffer.append(coordinate: rowTop + 1)
    buffer.append("\" width=\"")
    buffer.append(coordinate: max(to - from, 2))
    buffer.append("\" height=\"10\" class=\"bar ")
    buffer.appendBarEnd(className: look.className, fill: fill, title: title)
  }
}
