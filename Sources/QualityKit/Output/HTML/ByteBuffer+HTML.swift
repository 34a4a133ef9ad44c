extension ByteBuffer {
  /// `text` as HTML text or an attribute value: `&`, `<`, `>`, `"` and `'` as entities, so that a
  /// school named `<script>` is shown, never run, and a value cannot close its attribute.
  ///
  /// A control character other than tab, line feed and carriage return becomes U+FFFD: XML 1.0
  /// (the syntax the document keeps so that it can be parsed) has no way to write one.
  mutating func appendHTMLEscaped(_ text: String) { appendEscaped(text, HTMLEscapes.self) }

  /// A coordinate for SVG: at most one decimal, a point, no trailing zeros — enough for a chart
  /// and short enough that thousands of marks stay small.
  @inline(__always)
  mutating func append(coordinate value: Double) {
    append(number: value, decimals: 1)
  }
}

/// HTML text and attribute values: `&<>"'` as entities; a control character other than tab, line
/// feed and carriage return as U+FFFD, since XML 1.0 (the syntax the page keeps so that it can be
/// parsed) cannot write one.
enum HTMLEscapes: ByteEscapes {
  /// One of `&<>"'` or a byte below 0x20 (tab and line breaks included; ``needsEscape(_:)`` lets
  /// them through).
  @inline(__always)
  static func mayNeedEscape(_ word: UInt64) -> Bool {
    let special =
      ByteWord.equal(word, 0x26) | ByteWord.equal(word, 0x3C) | ByteWord.equal(word, 0x3E)
      | ByteWord.equal(word, 0x22) | ByteWord.equal(word, 0x27)
    return (ByteWord.control(word) | special) != 0
  }

  @inline(__always)
  static func needsEscape(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""),
      UInt8(ascii: "'"):
      true
    case UInt8(ascii: "\t"), UInt8(ascii: "\n"), UInt8(ascii: "\r"): false
    default: byte < 0x20
    }
  }

  static func appendEscape(of byte: UInt8, to buffer: inout ByteBuffer) {
    switch byte {
    case UInt8(ascii: "&"): buffer.append("&amp;")
    case UInt8(ascii: "<"): buffer.append("&lt;")
    case UInt8(ascii: ">"): buffer.append("&gt;")
    case UInt8(ascii: "\""): buffer.append("&quot;")
    case UInt8(ascii: "'"): buffer.append("&#39;")
    default: buffer.append("\u{FFFD}")
    }
  }
}
