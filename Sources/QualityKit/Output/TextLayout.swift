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
    var buffer = ByteBuffer(capacity: 1 << 12)
    render(document, into: &buffer)
    output.write(buffer.string)
  }

  /// Appends the text of `document` to `buffer`: the layout written as bytes, piece by piece,
  /// without a string per line.
  ///
  /// - Complexity: O(c) in the total length of the document's text.
  func render(_ document: ReportDocument, into buffer: inout ByteBuffer) {
    Self.forEachBlock(of: document) { self.block($0, &buffer) }
  }

  /// Calls `body` with each block of `document`, read in place: `for block in` would copy every
  /// block and its texts (a national plan's documents have millions of blocks).
  private static func forEachBlock(
    of document: ReportDocument, _ body: (borrowing ReportDocument.Block) -> Void
  ) {
    document.blocks.withUnsafeBufferPointer { blocks in
      for index in blocks.indices { body(blocks[index]) }
    }
  }

  /// Writes `document` to `output` through one reused buffer, handed on a megabyte at a time: a
  /// national identification document in Markdown is tens of megabytes.
  ///
  /// - Complexity: O(c) in the total length of the document's text.
  func write(_ document: ReportDocument, to output: inout some ReportOutputStream) {
    var buffer = ByteBuffer(capacity: Self.chunk)
    Self.forEachBlock(of: document) {
      self.block($0, &buffer)
      if buffer.count >= Self.chunk {
        buffer.withUnsafeBytes { output.write(bytes: $0) }
        buffer.removeAll()
      }
    }
    buffer.withUnsafeBytes { output.write(bytes: $0) }
  }

  /// The buffer of ``write(_:to:)`` is handed on when it holds this many bytes.
  private static let chunk = 1 << 20

  /// Appends one block.
  private func block(_ block: ReportDocument.Block, _ buffer: inout ByteBuffer) {
    switch block {
    case .heading(let level, let text, _): heading(level, text, &buffer)
    case .paragraph(let text):
      inline(text, &buffer)
      buffer.append(markdown ? "\n\n" : "\n")
    case .line(let text), .note(let text):
      inline(text, &buffer)
      buffer.append("\n")
    case .item(let text, let level, let marked, let details):
      item(text, level: level, marked: marked, &buffer)
      for detail in details {
        buffer.append("  ")
        inline(detail, &buffer)
        buffer.append("\n")
      }
    case .table(let table): self.table(table, &buffer)
    case .figure: break
    case .blank(let spacing):
      switch spacing {
      case .always: buffer.append("\n")
      case .textOnly: if !markdown { buffer.append("\n") }
      case .markdownOnly: if markdown { buffer.append("\n") }
      }
    }
  }

  /// A heading: `#`-marked in Markdown, underlined with `=` (level 1) or `-` in text, as long as
  /// the heading has characters.
  private func heading(_ level: Int, _ text: ReportDocument.Inline, _ buffer: inout ByteBuffer) {
    if markdown {
      buffer.append(repeating: UInt8(ascii: "#"), count: level)
      buffer.append(" ")
      inline(text, &buffer)
      buffer.append("\n\n")
    } else {
      let text = text.plainText
      buffer.append(string: text)
      buffer.append("\n")
      buffer.append(repeating: UInt8(ascii: level == 1 ? "=" : "-"), count: text.characterCount)
      buffer.append("\n")
    }
  }

  /// A list item at `level` (0 top); unmarked, a plain line in text.
  private func item(
    _ text: ReportDocument.Inline, level: Int, marked: Bool, _ buffer: inout ByteBuffer
  ) {
    buffer.append(repeating: UInt8(ascii: " "), count: 2 * max(level, 0))
    if marked || markdown {
      buffer.append(markdown ? "- " : level == 0 ? "• " : "– ")
    }
    inline(text, &buffer)
    buffer.append("\n")
  }

  /// A table: a Markdown table (a `|` or a line break inside a cell is replaced, so it cannot break
  /// the row), or columns padded to their widest cell.
  ///
  /// - Complexity: O(c) in the total length of the cells.
  private func table(_ table: ReportDocument.Table, _ buffer: inout ByteBuffer) {
    let header = table.header.map(inline)
    let rows = table.rows.map { $0.map(inline) }
    func write(_ line: String) {
      buffer.append(string: line)
      buffer.append("\n")
    }
    if markdown {
      let cell = { (text: String) in
        // Most cells hold neither a `|` nor a line break: no walk over their characters.
        Self.holdsBarOrBreak(text)
          ? String(text.map { $0 == "|" ? "/" : $0.isNewline ? " " : $0 }) : text
      }
      write("| " + header.map(cell).joined(separator: " | ") + " |")
      write("|" + header.map { _ in " --- |" }.joined())
      for row in rows { write("| " + row.map(cell).joined(separator: " | ") + " |") }
      return
    }
    // Each cell's width in characters, counted once (counting walks its graphemes).
    let headerCounts = header.map(\.characterCount)
    let rowCounts = rows.map { $0.map(\.characterCount) }
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
    write(render(header, headerCounts))
    for (row, counts) in zip(rows, rowCounts) { write(render(row, counts)) }
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

  /// Appends the text of `inline` (``inline(_:)``) to `buffer`, run by run.
  private func inline(_ inline: ReportDocument.Inline, _ buffer: inout ByteBuffer) {
    if let plain = inline.plainRun { return buffer.append(string: plain) }
    for run in inline.runs {
      switch run {
      case .text(let text), .link(let text, _): buffer.append(string: text)
      case .strong(let text) where markdown:
        buffer.append("**")
        buffer.append(string: text)
        buffer.append("**")
      case .code(let text) where markdown:
        buffer.append("`")
        buffer.append(string: text)
        buffer.append("`")
      case .literal(let text) where markdown && Self.holdsEscaped(text):
        buffer.append(string: String(text.flatMap { "\\*_`".contains($0) ? ["\\", $0] : [$0] }))
      case .strong(let text), .code(let text), .literal(let text): buffer.append(string: text)
      }
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
