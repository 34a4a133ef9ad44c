import Foundation

/// An Excel workbook (`.xlsx`) whose sheets are read as the CSV files they stand for.
///
/// Analysts keep school lists and ВПР/ОГЭ/ЕГЭ statistics in workbooks. A sheet is turned into the
/// CSV text the file readers take (`SheetConverter`) together with the row of each line
/// (``SheetLines``), so every reader — schools, values wide and long, benchmarks, reported values,
/// monitoring records, decisions — reads a sheet with the same validation and `--collect` as a CSV
/// file, and its errors name the cell: `values.xlsx:Значения!D17: «abc» — не число`.
///
/// Hosts read a book once and take sheets from it:
/// ``source(sheet:)`` by name (the first sheet when `nil`), ``sheet(for:)`` by what the sheet
/// holds. ``CSVSource/init(contentsOf:)`` recognises a workbook by its bytes and takes its first
/// sheet, or the sheet named after the path (`values.xlsx:Значения`).
///
/// - Complexity: O(n) in the size of the small parts to open; a sheet is O(its XML size).
///
/// ```swift
/// let book = try Workbook(contentsOf: URL(fileURLWithPath: "region.xlsx"))
/// book.sheetNames                                  // ["Школы", "Значения"]
/// let values = try book.source(sheet: book.sheet(for: .values))
/// let data = try DatasetLoader.load(
///   schools: try book.source(sheet: book.sheet(for: .schools)), values: [values],
///   benchmarks: nil)
/// ```
public struct Workbook: Sendable {
  /// What a sheet of a book holds, found by the sheet's name (see ``sheetNames``).
  public enum Role: String, Sendable, Hashable, CaseIterable {
    /// The schools: `schools`, `школы`.
    case schools
    /// Values, wide or long: `values`, `значения`.
    case values
    /// Benchmarks: `benchmarks`, `эталоны`, `ориентиры`.
    case benchmarks
    /// Reported values of indicators: `reported`, `отчётные значения`, `отчётность`.
    case reported
    /// Monitoring records: `monitoring`, `мониторинг`.
    case monitoring
    /// Decisions of the authority: `decisions`, `решения`.
    case decisions

    /// The sheet names that hold this role, compared ignoring letter case and `ё`/`е`.
    public var sheetNames: [String] {
      switch self {
      case .schools: ["schools", "школы"]
      case .values: ["values", "значения"]
      case .benchmarks: ["benchmarks", "эталоны", "ориентиры"]
      case .reported: ["reported", "отчётные значения", "отчётность"]
      case .monitoring: ["monitoring", "мониторинг"]
      case .decisions: ["decisions", "решения"]
      }
    }
  }

  /// The file's name as the caller gave it.
  public let name: String
  let archive: WorkbookArchive
  let index: WorkbookIndex
  let strings: SharedStrings
  let styles: CellStyles

  /// The names of the book's sheets, in the book's order.
  public var sheetNames: [String] { index.sheets.map(\.name) }

  /// Opens a workbook held in memory.
  ///
  /// - Parameters:
  ///   - bytes: The file's bytes.
  ///   - name: The file name for error messages.
  /// - Throws: ``CSVError`` with ``CSVError/Kind/workbook(_:)`` at line 0 for a file that is no
  ///   `.xlsx` (an `.xls`, a password-protected book, `.xlsb`, `.ods`, another ZIP archive), a
  ///   damaged archive or a damaged part.
  public init(bytes: [UInt8], name: String) throws(CSVError) {
    self.name = name
    let archive = try WorkbookArchive(bytes: bytes, name: name)
    let index = try WorkbookIndex(archive)
    var strings = SharedStrings()
    var styles = CellStyles()
    do throws(WorkbookProblem) {
      if let path = index.sharedStringsPart, let part = try Self.part(path, archive) {
        strings = try SharedStrings(part, part: path)
      }
      if let path = index.stylesPart, let part = try Self.part(path, archive) {
        styles = try CellStyles(part, part: path)
      }
    } catch {
      throw CSVError(kind: .workbook(error), file: name, line: 0, column: 0)
    }
    self.archive = archive
    self.index = index
    self.strings = strings
    self.styles = styles
  }

  /// A part's bytes, with a ZIP problem as the workbook's.
  private static func part(_ path: String, _ archive: WorkbookArchive) throws(WorkbookProblem)
    -> [UInt8]?
  {
    do {
      return try archive.part(path)
    } catch {
      if case .workbook(let problem) = error.kind { throw problem }
      throw .missingPart(path)
    }
  }

