/// The number in a CSV cell, parsed straight from its bytes.
///
/// The grammar is: surrounding spaces, an optional sign, digits with at most one decimal separator
/// (`.` always, `,` when the dialect allows a decimal comma), at least one digit, and an optional
/// exponent (`e` or `E`, an optional sign, digits). Anything else — `nan`, `inf`, `abc`, `1.2.3`,
/// `1 234`, hexadecimal — is ``invalid``, and so is a number too large for a finite `Double`. A
/// cell that is empty after trimming spaces is ``missing``.
///
/// The result is correctly rounded: it equals what `Double(String)` (C `strtod`) gives for the same
/// text written with a decimal point. Most cells take the exact fast path — an integer mantissa
/// below 2⁵³ scaled by a power of ten up to 10²², one IEEE multiplication or division, which
/// rounds once — and the rest fall back to the standard library's parser.
///
/// - Complexity: O(k), where k is the length of the cell.
///
/// ```swift
/// CSVNumber(parsing: " 72,5 ", allowsDecimalComma: true)   // .value(72.5)
/// CSVNumber(parsing: "72,5", allowsDecimalComma: false)    // .invalid
/// CSVNumber(parsing: "", allowsDecimalComma: true)         // .missing
/// ```
enum CSVNumber: Sendable, Hashable {
  /// The cell is empty or holds only spaces.
  case missing
  /// A finite number.
  case value(Double)
  /// The cell holds text that is not a finite number.
  case invalid

  /// Parses the text of a cell.
  ///
  /// - Parameters:
  ///   - text: The cell's text.
  ///   - allowsDecimalComma: Whether `,` is a decimal separator.
  public init(parsing text: String, allowsDecimalComma: Bool = true) {
    var text = text
    self = text.withUTF8 { buffer in
      CSVNumber(parsing: buffer, allowsDecimalComma: allowsDecimalComma)
    }
  }

  /// Parses a cell's bytes.
  ///
  /// - Parameters:
  ///   - bytes: The cell's bytes (UTF-8).
  ///   - allowsDecimalComma: Whether `,` is a decimal separator.
  public init(parsing bytes: UnsafeBufferPointer<UInt8>, allowsDecimalComma: Bool) {
    self = Self.parse(
      bytes, from: 0, to: bytes.count, allowsDecimalComma: allowsDecimalComma)
  }

  /// The value, or `nil` when the cell is missing or invalid.
  public var double: Double? {
    if case .value(let value) = self { return value }
    return nil
  }

  /// Exact powers of ten, 10⁰ … 10²²: every one is a `Double` without rounding.
  private static let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
  ]

  /// Parses `buffer[start..<end]`; the hot path of every numeric reader.
  @inline(__always)
  static func parse(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, allowsDecimalComma: Bool
  ) -> CSVNumber {
    var i = start
    var e = end
    while i < e, buffer[i] == CSVByte.space || buffer[i] == CSVByte.tab { i += 1 }
    while e > i, buffer[e - 1] == CSVByte.space || buffer[e - 1] == CSVByte.tab { e -= 1 }
    if i == e { return .missing }
    let textStart = i

    var negative = false
    if buffer[i] == UInt8(ascii: "-") {
      negative = true
      i += 1
    } else if buffer[i] == UInt8(ascii: "+") {
      i += 1
    }

    var mantissa: UInt64 = 0
    var significantDigits = 0
    var digits = 0
    var exponent = 0
    var truncated = false
    var sawSeparator = false
    var sawComma = false
    while i < e {
      let byte = buffer[i]
      let digit = byte &- UInt8(ascii: "0")
      if digit < 10 {
        digits += 1
        if mantissa == 0 && digit == 0 {
          if sawSeparator { exponent -= 1 }  // a leading zero only shifts the point
        } else if significantDigits < 19 {
          mantissa = mantissa &* 10 &+ UInt64(digit)
          significantDigits += 1
          if sawSeparator { exponent -= 1 }
        } else {
          truncated = true  // more than 19 significant digits: leave them to the slow path
          if !sawSeparator { exponent += 1 }
        }
      } else if !sawSeparator,
        byte == UInt8(ascii: ".") || (allowsDecimalComma && byte == UInt8(ascii: ","))
      {
        sawSeparator = true
        sawComma = byte == UInt8(ascii: ",")
      } else {
        break
      }
      i += 1
    }
    guard digits > 0 else { return .invalid }

    if i < e, buffer[i] == UInt8(ascii: "e") || buffer[i] == UInt8(ascii: "E") {
      i += 1
      var exponentNegative = false
      if i < e, buffer[i] == UInt8(ascii: "-") || buffer[i] == UInt8(ascii: "+") {
        exponentNegative = buffer[i] == UInt8(ascii: "-")
        i += 1
      }
      var written = 0
      var exponentDigits = 0
      while i < e {
        let digit = buffer[i] &- UInt8(ascii: "0")
        guard digit < 10 else { break }
        if written < 1_000_000 { written = written * 10 + Int(digit) }
        exponentDigits += 1
        i += 1
      }
      guard exponentDigits > 0 else { return .invalid }
      exponent += exponentNegative ? -written : written
    }
    guard i == e else { return .invalid }

    if mantissa == 0 { return .value(negative ? -0.0 : 0.0) }
    if !truncated, mantissa <= 1 << 53, exponent >= -22, exponent <= 22 {
      var value = Double(mantissa)
      if exponent < 0 {
        value /= exactPowersOfTen[-exponent]
      } else {
        value *= exactPowersOfTen[exponent]
      }
      return .value(negative ? -value : value)
    }
    return slowPath(buffer, from: textStart, to: e, replacingComma: sawComma)
  }

  /// Hands already validated text to the standard library's correctly rounded parser.
  private static func slowPath(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, replacingComma: Bool
  ) -> CSVNumber {
    var bytes = Array(buffer[start..<end])
    if replacingComma {
      for index in bytes.indices where bytes[index] == UInt8(ascii: ",") {
        bytes[index] = UInt8(ascii: ".")
      }
    }
    guard let value = Double(String(decoding: bytes, as: UTF8.self)), value.isFinite else {
      return .invalid
    }
    return .value(value)
  }
}
