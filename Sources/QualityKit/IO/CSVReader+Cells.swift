// Cells that several input files share: school ids, years and metric keys, each checked and turned
// into the model's values with a located error.

extension CSVReader {
  /// The school id in field `index`, checked to be non-empty.
  ///
  /// - Throws: ``CSVError/Kind/emptyIdentifier`` or ``CSVError/Kind/invalidUTF8`` at the field.
  func schoolID(at index: Int) throws(CSVError) -> SchoolID {
    let text = try string(at: index)
    guard !text.isEmpty else { throw error(.emptyIdentifier, column: index + 1) }
    return SchoolID(text)
  }

  /// The index in `builder` of the school named in field `index`; the bytes are looked up in
  /// `table` first, so that a known id costs no `String`.
  ///
  /// - Throws: ``CSVError/Kind/emptyIdentifier``, ``CSVError/Kind/invalidUTF8`` or
  ///   ``CSVError/Kind/unknownSchool(_:)`` at the field.
  @inline(__always)
  func schoolIndex(at index: Int, table: ByteKeyTable, builder: Dataset.Builder) throws(CSVError)
    -> Int
  {
    if !fields[index].hasEscapedQuotes {
      let range = valueRange(at: index)
      let found = bytes.withUnsafeBufferPointer { table.value($0, range) }
      if let found { return found }
    }
    let id = try schoolID(at: index)
    guard let found = builder.index(of: id) else {
      throw error(.unknownSchool(id), column: index + 1)
    }
    return found
  }

  /// The academic year in field `index`: an integer 1900–2200 (the calendar year the academic
  /// year ends in), or `2021/2022` for 2022.
  ///
  /// - Throws: ``CSVError/Kind/missingValue(column:)`` for an empty field,
  ///   ``CSVError/Kind/invalidYear(_:)`` otherwise when it is not a year.
  @inline(__always)
  func year(at index: Int, column name: String) throws(CSVError) -> Int {
    let range = valueRange(at: index)
    guard !range.isEmpty else { throw error(.missingValue(column: name), column: index + 1) }
    let parsed = bytes.withUnsafeBufferPointer { Self.parseYear($0, range) }
    guard let year = parsed, (1900...2200).contains(year) else {
      throw error(.invalidYear(displayText(at: index)), column: index + 1)
    }
    return year
  }

  /// The year spelled by `buffer[range]` (already trimmed, not empty): an integer of at most five
  /// digits, or `2021/2022` for 2022; `nil` for any other text. The range 1900–2200 is the caller's
  /// to check.
  @inline(__always)
  static func parseYear(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var i = range.lowerBound
    func integer() -> Int? {
      var value = 0
      let start = i
      while i < range.upperBound, i - start < 5 {
        let digit = buffer[i] &- UInt8(ascii: "0")
        guard digit < 10 else { break }
        value = value * 10 + Int(digit)
        i += 1
      }
      return i > start ? value : nil
    }
    guard let first = integer() else { return nil }
    if i == range.upperBound { return first }
    guard buffer[i] == UInt8(ascii: "/") else { return nil }
    i += 1
    guard let second = integer(), i == range.upperBound, second == first + 1 else { return nil }
    return second
  }

  /// The metric key in field `index`, which must be in `catalog`; the bytes are looked up in
  /// `table` (whose values index `keys`) first.
  ///
  /// - Throws: ``CSVError/Kind/missingValue(column:)``, ``CSVError/Kind/invalidUTF8`` or
  ///   ``CSVError/Kind/unknownMetric(_:)`` at the field.
  @inline(__always)
  func metricIndex(
    at index: Int, column name: String, table: ByteKeyTable, keys: [MetricKey: Int]
  ) throws(CSVError) -> Int {
    if !fields[index].hasEscapedQuotes {
      let range = valueRange(at: index)
      let found = bytes.withUnsafeBufferPointer { table.value($0, range) }
      if let found { return found }
    }
    let text = try requiredString(at: index, column: name)
    guard let found = keys[MetricKey(text)] else {
      throw error(.unknownMetric(text), column: index + 1)
    }
    return found
  }

  /// The text of field `index`, which must not be empty.
  ///
  /// - Throws: ``CSVError/Kind/missingValue(column:)`` naming `name` at the field for an empty one,
  ///   and what ``string(at:)`` throws.
  func requiredString(at index: Int, column name: String) throws(CSVError) -> String {
    let text = try string(at: index)
    guard !text.isEmpty else { throw error(.missingValue(column: name), column: index + 1) }
    return text
  }

  /// The finite number in field `index`, checked against `range`, or `nil` when the field is empty.
  ///
  /// - Throws: ``CSVError/Kind/notANumber(_:)`` or ``CSVError/Kind/valueOutOfRange(metric:value:range:)``
  ///   at the field.
  @inline(__always)
  func value(at index: Int, metric: MetricKey, range: ClosedRange<Double>) throws(CSVError)
    -> Double?
  {
    switch number(at: index) {
    case .missing:
      return nil
    case .invalid:
      throw error(.notANumber(displayText(at: index)), column: index + 1)
    case .value(let value):
      guard range.contains(value) else {
        throw error(
          .valueOutOfRange(metric: metric, value: value, range: range), column: index + 1)
      }
      return value
    }
  }
}

extension MetricCatalog {
  /// The catalogue's keys in sorted order, the index of each, and a byte table over them: what the
  /// readers need to resolve a metric cell without creating a `String`.
  func lookupTables() -> (keys: [MetricKey], indices: [MetricKey: Int], table: ByteKeyTable) {
    let keys = self.keys
    var indices: [MetricKey: Int] = [:]
    for (index, key) in keys.enumerated() { indices[key] = index }
    let table = ByteKeyTable(keys.enumerated().map { (key: $0.element.rawValue, value: $0.offset) })
    return (keys, indices, table)
  }
}
