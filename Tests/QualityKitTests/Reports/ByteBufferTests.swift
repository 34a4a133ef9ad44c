import Testing

@testable import QualityKit

/// ``ByteBuffer``: JSON escaping (checked eight bytes at a time) and numbers written in place.
@Suite struct ByteBufferTests {
  /// The escapes RFC 8259 requires, one scalar at a time: the reference the buffer must match.
  static func reference(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u00" + (hex.count == 1 ? "0" : "") + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  static func escaped(_ text: String) -> String {
    var buffer = ByteBuffer(capacity: 4)
    buffer.appendJSONEscaped(text)
    return buffer.string
  }

  @Test func escapesEverySpecialByteAtEveryOffset() {
    let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{01}", "\u{1F}", "\u{7F}"]
    let fillers = ["a", "ж", "№", "€", "😀"]
    for filler in fillers {
      for length in 0..<24 {
        for position in 0...length {
          for special in specials {
            var text = String(repeating: filler, count: length)
            text.insert(special, at: text.index(text.startIndex, offsetBy: position))
            #expect(Self.escaped(text) == Self.reference(text))
          }
        }
      }
    }
  }

  @Test func textWithoutSpecialsIsCopiedAsIs() {
    let text = String(repeating: "Доля обучающихся «4» и «5» — 100 %; ", count: 7)
    #expect(Self.escaped(text) == text)
    #expect(Self.escaped("") == "")
  }

