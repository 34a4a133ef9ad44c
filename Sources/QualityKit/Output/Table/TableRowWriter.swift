/// Where a table's rows are written, cell by cell: the CSV text or the sheet XML of a workbook,
/// as bytes, with no `String` made per cell.
///
/// A report's ``ExportTable`` calls one method per column in order — ``text(_:)``, ``code(_:)``,
/// ``integer(_:)``, ``number(_:)``, ``date(year:month:day:)``, ``list(_:)`` or ``empty()`` — and
/// ``endRow()`` after the last. The column's ``ExportTable/Kind`` decides how a number is rounded
/// and shown; the call decides what the cell is, so a number column may hold an empty cell (a
/// value hidden by small-group suppression).
///
/// - Complexity: each call is O(n) in the bytes of its cell.
///
/// ```swift
/// ExportTable(id: "t", title: LocalizedText(ru: "Т", en: "T"), columns: [.code("id")]) { row in
///   row.code("LES01")
///   row.endRow()
/// }
/// ```
public final class TableRowWriter {
  /// What the cells become.
  enum Target {
    /// CSV: the delimiter, and whether numbers have a decimal comma.
    case csv(delimiter: UInt8, decimalComma: Bool)
    /// The `<sheetData>` of a worksheet.
    case sheet
  }

  /// The language of the output: the table's texts are written in it.
  public let language: Language
  let target: Target
  let columns: [ExportTable.Column]
  /// The bytes written.
  ///
  /// This and the other state every cell touches are `@exclusivity(unchecked)`: a writer is used
  /// by one thread at a time (a table written in parts has a writer per part), and the checks
  /// cost about a twentieth of writing a workbook.
  @exclusivity(unchecked) var buffer: ByteBuffer
  /// Where a full buffer goes, if anywhere (else the whole table is kept): a megabyte or more of
  /// whole rows at a time.
  var flush: ((UnsafeBufferPointer<UInt8>) -> Void)?
  /// The column of the next cell, from 0.
  @exclusivity(unchecked) var column = 0
  /// The rows ended, the header's included.
  @exclusivity(unchecked) private(set) var rowCount = 0
  /// For a sheet: the widest cell of each column so far, in characters.
  @exclusivity(unchecked) var widths: [Int]
  /// For a sheet: whether the current row's `<row>` is written (it is, at its first cell).
  @exclusivity(unchecked) var rowIsOpen = false
  /// For a sheet: the workbook's shared strings, which text cells refer to; `nil` writes every
  /// text inline.
  var strings: SharedStringTable?
  /// For a sheet with ``strings``: whether each column still shares its texts.
  @exclusivity(unchecked) var sharing: [ColumnSharing]
  /// How many texts of a column decide whether it goes on sharing them.
  static let sharingTrial = 1_000

  /// Whether a column's texts go to the shared strings: they do until its first
  /// ``TableRowWriter/sharingTrial`` texts turn out to repeat less than half of the time (an
  /// explanation per finding), and then the rest are written inline. The rule looks at the texts
  /// alone, so the same tables give the same workbook.
  struct ColumnSharing {
    var shared = true
    var texts = 0
    var repeats = 0
    /// The column's last shared text and its number: a school's name, municipality and
    /// categories repeat on each of its rows, and comparing with the last is cheaper than hashing.
    var last: (text: String, number: Int)?

    mutating func count(isNew: Bool) {
      texts += 1
      if !isNew { repeats += 1 }
      if texts == TableRowWriter.sharingTrial, repeats * 2 < texts { shared = false }
    }
  }

  /// For a sheet: `A`, `B`, … `AA`: each column's letters, as bytes.
  let columnLetters: [[UInt8]]
  /// For a sheet: the most rows it may have, its header's included; when a row fills it,
  /// ``sheetFull`` is called.
  var sheetRowLimit = Int.max
  /// For a sheet: takes a full sheet's rows (``buffer``, ``widths``, ``rowCount``), after which the
  /// writer starts the next sheet with the header again.
  var sheetFull: ((TableRowWriter) -> Void)?

  init(language: Language, target: Target, columns: [ExportTable.Column], capacity: Int = 1 << 16) {
    self.language = language
    self.target = target
    self.columns = columns
    buffer = ByteBuffer(capacity: capacity)
    widths = columns.map { $0.header[language].count }
    columnLetters = columns.indices.map { Self.letters(of: $0) }
    sharing = Array(repeating: ColumnSharing(), count: columns.count)
  }

  /// The letters of a column index from 0: `A` … `Z`, `AA` …
  static func letters(of index: Int) -> [UInt8] {
    var letters: [UInt8] = []
    var rest = index + 1
    while rest > 0 {
      let digit = (rest - 1) % 26
      letters.insert(UInt8(ascii: "A") + UInt8(digit), at: 0)
      rest = (rest - 1) / 26
    }
    return letters
  }

  /// The kind of the column being written.
  @inline(__always)
  var kind: ExportTable.Kind {
    column < columns.count ? columns[column].kind : .text
  }

  /// A text cell for people.
  public func text(_ value: String) {
    switch target {
    case .csv(let delimiter, _): csvText(value, delimiter: delimiter, alwaysQuoted: false)
    case .sheet: sheetText(value)
    }
    column += 1
  }

  /// An identifier cell: written as it is (but made inert for Excel in CSV).
  public func code(_ value: String) { text(value) }

