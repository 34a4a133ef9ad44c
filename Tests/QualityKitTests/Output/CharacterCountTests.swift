import QualityKitTestSupport
import Testing

@testable import QualityKit

/// `String.characterCount` is `count`: counted by scalars only where each scalar is a character
/// on its own, by graphemes otherwise.
@Suite struct CharacterCountTests {
  @Test("hand-checked: Russian text, a combining mark, CR LF, an emoji with a skin tone, a flag")
  func handChecked() {
    #expect("МБОУ «СОШ №1» — г. Лесосибирск".characterCount == 30)
    #expect("Ёлкино".characterCount == 6)
    #expect("Е\u{308}лкино".characterCount == 6)  // Е + combining diaeresis: one character
    #expect("а\r\nб".characterCount == 3)  // CR LF is one character
    #expect("а\rб\nв".characterCount == 5)
    #expect("👍🏽 да".characterCount == 4)
    #expect("🇷🇺".characterCount == 1)
    #expect("".characterCount == 0)
  }

  @Test("on random texts of look-alike and joining pieces it equals count", arguments: 1...20)
  func random(seed: Int) {
    let pieces = [
      "а", "Я", "ё", "Ш", "x", " ", "№", "«", "»", "—", "–", "…", "‰", "\t", "\n", "\r", "\r\n",
      "\u{301}", "\u{308}", "\u{483}", "\u{489}", "\u{200D}", "\u{200C}", "\u{FE0F}", "\u{AD}",
      "\u{85}", "\u{2028}", "👍", "🏽", "🇷", "🇺", "한", "\u{1161}", "ℓ", "ʼ", "ǅ", "℃", "\u{2060}",
    ]
    var rng = SeededGenerator(seed: UInt64(seed))
    for _ in 0..<500 {
      let text = (0..<Int(rng.next() % 12)).map { _ in
        pieces[Int(rng.next() % UInt64(pieces.count))]
      }
      .joined()
      #expect(text.characterCount == text.count, "\(text.unicodeScalars.map(\.value))")
    }
  }
}
