import Foundation

/// Writes the HTML of a document block by block into one reused byte buffer, handing it on a
/// megabyte at a time: a national identification document has a list item per school, and
/// building a string per element would cost more than the whole JSON export.
struct HTMLWriter: ~Copyable {
  private var buffer = ByteBuffer(capacity: 1 << 20)
  private let language: Language
  /// The open lists: for each, whether its last item is still open.
  private var lists: [Bool] = []
  /// The figures written so far: a figure's ids are numbered by it.
  private var figures = 0
  /// The charts drawn last, with ``idPlaceholder`` for their ids: a support plan's page repeats
  /// one timeline for many schools, and drawing a chart costs more than all the rest of a school.
  private var drawn: [(figure: ReportDocument.Figure, svg: [UInt8])] = []

  /// The buffer is handed on when it holds this many bytes.
  private static let chunk = 1 << 20

  private init(language: Language) { self.language = language }

  /// Writes `document` in `language`, handing the bytes to `emit` in order.
  static func write(
    _ document: ReportDocument, language: Language,
    emit: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var writer = HTMLWriter(language: language)
    writer.head(title: Self.title(of: document))
    writer.body(document, emit: emit)
    writer.end(emit: emit)
  }

  /// Writes the document `parts` make in `language`, handing the bytes to `emit` in order: the
  /// parts are built a few ahead on other threads, and drawn here in order; the title is the first
  /// part's.
  static func write(
    _ parts: ReportDocument.Parts, language: Language,
    emit: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard parts.count > 1 else {
      return write(parts.count == 1 ? parts[0] : ReportDocument(), language: language, emit: emit)
    }
    var writer = HTMLWriter(language: language)
    Parallel.pipeline(count: parts.count, window: 8) {
      parts[$0]
    } consume: { index, part in
      if index == 0 { writer.head(title: Self.title(of: part)) }
      writer.body(part, emit: emit)
    }
    writer.end(emit: emit)
  }

  /// The page up to `<body>`, titled `title` (or «Отчёт»).
  private mutating func head(title: String?) {
    buffer.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
    buffer.append(string: language.rawValue)
    buffer.append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
    buffer.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
    buffer.append("<title>")
    buffer.appendHTMLEscaped(title ?? (language == .russian ? "Отчёт" : "Report"))
    buffer.append("</title>\n<style>\n")
    buffer.append(HTMLStyle.sheet)
    buffer.append("</style>\n</head>\n<body>\n")
  }

  /// The blocks of `document`, the buffer handed on whenever it holds a megabyte.
  private mutating func body(
    _ document: ReportDocument, emit: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    for block in document.blocks {
      self.block(block)
      if buffer.count >= Self.chunk {
        buffer.withUnsafeBytes(emit)
        buffer.removeAll()
      }
    }
  }

  /// The lists still open closed, and the end of the page.
  private mutating func end(emit: (UnsafeBufferPointer<UInt8>) -> Void) {
    closeLists()
    buffer.append("</body>\n</html>\n")
    buffer.withUnsafeBytes(emit)
  }

  /// The text of the first level-1 heading: the page's title.
  static func title(of document: ReportDocument) -> String? {
    for block in document.blocks {
      if case .heading(1, let text, _) = block { return text.plainText }
    }
    return nil
  }

  private mutating func block(_ block: ReportDocument.Block) {
    if case .item = block {} else if case .blank = block {} else { closeLists() }
    switch block {
    case .heading(let level, let text, let anchor):
      heading(level, text, anchor: anchor)
    case .paragraph(let text):
      element("<p>", text, "</p>\n")
    case .line(let text):
      element("<p class=\"line\">", text, "</p>\n")
    case .note(let text):
      element("<p class=\"note\">", text, "</p>\n")
    case .item(let text, let level, let marked, let details):
      item(text, level: level, marked: marked, details: details)
    case .table(let table):
      self.table(table, className: nil)
    case .figure(let figure):
      self.figure(figure)
    case .blank:
      // Spacing of text and Markdown; the style sheet spaces the page.
      break
    }
  }

