/// SVG elements written straight into a buffer: the charts are made of a few kinds of element, and
/// a chart of two thousand points should not build two thousand strings.
extension ByteBuffer {
  /// `<line x1 y1 x2 y2 class/>`.
  mutating func svgLine(
    _ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, class name: StaticString
  ) {
    append("<line x1=\"")
    append(coordinate: x1)
    append("\" y1=\"")
    append(coordinate: y1)
    append("\" x2=\"")
    append(coordinate: x2)
    append("\" y2=\"")
    append(coordinate: y2)
    append("\" class=\"")
    append(name)
    append("\"/>")
  }

  /// `<rect x y width height class/>`, with a `<title>` inside when `title` is given.
  mutating func svgRect(
    _ x: Double, _ y: Double, _ width: Double, _ height: Double, class name: String,
    title: String? = nil
  ) {
    append("<rect x=\"")
    append(coordinate: x)
    append("\" y=\"")
    append(coordinate: y)
    append("\" width=\"")
    append(coordinate: max(width, 0))
    append("\" height=\"")
    append(coordinate: max(height, 0))
    append("\" class=\"")
    append(string: name)
    if let title {
      append("\"><title>")
      appendHTMLEscaped(title)
      append("</title></rect>")
    } else {
      append("\"/>")
    }
  }

  /// `<text x y [text-anchor] [class]>text</text>`, escaped.
  mutating func svgText(
    _ x: Double, _ y: Double, _ text: String, anchor: TextAnchor = .start,
    class name: StaticString? = nil
  ) {
    append("<text x=\"")
    append(coordinate: x)
    append("\" y=\"")
    append(coordinate: y)
    append("\"")
    switch anchor {
    case .start: break
    case .middle: append(" text-anchor=\"middle\"")
    case .end: append(" text-anchor=\"end\"")
    }
    if let name {
      append(" class=\"")
      append(name)
      append("\"")
    }
    append(">")
    appendHTMLEscaped(text)
    append("</text>")
  }

  /// A text turned a quarter to the left around its centre `x`, `y`: the title of a vertical axis.
  mutating func svgVerticalText(_ x: Double, _ y: Double, _ text: String) {
    append("<text transform=\"translate(")
    append(coordinate: x)
    append(" ")
    append(coordinate: y)
    append(") rotate(-90)\" text-anchor=\"middle\" class=\"axis-title\">")
    appendHTMLEscaped(text)
    append("</text>")
  }

  /// `<use href="#id" x y/>`: a marker defined once and placed at `x`, `y`.
  mutating func svgUse(_ id: String, _ x: Double, _ y: Double, title: String? = nil) {
    append("<use href=\"#")
    append(string: id)
    append("\" x=\"")
    append(coordinate: x)
    append("\" y=\"")
    append(coordinate: y)
    if let title {
      append("\"><title>")
      appendHTMLEscaped(title)
      append("</title></use>")
    } else {
      append("\"/>")
    }
  }
}

/// Where a text stands relative to its position.
enum TextAnchor {
  /// Starts there.
  case start
  /// Is centred there.
  case middle
  /// Ends there.
  case end
}

extension ByteBuffer {
  /// The end of a bar's `<rect …` after `class="bar `: its class, its fill where the series sets
  /// one, and its tooltip — the same for the bars of a bar chart and the spans of a timeline.
  mutating func appendBarEnd(className: String, fill: String, title: String) {
    append(string: className)
    if !fill.isEmpty {
      append("\" style=\"fill:")
      append(string: fill)
    }
    append("\"><title>")
    appendHTMLEscaped(title)
    append("</title></rect>")
  }
}
