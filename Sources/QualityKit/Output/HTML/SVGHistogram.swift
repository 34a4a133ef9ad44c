/// A histogram: a bar per bin over a numeric x axis, so that a cut-off line stands where its value
/// is among the bins.
struct SVGHistogram {
  let chart: SVGChart

  private let left = 64.0
  private let right = SVGChart.width - 16
  private let top = 12.0
  private let bottom = 252.0

  /// The scales: x over the bins' range (widened to the reference lines), y from 0 to the fullest
  /// bin.
  var scales: (x: ChartScale, y: ChartScale) {
    let figure = chart.figure
    let bins = figure.x.range ?? 0...Double(max(figure.groups.count, 1))
    var low = bins.lowerBound
    var high = bins.upperBound
    for reference in figure.references where reference.axis == .x {
      low = min(low, reference.value)
      high = max(high, reference.value)
    }
    let highest = figure.groups.map { $0.values.first.flatMap { $0 } ?? 0 }.max() ?? 0
    return (
      ChartScale(
        low: low, high: high, fixed: low == bins.lowerBound && high == bins.upperBound ? bins : nil,
        ticks: 8, from: left, to: right),
      ChartScale(
        low: 0, high: max(highest, 1), fixed: figure.y.range, ticks: 5, whole: true, from: bottom,
        to: top)
    )
  }

  func draw(into buffer: inout ByteBuffer) {
    let figure = chart.figure
    let (x, y) = scales
    let look = chart.looks.first ?? SVGChart.Look(className: "c0", marker: 0, dashed: false)
    let entries =
      (figure.series.first.map { [SVGChart.LegendEntry(swatch: .box(look), text: $0.name)] } ?? [])
      + chart.referenceEntries
    let legendTop = bottom + 24 + chart.xTitleHeight(width: right - left) + 8
    chart.open(height: legendTop + SVGChart.legendHeight(entries) + 4, into: &buffer)
    chart.xAxis(x, top: top, bottom: bottom, left: left, right: right, into: &buffer)
    chart.yAxis(y, top: top, bottom: bottom, left: left, right: right, into: &buffer)
    let bins = figure.x.range ?? 0...Double(max(figure.groups.count, 1))
    let width = (bins.upperBound - bins.lowerBound) / Double(max(figure.groups.count, 1))
    buffer.append("<g class=\"bars ")
    buffer.append(string: look.className)
    buffer.append("\">")
    for (index, bin) in figure.groups.enumerated() {
      guard let count = bin.values.first ?? nil, count > 0 else { continue }
      let from = x(bins.lowerBound + Double(index) * width)
      let to = x(bins.lowerBound + Double(index + 1) * width)
      buffer.svgRect(
        from, y(count), to - from, bottom - y(count), class: "bar",
        title: "\(bin.label): \(chart.number(count, decimals: 2))")
    }
    buffer.append("</g>")
    chart.references(
      x: x, y: y, top: top, bottom: bottom, left: left, right: right, into: &buffer)
    chart.legend(entries, top: legendTop, into: &buffer)
    chart.close(into: &buffer)
  }
}