  private mutating func element(
    _ open: StaticString, _ text: ReportDocument.Inline, _ close: StaticString
  ) {
    buffer.append(open)
    inline(text)
    buffer.append(close)
  }

  private mutating func heading(_ level: Int, _ text: ReportDocument.Inline, anchor: String?) {
    let level = min(max(level, 1), 6)
    buffer.append("<h")
    buffer.append(int: level)
    if let anchor {
      buffer.append(" id=\"")
      buffer.appendHTMLEscaped(anchor)
      buffer.append("\"")
    }
    buffer.append(">")
    inline(text)
    buffer.append("</h")
    buffer.append(int: level)
    buffer.append(">\n")
  }

  // MARK: Lists

  /// An item at `level`: the lists are opened or closed to its level, a list nested in the item
  /// above it, as HTML nests them.
  private mutating func item(
    _ text: ReportDocument.Inline, level: Int, marked: Bool, details: [ReportDocument.Inline]
  ) {
    let depth = max(level, 0) + 1
    while lists.count > depth { closeList() }
    if lists.count == depth, lists[depth - 1] { buffer.append("</li>\n") }
    while lists.count < depth {
      buffer.append("<ul>\n")
      lists.append(false)
    }
    buffer.append(marked ? "<li>" : "<li class=\"plain\">")
    inline(text)
    for detail in details {
      buffer.append("<span class=\"detail\">")
      inline(detail)
      buffer.append("</span>")
    }
    lists[depth - 1] = true
  }

  private mutating func closeList() {
    if lists.removeLast() { buffer.append("</li>\n") }
    buffer.append("</ul>\n")
  }

  private mutating func closeLists() {
    while !lists.isEmpty { closeList() }
  }

  // MARK: Text

  private mutating func inline(_ inline: ReportDocument.Inline) {
    if let text = inline.plainRun {
      buffer.appendHTMLEscaped(text)
      return
    }
    for run in inline.runs {
      switch run {
      case .text(let text), .literal(let text):
        buffer.appendHTMLEscaped(text)
      case .strong(let text):
        buffer.append("<strong>")
        buffer.appendHTMLEscaped(text)
        buffer.append("</strong>")
      case .code(let text):
        buffer.append("<code>")
        buffer.appendHTMLEscaped(text)
        buffer.append("</code>")
      case .link(let text, let anchor):
        buffer.append("<a href=\"#")
        buffer.appendHTMLEscaped(anchor)
        buffer.append("\">")
        buffer.appendHTMLEscaped(text)
        buffer.append("</a>")
      }
    }
  }

  // MARK: Tables

  private mutating func table(_ table: ReportDocument.Table, className: StaticString?) {
    buffer.append("<table class=\"")
    switch table.alignment {
    case .numeric: buffer.append("numeric")
    case .left: buffer.append("left")
    }
    if let className {
      buffer.append(" ")
      buffer.append(className)
    }
    buffer.append("\">\n")
    if let caption = table.caption {
      element("<caption>", caption, "</caption>\n")
    }
    if !table.header.isEmpty {
      buffer.append("<thead><tr>")
      for cell in table.header { element("<th>", cell, "</th>") }
      buffer.append("</tr></thead>\n")
    }
    buffer.append("<tbody>\n")
    for row in table.rows {
      buffer.append("<tr>")
      for (index, cell) in row.enumerated() {
        // A numeric table's number columns are right-aligned; a word among them (a group's name,
        // «нет данных») reads better from the left.
        if table.alignment == .numeric, index > 0, Self.isWords(cell) {
          element("<td class=\"text\">", cell, "</td>")
        } else {
          element("<td>", cell, "</td>")
        }
      }
      buffer.append("</tr>\n")
    }
    buffer.append("</tbody>\n</table>\n")
  }

  /// Whether `cell` has letters and no digit: words, not a number.
  static func isWords(_ cell: ReportDocument.Inline) -> Bool {
    var letters = false
    for scalar in cell.plainText.unicodeScalars {
      if scalar.value >= 0x30 && scalar.value <= 0x39 { return false }
      if !letters, scalar.properties.isAlphabetic { letters = true }
    }
    return letters
  }

