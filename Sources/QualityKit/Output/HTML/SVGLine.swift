/// Lines through the groups (years, as labelled on the x axis): a line per series with a marker
/// at each value, a target dashed with larger hollow markers, so that an actual value on its target
/// shows inside it; a gap where a value is missing. A scale of values that are not negative starts
/// at 0, so that a fall from 100 to 80 looks like one.
struct SVGLine {
  let chart: SVGChart

  private let left = 64.0
  private let right = SVGChart.width - 24
  private let top = 12.0
  private let bottom = 192.0

  /// The x coordinate of the group at `index`: the groups evenly spread, half a step in from each
  /// side.
  func x(_ index: Int) -> Double {
    let count = max(chart.figure.groups.count, 1)
    let step = (right - left) / Double(count)
    return left + step * (Double(index) + 0.5)
  }

  /// The value scale: the values and the horizontal reference lines, widened to round numbers.
  var scale: ChartScale {
    var low = Double.infinity
    var high = -Double.infinity
    for group in chart.figure.groups {
      for case let value? in group.values {
        low = min(low, value)
        high = max(high, value)
      }
    }
    for reference in chart.figure.references where reference.axis == .y {
      low = min(low, reference.value)
      high = max(high, reference.value)
    }
    return ChartScale(
      low: low >= 0 ? 0 : low, high: high, fixed: chart.figure.y.range, ticks: 5, from: bottom,
      to: top)
  }

  func draw(into buffer: inout ByteBuffer) {
    let figure = chart.figure
    let looks = chart.looks
    let y = scale
    let entries =
      figure.series.indices.map {
        SVGChart.LegendEntry(swatch: .line(looks[$0]), text: figure.series[$0].name)
      } + chart.referenceEntries
    let legendTop = bottom + 24 + chart.xTitleHeight(width: right - left) + 8
    chart.open(height: legendTop + SVGChart.legendHeight(entries) + 4, into: &buffer)
    chart.markerDefinitions(size: 11, into: &buffer)
    chart.markerDefinitions(size: 7, small: true, into: &buffer)
    chart.yAxis(y, top: top, bottom: bottom, left: left, right: right, into: &buffer)
    buffer.append("<g class=\"axis\">")
    for (index, group) in figure.groups.enumerated() {
      buffer.svgText(x(index), bottom + 14, group.label, anchor: .middle)
    }
    buffer.svgLine(left, bottom, right, bottom, class: "frame")
    buffer.append("</g>")
    for (index, line) in SVGChart.lines(figure.x.label, width: right - left).enumerated()
    where !figure.x.label.isEmpty {
      buffer.svgText(
        (left + right) / 2, bottom + 30 + Double(index) * 13, line, anchor: .middle,
        class: "axis-title")
    }
    chart.references(
      x: nil, y: y, top: top, bottom: bottom, left: left, right: right, into: &buffer)
    // The first series on top: drawn last.
    for (series, look) in looks.enumerated().reversed() {
      buffer.append("<g class=\"")
      buffer.append(string: look.className)
      buffer.append("\">")
      // The line, broken where a value is missing.
      var path = ""
      var pen = false
      for (index, group) in figure.groups.enumerated() {
        guard series < group.values.count, let value = group.values[series] else {
          pen = false
          continue
        }
        path += (pen ? "L" : "M") + coordinate(x(index)) + " " + coordinate(y(value))
        pen = true
      }
      if !path.isEmpty {
        buffer.append("<path class=\"series")
        if look.dashed { buffer.append(" dashed") }
        buffer.append("\" d=\"")
        buffer.append(string: path)
        buffer.append("\"/>")
      }
      buffer.append(look.dashed ? "<g class=\"hollow\">" : "<g class=\"filled\">")
      for (index, group) in figure.groups.enumerated() {
        guard series < group.values.count, let value = group.values[series] else { continue }
        buffer.svgUse(
          "\(chart.id)-\(look.dashed ? "m" : "s")\(look.marker)", x(index), y(value),
          title:
            "\(figure.series[series].name), \(group.label): \(chart.number(value, decimals: 2))"
        )
      }
      buffer.append("</g></g>")
    }
    chart.legend(entries, top: legendTop, into: &buffer)
    chart.close(into: &buffer)
  }

  private func coordinate(_ value: Double) -> String { NumberText.plain(value, decimals: 1) }
}
