/// Headings, paragraphs, bullets and tables as every text and Markdown report of the library writes
/// them (identification, progress, monitoring, history), so that they look alike and are fixed once.
struct TextLayout {
  /// How a plain-text table aligns its columns.
  enum Columns {
    /// The first column left, the others right: a name, then numbers.
    case numeric
    /// Every column left, the last one unpadded: dates, statuses and titles.
    case left
  }

  /// Markdown instead of plain text.
  let markdown: Bool

  /// A heading: `#`-marked in Markdown, underlined with `=` (level 1) or `-` in text.
  func heading(_ level: Int, _ text: String, _ output: inout some TextOutputStream) {
    if markdown {
      output.write(String(repeating: "#", count: level) + " " + text + "\n\n")
    } else {
      output.write(text + "\n")
      output.write(String(repeating: level == 1 ? "=" : "-", count: text.count) + "\n")
    }
  }

  /// A paragraph of one line.
  func line(_ text: String, _ output: inout some TextOutputStream) {
    output.write(text + (markdown ? "\n\n" : "\n"))
  }

  /// A list item at `level` (0 top).
  func bullet(_ text: String, level: Int, _ output: inout some TextOutputStream) {
    let indent = String(repeating: "  ", count: level)
    let mark = markdown ? "-" : (level == 0 ? "•" : "–")
    output.write("\(indent)\(mark) \(text)\n")
  }

  /// A table: a Markdown table (a `|` or a line break inside a cell is replaced, so it cannot break
  /// the row), or columns padded to their widest cell.
  ///
  /// - Complexity: O(c) in the total length of the cells.
  func table(
    _ header: [String], _ rows: [[String]], columns: Columns = .numeric,
    _ output: inout some TextOutputStream
  ) {
    if markdown {
      let cell = { (text: String) in String(text.map { $0 == "|" ? "/" : $0.isNewline ? " " : $0 })
      }
      output.write("| " + header.map(cell).joined(separator: " | ") + " |\n")
      output.write("|" + header.map { _ in " --- |" }.joined() + "\n")
      for row in rows { output.write("| " + row.map(cell).joined(separator: " | ") + " |\n") }
      return
    }
    var widths = header.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], cell.count)
      }
    }
    func render(_ cells: [String]) -> String {
      cells.enumerated().map { index, cell in
        let pad = String(
          repeating: " ", count: max(0, (index < widths.count ? widths[index] : 0) - cell.count))
        switch columns {
        case .numeric: return index == 0 ? cell + pad : pad + cell
        // The last column is not padded: no trailing spaces.
        case .left: return index == cells.count - 1 ? cell : cell + pad
        }
      }.joined(separator: "  ")
    }
    output.write(render(header) + "\n")
    for row in rows { output.write(render(row) + "\n") }
  }
}
