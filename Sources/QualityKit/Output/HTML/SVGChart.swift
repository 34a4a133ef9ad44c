/// What every chart of a figure shares: the frame, the axes, the reference lines, the legend, and
/// how each series looks. The kinds (``SVGScatter``, ``SVGHistogram``, …) draw their marks inside.
///
/// Coordinates are in a 720-unit-wide view box (the width of an A4 page's text at 96 dpi, so one
/// unit prints as about a quarter of a millimetre), written with at most one decimal.
struct SVGChart {
  /// The figure drawn.
  let figure: ReportDocument.Figure
  /// The language of numbers (a decimal comma in Russian) and of the words the chart adds.
  let language: Language
  /// A prefix unique in the document for the ids of this chart's markers and patterns.
  let id: String

  /// The width of the view box.
  static let width = 720.0
  /// Characters are assumed this wide when a label's room is reckoned: the view box's 11-unit
  /// sans-serif, Cyrillic being the wider.
  static let characterWidth = 6.3

  /// `ru` or `en`, whichever the chart's language is.
  func t(_ ru: String, _ en: String) -> String { language == .russian ? ru : en }

  /// `value` with at most `decimals` places, a decimal comma in Russian.
  func number(_ value: Double, decimals: Int) -> String {
    NumberText.format(value, decimals: decimals, language)
  }

  /// `text` cut to about `width` units, with «…» where it was cut.
  static func fitted(_ text: String, width: Double) -> String {
    let room = max(Int(width / characterWidth), 4)
    guard text.characterCount > room else { return text }
    return String(text.prefix(room - 1)) + "…"
  }