  // MARK: Figures

  /// A figure: its section heading if it opens one, then the chart with its title, its note and
  /// its data table.
  private mutating func figure(_ figure: ReportDocument.Figure) {
    figures += 1
    if let section = figure.section { element("<h2 class=\"charts\">", section, "</h2>\n") }
    let id = "qk-f\(figures)"
    buffer.append("<figure id=\"")
    buffer.append(string: id)
    buffer.append("\">\n")
    element("<figcaption>", figure.title, "</figcaption>\n")
    let index: Int
    if let found = drawn.firstIndex(where: { $0.figure == figure }) {
      index = found
    } else {
      var drawing = ByteBuffer(capacity: 1 << 14)
      Self.draw(
        SVGChart(figure: figure, language: language, id: Self.idPlaceholder), into: &drawing)
      if drawn.count == Self.drawnKept { drawn.removeFirst() }
      drawn.append((figure, drawing.withUnsafeBytes { Array($0) }))
      index = drawn.count - 1
    }
    append(drawn[index].svg, id: id)
    if let note = figure.note { element("<p class=\"figure-note\">", note, "</p>\n") }
    if !figure.data.header.isEmpty || !figure.data.rows.isEmpty {
      var data = figure.data
      if data.caption == nil {
        data.caption = ReportDocument.Inline(
          language == .russian ? "Данные диаграммы" : "Chart data")
      }
      table(data, className: "data")
    }
    buffer.append("</figure>\n")
  }

  /// Draws the chart of `chart`'s figure, if this page can draw its kind and it has something to
  /// draw: otherwise its data table says it all.
  private static func draw(_ chart: SVGChart, into buffer: inout ByteBuffer) {
    let figure = chart.figure
    switch figure.kind {
    case .scatter where !figure.points.isEmpty:
      SVGScatter(chart: chart).draw(into: &buffer)
    case .histogram where !figure.groups.isEmpty:
      SVGHistogram(chart: chart).draw(into: &buffer)
    case .bars where !figure.groups.isEmpty && !figure.series.isEmpty:
      SVGBars(chart: chart, stacked: false).draw(into: &buffer)
    case .stackedBars where !figure.groups.isEmpty && !figure.series.isEmpty:
      SVGBars(chart: chart, stacked: true).draw(into: &buffer)
    case .line where !figure.groups.isEmpty && !figure.series.isEmpty:
      SVGLine(chart: chart).draw(into: &buffer)
    case .timeline where !figure.groups.isEmpty:
      SVGTimeline(chart: chart).draw(into: &buffer)
    default:
      break
    }
  }

  /// Appends a drawing made with ``idPlaceholder``, the figure's `id` in its place.
  private mutating func append(_ drawing: [UInt8], id: String) {
    let placeholder = Array(Self.idPlaceholder.utf8)
    drawing.withUnsafeBufferPointer { bytes in
      guard let base = bytes.baseAddress else { return }
      var start = 0
      var index = 0
      // The next `&` found by memchr: the drawing is mostly numbers and markup without one.
      while index < bytes.count,
        let found = memchr(base + index, Int32(placeholder[0]), bytes.count - index)
      {
        index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if index + placeholder.count <= bytes.count,
          placeholder.indices.allSatisfy({ bytes[index + $0] == placeholder[$0] })
        {
          buffer.append(UnsafeBufferPointer(rebasing: bytes[start..<index]))
          buffer.append(string: id)
          index += placeholder.count
          start = index
        } else {
          index += 1
        }
      }
      buffer.append(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]))
    }
  }

  /// Stands for a chart's id in a drawing kept for reuse. Charts write their id raw and every
  /// text escaped, so in a drawing `&` only ever starts an entity (`&amp;`, `&lt;`…), never this.
  private static let idPlaceholder = "&id;"

  /// How many drawings are kept: a support plan's page gives many schools the same timeline, in
  /// runs of a few.
  private static let drawnKept = 8
}
