import Foundation

/// A byte-level RFC 4180 reader: it walks a file's bytes record by record and exposes each field as
/// a byte range.
///
/// The reader never decodes the whole file into a `String`, and it allocates nothing per cell: the
/// current record's fields are byte ranges into ``bytes``, kept in one reused array. A field becomes
/// a `String` only when a caller asks for it (``string(at:)``), and a number is parsed straight from
/// the bytes (``number(at:)``).
///
/// What it accepts:
/// - UTF-8, with or without byte order marks (skipped); UTF-16 and cp1251, recognised by
///   ``InputEncoding/recognise(_:)`` and read as UTF-8;
/// - records ended by LF, CRLF or CR, and a last record without a line break;
/// - quoted fields with doubled quotes (`""`) and with delimiters and line breaks inside — spaces
///   around a quoted field are ignored; a quote that does not start a field is an ordinary character;
/// - blank lines, which are skipped: a line with no characters, or only spaces and delimiters.
///
/// Line numbers are physical: ``line`` is the line the current record starts on, counted from 1,
/// even after records whose quoted fields spanned several lines. An unterminated quote, or text
/// after a closing quote, throws ``CSVError/Kind/malformedQuoting`` at the line where the field
/// starts and the field's 1-based position.
///
/// - Complexity: Reading the whole file is O(n) in its size; each record is O(its length).
///
/// ```swift
/// var reader = CSVReader(CSVSource(name: "v.csv", text: "a;b\n\"x;\ny\";2,5\n"))
/// try reader.nextRecord()        // true: the header, line 1
/// try reader.nextRecord()        // true: line 2
/// try reader.string(at: 0)       // "x;\ny"
/// reader.number(at: 1)           // .value(2.5)
/// try reader.nextRecord()        // false
/// ```
struct CSVReader: Sendable {
  /// One field of the current record.
  public struct Field: Sendable, Hashable {
    /// The field's bytes in `CSVReader.bytes`: for a quoted field, those between the quotes
    /// (doubled quotes still doubled).
    public let range: Range<Int>
    /// Whether the field was quoted.
    public let isQuoted: Bool
    /// Whether the quoted field contains a doubled quote (`""`), so that its text is not simply
    /// its range.
    public let hasEscapedQuotes: Bool
  }

  /// The file's name, for errors.
  public let file: String
  /// The file's text as UTF-8 bytes (converted when the file was UTF-16 or cp1251).
  public let bytes: [UInt8]
  /// The encoding the file was written in.
  public let encoding: InputEncoding
  /// The delimiter and decimal separator in use.
  public let dialect: CSVDialect
  /// The physical line the current record starts on (1-based); 0 before the first record.
  public private(set) var line = 0
  /// The fields of the current record.
  public private(set) var fields: [Field] = []
  /// The offset of the first byte not read yet.
  private(set) var position: Int
  /// The physical line ``position`` is on (1-based).
  private(set) var physicalLine = 1
  /// Where reading stops: the end of the file, or of the piece a ``piece(from:to:line:)`` reads.
  private var end: Int

  /// Creates a reader at the start of a file.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - dialect: The dialect, or `nil` (the default) to detect it from the header line.
  public init(_ source: CSVSource, dialect: CSVDialect? = nil) {
    self.file = source.name
    let text = InputEncoding.recognise(source.bytes)
    self.bytes = text.bytes
    self.encoding = text.encoding
    let start = text.start
    self.position = start
    self.end = text.bytes.count
    self.dialect = dialect ?? CSVDialect.detect(header: text.bytes[start...])
  }

  /// A reader of the records in `bytes[start..<end]` alone, the first on physical line `line` —
  /// a piece of the file another thread reads. `start` and `end` must be record boundaries (just
  /// after a line break), which in a file without quotes every line break is.
  func piece(from start: Int, to end: Int, line: Int) -> CSVReader {
    var piece = self
    piece.position = start
    piece.end = end
    piece.physicalLine = line
    piece.line = line
    piece.fields = []
    return piece
  }

  /// The number of fields in the current record.
  public var fieldCount: Int { fields.count }

  /// Moves to the next record that is not blank.
  ///
  /// - Returns: `true` when there is a record; `false` at the end of the file.
  /// - Throws: ``CSVError/Kind/malformedQuoting`` for an unterminated quote or text after a closing
  ///   quote.
  /// - Complexity: O(k), where k is the length of the record and the blank lines before it.
  ///
  /// ```swift
  /// var reader = CSVReader(CSVSource(name: "s.csv", text: "id\n\nS1\n"))
  /// while try reader.nextRecord() { print(reader.line) }   // 1, 3
  /// ```
  @discardableResult
  public mutating func nextRecord() throws(CSVError) -> Bool {
    var fields = self.fields
    self.fields = []  // keep `fields` uniquely referenced so that it is reused in place
    var position = self.position
    var physicalLine = self.physicalLine
    var recordLine = self.line
    let delimiter = dialect.delimiter
    let end = self.end
    let outcome = bytes.withUnsafeBufferPointer { buffer in
      Self.scanRecord(
        UnsafeBufferPointer(rebasing: buffer[0..<end]), delimiter: delimiter, position: &position,
        line: &physicalLine, recordLine: &recordLine, fields: &fields)
    }
    self.fields = fields
    self.position = position
    self.physicalLine = physicalLine
    self.line = recordLine
    switch outcome {
    case .record:
      return true
    case .end:
      self.fields.removeAll(keepingCapacity: true)
      return false
    case .malformed(let line, let column):
      throw CSVError(kind: .malformedQuoting, file: file, line: line, column: column)
    }
  }