  /// A whole number, or an empty cell for `nil`.
  public func integer(_ value: Int?) {
    guard let value else { return empty() }
    switch target {
    case .csv:
      csvSeparator()
      buffer.append(int: value)
    case .sheet: sheetNumber { $0.append(int: value) }
    }
    column += 1
  }

  /// A number rounded as its column says, or an empty cell for `nil`, NaN or infinity.
  public func number(_ value: Double?) {
    guard let value, value.isFinite else { return empty() }
    switch target {
    case .csv(_, let decimalComma):
      let places: Int
      switch kind {
      case .share(let shown): places = shown
      case .integer: places = 0
      default: places = 6
      }
      csvSeparator()
      buffer.append(number: value, decimals: places, decimalComma: decimalComma)
    case .sheet:
      sheetNumber { $0.append(number: value, decimals: 6) }
    }
    column += 1
  }

  /// A calendar day: a date cell in a workbook, `ДД.ММ.ГГГГ` or `YYYY-MM-DD` in CSV.
  public func date(year: Int, month: Int, day: Int) {
    switch target {
    case .csv:
      csvSeparator()
      if language == .russian {
        appendPadded(day, 2)
        buffer.append(byte: UInt8(ascii: "."))
        appendPadded(month, 2)
        buffer.append(byte: UInt8(ascii: "."))
        appendPadded(year, 4)
      } else {
        appendPadded(year, 4)
        buffer.append(byte: UInt8(ascii: "-"))
        appendPadded(month, 2)
        buffer.append(byte: UInt8(ascii: "-"))
        appendPadded(day, 2)
      }
    case .sheet: sheetDate(year: year, month: month, day: day)
    }
    column += 1
  }

  /// A list of short items joined by `, `: one cell, always quoted in CSV.
  public func list(_ items: [String]) {
    // One item is written as it is: no joined copy.
    list(joined: items.count == 1 ? items[0] : items.joined(separator: ", "))
  }

  /// A list already joined by `, `, written as ``list(_:)`` writes its items: for a table that
  /// writes the same list on many rows.
  func list(joined text: String) {
    switch target {
    case .csv(let delimiter, _): csvText(text, delimiter: delimiter, alwaysQuoted: true)
    case .sheet: sheetText(text)
    }
    column += 1
  }

  /// A list of whole numbers (years) joined by `, `, written without a `String` per number.
  public func list(integers: [Int]) {
    switch target {
    case .csv:
      csvSeparator()
      buffer.append(byte: UInt8(ascii: "\""))
      appendJoined(integers)
      buffer.append(byte: UInt8(ascii: "\""))
    case .sheet:
      if !integers.isEmpty { sheetInline { $0.appendJoined(integers) } }
    }
    column += 1
  }

  /// The end years of academic years (2022 for 2021/2022) joined by `, `: the years of a finding.
  public func list(endYears years: [AcademicYear]) {
    switch target {
    case .csv:
      csvSeparator()
      buffer.append(byte: UInt8(ascii: "\""))
      appendJoined(years.count) { years[$0].endYear }
      buffer.append(byte: UInt8(ascii: "\""))
    case .sheet:
      if !years.isEmpty { sheetInline { $0.appendJoined(years.count) { years[$0].endYear } } }
    }
    column += 1
  }

  /// `integers` joined by `, `.
  private func appendJoined(_ integers: [Int]) {
    appendJoined(integers.count) { integers[$0] }
  }

  /// `count` whole numbers, the `index`th given by `value`, joined by `, `.
  @inline(__always)
  private func appendJoined(_ count: Int, _ value: (Int) -> Int) {
    for index in 0..<count {
      if index > 0 { buffer.append(", ") }
      buffer.append(int: value(index))
    }
  }

  /// An empty cell.
  public func empty() {
    if case .csv = target { csvSeparator() }
    column += 1
  }

  /// Ends the row.
  public func endRow() {
    switch target {
    case .csv:
      // A row ends with as many cells as there are columns, however many were written.
      while column < columns.count { empty() }
      buffer.append("\r\n")
      if let flush, buffer.count >= 1 << 20 {
        buffer.withUnsafeBytes(flush)
        buffer.removeAll()
      }
    case .sheet:
      openRow()
      buffer.append("</row>")
      rowIsOpen = false
      if let flush, buffer.count >= 1 << 20 {
        buffer.withUnsafeBytes(flush)
        buffer.removeAll()
      }
    }
    column = 0
    rowCount += 1
    if rowCount == sheetRowLimit, let sheetFull {
      sheetFull(self)
      buffer.removeAll()
      rowCount = 0
      widths = columns.map { $0.header[language].count }
      header()
    }
  }

  /// Writes the header row (each column's header in ``language``).
  func header() {
    for column in columns {
      switch target {
      case .csv(let delimiter, _):
        csvText(column.header[language], delimiter: delimiter, alwaysQuoted: false, inert: false)
      case .sheet: sheetText(column.header[language], style: .header)
      }
      self.column += 1
    }
    endRow()
  }

  /// `value` in decimal with zeros in front to `width` digits.
  func appendPadded(_ value: Int, _ width: Int) {
    var digits = 1
    var bound = 10
    while value >= bound {
      digits += 1
      bound *= 10
    }
    for _ in digits..<max(width, digits) { buffer.append(byte: UInt8(ascii: "0")) }
    buffer.append(int: value)
  }
}
