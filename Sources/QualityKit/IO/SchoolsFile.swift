import Foundation

/// Reads the schools file: `school_id;name;municipality;region;kind;settlement`.
///
/// Columns may come in any order. `school_id`, `name` and `municipality` are required and must not
/// be empty; `region` (default `""`), `kind` (default `secondary`) and `settlement` (default
/// `urban`) are optional columns, and an empty cell in them takes the default. `kind` is one of
/// `primary`, `basic`, `secondary`, `gymnasium`, `lyceum`, `boarding`, `other`, and `settlement` is
/// `urban` or `rural` (both case-insensitive). Any other column is kept, by its header name, in
/// ``School/attributes`` (empty cells are left out).
///
/// A bad row — an empty or repeated id, an empty name or municipality, an unknown kind or
/// settlement, text that is not UTF-8, a wrong number of fields — is an error at its line and
/// column. A repeated id is reported at the second occurrence; the first school stays. In
/// ``CSVSource/ReadMode/collecting`` mode the bad row is left out and its error recorded.
///
/// - Complexity: O(n) in the size of the file.
///
/// ```swift
/// let schools = try SchoolsFile.read(CSVSource(name: "schools.csv", text: """
///   school_id;name;municipality;kind
///   S1;МБОУ СОШ №1;Лесосибирск;secondary
///   """))
/// schools[0].municipality   // "Лесосибирск"
/// ```
enum SchoolsFile {
  /// The columns every schools file must have.
  public static let requiredColumns = ["school_id", "name", "municipality"]
  /// The optional columns the reader interprets.
  public static let optionalColumns = ["region", "kind", "settlement"]

  /// Reads the schools of a file, in file order.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - mode: ``CSVSource/ReadMode/strict`` to throw the first error, ``CSVSource/ReadMode/collecting`` to skip
  ///     bad rows.
  ///   - rejected: Where collecting mode appends one error per rejected row.
  /// - Returns: The schools that were accepted.
  /// - Throws: A structural ``CSVError`` in any mode (empty file, missing or repeated column,
  ///   malformed quoting); any error in strict mode.
  /// - Complexity: O(n) in the size of the file.
  ///
  /// ```swift
  /// var rejected: [CSVError] = []
  /// let schools = try SchoolsFile.read(source, mode: .collecting, rejected: &rejected)
  /// ```
  public static func read(
    _ source: CSVSource, mode: CSVSource.ReadMode, rejected: inout [CSVError]
  ) throws(CSVError) -> [School] {
    try read(source, mode: mode, rejected: &rejected, split: .automatic)
  }

  /// How the records are read; tests force a path to compare them.
  enum Split: Sendable, Hashable {
    /// A large file without quotes or carriage returns in pieces on all cores, others record by
    /// record.
    case automatic
    /// Record by record.
    case sequential
    /// In about this many pieces cut at line feeds, when the file allows it.
    case pieces(Int)
  }

  /// ``read(_:mode:rejected:)``, record by record or in pieces on several cores.
  ///
  /// Pieces are read on their own — each record into a school or the error that rejects it, with
  /// its line — and then taken in file order by the only code that checks repeated ids and hands
  /// errors to `mode`: the same schools, the same errors in the same order, as record by record.
  static func read(
    _ source: CSVSource, mode: CSVSource.ReadMode, rejected: inout [CSVError], split: Split
  ) throws(CSVError) -> [School] {
    try source.locatingErrors(mode: mode, rejected: &rejected) {
      (source, rejected) throws(CSVError) in
      try readText(
        source, mode: mode, rejected: &rejected, split: split)
    }
  }

