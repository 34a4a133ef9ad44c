/// How text and Markdown draw a ``ReportDocument``: headings, paragraphs, bullets and tables as
/// every text and Markdown report of the library writes them, so that they look alike and are fixed
/// once. `TextRenderer` and `MarkdownRenderer` are this layout with `markdown` off and on.
struct TextLayout {
  /// Markdown instead of plain text.
  let markdown: Bool

  /// Writes `document` to `output`.
  ///
  /// - Complexity: O(c) in the total length of the document's text.
  func render(_ document: ReportDocument, to output: inout some TextOutputStream) {
    for block in document.blocks {
      switch block {
      case .heading(let level, let text, _): heading(level, text, &output)
      case .paragraph(let text): output.write(inline(text) + (markdown ? "\n\n" : "\n"))
      case .line(let text), .note(let text): output.write(inline(text) + "\n")
      case .item(let text, let level, let marked, let details):
        item(text, level: level, marked: marked, &output)
        for detail in details { output.write("  " + inline(detail) + "\n") }
      case .table(let table): self.table(table, &output)
      case .figure: break
      case .blank(let spacing):
        switch spacing {
        case .always: output.write("\n")
        case .textOnly: if !markdown { output.write("\n") }
        case .markdownOnly: if markdown { output.write("\n") }
        }
      }
    }
  }

  /// A heading: `#`-marked in Markdown, underlined with `=` (level 1) or `-` in text.
  private func heading(
    _ level: Int, _ text: ReportDocument.Inline, _ output: inout some TextOutputStream
  ) {
    let text = inline(text)
    if markdown {
      output.write(String(repeating: "#", count: level) + " " + text + "\n\n")
    } else {
      output.write(text + "\n")
      output.write(String(repeating: level == 1 ? "=" : "-", count: text.count) + "\n")
    }
  }

  /// A list item at `level` (0 top); unmarked, a plain line in text.
  private func item(
    _ text: ReportDocument.Inline, level: Int, marked: Bool, _ output: inout some TextOutputStream
  ) {
    let indent = String(repeating: "  ", count: level)
    guard marked || markdown else { return output.write(indent + inline(text) + "\n") }
    let mark = markdown ? "-" : (level == 0 ? "•" : "–")
    output.write("\(indent)\(mark) \(inline(text))\n")
  }

  /// A table: a Markdown table (a `|` or a line break inside a cell is replaced, so it cannot break
  /// the row), or columns padded to their widest cell.
  ///
  /// - Complexity: O(c) in the total length of the cells.
  private func table(_ table: ReportDocument.Table, _ output: inout some TextOutputStream) {
    let header = table.header.map(inline)
    let rows = table.rows.map { $0.map(inline) }
    if markdown {
      let cell = { (text: String) in
        // Most cells hold neither a `|` nor a line break: no walk over their characters.
        Self.holdsBarOrBreak(text)
          ? String(text.map { $0 == "|" ? "/" : $0.isNewline ? " " : $0 }) : text
      }
      output.write("| " + header.map(cell).joined(separator: " | ") + " |\n")
      output.write("|" + header.map { _ in " --- |" }.joined() + "\n")
      for row in rows { output.write("| " + row.map(cell).joined(separator: " | ") + " |\n") }
      return
    }
    // Each cell's width in characters, counted once (counting walks its graphemes).
    let headerCounts = header.map(\.count)
    let rowCounts = rows.map { $0.map(\.count) }
    var widths = headerCounts
    for counts in rowCounts {
      for (index, count) in counts.enumerated() where index < widths.count {
        widths[index] = max(widths[index], count)
      }
    }
    func render(_ cells: [String], _ counts: [Int]) -> String {
      cells.enumerated().map { index, cell in
        let pad = String(
          repeating: " ", count: max(0, (index < widths.count ? widths[index] : 0) - counts[index]))
        switch table.alignment {
        case .numeric: return index == 0 ? cell + pad : pad + cell
        // The last column is not padded: no trailing spaces.
        case .left: return index == cells.count - 1 ? cell : cell + pad
        }
      }.joined(separator: "  ")
    }
    output.write(render(header, headerCounts) + "\n")
    for (row, counts) in zip(rows, rowCounts) { output.write(render(row, counts) + "\n") }
  }

  /// Whether `text` holds a `|` or a character that is a line break (LF, VT, FF, CR, NEL,
  /// U+2028, U+2029 — what `Character.isNewline` is true for), found in its UTF-8.
  static func holdsBarOrBreak(_ text: String) -> Bool {
    var previous: UInt8 = 0
    var beforePrevious: UInt8 = 0
    for byte in text.utf8 {
      if byte == UInt8(ascii: "|") || (0x0A...0x0D).contains(byte) { return true }
      if byte == 0x85, previous == 0xC2 { return true }  // NEL
      if byte == 0xA8 || byte == 0xA9, previous == 0x80, beforePrevious == 0xE2 { return true }
      beforePrevious = previous
      previous = byte
    }
    return false
  }

  /// Whether `text` holds a character Markdown escapes here: `\`, `*`, `_` or a backtick.
  static func holdsEscaped(_ text: String) -> Bool {
    text.utf8.contains { byte in
      byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_")
        || byte == UInt8(ascii: "`")
    }
  }

  /// The text of `inline`: strong runs in `**`, code in backticks and literal runs escaped in
  /// Markdown, plain in text.
  private func inline(_ inline: ReportDocument.Inline) -> String {
    guard markdown else { return inline.plainText }
    return inline.runs.map { run in
      switch run {
      // A link's target is a heading of the same document, which Markdown does not anchor.
      case .text(let text), .link(let text, _): text
      case .strong(let text): "**" + text + "**"
      case .code(let text): "`" + text + "`"
      case .literal(let text):
        Self.holdsEscaped(text)
          ? String(text.flatMap { "\\*_`".contains($0) ? ["\\", $0] : [$0] }) : text
      }
    }.joined()
  }
}
