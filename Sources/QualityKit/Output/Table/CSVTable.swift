/// CSV from an ``ExportTable``: ready to open in Excel and to send.
///
/// Russian: `;` between cells and a decimal comma — what Excel with Russian regional settings
/// opens without an import dialogue; English (`--lang en`): `,` and a decimal point. Both: UTF-8
/// with a byte-order mark (Excel reads UTF-8 only with it) and CRLF line ends. A cell is quoted
/// (RFC 4180, quotes doubled) when it holds the delimiter, a quote or a line break, and a list cell
/// always is, so `"2021, 2022"` stays one cell whatever the delimiter. Text that Excel would run as
/// a formula (a leading `=`, `+`, `-` or `@`) gets an apostrophe in front: ``CSVReport/inert(_:)``.
///
/// - Complexity: O(n) in the bytes written.
extension TableRowWriter {
  /// The delimiter before every cell but the first of a row.
  @inline(__always)
  func csvSeparator() {
    if column > 0, case .csv(let delimiter, _) = target { buffer.append(byte: delimiter) }
  }

  /// A text cell: inert, quoted when it must be (or `alwaysQuoted`).
  func csvText(_ value: String, delimiter: UInt8, alwaysQuoted: Bool, inert: Bool = true) {
    csvSeparator()
    var value = value
    value.withUTF8 { bytes in
      let needsQuotes = alwaysQuoted || Self.csvNeedsQuotes(bytes, delimiter: delimiter)
      if needsQuotes { buffer.append(byte: UInt8(ascii: "\"")) }
      if inert, let first = bytes.first,
        first == UInt8(ascii: "=") || first == UInt8(ascii: "+") || first == UInt8(ascii: "-")
          || first == UInt8(ascii: "@")
      {
        buffer.append(byte: UInt8(ascii: "'"))
      }
      if needsQuotes {
        buffer.appendEscaped(bytes, CSVQuoteEscapes.self)
        buffer.append(byte: UInt8(ascii: "\""))
      } else {
        buffer.append(bytes)
      }
    }
  }

  /// Whether `bytes` hold the delimiter, a quote, CR or LF: checked eight bytes at a time.
  static func csvNeedsQuotes(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Bool {
    guard let base = bytes.baseAddress else { return false }
    let total = bytes.count
    var index = 0
    while total - index >= 8 {
      let word = UInt64(
        littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let found =
        ByteWord.equal(word, delimiter) | ByteWord.equal(word, 0x22) | ByteWord.equal(word, 0x0A)
        | ByteWord.equal(word, 0x0D)
      if found != 0 { break }
      index += 8
    }
    while index < total {
      let byte = base[index]
      if byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D { return true }
      index += 1
    }
    return false
  }
}

/// Inside a quoted CSV cell a quote is doubled; nothing else changes.
enum CSVQuoteEscapes: ByteEscapes {
  @inline(__always)
  static func mayNeedEscape(_ word: UInt64) -> Bool { ByteWord.equal(word, 0x22) != 0 }

  @inline(__always)
  static func needsEscape(_ byte: UInt8) -> Bool { byte == 0x22 }

  static func appendEscape(of byte: UInt8, to buffer: inout ByteBuffer) { buffer.append("\"\"") }
}
