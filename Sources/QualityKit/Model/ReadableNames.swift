/// Tells people the names in a sentence that was written with ids: «нет ege.russian.mean_score»
/// becomes «нет «средний балл ЕГЭ по русскому языку»».
///
/// Some sentences are built once, with metric keys or criterion ids in them, and stored: an
/// indicator's note, a support measure's reason, a data issue. The JSON and CSV exports carry them
/// as they are — those are typed data, and their bytes do not change — while a document for people
/// shows every name by its title. Where a document has the structured data (a finding's missing
/// cells) it words the sentence itself; this is for the sentences it only has as text.
///
/// An id is a run of lowercase Latin letters, digits, `_` and `.` that the table knows (a
/// sentence's final full stop is not part of it). It becomes its title in «» (Russian) or "" (English);
/// an id in parentheses right after a quoted title — «средний балл ЕГЭ» (ege.russian.mean_score) —
/// only repeats the title, so it is dropped.
///
/// - Complexity: O(n) in the length of the sentence, plus a table look-up per id-like run.
struct ReadableNames: Sendable {
  /// Titles by id.
  let titles: [String: LocalizedText]

  /// Names by `titles`.
  init(_ titles: [String: LocalizedText]) { self.titles = titles }

  /// The metrics of `catalog`, by key.
  init(_ catalog: MetricCatalog) {
    var titles: [String: LocalizedText] = [:]
    for (key, definition) in catalog.definitions { titles[key.rawValue] = definition.title }
    self.titles = titles
  }

  /// These names and `other`'s; `other` wins where both name one id.
  func merging(_ other: ReadableNames) -> ReadableNames {
    ReadableNames(titles.merging(other.titles) { _, new in new })
  }

  /// `sentence` with every known id told by its title.
  func text(_ sentence: String, in language: Language) -> String {
    guard !titles.isEmpty else { return sentence }
    let characters = Array(sentence)
    var output = ""
    output.reserveCapacity(sentence.utf8.count)
    var index = 0
    while index < characters.count {
      guard Self.startsID(characters[index]), index == 0 || !Self.inID(characters[index - 1])
      else {
        output.append(characters[index])
        index += 1
        continue
      }
      var end = index
      while end < characters.count, Self.inID(characters[end]) { end += 1 }
      // A sentence's full stop (or an ellipsis of dots) ends the sentence, not the id.
      var idEnd = end
      while idEnd > index, characters[idEnd - 1] == "." { idEnd -= 1 }
      let id = String(characters[index..<idEnd])
      guard let title = titles[id] else {
        output.append(contentsOf: characters[index..<end])
        index = end
        continue
      }
      let parenthesised =
        index >= 2 && characters[index - 1] == "(" && characters[index - 2] == " "
        && idEnd < characters.count && characters[idEnd] == ")"
      if parenthesised, output.hasSuffix(" ("),
        output.dropLast(2).last.map({ $0 == "»" || $0 == "\"" }) == true
      {
        // «title» (id): the id repeats the title.
        output.removeLast(2)
        index = idEnd + 1
        continue
      }
      output += language == .russian ? "«" + title.ru + "»" : "\"" + title.en + "\""
      output.append(contentsOf: characters[idEnd..<end])
      index = end
    }
    return output
  }

  private static func startsID(_ character: Character) -> Bool {
    character.isASCII && character.isLowercase
  }

  private static func inID(_ character: Character) -> Bool {
    character.isASCII
      && (character.isLowercase || character.isNumber || character == "_"
        || character == ".")
  }
}
