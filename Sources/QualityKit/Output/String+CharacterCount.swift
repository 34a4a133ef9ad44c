extension String {
  /// The number of characters, `count`, without walking the text's graphemes when every scalar in
  /// it is a character on its own — printable ASCII, Latin and Cyrillic letters, «», №, dashes and
  /// quotes: the text of a Russian report. Any other scalar (a combining mark, a carriage return
  /// that may pair with a line feed, an emoji) falls back to `count`.
  ///
  /// Charts and text tables measure every label and cell; `count` on Cyrillic takes Unicode's
  /// grapheme-breaking path (about a tenth of drawing a national plan's HTML page), where the
  /// scalars decide it here.
  ///
  /// - Complexity: O(n) in the length of the text.
  var characterCount: Int {
    var scalars = 0
    for scalar in unicodeScalars {
      guard Self.standsAlone(scalar.value) else { return count }
      scalars &+= 1
    }
    return scalars
  }

  /// Whether a scalar is one character whatever stands beside it: its grapheme-break property is
  /// Other or Control (a control breaks on both sides) — except a carriage return, which joins a
  /// following line feed, and the combining marks around these blocks.
  private static func standsAlone(_ value: UInt32) -> Bool {
    switch value {
    case 0x00...0x0C, 0x0E...0x2FF: true  // ASCII but CR; Latin-1, Latin Extended, IPA, modifiers
    case 0x400...0x482, 0x48A...0x52F: true  // Cyrillic but its combining marks U+0483–U+0489
    case 0x2010...0x205F: true  // dashes, quotes, …, ‰, line and paragraph separators
    case 0x2100...0x214F: true  // letterlike symbols: №, ℃
    default: false
    }
  }
}
