/// A coding key made at run time, for pointing a ``PackFileError/FormatIssue`` below the key a container
/// knows: an example's position in `examples`, a school id, a year written as an object key.
///
/// - Complexity: O(1) to create, plus the length of the text.
struct BlockPathKey: CodingKey {
  let stringValue: String
  let intValue: Int?

  /// A key named `stringValue`.
  init(_ stringValue: String) {
    self.stringValue = stringValue
    self.intValue = nil
  }

  /// A position in an array.
  init(index: Int) {
    self.stringValue = String(index)
    self.intValue = index
  }

  init?(stringValue: String) { self.init(stringValue) }

  init?(intValue: Int) { self.init(index: intValue) }
}
