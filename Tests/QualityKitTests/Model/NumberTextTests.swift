import QualityKit
import Testing

/// ``NumberText``: half away from zero, trailing zeros dropped, a decimal comma in Russian, and
/// never a "-0".
@Suite struct NumberTextTests {
  @Test("halves round away from zero (values exact in binary)")
  func halfAwayFromZero() {
    #expect(NumberText.plain(0.5, decimals: 0) == "1")
    #expect(NumberText.plain(1.5, decimals: 0) == "2")
    #expect(NumberText.plain(2.5, decimals: 0) == "3")  // banker's rounding would give 2
    #expect(NumberText.plain(-2.5, decimals: 0) == "-3")
    #expect(NumberText.plain(0.125, decimals: 2) == "0.13")  // 0.125 = 1/8 exactly
    #expect(NumberText.plain(-0.125, decimals: 2) == "-0.13")
    #expect(NumberText.plain(0.375, decimals: 2) == "0.38")  // 3/8
    #expect(NumberText.plain(2.675, decimals: 1) == "2.7")
  }

  @Test("below the half rounds toward zero")
  func belowHalf() {
    #expect(NumberText.plain(0.124, decimals: 2) == "0.12")
    #expect(NumberText.plain(-0.124, decimals: 2) == "-0.12")
    #expect(NumberText.plain(2.4999, decimals: 0) == "2")
  }

  @Test("halves of decimal values that binary cannot represent exactly")
  func decimalHalves() {
    // «Rounding is half away from zero on the decimal value»: 1.005 is written 1.005, so two
    // decimals give 1.01. (In binary 1.005 is 1.00499999999999989…, and 1.005 × 100 rounds to
    // 100.49999999999999.)
    #expect(NumberText.plain(1.005, decimals: 2) == "1.01")
    #expect(NumberText.plain(-1.005, decimals: 2) == "-1.01")
    #expect(NumberText.plain(72.345, decimals: 2) == "72.35")
    #expect(NumberText.plain(0.285, decimals: 2) == "0.29")
    #expect(NumberText.format(0.285, decimals: 2, .russian) == "0,29")
  }

  @Test("halves of small values that Swift prints with an exponent")
  func decimalHalvesOfSmallValues() {
    // 0.000035 is written 0.000035 (Swift prints 3.5e-05); five decimals: 0.00004.
    // In binary 0.000035 × 10⁵ = 3.4999999999999996.
    #expect(NumberText.plain(0.000035, decimals: 5) == "0.00004")
    #expect(NumberText.plain(-0.000035, decimals: 5) == "-0.00004")
  }

  @Test("trailing zeros are dropped, leading zeros of the fraction kept")
  func zeros() {
    #expect(NumberText.plain(3, decimals: 2) == "3")
    #expect(NumberText.plain(1.10, decimals: 2) == "1.1")
    #expect(NumberText.plain(1.05, decimals: 2) == "1.05")
    #expect(NumberText.plain(0.000001, decimals: 6) == "0.000001")
    #expect(NumberText.plain(-1.521278, decimals: 6) == "-1.521278")
    #expect(NumberText.plain(1234567.5, decimals: 1) == "1234567.5")  // no grouping
  }

  @Test("Russian uses a decimal comma, English a point")
  func decimalComma() {
    #expect(NumberText.format(-1.125, decimals: 2, .russian) == "-1,13")  // 1.125 = 9/8
    #expect(NumberText.format(-1.125, decimals: 2, .english) == "-1.13")
    #expect(NumberText.format(1234.5, decimals: 1, .russian) == "1234,5")
    #expect(NumberText.format(59.9, .russian) == "59,9")
    #expect(NumberText.format(60, .russian) == "60")
  }

  @Test("negative zero and negatives that round to zero print 0")
  func negativeZero() {
    #expect(NumberText.plain(-0.0) == "0")
    #expect(NumberText.plain(-0.0, decimals: 0) == "0")
    #expect(NumberText.plain(-0.0000004, decimals: 6) == "0")  // −0.4 millionths → 0
    #expect(NumberText.format(-0.004, decimals: 2, .russian) == "0")
    #expect(NumberText.format(-0.4, decimals: 0, .english) == "0")
  }

  @Test("non-finite values are named, not formatted")
  func nonFinite() {
    #expect(NumberText.plain(.nan) == "NaN")
    #expect(NumberText.plain(.infinity) == "∞")
    #expect(NumberText.plain(-.infinity) == "-∞")
  }
}