  /// Reads and opens the workbook at `url`.
  ///
  /// - Throws: ``CSVError/Kind/unreadableFile(_:)`` when the file cannot be read; what
  ///   ``init(bytes:name:)`` throws.
  public init(contentsOf url: URL) throws(CSVError) {
    let name = url.isFileURL ? url.relativePath : url.absoluteString
    let bytes: [UInt8]
    do {
      bytes = try FileBytes.read(url, name: name)
    } catch {
      throw CSVError(kind: .unreadableFile(error), file: name, line: 0, column: 0)
    }
    try self.init(bytes: bytes, name: name)
  }

  /// The name of the sheet that holds `role`, or `nil` when the book has none.
  public func sheet(for role: Role) -> String? {
    let wanted = Set(role.sheetNames.map(Self.folded))
    return sheetNames.first { wanted.contains(Self.folded($0)) }
  }

  /// A sheet as a CSV source the file readers take: its text, with the row of each line so that
  /// their errors are placed on the sheet.
  ///
  /// - Parameter sheet: The sheet's name — exactly, or else ignoring letter case — or `nil` for
  ///   the first sheet.
  /// - Returns: The sheet's CSV text, named as the book, with its ``SheetLines``.
  /// - Throws: ``WorkbookProblem/noSuchSheet(_:available:)`` listing the sheets,
  ///   ``WorkbookProblem/notAWorksheet(_:)`` for a chart, ``WorkbookProblem/noSheets``, and the
  ///   sheet's XML problems.
  /// - Complexity: O(n) in the size of the sheet's XML.
  public func source(sheet: String? = nil) throws(CSVError) -> CSVSource {
    func problem(_ problem: WorkbookProblem) -> CSVError {
      CSVError(kind: .workbook(problem), file: name, line: 0, column: 0)
    }
    let chosen: WorkbookIndex.Sheet
    if let sheet {
      guard
        let found = index.sheets.first(where: { $0.name == sheet })
          ?? index.sheets.first(where: { Self.folded($0.name) == Self.folded(sheet) })
      else { throw problem(.noSuchSheet(sheet, available: sheetNames)) }
      chosen = found
    } else {
      guard let first = index.sheets.first else { throw problem(.noSheets) }
      chosen = first
    }
    guard chosen.isWorksheet else { throw problem(.notAWorksheet(chosen.name)) }
    guard let part = chosen.part else { throw problem(.missingPart("r:id → " + chosen.name)) }
    guard let unpacking = try archive.unpacking(part) else { throw problem(.missingPart(part)) }
    func convert(_ xml: UnsafeBufferPointer<UInt8>, feed: SheetFeed?) throws(CSVError)
      -> SheetConverter.Output
    {
      try SheetConverter.convert(
        xml, continuation: feed, size: unpacking.size, part: part, sheet: chosen.name,
        file: name, strings: strings, styles: styles, date1904: index.date1904)
    }
    // The sheet is read in pieces while it is inflated; the archive's own problems come first.
    let feed = SheetFeed(unpacking)
    let output: SheetConverter.Output
    do {
      let first = feed.next() ?? UnsafeBufferPointer(start: nil, count: 0)
      let read = try convert(first, feed: feed)
      try archive.finish(unpacking)
      output = read
    } catch {
      unpacking.cancel()
      if feed.isComplete {
        // Every piece was read: the error is the part's, unless the archive's comes first.
        try archive.finish(unpacking)
        throw error
      }
      // An error met before the last piece may be a cut's: read the whole part again.
      let whole = try archive.part(part) ?? []
      output = try whole.withUnsafeBufferPointer { bytes throws(CSVError) in
        try convert(bytes, feed: nil)
      }
    }
    var source = CSVSource(name: name, bytes: output.csv)
    source.sheetLines = output.lines
    return source
  }

  /// A path with a sheet after it, `values.xlsx:Значения`, split into the file and the sheet; a
  /// path whose part before the last `:` does not end in `.xlsx` (or `.xlsm`) has no sheet.
  ///
  /// ```swift
  /// Workbook.splitSheet("data/v.xlsx:Значения")   // ("data/v.xlsx", "Значения")
  /// Workbook.splitSheet("C:/data/v.xlsx")         // ("C:/data/v.xlsx", nil)
  /// ```
  public static func splitSheet(_ path: String) -> (path: String, sheet: String?) {
    guard let colon = path.lastIndex(of: ":") else { return (path, nil) }
    let file = String(path[..<colon])
    let sheet = String(path[path.index(after: colon)...])
    let lower = file.lowercased()
    guard !sheet.isEmpty, lower.hasSuffix(".xlsx") || lower.hasSuffix(".xlsm") else {
      return (path, nil)
    }
    return (file, sheet)
  }

  /// A name compared ignoring case, `ё`/`е` and surrounding spaces.
  static func folded(_ name: String) -> String {
    name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "ё", with: "е")
  }
}
