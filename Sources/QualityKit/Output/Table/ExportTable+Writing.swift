extension ExportTable {
  /// Items (schools) per part when a table's CSV is written on all cores.
  static let itemsPerChunk = 256

  /// Writes the table as CSV in `language`: Russian with `;` and a decimal comma, English with
  /// `,` and a decimal point; UTF-8 with a byte-order mark and CRLF in both (see `CSVTable.swift`).
  ///
  /// - Complexity: O(r · c), written into a buffer handed to `output` a megabyte at a time.
  public func writeCSV(language: Language, to output: inout some ReportOutputStream) {
    let russian = language == .russian
    let writer = TableRowWriter(
      language: language,
      target: .csv(
        delimiter: russian ? UInt8(ascii: ";") : UInt8(ascii: ","), decimalComma: russian),
      columns: columns)
    writer.buffer.append("\u{FEFF}")
    writer.header()
    if let items, items.count > Self.itemsPerChunk {
      // Parts of the table rendered on all cores, each into a buffer of its own, and written in
      // order as they come.
      writer.buffer.withUnsafeBytes { output.write(bytes: $0) }
      let target = writer.target
      let columns = self.columns
      ParallelChunks.render(
        count: items.count, chunkSize: Self.itemsPerChunk, bytesPerItem: 256 * columns.count
      ) { range, chunk in
        let part = TableRowWriter(
          language: language, target: target, columns: columns, capacity: 16)
        swap(&part.buffer, &chunk)
        items.rows(range, part)
        swap(&part.buffer, &chunk)
      } emit: { bytes in
        output.write(bytes: bytes)
      }
      return
    }
    // Handed to `output` a megabyte at a time: the buffer stays small, and is never regrown.
    let hand = { (bytes: UnsafeBufferPointer<UInt8>) in output.write(bytes: bytes) }
    withoutActuallyEscaping(hand) { flush in
      writer.flush = flush
      rows(writer)
      writer.flush = nil
    }
    writer.buffer.withUnsafeBytes { output.write(bytes: $0) }
  }

  /// The table as CSV text: ``writeCSV(language:to:)`` into a string.
  public func csv(language: Language) -> String {
    var text = ""
    writeCSV(language: language, to: &text)
    return text
  }

  /// An Excel workbook (`.xlsx`) of `tables`, one sheet each, in `language`: frozen bold headers, autofilter, numbers as numbers, dates as dates.
  ///
  /// - Complexity: O(n) in the cells, plus the compression of the sheets.
  public static func workbook(_ tables: [ExportTable], language: Language) -> [UInt8] {
    WorkbookWriter(tables: tables, language: language).bytes()
  }
}
