import Foundation
import Testing

@testable import QualityKit

@Suite("Text and Markdown layout: the byte checks that skip walking a cell's characters")
struct TextLayoutTests {
  /// Characters that look alike in UTF-8: Cyrillic х (D1 85), Ш and Щ (D0 A8, D0 A9), «» (C2 AB,
  /// C2 BB), — and № (E2 80 94, E2 84 96), next to the characters the checks look for.
  static let alphabet: [String] = [
    "а", "х", "Ш", "Щ", "«", "»", "—", "№", "Ё", "e\u{301}", "1", " ", "|", "\n", "\r\n", "\r",
    "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}", "\u{2027}", "*", "_", "`", "\\", "x",
  ]

  /// Random texts of up to eight characters of ``alphabet``, the same every run.
  static func texts(_ count: Int) -> [String] {
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    return (0..<count).map { _ in
      (0..<next(9)).map { _ in alphabet[next(alphabet.count)] }.joined()
    }
  }

  @Test("the byte checks agree with the characters on 5,000 random texts")
  func checksAgree() {
    for text in Self.texts(5000) {
      #expect(
        TextLayout.holdsBarOrBreak(text) == text.contains { $0 == "|" || $0.isNewline },
        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
      #expect(TextLayout.holdsEscaped(text) == text.contains { "\\*_`".contains($0) })
    }
    // Hand-checked: х, Ш, «», — share bytes with NEL and U+2028 but are none of them.
    #expect(!TextLayout.holdsBarOrBreak("Шхо «Щ» — №1"))
    #expect(TextLayout.holdsBarOrBreak("a\u{2028}b") && TextLayout.holdsBarOrBreak("a\u{85}"))
    #expect(!TextLayout.holdsBarOrBreak("a\u{2027}b"))
  }
}
