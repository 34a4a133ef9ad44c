/// Number formatting for reports and messages, without `NumberFormatter` (whose output differs
/// between platforms and locales) and without `String(format:)` (slow on the hot path of large reports).
public enum NumberText {
  /// `value` rounded to at most `decimals` places, trailing zeros dropped, with a decimal comma in
  /// Russian and a point in English: `format(-1.125, decimals: 2, .russian)` is `"-1,13"`.
  ///
  /// Rounding is half away from zero on the decimal value.
  public static func format(_ value: Double, decimals: Int = 2, _ language: Language) -> String {
    let text = plain(value, decimals: decimals)
    return language == .russian ? text.replacingDecimalPoint() : text
  }

  /// `value` rounded to at most `decimals` places with a decimal point and no trailing zeros.
  public static func plain(_ value: Double, decimals: Int = 6) -> String {
    guard value.isFinite else { return value.isNaN ? "NaN" : (value > 0 ? "∞" : "-∞") }
    let scale = pow10(decimals)
    let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
    guard scaled < 9e15 else { return "\(value)" }
    let units = Int64(scaled)
    let whole = units / Int64(scale)
    var fraction = units % Int64(scale)
    var digits = decimals
    while digits > 0 && fraction % 10 == 0 {
      fraction /= 10
      digits -= 1
    }
    let sign = (value < 0 && units != 0) ? "-" : ""
    guard digits > 0 else { return "\(sign)\(whole)" }
    var fractionText = String(fraction)
    while fractionText.count < digits { fractionText = "0" + fractionText }
    return "\(sign)\(whole).\(fractionText)"
  }

  private static func pow10(_ n: Int) -> Double {
    var result = 1.0
    for _ in 0..<max(0, n) { result *= 10 }
    return result
  }
}

extension String {
  fileprivate func replacingDecimalPoint() -> String {
    String(self.map { $0 == "." ? "," : $0 })
  }
}
