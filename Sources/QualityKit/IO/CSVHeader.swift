/// The header line of an input file: its column names and where each one is.
///
/// The header is the first non-blank record. Names are trimmed of surrounding spaces and matched
/// exactly (`school_id`, not `School_ID`). Trailing columns with empty names — Excel writes them when
/// a sheet has stray formatting — are dropped, and rows may then have as many extra empty fields. All
/// header problems are structural: they throw in every ``CSVSource/ReadMode``.
///
/// - Complexity: O(h) to read, where h is the length of the header line.
struct CSVHeader: Sendable {
  /// The column names, in file order.
  let names: [String]
  /// The line the header is on.
  let line: Int
  /// The file's name.
  let file: String
  private let positions: [String: Int]

  /// Reads the header from `reader`, which must be at the start of the file.
  ///
  /// - Throws: ``CSVError/Kind/emptyFile`` at line 1, column 1 when there is no record;
  ///   ``CSVError/Kind/invalidUTF8``, ``CSVError/Kind/emptyColumnName`` or
  ///   ``CSVError/Kind/duplicateColumn(_:)`` at the column.
  init(reading reader: inout CSVReader) throws(CSVError) {
    guard try reader.nextRecord() else {
      // Where the header should have been: an editor jumps to the start of the file.
      throw CSVError(kind: .emptyFile, file: reader.file, line: 1, column: 1)
    }
    var count = reader.fieldCount
    while count > 0, reader.isEmpty(at: count - 1) { count -= 1 }
    var names: [String] = []
    var positions: [String: Int] = [:]
    for index in 0..<count {
      let name = try reader.string(at: index).trimmingSpaces()
      guard !name.isEmpty else { throw reader.error(.emptyColumnName, column: index + 1) }
      guard positions.updateValue(index, forKey: name) == nil else {
        throw reader.error(.duplicateColumn(name), column: index + 1)
      }
      names.append(name)
    }
    self.names = names
    self.positions = positions
    self.line = reader.line
    self.file = reader.file
  }

  /// The 0-based index of the column `name`, or `nil` when the header lacks it.
  func index(of name: String) -> Int? { positions[name] }

  /// The 0-based index of the column `name`.
  ///
  /// - Throws: ``CSVError/Kind/missingColumn(_:)`` at the header line, in the column just past the
  ///   header's last: where the missing column would be added (columns may come in any order, so
  ///   no other place is more expected).
  func require(_ name: String) throws(CSVError) -> Int {
    guard let index = positions[name] else {
      throw CSVError(kind: .missingColumn(name), file: file, line: line, column: names.count + 1)
    }
    return index
  }

  /// Throws ``CSVError/Kind/unexpectedColumn(_:)`` for the first column not in `allowed`.
  func rejectColumns(otherThan allowed: Set<String>) throws(CSVError) {
    for (index, name) in names.enumerated() where !allowed.contains(name) {
      throw CSVError(kind: .unexpectedColumn(name), file: file, line: line, column: index + 1)
    }
  }

  /// The error for the current record when its number of fields differs from the header's, or
  /// `nil` when it matches. Extra fields past the header are accepted only when they are empty.
  ///
  /// The error is at the place the count goes wrong: for a short row, its last field; for a long
  /// one, the first field past the header's end.
  func fieldCountError(in reader: CSVReader) -> CSVError? {
    let found = reader.fieldCount
    if found == names.count { return nil }
    if found > names.count, (names.count..<found).allSatisfy({ reader.isEmpty(at: $0) }) {
      return nil
    }
    return reader.error(
      .wrongFieldCount(expected: names.count, found: found),
      column: Self.fieldCountColumn(expected: names.count, found: found))
  }

  /// The column of a wrong field count: the last field of a short row, or the first past the
  /// header's end of a long one.
  static func fieldCountColumn(expected: Int, found: Int) -> Int {
    found < expected ? max(found, 1) : expected + 1
  }
}

extension String {
  /// The string without leading and trailing ASCII spaces and tabs.
  fileprivate func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isSpace($0) }),
      let last = lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(self[first...last])
  }
}
