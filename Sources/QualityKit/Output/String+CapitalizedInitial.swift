extension String {
  /// The text with its first character upper-cased: «индекс …» → «Индекс …». A phrase written to
  /// sit inside a sentence (a title, a sentence of a pack) opens a line this way; Foundation's
  /// `capitalized` would upper-case every word.
  var capitalizedInitial: String { prefix(1).uppercased() + dropFirst() }
}