  /// The bytes of field `index` that make its value: an unquoted field without its surrounding
  /// spaces, a quoted field as quoted.
  ///
  /// - Precondition: `index < fieldCount`.
  @inline(__always)
  public func valueRange(at index: Int) -> Range<Int> {
    let field = fields[index]
    if field.isQuoted { return field.range }
    var start = field.range.lowerBound
    var end = field.range.upperBound
    while start < end, bytes[start] == CSVByte.space { start += 1 }
    while end > start, bytes[end - 1] == CSVByte.space { end -= 1 }
    return start..<end
  }

  /// Whether field `index` is empty: an unquoted field of spaces only, or `""`.
  ///
  /// - Complexity: O(k), where k is the length of the field.
  public func isEmpty(at index: Int) -> Bool { valueRange(at: index).isEmpty }

  /// The text of field `index`, with doubled quotes undone; an unquoted field without its
  /// surrounding spaces.
  ///
  /// - Parameter index: The 0-based field index.
  /// - Returns: The field's text.
  /// - Throws: ``CSVError/Kind/invalidUTF8`` (``CSVError/Kind/invalidText(_:)`` in a UTF-16 or
  ///   cp1251 file) at the field's column when the bytes are not text, and
  ///   ``CSVError/Kind/controlCharacter(_:)`` for a NUL or another control character — a tab, and
  ///   line breaks inside quotes, are text.
  /// - Complexity: O(k), where k is the length of the field.
  ///
  /// ```swift
  /// // record: "МБОУ ""Лицей"" №1"
  /// try reader.string(at: 0)   // "МБОУ \"Лицей\" №1"
  /// ```
  public func string(at index: Int) throws(CSVError) -> String {
    guard let text = decodedString(at: index) else {
      throw error(invalidText, column: index + 1)
    }
    let range = valueRange(at: index)
    let control = bytes.withUnsafeBufferPointer { buffer in
      Self.controlCharacter(in: UnsafeBufferPointer(rebasing: buffer[range]))
    }
    if let control { throw error(.controlCharacter(control), column: index + 1) }
    return text
  }

  /// The error for bytes that are not text in this file's encoding.
  var invalidText: CSVError.Kind { encoding == .utf8 ? .invalidUTF8 : .invalidText(encoding) }

  /// The first control character in UTF-8 `bytes` that text may not hold: C0 other than tab,
  /// line feed and carriage return (which quoted fields may hold), DEL, and C1 (U+0080–U+009F).
  /// A NUL in a school's name is a damaged file, not a name.
  ///
  /// - Complexity: O(k) in the number of bytes.
  @inline(__always)
  static func controlCharacter(in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
    var previous: UInt8 = 0
    for byte in bytes {
      if byte < 0x20, byte != CSVByte.tab, byte != CSVByte.lineFeed,
        byte != CSVByte.carriageReturn
      {
        return Unicode.Scalar(byte)
      }
      if byte == 0x7F { return Unicode.Scalar(byte) }
      if previous == 0xC2, (0x80...0x9F).contains(byte) { return Unicode.Scalar(byte) }
      previous = byte
    }
    return nil
  }

  /// The text of field `index` for a message: like ``string(at:)``, with invalid UTF-8 replaced by
  /// U+FFFD instead of throwing.
  ///
  /// - Complexity: O(k), where k is the length of the field.
  public func displayText(at index: Int) -> String {
    let range = valueRange(at: index)
    let raw = fields[index].hasEscapedQuotes ? unescaped(range) : Array(bytes[range])
    return String(decoding: raw, as: UTF8.self)
  }

  /// The number in field `index`, parsed from its bytes with the dialect's decimal separators.
  ///
  /// - Parameter index: The 0-based field index.
  /// - Returns: `.missing` for an empty field, `.value` for a finite number, `.invalid` otherwise.
  /// - Complexity: O(k), where k is the length of the field.
  ///
  /// ```swift
  /// reader.number(at: 2)   // .value(72.5) for "72,5" in a `;` file
  /// ```
  @inline(__always)
  public func number(at index: Int) -> CSVNumber {
    let range = fields[index].range
    let allowsDecimalComma = dialect.allowsDecimalComma
    return bytes.withUnsafeBufferPointer { buffer in
      CSVNumber.parse(
        buffer, from: range.lowerBound, to: range.upperBound,
        allowsDecimalComma: allowsDecimalComma)
    }
  }

