import Foundation

/// The fast path of `ValuesFile` for a wide file with no quote byte at all: every record is then
/// exactly one line, so the file can be split at line breaks and the pieces parsed on all cores.
///
/// Each chunk is parsed on its own into a ``Chunk``: per row the school index, the year and every
/// metric value (NaN where there is none), and per bad cell or row its error, with line numbers
/// relative to the chunk's first line. The chunks are then merged into the ``Dataset/Builder`` one
/// after the other, in file order, by the only code that touches the builder: it finds repeated
/// rows and values and emits every error exactly where the record-by-record reader would, with the
/// absolute line — so strict mode throws the same first error, and collecting mode records the same
/// errors in the same order. Chunks are parsed a few ahead of the merge (``Parallel/pipeline(count:window:produce:consume:)``),
/// so that memory holds only the chunks in flight, not the whole file's rows.
///
/// Parsing fuses splitting and number parsing: a cell of plain digits with at most one decimal
/// separator is read as the scan passes it, anything else goes to `CSVNumber.parse(_:from:to:allowsDecimalComma:)`.
///
/// - Complexity: O(n) in the size of the file, spread over the cores; the merge is O(r · c) for r
///   rows of c metric columns.
enum WideValues {
  /// How a wide file is read; tests force a path to compare them.
  enum Split: Sendable, Hashable {
    /// Quote-free files in parallel chunks (a single chunk when small), others record by record.
    case automatic
    /// Record by record, as for a file with quotes.
    case sequential
    /// Quote-free files in about this many chunks, split at line breaks (falls back to record by
    /// record when the file has a quote).
    case chunks(Int)
  }

  /// The smallest chunk: a smaller file is parsed as one chunk, on the calling thread.
  static let minimumChunkBytes = 256 << 10
  /// The size a large file's chunks are cut to, which bounds the memory of the chunks in flight.
  static let maximumChunkBytes = 1 << 20

  /// What the parser needs to know about the header.
  struct Layout: Sendable {
    let file: String
    /// The error for an id that is not text in the file's encoding.
    let invalidText: CSVError.Kind
    let delimiter: UInt8
    let allowsDecimalComma: Bool
    /// The header's number of columns.
    let fieldCount: Int
    let idField: Int
    let yearField: Int
    /// Per header field: the metric column index, or `idMarker`, or `yearMarker`.
    let plan: [Int]
    let keys: [MetricKey]
    let ranges: [ClosedRange<Double>]
    /// The header field of each metric column.
    let fields: [Int]

    static let idMarker = -1
    static let yearMarker = -2
  }

  /// School ids to indices, usable from any thread.
  struct Schools: Sendable {
    let table: ByteKeyTable
    let indices: [SchoolID: Int]
  }

  /// One row of a chunk: a school index and year, or a rejected row whose error is next in
  /// ``Chunk/rowErrors``.
  struct Row: Sendable {
    /// The row's line, relative to the chunk's first line (0).
    var line: Int
    /// The school index, or -1 for a rejected row.
    var school: Int
    var year: Int
  }

  /// A bad cell of an accepted row.
  struct Problem: Sendable {
    /// The index of its row in ``Chunk/rows``.
    var row: Int
    /// The metric column.
    var column: Int
    var kind: CSVError.Kind
  }

  /// A parsed piece of the file.
  struct Chunk: Sendable {
    var rows: [Row] = []
    /// The metric values of each accepted row, one after the other; NaN where there is none.
    var values: [Double] = []
    /// The bad cells of accepted rows, in file order.
    var problems: [Problem] = []
    /// The errors of rejected rows, in file order, with relative lines.
    var rowErrors: [CSVError] = []
    /// The number of line breaks in the chunk.
    var lineBreaks = 0
  }

  /// The state the merge carries from chunk to chunk: as the record-by-record reader keeps it.
  struct MergeState {
    var slotsByYear: [Int: [Dataset.Builder.Slot]] = [:]
    var rowsByYear: [Int: [Bool]] = [:]
    var currentYear = Int.min
    var slots: [Dataset.Builder.Slot] = []
    var seenRows: [Bool] = []
    /// Scratch: the columns of the current row whose cell already had a value.
    var duplicates: [Int] = []
  }