  /// `text` in at most two lines of about `width` units, broken between words; the second cut
  /// to fit.
  static func lines(_ text: String, width: Double) -> [String] {
    let room = max(Int(width / characterWidth), 8)
    guard text.characterCount > room else { return [text] }
    var first = ""
    var rest = Substring(text)
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let candidate = first.isEmpty ? String(word) : first + " " + word
      guard candidate.characterCount <= room || first.isEmpty else { break }
      first = candidate
      rest = rest.dropFirst(min(word.count + 1, rest.count))
    }
    guard !rest.isEmpty else { return [first] }
    return [first, fitted(String(rest), width: width)]
  }

  /// The height the title of the x axis takes under the tick labels.
  func xTitleHeight(width: Double) -> Double {
    figure.x.label.isEmpty ? 0 : Double(Self.lines(figure.x.label, width: width).count) * 13
  }

  // MARK: The frame

  /// Opens the `<svg>` of `height` units, named for screen readers by the figure's title (and its
  /// `part` of `parts` when a long chart is drawn in pieces).
  func open(height: Double, part: Int = 0, parts: Int = 1, into buffer: inout ByteBuffer) {
    buffer.append("<svg class=\"chart\" viewBox=\"0 0 720 ")
    buffer.append(coordinate: height)
    buffer.append("\" width=\"720\" height=\"")
    buffer.append(coordinate: height)
    buffer.append("\" role=\"img\" aria-labelledby=\"")
    buffer.append(string: id)
    if part > 0 { buffer.append(int: part) }
    buffer.append("-t\"><title id=\"")
    buffer.append(string: id)
    if part > 0 { buffer.append(int: part) }
    buffer.append("-t\">")
    buffer.appendHTMLEscaped(figure.title.plainText)
    if parts > 1 {
      buffer.append(" (")
      buffer.append(int: part + 1)
      buffer.append("/")
      buffer.append(int: parts)
      buffer.append(")")
    }
    buffer.append("</title>")
  }

  /// Closes the `<svg>`.
  func close(into buffer: inout ByteBuffer) { buffer.append("</svg>\n") }

  /// The horizontal axis of a plot from `left` to `right` whose bottom is `bottom`: a tick and a
  /// label at each step (or at each of the axis's own ticks), grid lines up to `top`, the title
  /// under it.
  func xAxis(
    _ scale: ChartScale, top: Double, bottom: Double, left: Double, right: Double,
    into buffer: inout ByteBuffer
  ) {
    buffer.append("<g class=\"axis\">")
    let ticks =
      figure.x.ticks.isEmpty
      ? scale.ticks.map { ($0, number($0, decimals: scale.decimals)) }
      : figure.x.ticks.map { ($0.value, $0.label) }
    for (value, label) in ticks {
      let x = scale(value)
      buffer.svgLine(x, top, x, bottom, class: "grid")
      buffer.svgText(x, bottom + 14, label, anchor: .middle)
    }
    buffer.svgLine(left, bottom, right, bottom, class: "frame")
    buffer.append("</g>")
    let title = figure.x.label
    if !title.isEmpty {
      for (index, line) in Self.lines(title, width: right - left).enumerated() {
        buffer.svgText(
          (left + right) / 2, bottom + 30 + Double(index) * 13, line, anchor: .middle,
          class: "axis-title")
      }
    }
  }

  /// The vertical axis at `left` of a plot from `top` to `bottom`: ticks, labels, grid lines to
  /// `right`, the title turned along it.
  func yAxis(
    _ scale: ChartScale, top: Double, bottom: Double, left: Double, right: Double,
    into buffer: inout ByteBuffer
  ) {
    buffer.append("<g class=\"axis\">")
    let ticks =
      figure.y.ticks.isEmpty
      ? scale.ticks.map { ($0, number($0, decimals: scale.decimals)) }
      : figure.y.ticks.map { ($0.value, $0.label) }
    for (value, label) in ticks {
      let y = scale(value)
      buffer.svgLine(left, y, right, y, class: "grid")
      buffer.svgText(left - 5, y + 4, label, anchor: .end)
    }
    buffer.svgLine(left, top, left, bottom, class: "frame")
    buffer.append("</g>")
    let title = figure.y.label
    if !title.isEmpty {
      let lines = Self.lines(title, width: bottom - top)
      for (index, line) in lines.enumerated() {
        buffer.svgVerticalText(
          Double(index) * 13 + (lines.count == 1 ? 16 : 11), (top + bottom) / 2, line)
      }
    }
  }

  /// The figure's reference lines within the plot, each labelled at its end; a line outside the
  /// domain is left out (the legend and the data table still name it).
  ///
  /// A vertical line's label stands beside its top, or at `labelTop` when given (a timeline
  /// labels it above its month row, where no bar is).
  func references(
    x: ChartScale?, y: ChartScale?, top: Double, bottom: Double, left: Double, right: Double,
    labelTop: Double? = nil, into buffer: inout ByteBuffer
  ) {
    guard !figure.references.isEmpty else { return }
    buffer.append("<g class=\"references\">")
    for reference in figure.references {
      switch reference.axis {
      case .x:
        guard let x, x.domain.contains(reference.value) else { continue }
        let position = x(reference.value)
        buffer.svgLine(position, top, position, bottom, class: "reference")
        // The label beside the line's top, on the side with room.
        let onLeft = position > left + (right - left) * 0.6
        buffer.svgText(
          onLeft ? position - 4 : position + 4, labelTop ?? top + 11,
          Self.fitted(reference.label, width: onLeft ? position - left : right - position),
          anchor: onLeft ? .end : .start, class: "reference-label")
      case .y:
        guard let y, y.domain.contains(reference.value) else { continue }
        let position = y(reference.value)
        buffer.svgLine(left, position, right, position, class: "reference")
        buffer.svgText(
          right - 4, position - 4, Self.fitted(reference.label, width: right - left),
          anchor: .end, class: "reference-label")
      }
    }
    buffer.append("</g>")
  }

  // MARK: Series

  /// How a series looks: its class (colour, or a status's fill and pattern) and its marker shape.
  struct Look {
    /// The CSS class.
    let className: String
    /// The marker shape, 0 ..< ``SVGChart/markerShapes``.
    let marker: Int
    /// Drawn dashed (a target).
    let dashed: Bool
  }

  /// The number of marker shapes: circle, square, triangle, diamond, triangle down, cross.
  static let markerShapes = 6

  /// The look of every series, in order: the series of automatic style take the colours and
  /// shapes in turn, so that no two of them share a colour and none depends on colour alone.
  var looks: [Look] {
    var next = 0
    return figure.series.map { series in
      switch series.style {
      case .muted: return Look(className: "cm", marker: 0, dashed: false)
      case .done: return Look(className: "st-done", marker: 1, dashed: false)
      case .due: return Look(className: "st-due", marker: 2, dashed: false)
      case .overdue: return Look(className: "st-overdue", marker: 3, dashed: false)
      case .planned: return Look(className: "st-planned", marker: 0, dashed: false)
      default:
        defer { next += 1 }
        return Look(
          className: "c\(next % 8)", marker: next % Self.markerShapes,
          dashed: series.style == .target)
      }
    }
  }

  /// Defines the marker shapes, centred on 0, 0, as `<id>-m0` … `<id>-m5` (or `-s0` … for a
  /// second, `small`, set), `size` units across.
  func markerDefinitions(size: Double, small: Bool = false, into buffer: inout ByteBuffer) {
    let r = size / 2
    func shape(_ index: Int, _ body: (inout ByteBuffer) -> Void) {
      buffer.append("<g id=\"")
      buffer.append(string: id)
      buffer.append(small ? "-s" : "-m")
      buffer.append(int: index)
      buffer.append("\">")
      body(&buffer)
      buffer.append("</g>")
    }
    func path(_ points: [(Double, Double)], into buffer: inout ByteBuffer) {
      buffer.append("<path d=\"")
      for (index, point) in points.enumerated() {
        buffer.append(index == 0 ? "M" : "L")
        buffer.append(number: point.0 * r, decimals: 2)
        buffer.append(" ")
        buffer.append(number: point.1 * r, decimals: 2)
      }
      buffer.append("Z\"/>")
    }
    buffer.append("<defs>")
    shape(0) { buffer in
      buffer.append("<circle r=\"")
      buffer.append(number: r, decimals: 2)
      buffer.append("\"/>")
    }
    shape(1) { path([(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)], into: &$0) }
    shape(2) { path([(0, -1.15), (1, 0.75), (-1, 0.75)], into: &$0) }
    shape(3) { path([(0, -1.2), (1.2, 0), (0, 1.2), (-1.2, 0)], into: &$0) }
    shape(4) { path([(0, 1.15), (1, -0.75), (-1, -0.75)], into: &$0) }
    shape(5) {
      path(
        [
          (-0.35, -1.1), (0.35, -1.1), (0.35, -0.35), (1.1, -0.35), (1.1, 0.35), (0.35, 0.35),
          (0.35, 1.1), (-0.35, 1.1), (-0.35, 0.35), (-1.1, 0.35), (-1.1, -0.35), (-0.35, -0.35),
        ], into: &$0)
    }
    buffer.append("</defs>")
  }

  /// Defines the hatch patterns of the statuses due and overdue, as `<id>-due` and `<id>-overdue`:
  /// in grey print a status is told by its pattern, not its colour.
  func statusPatterns(into buffer: inout ByteBuffer) {
    buffer.append("<defs><pattern id=\"")
    buffer.append(string: id)
    buffer.append(
      string: "-due\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
        + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" class=\"pattern-due\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" class=\"hatch\"/></pattern><pattern id=\"")
    buffer.append(string: id)
    buffer.append(
      string: "-overdue\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\" "
        + "patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" "
        + "class=\"pattern-overdue\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" class=\"hatch\"/>"
        + "<line x1=\"0\" y1=\"0\" x2=\"5\" y2=\"0\" class=\"hatch\"/></pattern></defs>")
  }

  /// The fill of a bar of `look`: a status's pattern, or the class's colour.
  func barFill(_ look: Look) -> String {
    switch look.className {
    case "st-due": "url(#\(id)-due)"
    case "st-overdue": "url(#\(id)-overdue)"
    default: ""
    }
  }

  // MARK: The legend

  /// One entry of a legend.
  struct LegendEntry {
    /// What the swatch shows.
    enum Swatch {
      /// The marker of a series.
      case marker(Look)
      /// A filled box of a series.
      case box(Look)
      /// A line with the series' marker.
      case line(Look)
      /// The dashed line of a reference.
      case reference
      /// A fitted line (solid) or the edge of its band (dashed).
      case fit(dashed: Bool)
      /// A shaded cell of a density grid.
      case density
      /// No swatch: a count the chart does not draw.
      case none
    }
    let swatch: Swatch
    let text: String

    /// The room it takes in a row.
    var width: Double { 24 + Double(text.characterCount) * SVGChart.characterWidth + 14 }
  }

  /// The legend's entries laid out in rows across the chart's width: each entry's row and left.
  static func legendLayout(_ entries: [LegendEntry]) -> [(row: Int, x: Double)] {
    var row = 0
    var x = 16.0
    return entries.map { entry in
      let width = min(entry.width, Self.width - 32)
      if x + width > Self.width - 16, x > 16 {
        row += 1
        x = 16
      }
      defer { x += width }
      return (row, x)
    }
  }

  /// The height the legend of `entries` takes.
  static func legendHeight(_ entries: [LegendEntry]) -> Double {
    guard let last = legendLayout(entries).last else { return 0 }
    return Double(last.row + 1) * 18 + 4
  }

  /// Draws the legend of `entries` from `top` down.
  func legend(_ entries: [LegendEntry], top: Double, into buffer: inout ByteBuffer) {
    guard !entries.isEmpty else { return }
    buffer.append("<g class=\"legend\">")
    for (entry, place) in zip(entries, Self.legendLayout(entries)) {
      let y = top + Double(place.row) * 18 + 9
      let x = place.x
      switch entry.swatch {
      case .marker(let look):
        buffer.append("<g class=\"")
        buffer.append(string: look.className)
        buffer.append("\">")
        buffer.svgUse("\(id)-m\(look.marker)", x + 8, y)
        buffer.append("</g>")
      case .box(let look):
        let fill = barFill(look)
        buffer.append("<rect x=\"")
        buffer.append(coordinate: x + 1)
        buffer.append("\" y=\"")
        buffer.append(coordinate: y - 6)
        buffer.append("\" width=\"16\" height=\"12\" class=\"bar ")
        buffer.append(string: look.className)
        if !fill.isEmpty {
          buffer.append("\" style=\"fill:")
          buffer.append(string: fill)
        }
        buffer.append("\"/>")
      case .line(let look):
        buffer.append("<g class=\"")
        buffer.append(string: look.className)
        buffer.append("\">")
        buffer.svgLine(x, y, x + 18, y, class: look.dashed ? "series dashed" : "series")
        buffer.append("<g class=\"")
        buffer.append(look.dashed ? "hollow" : "filled")
        buffer.append("\">")
        buffer.svgUse("\(id)-\(look.dashed ? "m" : "s")\(look.marker)", x + 9, y)
        buffer.append("</g></g>")
      case .reference:
        buffer.svgLine(x, y, x + 18, y, class: "reference")
      case .fit(let dashed):
        buffer.svgLine(x, y, x + 18, y, class: dashed ? "fit-band" : "fit")
      case .density:
        buffer.svgRect(x + 1, y - 6, 8, 12, class: "d2")
        buffer.svgRect(x + 9, y - 6, 8, 12, class: "d8")
      case .none: break
      }
      buffer.svgText(x + 24, y + 4, Self.fitted(entry.text, width: Self.width - 40 - x))
    }
    buffer.append("</g>")
  }

  /// The legend entries of the reference lines.
  var referenceEntries: [LegendEntry] {
    figure.references.map { LegendEntry(swatch: .reference, text: $0.label) }
  }
}
