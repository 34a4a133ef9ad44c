extension ExportTable {
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