  /// An error at the current record's line.
  ///
  /// - Parameters:
  ///   - kind: What is wrong.
  ///   - column: The 1-based field position, or 0 for the whole line.
  /// - Returns: The located error.
  public func error(_ kind: CSVError.Kind, column: Int) -> CSVError {
    CSVError(kind: kind, file: file, line: line, column: column)
  }

  /// Calls `body` with the file's bytes and the current record's fields, for loops that read many
  /// fields of a record.
  @inline(__always)
  func withCurrentRecord<Result>(
    _ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Field>) -> Result
  ) -> Result {
    bytes.withUnsafeBufferPointer { bytes in
      fields.withUnsafeBufferPointer { fields in body(bytes, fields) }
    }
  }

  // MARK: - Decoding

  func decodedString(at index: Int) -> String? {
    let range = valueRange(at: index)
    if fields[index].hasEscapedQuotes {
      return unescaped(range).withUnsafeBufferPointer(Self.validatedString)
    }
    return bytes.withUnsafeBufferPointer { buffer in
      Self.validatedString(UnsafeBufferPointer(rebasing: buffer[range]))
    }
  }

  /// The text of UTF-8 `bytes`, or `nil` when they are not valid UTF-8.
  ///
  /// Decoding replaces every invalid sequence with U+FFFD, which valid input never needs, so the
  /// decoded text has exactly the input's bytes when, and only when, the input was valid. (This
  /// avoids `String(validating:as:)`, whose generic entry point looks up type metadata per call.)
  static func validatedString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
    let text = String(decoding: bytes, as: UTF8.self)
    let same =
      text.utf8.withContiguousStorageIfAvailable { decoded -> Bool in
        guard decoded.count == bytes.count else { return false }
        guard let left = decoded.baseAddress, let right = bytes.baseAddress else { return true }
        return memcmp(left, right, bytes.count) == 0
      } ?? text.utf8.elementsEqual(bytes)
    return same ? text : nil
  }

  /// The bytes of a quoted field with each `""` turned into `"`.
  private func unescaped(_ range: Range<Int>) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(range.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      result.append(byte)
      index += byte == CSVByte.quote ? 2 : 1
    }
    return result
  }

  // MARK: - Scanning

  private enum ScanOutcome {
    case record
    case end
    case malformed(line: Int, column: Int)
  }

  /// Scans one non-blank record starting at `position`, filling `fields`.
  private static func scanRecord(
    _ buffer: UnsafeBufferPointer<UInt8>, delimiter: UInt8, position: inout Int, line: inout Int,
    recordLine: inout Int, fields: inout [Field]
  ) -> ScanOutcome {
    let count = buffer.count
    var i = position
    while true {
      guard i < count else {
        position = i
        return .end
      }
      fields.removeAll(keepingCapacity: true)
      recordLine = line
      var blank = true
      fieldLoop: while true {
        var j = i
        while j < count, buffer[j] == CSVByte.space { j += 1 }
        if j < count, buffer[j] == CSVByte.quote {
          // A quoted field: runs to the next quote that is not doubled.
          let fieldLine = line
          j += 1
          let start = j
          var escaped = false
          while true {
            guard j < count else {
              position = j
              return .malformed(line: fieldLine, column: fields.count + 1)
            }
            let byte = buffer[j]
            if byte == CSVByte.quote {
              if j + 1 < count, buffer[j + 1] == CSVByte.quote {
                escaped = true
                j += 2
                continue
              }
              break
            }
            if byte == CSVByte.lineFeed {
              line += 1
            } else if byte == CSVByte.carriageReturn,
              !(j + 1 < count && buffer[j + 1] == CSVByte.lineFeed)
            {
              line += 1
            }
            j += 1
          }
          let end = j
          j += 1
          while j < count, buffer[j] == CSVByte.space { j += 1 }
          fields.append(Field(range: start..<end, isQuoted: true, hasEscapedQuotes: escaped))
          blank = false
          i = j
          guard i < count else { break fieldLoop }
          let byte = buffer[i]
          if byte == delimiter {
            i += 1
            continue fieldLoop
          }
          if byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn {
            i +=
              byte == CSVByte.carriageReturn && i + 1 < count && buffer[i + 1] == CSVByte.lineFeed
              ? 2 : 1
            line += 1
            break fieldLoop
          }
          position = i
          return .malformed(line: fieldLine, column: fields.count)
        }
        // An unquoted field: runs to the delimiter or the end of the line.
        let start = i
        while i < count {
          let byte = buffer[i]
          if byte == delimiter || byte == CSVByte.lineFeed || byte == CSVByte.carriageReturn {
            break
          }
          i += 1
        }
        fields.append(Field(range: start..<i, isQuoted: false, hasEscapedQuotes: false))
        if j < i { blank = false }  // j stopped at the first byte that is not a space
        guard i < count else { break fieldLoop }
        let byte = buffer[i]
        if byte == delimiter {
          i += 1
          continue fieldLoop
        }
        i +=
          byte == CSVByte.carriageReturn && i + 1 < count && buffer[i + 1] == CSVByte.lineFeed
          ? 2 : 1
        line += 1
        break fieldLoop
      }
      if !blank {
        position = i
        return .record
      }
    }
  }
}
