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
    // Ids are ASCII, so the sentence is scanned as UTF-8 bytes: a byte below 0x80 is a whole
    // character, and no byte of a longer character can be taken for one.
    let bytes = Array(sentence.utf8)
    var output: [UInt8] = []
    output.reserveCapacity(bytes.count + 64)
    var index = 0
    while index < bytes.count {
      guard Self.startsID(bytes[index]), index == 0 || !Self.inID(bytes[index - 1]) else {
        output.append(bytes[index])
        index += 1
        continue
      }
      var end = index
      while end < bytes.count, Self.inID(bytes[end]) { end += 1 }
      // A sentence's full stop (or an ellipsis of dots) ends the sentence, not the id.
      var idEnd = end
      while idEnd > index, bytes[idEnd - 1] == UInt8(ascii: ".") { idEnd -= 1 }
      let id = String(decoding: bytes[index..<idEnd], as: UTF8.self)
      guard let title = titles[id] else {
        output.append(contentsOf: bytes[index..<end])
        index = end
        continue
      }
      let parenthesised =
        index >= 2 && bytes[index - 1] == UInt8(ascii: "(") && bytes[index - 2] == 0x20
        && idEnd < bytes.count && bytes[idEnd] == UInt8(ascii: ")")
      if parenthesised, Self.endsWithQuotedTitle(output) {
        // «title» (id): the id repeats the title.
        output.removeLast(2)
        index = idEnd + 1
        continue
      }
      if language == .russian {
        output += "«".utf8
        output += title.ru.utf8
        output += "»".utf8
      } else {
        output.append(UInt8(ascii: "\""))
        output += title.en.utf8
        output.append(UInt8(ascii: "\""))
      }
      output.append(contentsOf: bytes[idEnd..<end])
      index = end
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Whether `output` ends with `» (` or `" (`: a quoted title followed by an opening parenthesis.
  private static func endsWithQuotedTitle(_ output: [UInt8]) -> Bool {
    let count = output.count
    guard count >= 3, output[count - 1] == UInt8(ascii: "("), output[count - 2] == 0x20 else {
      return false
    }
    if output[count - 3] == UInt8(ascii: "\"") { return true }
    // `»` is C2 BB in UTF-8.
    return count >= 4 && output[count - 4] == 0xC2 && output[count - 3] == 0xBB
  }

  private static func startsID(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
  }

  private static func inID(_ byte: UInt8) -> Bool {
    startsID(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
      || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
  }
}