  /// The reading itself, of CSV text (a workbook's sheet already turned into it).
  private static func readText(
    _ source: CSVSource, mode: CSVSource.ReadMode, rejected: inout [CSVError], split: Split
  ) throws(CSVError) -> [School] {
    var reader = CSVReader(source)
    let header = try CSVHeader(reading: &reader)
    let columns = try Columns(header)
    if let pieces = pieces(of: reader, split: split) {
      let whole = reader
      let read = Parallel.map(pieces.count) { index in
        rows(
          in: whole.piece(
            from: pieces[index].start, to: pieces[index].end, line: pieces[index].line),
          header: header, columns: columns)
      }
      var schools: [School] = []
      schools.reserveCapacity(read.reduce(0) { $0 + $1.count })
      var seen = Set<SchoolID>(minimumCapacity: schools.capacity)
      for piece in read {
        for row in piece {
          switch row {
          case .school(let school, let line):
            guard seen.insert(school.id).inserted else {
              try mode.reject(
                CSVError(
                  kind: .duplicateSchool(school.id), file: reader.file, line: line,
                  column: columns.id + 1), into: &rejected)
              continue
            }
            schools.append(school)
          case .rejected(let error):
            try mode.reject(error, into: &rejected)
          case .malformed(let error):
            throw error
          }
        }
      }
      return schools
    }
    var schools: [School] = []
    var seen = Set<SchoolID>()
    var regions = RepeatedText()
    while try reader.nextRecord() {
      if let error = header.fieldCountError(in: reader) {
        try mode.reject(error, into: &rejected)
        continue
      }
      do throws(CSVError) {
        let school = try columns.school(in: reader, regions: &regions)
        guard seen.insert(school.id).inserted else {
          throw reader.error(.duplicateSchool(school.id), column: columns.id + 1)
        }
        schools.append(school)
      } catch {
        try mode.reject(error, into: &rejected)
      }
    }
    return schools
  }

  /// Reads the schools of a file, throwing the first error.
  ///
  /// - Parameter source: The file's name and bytes.
  /// - Returns: The schools, in file order.
  /// - Throws: The first ``CSVError``.
  /// - Complexity: O(n) in the size of the file.
  ///
  /// ```swift
  /// let schools = try SchoolsFile.read(CSVSource(name: "s.csv", text: "school_id;name;municipality\nS1;A;M\n"))
  /// schools.count   // 1
  /// ```
  public static func read(_ source: CSVSource) throws(CSVError) -> [School] {
    var rejected: [CSVError] = []
    return try read(source, mode: .strict, rejected: &rejected)
  }

  /// One record of a piece: a school and its line, or what rejects the record.
  private enum Row: Sendable {
    case school(School, line: Int)
    case rejected(CSVError)
    /// Malformed quoting, which ends the file in any mode.
    case malformed(CSVError)
  }

  /// The records of a piece, as the record-by-record loop of ``read(_:mode:rejected:split:)``
  /// reads them.
  private static func rows(in piece: CSVReader, header: CSVHeader, columns: Columns) -> [Row] {
    var reader = piece
    var rows: [Row] = []
    var regions = RepeatedText()
    while true {
      do throws(CSVError) {
        guard try reader.nextRecord() else { break }
      } catch {
        rows.append(.malformed(error))
        break
      }
      if let error = header.fieldCountError(in: reader) {
        rows.append(.rejected(error))
        continue
      }
      do throws(CSVError) {
        rows.append(.school(try columns.school(in: reader, regions: &regions), line: reader.line))
      } catch {
        rows.append(.rejected(error))
      }
    }
    return rows
  }

  /// The pieces to read `reader`'s remaining records in, each with its first physical line; `nil`
  /// to read record by record: a small file, one core, or a file with a quote (a record may then
  /// span lines) or a carriage return (lines are then not counted by line feeds alone).
  private static func pieces(of reader: CSVReader, split: Split) -> [(
    start: Int, end: Int, line: Int
  )]? {
    let bytes = reader.bytes
    let start = reader.position
    let count: Int
    switch split {
    case .sequential:
      return nil
    case .pieces(let requested):
      count = requested
    case .automatic:
      let cores = ProcessInfo.processInfo.activeProcessorCount
      guard cores > 1, bytes.count - start >= 2 * WideValues.minimumChunkBytes else { return nil }
      count = cores
    }
    guard count > 1, WideValues.isQuoteFree(bytes, from: start),
      !contains(CSVByte.carriageReturn, in: bytes, from: start)
    else { return nil }
    let bounds = WideValues.boundaries(bytes, from: start, chunks: count)
    guard bounds.count > 2 else { return nil }
    var pieces: [(start: Int, end: Int, line: Int)] = []
    var line = reader.physicalLine
    for index in 0..<(bounds.count - 1) {
      pieces.append((bounds[index], bounds[index + 1], line))
      line += WideValues.countLines(bytes, from: bounds[index], to: bounds[index + 1])
    }
    return pieces
  }

