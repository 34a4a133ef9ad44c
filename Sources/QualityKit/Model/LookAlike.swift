/// Names that look like a mistyped one: the pack file loader offers one for a missing field, and
/// ``ParameterError`` the nearest keys for an unknown `--set` key, with one notion of «a typo».
enum LookAlike {
  /// The most edits a typo is taken to have: a transposition (two), a dropped or doubled letter.
  static let maximumEdits = 2

  /// Whether `candidate` is within ``maximumEdits`` edits of `key`, so "comparision" is offered
  /// for "comparison".
  ///
  /// - Complexity: O(a · b) in the lengths of the two, in bytes.
  static func isTypo(_ candidate: String, of key: String) -> Bool {
    distance(candidate, key).map { $0 <= maximumEdits } ?? false
  }

  /// The `candidates` within ``maximumEdits`` edits of `key` (not `key` itself), nearest first,
  /// alphabetically among equals, at most `limit`.
  ///
  /// - Complexity: O(c · a · b) for c candidates of about a bytes and a key of b bytes.
  static func nearest(to key: String, among candidates: [String], limit: Int = 3) -> [String] {
    let near = candidates.compactMap { candidate -> (String, Int)? in
      guard candidate != key, let edits = distance(candidate, key), edits <= maximumEdits else {
        return nil
      }
      return (candidate, edits)
    }
    return near.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.prefix(limit).map(\.0)
  }

  /// The Levenshtein distance of the two, or `nil` when either is empty or their lengths differ
  /// by more than ``maximumEdits`` (they cannot be a typo of each other).
  private static func distance(_ candidate: String, _ key: String) -> Int? {
    let a = Array(candidate.utf8)
    let b = Array(key.utf8)
    guard !a.isEmpty, !b.isEmpty, abs(a.count - b.count) <= maximumEdits else { return nil }
    return editDistance(a, b)
  }

  /// The Levenshtein distance between two byte strings, one row at a time; also ranks the
  /// suggestions for an unknown school id (``IdentificationError/unknownSchool(_:known:)``).
  ///
  /// - Complexity: O(a · b).
  static func editDistance(_ a: [UInt8], _ b: [UInt8]) -> Int {
    guard !a.isEmpty else { return b.count }
    guard !b.isEmpty else { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
      var current = [i] + Array(repeating: 0, count: b.count)
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      previous = current
    }
    return previous[b.count]
  }
}
