extension ByteBuffer {
  /// `text` as HTML text or an attribute value: `&`, `<`, `>`, `"` and `'` as entities, so that a
  /// school named `<script>` is shown, never run, and a value cannot close its attribute.
  ///
  /// A control character other than tab, line feed and carriage return becomes U+FFFD: XML 1.0
  /// (the syntax the document keeps so that it can be parsed) has no way to write one.
  mutating func appendHTMLEscaped(_ text: String) {
    if let done: Void = text.utf8.withContiguousStorageIfAvailable({ appendHTMLEscaped($0) }) {
      return done
    }
    var text = text
    text.withUTF8 { appendHTMLEscaped($0) }
  }

  /// UTF-8 bytes with HTML escapes. Eight bytes at a time are checked for a byte that needs one;
  /// names and sentences mostly have none, so they are copied in one piece.
  mutating func appendHTMLEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    guard let source = utf8.baseAddress else { return }
    let total = utf8.count
    var start = 0
    var index = 0
    while index < total {
      while total - index >= 8 {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
        if Self.hasHTMLSpecialByte(word) { break }
        index += 8
      }
      let limit = min(total, index + 8)
      var found = -1
      while index < limit {
        if Self.needsHTMLEscape(source[index]) {
          found = index
          break
        }
        index += 1
      }
      guard found >= 0 else { continue }
      append(UnsafeBufferPointer(start: source + start, count: found - start))
      switch source[found] {
      case UInt8(ascii: "&"): append("&amp;")
      case UInt8(ascii: "<"): append("&lt;")
      case UInt8(ascii: ">"): append("&gt;")
      case UInt8(ascii: "\""): append("&quot;")
      case UInt8(ascii: "'"): append("&#39;")
      default: append("\u{FFFD}")
      }
      index = found + 1
      start = index
    }
    append(UnsafeBufferPointer(start: source + start, count: total - start))
  }

  @inline(__always)
  private static func needsHTMLEscape(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
      UInt8(ascii: "'"):
      true
    case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): false
    default: byte < 0x20
    }
  }

  /// Whether a byte of `word` may need an escape: one of `&<>"'` or a byte below 0x20 (tab and
  /// line breaks included; the byte-wise check lets them through).
  @inline(__always)
  private static func hasHTMLSpecialByte(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    @inline(__always) func hasZero(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
    let control = (word &- ones &* 0x20) & ~word & highs
    let special =
      hasZero(word ^ (ones &* 0x26)) | hasZero(word ^ (ones &* 0x3C))
      | hasZero(word ^ (ones &* 0x3E)) | hasZero(word ^ (ones &* 0x22))
      | hasZero(word ^ (ones &* 0x27))
    return (control | special) != 0
  }

  /// A coordinate for SVG: at most one decimal, a point, no trailing zeros — enough for a chart
  /// and short enough that thousands of marks stay small.
  @inline(__always)
  mutating func append(coordinate value: Double) {
    append(number: value, decimals: 1)
  }
}
