/// A growable UTF-8 buffer that report writers append to without building intermediate strings.
///
/// Numbers are formatted straight into bytes with the same rounding as ``NumberText/plain(_:decimals:)``
/// (half away from zero, trailing zeros dropped), so every format prints a value identically.
struct ByteBuffer {
  var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  var count: Int { bytes.count }

  mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

  @inline(__always)
  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  @inline(__always)
  mutating func append(_ text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  @inline(__always)
  mutating func append(byte: UInt8) { bytes.append(byte) }

  /// A JSON string literal: quoted, with the escapes RFC 8259 requires.
  mutating func appendJSONString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    appendJSONEscaped(text)
    bytes.append(UInt8(ascii: "\""))
  }

  /// `text` with JSON escapes, without quotes.
  mutating func appendJSONEscaped(_ text: String) {
    var text = text
    text.withUTF8 { utf8 in
      var start = 0
      for index in 0..<utf8.count {
        let byte = utf8[index]
        guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else {
          continue
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
        switch byte {
        case UInt8(ascii: "\""): append("\\\"")
        case UInt8(ascii: "\\"): append("\\\\")
        case UInt8(ascii: "\n"): append("\\n")
        case UInt8(ascii: "\r"): append("\\r")
        case UInt8(ascii: "\t"): append("\\t")
        default:
          append("\\u00")
          bytes.append(Self.hexDigit(byte >> 4))
          bytes.append(Self.hexDigit(byte & 0xF))
        }
        start = index + 1
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
    }
  }

  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }

  /// A non-negative or negative integer in decimal.
  mutating func append(int value: Int) {
    if value < 0 { bytes.append(UInt8(ascii: "-")) }
    appendDigits(UInt64(value.magnitude), minimumDigits: 1)
  }

  /// `value` rounded half away from zero to at most `decimals` places, trailing zeros dropped, with
  /// a decimal point or comma.
  mutating func append(number value: Double, decimals: Int, decimalComma: Bool = false) {
    guard value.isFinite else {
      append(NumberText.unscaled(value))
      return
    }
    let scale = Self.powersOfTen[min(max(decimals, 0), 15)]
    let exact = value.magnitude * scale
    let scaled = exact.rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else {
      append(NumberText.unscaled(value))
      return
    }
    var units = UInt64(scaled)
    // Near a half the binary value may sit just below or above the decimal one the user wrote
    // (1.005 is stored as 1.00499999…): round the shortest decimal representation instead.
    if (exact - exact.rounded(.down) - 0.5).magnitude < 1e-6,
      let decimal = Self.decimalRounded(value.magnitude, decimals: decimals)
    {
      units = decimal
    }
    let divisor = UInt64(scale)
    let whole = units / divisor
    var remainder = units % divisor
    var digits = decimals
    while digits > 0 && remainder % 10 == 0 {
      remainder /= 10
      digits -= 1
    }
    if value < 0 && units != 0 { bytes.append(UInt8(ascii: "-")) }
    appendDigits(whole, minimumDigits: 1)
    guard digits > 0 else { return }
    bytes.append(decimalComma ? UInt8(ascii: ",") : UInt8(ascii: "."))
    appendDigits(remainder, minimumDigits: digits)
  }

  /// A JSON number with at most six decimals, or `null`.
  mutating func appendJSON(number value: Double?) {
    guard let value, value.isFinite else {
      append("null")
      return
    }
    append(number: value, decimals: 6)
  }

  /// `magnitude` rounded half up at `decimals` places on its shortest decimal representation, in
  /// units of 10^−decimals; `nil` when the digits do not fit.
  private static func decimalRounded(_ magnitude: Double, decimals: Int) -> UInt64? {
    // The shortest representation, as digits d₁d₂…dₙ and the position of the decimal point.
    let text = "\(magnitude)"
    let parts = text.split(separator: "e", maxSplits: 1)
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    let digits = Array(mantissa[0] + (mantissa.count > 1 ? mantissa[1] : ""))
    let point = mantissa[0].count + exponent  // digits before the decimal point
    var units: UInt64 = 0
    for index in 0..<(point + decimals) {
      let digit = index >= 0 && index < digits.count ? digits[index].wholeNumberValue ?? 0 : 0
      let (shifted, overflow) = units.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      units = shifted + UInt64(digit)
    }
    let next = point + decimals
    if next >= 0, next < digits.count, let digit = digits[next].wholeNumberValue, digit >= 5 {
      units += 1
    }
    return units
  }

  private mutating func appendDigits(_ value: UInt64, minimumDigits: Int) {
    var digits:
      (
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
        UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8
      ) =
        (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    var count = 0
    var rest = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      repeat {
        buffer[19 - count] = UInt8(ascii: "0") + UInt8(rest % 10)
        rest /= 10
        count += 1
      } while rest > 0 || count < minimumDigits
      bytes.append(contentsOf: buffer[(20 - count)...])
    }
  }

  private static let powersOfTen: [Double] = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  ]
}
