/// Number formatting for reports and messages, without `NumberFormatter` (whose output differs
/// between platforms and locales) and without `String(format:)` (slow on the hot path of large reports).
public enum NumberText {
  /// `value` rounded to at most `decimals` places, trailing zeros dropped, with a decimal comma in
  /// Russian and a point in English: `format(-1.125, decimals: 2, .russian)` is `"-1,13"`.
  ///
  /// Rounding is half away from zero on the decimal value.
  public static func format(_ value: Double, decimals: Int = 2, _ language: Language) -> String {
    var buffer = ByteBuffer(capacity: 24)
    buffer.append(number: value, decimals: decimals)
    // The point, also of an unscaled value, becomes a comma: byte for byte, as every character of
    // the text is ASCII but «∞».
    if language == .russian { buffer.replace(UInt8(ascii: "."), with: UInt8(ascii: ",")) }
    return buffer.string
  }

  /// `value` rounded to at most `decimals` places with a decimal point and no trailing zeros.
  public static func plain(_ value: Double, decimals: Int = 6) -> String {
    var buffer = ByteBuffer(capacity: 24)
    buffer.append(number: value, decimals: decimals)
    return buffer.string
  }

  /// The text of a value `ByteBuffer` cannot scale exactly: NaN, ±∞, or a magnitude of 9·10¹⁵ and
  /// more at the requested precision.
  static func unscaled(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
    return "\(value)"
  }
}