  // MARK: - Driver

  /// Whether `bytes[from...]` contains no `"`.
  static func isQuoteFree(_ bytes: [UInt8], from start: Int) -> Bool {
    guard start < bytes.count else { return true }
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return true }
      return memchr(base + start, Int32(CSVByte.quote), buffer.count - start) == nil
    }
  }

  /// Chunk boundaries of `bytes[start..<end]`: each chunk but the last ends just after a line
  /// feed, so no record and no CRLF is cut.
  static func boundaries(_ bytes: [UInt8], from start: Int, chunks: Int) -> [Int] {
    let end = bytes.count
    var result = [start]
    guard chunks > 1 else {
      result.append(end)
      return result
    }
    let size = max(1, (end - start) / chunks)
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var target = start + size
      while target < end, result.count < chunks {
        let previous = result[result.count - 1]
        let from = max(target, previous)
        guard from < end,
          let found = memchr(base + from, Int32(CSVByte.lineFeed), end - from)
        else { break }
        let boundary = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
        if boundary >= end { break }
        if boundary > previous { result.append(boundary) }
        target += size
      }
    }
    result.append(end)
    return result
  }

  /// Reads the rest of a quote-free wide file from `reader`'s position into `builder`.
  static func read(
    _ reader: CSVReader, layout: Layout, into builder: inout Dataset.Builder,
    mode: CSVSource.ReadMode,
    rejected: inout [CSVError], chunks requested: Int?
  ) throws(CSVError) {
    let bytes = reader.bytes
    let start = reader.position
    let size = bytes.count - start
    let cores = max(1, ProcessInfo.processInfo.activeProcessorCount)
    let chunkCount: Int
    if let requested {
      chunkCount = max(1, requested)
    } else if cores == 1 {
      chunkCount = 1
    } else {
      chunkCount = min(max(1, size / minimumChunkBytes), max(cores, size / maximumChunkBytes))
    }
    let bounds = boundaries(bytes, from: start, chunks: chunkCount)
    let schools = Schools(
      table: ByteKeyTable(
        builder.schools.enumerated().map { (key: $0.element.id.rawValue, value: $0.offset) }),
      indices: builder.indicesByID)
    var state = MergeState()
    var line = reader.physicalLine
    let total = bounds.count - 1
    if total == 1 {
      let chunk = parse(bytes, from: bounds[0], to: bounds[1], layout: layout, schools: schools)
      try merge(
        chunk, firstLine: line, layout: layout, state: &state, into: &builder, mode: mode,
        rejected: &rejected)
      return
    }
    // Chunks are parsed a few ahead on other threads while this one merges them in order.
    try Parallel.pipeline(count: total, window: cores * 2) { index in
      parse(bytes, from: bounds[index], to: bounds[index + 1], layout: layout, schools: schools)
    } consume: { (_, chunk: Chunk) throws(CSVError) in
      try merge(
        chunk, firstLine: line, layout: layout, state: &state, into: &builder, mode: mode,
        rejected: &rejected)
      line += chunk.lineBreaks
    }
  }

  // MARK: - Parsing a chunk

  /// Parses the quote-free lines `bytes[start..<end]`.
  static func parse(
    _ bytes: [UInt8], from start: Int, to end: Int, layout: Layout, schools: Schools
  ) -> Chunk {
    var chunk = Chunk()
    let columns = layout.keys.count
    // One allocation each: the chunk has at most one row per line.
    let lines = countLines(bytes, from: start, to: end)
    chunk.rows.reserveCapacity(lines)
    chunk.values.reserveCapacity(lines * columns)
    var row = [Double](repeating: .nan, count: columns)
    let lower = layout.ranges.map(\.lowerBound)
    let upper = layout.ranges.map(\.upperBound)
    bytes.withUnsafeBufferPointer { buffer in
      layout.plan.withUnsafeBufferPointer { plan in
        lower.withUnsafeBufferPointer { lower in
          upper.withUnsafeBufferPointer { upper in
            row.withUnsafeMutableBufferPointer { row in
              parseLines(
                buffer, from: start, to: end, layout: layout, plan: plan, lower: lower,
                upper: upper, row: row, schools: schools, into: &chunk)
            }
          }
        }
      }
    }
    return chunk
  }

  /// The number of lines in `bytes[start..<end]`: line feeds, plus one for a last line without
  /// one (an upper bound when the file ends lines with CR alone).
  static func countLines(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, start < end else { return 0 }
      var count = 0
      var position = start
      while position < end,
        let found = memchr(base + position, Int32(CSVByte.lineFeed), end - position)
      {
        count += 1
        position = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
      }
      if position < end { count += 1 }  // a last line without a line feed
      if count <= 1 {
        for index in start..<end where buffer[index] == CSVByte.carriageReturn { count += 1 }
      }
      return count
    }
  }

  /// Exact powers of ten for the fast path: 10⁰ … 10¹⁵.
  private static let powersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  ]

  // swift-format-ignore: FunctionParameterCount
  private static func parseLines(
    _ buffer: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, layout: Layout,
    plan: UnsafeBufferPointer<Int>, lower: UnsafeBufferPointer<Double>,
    upper: UnsafeBufferPointer<Double>, row: UnsafeMutableBufferPointer<Double>,
    schools: Schools, into chunk: inout Chunk
  ) {
    let delimiter = layout.delimiter
    let decimalComma = layout.allowsDecimalComma
    let fieldCount = layout.fieldCount
    let lineFeed = CSVByte.lineFeed
    let carriageReturn = CSVByte.carriageReturn
    let space = CSVByte.space
    let columns = row.count
    var i = start
    var lineBreaks = 0
    @inline(__always) func isEnd(_ byte: UInt8) -> Bool {
      byte == delimiter || byte == lineFeed || byte == carriageReturn
    }
    /// `buffer[from..<to]` without surrounding spaces.
    @inline(__always) func trimmed(_ from: Int, _ to: Int) -> Range<Int> {
      var a = from
      var b = to
      while a < b, buffer[a] == space { a += 1 }
      while b > a, buffer[b - 1] == space { b -= 1 }
      return a..<b
    }
    powersOfTen.withUnsafeBufferPointer { powers in
      while i < end {
        let line = lineBreaks
        let rowIndex = chunk.rows.count
        let problemMark = chunk.problems.count
        for column in 0..<columns { row[column] = .nan }
        var field = 0
        var nonBlank = false
        var extraNonEmpty = false
        var idStart = 0
        var idEnd = 0
        var yearStart = 0
        var yearEnd = 0
        while true {
          let fieldStart = i
          let column = field < fieldCount ? plan[field] : Int.min
          var handled = false
          if column >= 0 {
            // Fast path: [-]digits[.digits] right up to the end of the field.
            var j = i
            var negative = false
            if j < end, buffer[j] == UInt8(ascii: "-") {
              negative = true
              j += 1
            }
            var mantissa: UInt64 = 0
            let digitsStart = j
            while j < end {
              let digit = buffer[j] &- UInt8(ascii: "0")
              if digit >= 10 { break }
              mantissa = mantissa &* 10 &+ UInt64(digit)
              j += 1
            }
            var digits = j - digitsStart
            var fraction = 0
            if j < end,
              buffer[j] == UInt8(ascii: ".") || (decimalComma && buffer[j] == UInt8(ascii: ","))
            {
              j += 1
              let fractionStart = j
              while j < end {
                let digit = buffer[j] &- UInt8(ascii: "0")
                if digit >= 10 { break }
                mantissa = mantissa &* 10 &+ UInt64(digit)
                j += 1
              }
              fraction = j - fractionStart
              digits += fraction
            }
            if j == end || isEnd(buffer[j]) {
              if j == fieldStart {
                handled = true  // an empty cell: missing
              } else if digits > 0, digits <= 15 {
                var value = Double(mantissa)
                if fraction > 0 { value /= powers[fraction] }
                if negative { value = -value }
                nonBlank = true
                if value >= lower[column], value <= upper[column] {
                  row[column] = value
                } else {
                  chunk.problems.append(
                    Problem(
                      row: rowIndex, column: column,
                      kind: .valueOutOfRange(
                        metric: layout.keys[column], value: value, range: layout.ranges[column])))
                }
                i = j
                handled = true
              }
            }
          }
          if !handled {
            while i < end, !isEnd(buffer[i]) { i += 1 }
            let text = trimmed(fieldStart, i)
            if !text.isEmpty { nonBlank = true }
            if column >= 0 {
              switch CSVNumber.parse(
                buffer, from: fieldStart, to: i, allowsDecimalComma: decimalComma)
              {
              case .missing:
                break
              case .invalid:
                chunk.problems.append(
                  Problem(
                    row: rowIndex, column: column,
                    kind: .notANumber(
                      String(decoding: UnsafeBufferPointer(rebasing: buffer[text]), as: UTF8.self))
                  ))
              case .value(let value):
                if value >= lower[column], value <= upper[column] {
                  row[column] = value
                } else {
                  chunk.problems.append(
                    Problem(
                      row: rowIndex, column: column,
                      kind: .valueOutOfRange(
                        metric: layout.keys[column], value: value, range: layout.ranges[column])))
                }
              }
            } else if column == Layout.idMarker {
              idStart = text.lowerBound
              idEnd = text.upperBound
            } else if column == Layout.yearMarker {
              yearStart = text.lowerBound
              yearEnd = text.upperBound
            } else if !text.isEmpty {
              extraNonEmpty = true  // a field past the header's columns
            }
          }
          field += 1
          if i >= end { break }
          let byte = buffer[i]
          i += 1
          if byte == delimiter { continue }
          if byte == carriageReturn, i < end, buffer[i] == lineFeed { i += 1 }
          lineBreaks += 1
          break
        }

        // As the record-by-record reader: blank lines are skipped; then the field count, the
        // school and the year, each rejecting the whole row.
        guard nonBlank else {
          chunk.problems.removeSubrange(problemMark...)
          continue
        }
        var rowError: (kind: CSVError.Kind, column: Int)?
        var school = -1
        var year = 0
        if field < fieldCount || (field > fieldCount && extraNonEmpty) {
          rowError = (
            .wrongFieldCount(expected: fieldCount, found: field),
            CSVHeader.fieldCountColumn(expected: fieldCount, found: field)
          )
        } else {
          switch resolveSchool(buffer, idStart..<idEnd, schools, invalidText: layout.invalidText) {
          case .error(let kind):
            rowError = (kind, layout.idField + 1)
          case .index(let index):
            if yearStart == yearEnd {
              rowError = (.missingValue(column: "year"), layout.yearField + 1)
            } else if let parsed = CSVReader.parseYear(buffer, yearStart..<yearEnd),
              (1900...2200).contains(parsed)
            {
              school = index
              year = parsed
            } else {
              let text = String(
                decoding: UnsafeBufferPointer(rebasing: buffer[yearStart..<yearEnd]),
                as: UTF8.self)
              rowError = (.invalidYear(text), layout.yearField + 1)
            }
          }
        }
        if let rowError {
          chunk.problems.removeSubrange(problemMark...)
          chunk.rowErrors.append(
            CSVError(kind: rowError.kind, file: layout.file, line: line, column: rowError.column))
          chunk.rows.append(Row(line: line, school: -1, year: 0))
        } else {
          chunk.rows.append(Row(line: line, school: school, year: year))
          chunk.values.append(contentsOf: row)
        }
      }
    }
    chunk.lineBreaks = lineBreaks
  }

  /// A school id cell resolved: the school's index, or what is wrong with the cell.
  private enum ResolvedSchool {
    case index(Int)
    case error(CSVError.Kind)
  }

  /// The index of the school spelled by `buffer[range]`, or the error of the id cell — as
  /// `CSVReader.schoolIndex(at:table:builder:)` finds them.
  private static func resolveSchool(
    _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ schools: Schools,
    invalidText: CSVError.Kind
  ) -> ResolvedSchool {
    if let found = schools.table.value(buffer, range) { return .index(found) }
    let cell = UnsafeBufferPointer(rebasing: buffer[range])
    guard let text = CSVReader.validatedString(cell) else { return .error(invalidText) }
    if let control = CSVReader.controlCharacter(in: cell) {
      return .error(.controlCharacter(control))
    }
    guard !text.isEmpty else { return .error(.emptyIdentifier) }
    let id = SchoolID(text)
    guard let found = schools.indices[id] else { return .error(.unknownSchool(id)) }
    return .index(found)
  }

  // MARK: - Merging

  /// Merges a parsed chunk into `builder`, in file order, as the record-by-record reader would.
  static func merge(
    _ chunk: Chunk, firstLine: Int, layout: Layout, state: inout MergeState,
    into builder: inout Dataset.Builder, mode: CSVSource.ReadMode, rejected: inout [CSVError]
  ) throws(CSVError) {
    let columns = layout.keys.count
    var currentYear = state.currentYear
    var slots = state.slots
    var seenRows = state.seenRows
    var duplicates = state.duplicates
    defer {
      state.currentYear = currentYear
      state.slots = slots
      state.seenRows = seenRows
      state.duplicates = duplicates
    }
    var errorIndex = 0
    var problemIndex = 0
    var valueOffset = 0
    for (rowIndex, row) in chunk.rows.enumerated() {
      let line = firstLine + row.line
      guard row.school >= 0 else {
        var error = chunk.rowErrors[errorIndex]
        errorIndex += 1
        error.line += firstLine
        try mode.reject(error, into: &rejected)
        continue
      }
      let offset = valueOffset
      valueOffset += columns
      let problemsStart = problemIndex
      while problemIndex < chunk.problems.count, chunk.problems[problemIndex].row == rowIndex {
        problemIndex += 1
      }
      if row.year != currentYear {
        if currentYear != Int.min { state.rowsByYear[currentYear] = seenRows }
        currentYear = row.year
        if let cached = state.slotsByYear[row.year] {
          slots = cached
        } else {
          slots = builder.slots(metrics: layout.keys, year: AcademicYear(row.year))
          state.slotsByYear[row.year] = slots
        }
        seenRows =
          state.rowsByYear.removeValue(forKey: row.year)
          ?? [Bool](repeating: false, count: builder.schools.count)
      }
      guard !seenRows[row.school] else {
        let id = builder.schools[row.school].id
        try mode.reject(
          CSVError(
            kind: .duplicateRow(school: id, year: row.year), file: layout.file, line: line,
            column: layout.idField + 1), into: &rejected)
        continue
      }
      seenRows[row.school] = true
      duplicates.removeAll(keepingCapacity: true)
      chunk.values.withUnsafeBufferPointer { values in
        slots.withUnsafeBufferPointer { slots in
          builder.storeRow(
            UnsafeBufferPointer(rebasing: values[offset..<(offset + columns)]), school: row.school,
            slots: slots, duplicates: &duplicates)
        }
      }
      if problemsStart == problemIndex && duplicates.isEmpty { continue }
      // The row's errors in column order: the cells parsing rejected, and the repeated values.
      var p = problemsStart
      var d = 0
      while p < problemIndex || d < duplicates.count {
        let kind: CSVError.Kind
        let column: Int
        if d == duplicates.count || (p < problemIndex && chunk.problems[p].column < duplicates[d]) {
          kind = chunk.problems[p].kind
          column = chunk.problems[p].column
          p += 1
        } else {
          column = duplicates[d]
          kind = .duplicateValue(
            school: builder.schools[row.school].id, year: row.year, metric: layout.keys[column])
          d += 1
        }
        try mode.reject(
          CSVError(kind: kind, file: layout.file, line: line, column: layout.fields[column] + 1),
          into: &rejected)
      }
    }
  }
}