  private static func contains(_ byte: UInt8, in bytes: [UInt8], from start: Int) -> Bool {
    guard start < bytes.count else { return false }
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return false }
      return memchr(base + start, Int32(byte), buffer.count - start) != nil
    }
  }

  /// Where each column is.
  private struct Columns: Sendable {
    let id: Int
    let name: Int
    let municipality: Int
    let region: Int?
    let kind: Int?
    let settlement: Int?
    let extra: [(index: Int, name: String)]
    let kinds = ExactValues<School.Kind>()
    let settlements = ExactValues<School.Settlement>()

    init(_ header: CSVHeader) throws(CSVError) {
      id = try header.require("school_id")
      name = try header.require("name")
      municipality = try header.require("municipality")
      region = header.index(of: "region")
      kind = header.index(of: "kind")
      settlement = header.index(of: "settlement")
      let known = Set(SchoolsFile.requiredColumns + SchoolsFile.optionalColumns)
      extra = header.names.enumerated().filter { !known.contains($0.element) }
        .map { (index: $0.offset, name: $0.element) }
    }

    func school(in reader: CSVReader, regions: inout RepeatedText) throws(CSVError) -> School {
      let id = try reader.schoolID(at: self.id)
      let name = try reader.requiredString(at: self.name, column: "name")
      let municipality = try reader.requiredString(at: self.municipality, column: "municipality")
      var region = ""
      if let index = self.region { region = try regions.text(at: index, in: reader) }
      var kind = School.Kind.secondary
      if let index = self.kind, let known = kinds.value(at: index, in: reader) {
        kind = known
      } else if let index = self.kind, case let text = try reader.string(at: index), !text.isEmpty {
        guard let parsed = School.Kind(rawValue: text.lowercased()) else {
          throw reader.error(.invalidKind(text), column: index + 1)
        }
        kind = parsed
      }
      var settlement = School.Settlement.urban
      if let index = self.settlement, let known = settlements.value(at: index, in: reader) {
        settlement = known
      } else if let index = self.settlement, case let text = try reader.string(at: index),
        !text.isEmpty
      {
        guard let parsed = School.Settlement(rawValue: text.lowercased()) else {
          throw reader.error(.invalidSettlement(text), column: index + 1)
        }
        settlement = parsed
      }
      var attributes: [String: String] = [:]
      for column in extra {
        let text = try reader.string(at: column.index)
        if !text.isEmpty { attributes[column.name] = text }
      }
      return School(
        id: id, name: name, municipality: municipality, region: region, kind: kind,
        settlement: settlement, attributes: attributes)
    }
  }
}

/// The text of a column whose cells mostly repeat the cell above (a schools file's region): the
/// string is made again only when the bytes change.
private struct RepeatedText {
  private var bytes: [UInt8] = []
  private var text = ""

  mutating func text(at index: Int, in reader: CSVReader) throws(CSVError) -> String {
    guard !reader.fields[index].hasEscapedQuotes else { return try reader.string(at: index) }
    let range = reader.valueRange(at: index)
    let same = reader.bytes.withUnsafeBufferPointer { buffer in
      bytes.withUnsafeBufferPointer { previous in
        guard previous.count == range.count else { return false }
        guard let old = previous.baseAddress, let new = buffer.baseAddress else { return true }
        return memcmp(old, new + range.lowerBound, range.count) == 0
      }
    }
    if same { return text }
    let decoded = try reader.string(at: index)
    bytes = Array(reader.bytes[range])
    text = decoded
    return decoded
  }
}

/// The values of an enumeration by the bytes of their raw values, to read a cell that spells one
/// exactly (lower case, as files usually do) without making a string.
private struct ExactValues<Value: RawRepresentable & CaseIterable & Sendable>: Sendable
where Value.RawValue == String {
  private let entries: [(bytes: [UInt8], value: Value)] = Value.allCases.map {
    (Array($0.rawValue.utf8), $0)
  }

  /// The value field `index` spells exactly; `nil` otherwise — an empty cell, another spelling or
  /// no such value, which the caller reads the general way.
  func value(at index: Int, in reader: CSVReader) -> Value? {
    guard !reader.fields[index].hasEscapedQuotes else { return nil }
    let range = reader.valueRange(at: index)
    guard !range.isEmpty else { return nil }
    return reader.bytes.withUnsafeBufferPointer { buffer in
      let cell = UnsafeBufferPointer(rebasing: buffer[range])
      return entries.first { $0.bytes.elementsEqual(cell) }?.value
    }
  }
}
