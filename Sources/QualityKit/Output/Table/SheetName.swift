/// A sheet's name as Excel accepts it: at most 31 characters, none of `[ ] : * ? / \`, not
/// beginning or ending with an apostrophe, not empty, and unique in the workbook regardless of
/// case.
///
/// - Complexity: O(n) in the length of the title, times the names taken for a clash.
///
/// ```swift
/// SheetName.make("Итог: 2021/2022", taken: [])  // "Итог 2021-2022"
/// ```
enum SheetName {
  /// The most characters (UTF-16 code units) Excel allows in a sheet's name.
  static let limit = 31

  /// `title` made a valid name not in `taken` (compared case-insensitively): forbidden characters
  /// replaced (`/` and `\` by `-`, the others by nothing), cut to 31 characters, and a clash
  /// numbered `(2)`, `(3)` …
  static func make(_ title: String, taken: [String]) -> String {
    var name = ""
    for scalar in title.unicodeScalars {
      switch scalar {
      case "/", "\\": name.unicodeScalars.append("-")
      case "[", "]", ":", "*", "?": continue
      default:
        // Control characters cannot be in a name either.
        if scalar.value >= 0x20 { name.unicodeScalars.append(scalar) }
      }
    }
    name = name.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
    while name.hasPrefix("'") { name.removeFirst() }
    if name.isEmpty { name = "Sheet" }
    let folded = Set(taken.map { $0.lowercased() })
    var candidate = cut(name, to: limit)
    var number = 2
    while folded.contains(candidate.lowercased()) {
      let suffix = " (\(number))"
      candidate = cut(name, to: limit - suffix.utf16.count) + suffix
      number += 1
    }
    return candidate
  }

  /// `name` cut to `length` UTF-16 code units at a character boundary, without a trailing space
  /// or apostrophe.
  private static func cut(_ name: String, to length: Int) -> String {
    var result = ""
    var units = 0
    for character in name {
      let size = character.utf16.count
      if units + size > length { break }
      result.append(character)
      units += size
    }
    while result.hasSuffix(" ") || result.hasSuffix("'") { result.removeLast() }
    return result.isEmpty ? "Sheet" : result
  }
}