  /// Texts `NumberText` gave before the byte buffer wrote into raw memory (point, then comma),
  /// kept to show that the rounding did not change.
  static let numbers: [(Double, Int, String, String)] = [
    (0.0, 0, "0", "0"),
    (0.0, 1, "0", "0"),
    (0.0, 2, "0", "0"),
    (0.0, 6, "0", "0"),
    (-0.0, 0, "0", "0"),
    (-0.0, 1, "0", "0"),
    (-0.0, 2, "0", "0"),
    (-0.0, 6, "0", "0"),
    (1.0, 0, "1", "1"),
    (1.0, 1, "1", "1"),
    (1.0, 2, "1", "1"),
    (1.0, 6, "1", "1"),
    (-1.0, 0, "-1", "-1"),
    (-1.0, 1, "-1", "-1"),
    (-1.0, 2, "-1", "-1"),
    (-1.0, 6, "-1", "-1"),
    (0.5, 0, "1", "1"),
    (0.5, 1, "0.5", "0,5"),
    (0.5, 2, "0.5", "0,5"),
    (0.5, 6, "0.5", "0,5"),
    (-0.5, 0, "-1", "-1"),
    (-0.5, 1, "-0.5", "-0,5"),
    (-0.5, 2, "-0.5", "-0,5"),
    (-0.5, 6, "-0.5", "-0,5"),
    (2.5, 0, "3", "3"),
    (2.5, 1, "2.5", "2,5"),
    (2.5, 2, "2.5", "2,5"),
    (2.5, 6, "2.5", "2,5"),
    (1.005, 0, "1", "1"),
    (1.005, 1, "1", "1"),
    (1.005, 2, "1.01", "1,01"),
    (1.005, 6, "1.005", "1,005"),
    (2.675, 0, "3", "3"),
    (2.675, 1, "2.7", "2,7"),
    (2.675, 2, "2.68", "2,68"),
    (2.675, 6, "2.675", "2,675"),
    (1.125, 0, "1", "1"),
    (1.125, 1, "1.1", "1,1"),
    (1.125, 2, "1.13", "1,13"),
    (1.125, 6, "1.125", "1,125"),
    (-1.125, 0, "-1", "-1"),
    (-1.125, 1, "-1.1", "-1,1"),
    (-1.125, 2, "-1.13", "-1,13"),
    (-1.125, 6, "-1.125", "-1,125"),
    (81.8, 0, "82", "82"),
    (81.8, 1, "81.8", "81,8"),
    (81.8, 2, "81.8", "81,8"),
    (81.8, 6, "81.8", "81,8"),
    (0.513207, 0, "1", "1"),
    (0.513207, 1, "0.5", "0,5"),
    (0.513207, 2, "0.51", "0,51"),
    (0.513207, 6, "0.513207", "0,513207"),
    (1e-07, 0, "0", "0"),
    (1e-07, 1, "0", "0"),
    (1e-07, 2, "0", "0"),
    (1e-07, 6, "0", "0"),
    (-1e-07, 0, "0", "0"),
    (-1e-07, 1, "0", "0"),
    (-1e-07, 2, "0", "0"),
    (-1e-07, 6, "0", "0"),
    (123456.7890123, 0, "123457", "123457"),
    (123456.7890123, 1, "123456.8", "123456,8"),
    (123456.7890123, 2, "123456.79", "123456,79"),
    (123456.7890123, 6, "123456.789012", "123456,789012"),
    (8999999999999000.0, 0, "8999999999999000", "8999999999999000"),
    (8999999999999000.0, 1, "8999999999999000.0", "8999999999999000,0"),
    (8999999999999000.0, 2, "8999999999999000.0", "8999999999999000,0"),
    (8999999999999000.0, 6, "8999999999999000.0", "8999999999999000,0"),
    (9000000000000000.0, 0, "9000000000000000.0", "9000000000000000,0"),
    (9000000000000000.0, 1, "9000000000000000.0", "9000000000000000,0"),
    (9000000000000000.0, 2, "9000000000000000.0", "9000000000000000,0"),
    (9000000000000000.0, 6, "9000000000000000.0", "9000000000000000,0"),
    (1e+20, 0, "1e+20", "1e+20"),
    (1e+20, 1, "1e+20", "1e+20"),
    (1e+20, 2, "1e+20", "1e+20"),
    (1e+20, 6, "1e+20", "1e+20"),
    (.infinity, 0, "∞", "∞"),
    (.infinity, 1, "∞", "∞"),
    (.infinity, 2, "∞", "∞"),
    (.infinity, 6, "∞", "∞"),
    (-.infinity, 0, "-∞", "-∞"),
    (-.infinity, 1, "-∞", "-∞"),
    (-.infinity, 2, "-∞", "-∞"),
    (-.infinity, 6, "-∞", "-∞"),
    (.nan, 0, "NaN", "NaN"),
    (.nan, 1, "NaN", "NaN"),
    (.nan, 2, "NaN", "NaN"),
    (.nan, 6, "NaN", "NaN"),
    (0.30000000000000004, 0, "0", "0"),
    (0.30000000000000004, 1, "0.3", "0,3"),
    (0.30000000000000004, 2, "0.3", "0,3"),
    (0.30000000000000004, 6, "0.3", "0,3"),
    (100.0, 0, "100", "100"),
    (100.0, 1, "100", "100"),
    (100.0, 2, "100", "100"),
    (100.0, 6, "100", "100"),
    (47.967803, 0, "48", "48"),
    (47.967803, 1, "48", "48"),
    (47.967803, 2, "47.97", "47,97"),
    (47.967803, 6, "47.967803", "47,967803"),
    (0.045, 0, "0", "0"),
    (0.045, 1, "0", "0"),
    (0.045, 2, "0.05", "0,05"),
    (0.045, 6, "0.045", "0,045"),
    (1.0000005, 0, "1", "1"),
    (1.0000005, 1, "1", "1"),
    (1.0000005, 2, "1", "1"),
    (1.0000005, 6, "1.000001", "1,000001"),
    (2.0000005, 0, "2", "2"),
    (2.0000005, 1, "2", "2"),
    (2.0000005, 2, "2", "2"),
    (2.0000005, 6, "2.000001", "2,000001"),
    (999.9999996, 0, "1000", "1000"),
    (999.9999996, 1, "1000", "1000"),
    (999.9999996, 2, "1000", "1000"),
    (999.9999996, 6, "1000", "1000"),
  ]

  @Test func numbersRoundAsBefore() {
    for (value, decimals, point, comma) in Self.numbers {
      var buffer = ByteBuffer()
      buffer.append(number: value, decimals: decimals)
      #expect(buffer.string == point, "\(value) to \(decimals) decimals")
      // A number too large to scale is written as Swift prints it, without a decimal comma.
      let scale: Double = [0: 1, 1: 10, 2: 100, 6: 1e6][decimals] ?? 1
      guard value.isFinite, value.magnitude * scale < 9e15 else { continue }
      var russian = ByteBuffer()
      russian.append(number: value, decimals: decimals, decimalComma: true)
      #expect(russian.string == comma, "\(value) to \(decimals) decimals")
    }
  }

  @Test func integersAndGrowth() {
    var buffer = ByteBuffer(capacity: 1)
    for value in [0, 7, -7, 10, 99, 100, Int.max, Int.min + 1] {
      buffer.append(int: value)
      buffer.append(" ")
    }
    #expect(buffer.string == "0 7 -7 10 99 100 \(Int.max) \(Int.min + 1) ")
  }
}
