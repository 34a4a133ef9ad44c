import QualityKitTestSupport
import Testing

@testable import QualityKit

@Suite("CSVNumber")
struct CSVNumberTests {
  @Test(arguments: [
    ("0", 0.0), ("-0", -0.0), ("+1", 1), ("72.5", 72.5), ("72,5", 72.5), (" 72,5 ", 72.5),
    ("\t3\t", 3), ("1e3", 1000), ("1E-3", 0.001), ("2,5e2", 250), ("-1.5e+10", -1.5e10),
    (".5", 0.5), ("5.", 5), ("00012", 12), ("0,000", 0), ("100", 100),
  ])
  func accepts(text: String, expected: Double) {
    let parsed = CSVNumber(parsing: text, allowsDecimalComma: true)
    #expect(parsed == .value(expected))
    #expect(parsed.double?.sign == expected.sign)
  }

  @Test(arguments: [
    "nan", "NaN", "inf", "-inf", "Infinity", "abc", "1.2.3", "1,2,3", "1.2,3", "1 234", "0x10",
    "e5", "5e", "5e+", "-", "+", ".", ",", "1_000", "１２", "12%", "1e400", "-1e400", "--1", "1-",
    "\"1\"",
  ])
  func rejects(text: String) {
    #expect(CSVNumber(parsing: text, allowsDecimalComma: true) == .invalid)
  }

  @Test func emptyOrBlankIsMissing() {
    #expect(CSVNumber(parsing: "", allowsDecimalComma: true) == .missing)
    #expect(CSVNumber(parsing: "   ", allowsDecimalComma: false) == .missing)
  }

  @Test func decimalCommaOnlyWhenAllowed() {
    #expect(CSVNumber(parsing: "72,5", allowsDecimalComma: false) == .invalid)
    #expect(CSVNumber(parsing: "72.5", allowsDecimalComma: false) == .value(72.5))
  }

  /// Texts where a naive parser rounds wrongly: halfway cases, more than 19 digits, 2⁵³ + 1,
  /// powers of ten past 10²², subnormals and the largest finite double.
  @Test(arguments: [
    "0.1", "0.3", "1.1", "2.675", "9007199254740993", "9007199254740992", "9007199254740991.5",
    "1e22", "1e23", "8.5e-23", "123456789012345678901", "0.12345678901234567890123",
    "72.20000000000000000001", "2.2250738585072011e-308", "2.2250738585072014e-308",
    "4.9e-324", "2.4703282292062327e-324", "1.7976931348623157e308", "179769313486231580793728e285",
    "0.000000000000000000000000001", "1e-400", "3.14159265358979323846264338327950288",
    "5e-324", "18446744073709551615", "18446744073709551616", "99999999999999999999e-5",
  ])
  func roundsLikeTheStandardLibrary(text: String) throws {
    let expected = try #require(Double(text))
    #expect(
      CSVNumber(parsing: text, allowsDecimalComma: false).double?.bitPattern == expected.bitPattern)
    let withComma = String(text.map { $0 == "." ? "," : $0 })
    #expect(
      CSVNumber(parsing: withComma, allowsDecimalComma: true).double?.bitPattern
        == expected.bitPattern)
  }

  @Test func randomTextsRoundLikeTheStandardLibrary() {
    var random = SeededGenerator(seed: 2024)
    var mismatches: [String] = []
    for _ in 0..<50_000 {
      let text = random.numberText()
      let expected = Double(text)
      let parsed = CSVNumber(parsing: text, allowsDecimalComma: false)
      switch (expected, parsed) {
      case (let value?, .value(let got)) where value.bitPattern == got.bitPattern: continue
      case (let value?, .invalid) where !value.isFinite: continue
      default: mismatches.append(text)
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
  }
}

extension SeededGenerator {
  /// A decimal text: sign, 1–25 digits with a point somewhere, and sometimes an exponent.
  mutating func numberText() -> String {
    var text = Bool.random(using: &self) ? "-" : ""
    let digitCount = Int.random(in: 1...25, using: &self)
    let point = Int.random(in: 0...digitCount, using: &self)
    for index in 0..<digitCount {
      if index == point && index > 0 { text += "." }
      text += String(Int.random(in: 0...9, using: &self))
    }
    if Int.random(in: 0..<3, using: &self) == 0 {
      text += "e\(Int.random(in: -340...330, using: &self))"
    }
    return text
  }
}
