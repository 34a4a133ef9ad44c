/// Reads a values file, wide or long, into a ``Dataset/Builder``.
///
/// The layout is told by the header. A header of exactly `school_id`, `year`, `metric` and `value`
/// (in any order) is **long**: one value per row. Any other header is **wide**: `school_id`, `year`
/// and one column per metric key, one row per school and year. Every metric column of a wide header
/// must be in the ``MetricCatalog`` — an unknown one is ``CSVError/Kind/unknownMetric(_:)`` at its
/// column, thrown in every mode, since a misspelt column must never be skipped quietly. In a long
/// file the `metric` cell is checked the same way, as an error of that row.
///
/// Each row is checked: the school must be in the builder (``CSVError/Kind/unknownSchool(_:)``), the
/// year an integer 1900–2200 or `2021/2022` (``CSVError/Kind/invalidYear(_:)``), and a wide file may
/// not repeat a (school, year) row (``CSVError/Kind/duplicateRow(school:year:)``). Each value must be
/// a finite number (``CSVError/Kind/notANumber(_:)``, also for `nan` and `inf`) inside its metric's
/// range (``CSVError/Kind/valueOutOfRange(metric:value:range:)``), and a (school, year, metric) cell
/// that already has a value — from this file or from one read earlier into the same builder — is
/// ``CSVError/Kind/duplicateValue(school:year:metric:)``. An empty cell is missing, not an error.
///
/// In ``CSVSource/ReadMode/collecting`` mode a bad value is left out, a bad row (school, year, field count,
/// a long row's metric) is left out whole, and each has its error recorded; the rest is stored. In
/// ``CSVSource/ReadMode/strict`` mode the builder may already hold some of the file's values when the
/// error is thrown; a caller that goes on after an error should use collecting mode.
///
/// Numbers are parsed straight from the file's bytes; each (metric column, year) resolves its
/// ``Dataset/Builder/Slot`` once, so a stored value costs one array store. A wide file with no quote
/// character after its header is cut at line breaks and parsed on all cores, then merged in file
/// order, with the same values and the same errors (in the same order, at the same lines) as when
/// it is read record by record, which is how a file with quotes is read.
///
/// - Complexity: O(n) in the size of the file, plus O(s) per metric column and year for the
///   builder's columns, where s is the number of schools.
///
/// ```swift
/// var builder = try Dataset.Builder(schools: schools)
/// try ValuesFile.read(
///   CSVSource(name: "values.csv", text: "school_id;year;results.quality_percent\nS1;2022;72,5\n"),
///   into: &builder)
/// builder.build().value(of: .resultsQualityPercent, school: 0, year: 2022)   // 72.5
/// ```
enum ValuesFile {
  /// How a values file lays its values out.
  public enum Layout: Sendable, Hashable {
    /// `school_id;year;<metric>;<metric>;…`, one row per school and year.
    case wide
    /// `school_id;year;metric;value`, one row per value.
    case long
  }

  /// The columns of a long file.
  public static let longColumns = ["school_id", "year", "metric", "value"]

  /// Reads the values of a file into `builder`.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - builder: The dataset being built; its schools are the ones values may name.
  ///   - catalog: The metrics values may have, with their valid ranges.
  ///   - mode: ``CSVSource/ReadMode/strict`` to throw the first error, ``CSVSource/ReadMode/collecting`` to skip
  ///     bad cells and rows.
  ///   - rejected: Where collecting mode appends one error per rejected cell or row.
  /// - Returns: The layout the header showed.
  /// - Throws: A structural ``CSVError`` in any mode (empty file, missing or repeated column,
  ///   unknown metric column, malformed quoting); any error in strict mode.
  /// - Complexity: O(n) in the size of the file.
  ///
  /// ```swift
  /// var rejected: [CSVError] = []
  /// try ValuesFile.read(source, into: &builder, mode: .collecting, rejected: &rejected)
  /// // every good value stored; one error per bad value or row in `rejected`
  /// ```
  @discardableResult
  public static func read(
    _ source: CSVSource, into builder: inout Dataset.Builder, catalog: MetricCatalog = .standard,
    mode: CSVSource.ReadMode, rejected: inout [CSVError]
  ) throws(CSVError) -> Layout {
    try read(
      source, into: &builder, catalog: catalog, mode: mode, rejected: &rejected, split: .automatic)
  }

  /// Reads the values of a file into `builder`, a wide file split as `split` says (tests compare
  /// the paths).
  @discardableResult
  static func read(
    _ source: CSVSource, into builder: inout Dataset.Builder, catalog: MetricCatalog = .standard,
    mode: CSVSource.ReadMode, rejected: inout [CSVError], split: WideValues.Split
  ) throws(CSVError) -> Layout {
    try source.locatingErrors(mode: mode, rejected: &rejected) {
      (source, rejected) throws(CSVError) in
      try readText(
        source, into: &builder, catalog: catalog, mode: mode, rejected: &rejected, split: split)
    }
  }

  /// The reading itself, of CSV text (a workbook's sheet already turned into it).
  private static func readText(
    _ source: CSVSource, into builder: inout Dataset.Builder, catalog: MetricCatalog = .standard,
    mode: CSVSource.ReadMode, rejected: inout [CSVError], split: WideValues.Split
  ) throws(CSVError) -> Layout {
    var reader = CSVReader(source)
    let header = try CSVHeader(reading: &reader)
    if Set(header.names) == Set(longColumns) {
      try readLong(&reader, header, &builder, catalog, mode, &rejected)
      return .long
    }
    try readWide(&reader, header, &builder, catalog, mode, &rejected, split)
    return .wide
  }

  /// Reads the values of a file into `builder`, throwing the first error.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - builder: The dataset being built.
  ///   - catalog: The metrics values may have.
  /// - Returns: The layout the header showed.
  /// - Throws: The first ``CSVError``.
  /// - Complexity: O(n) in the size of the file.
  ///
  /// ```swift
  /// try ValuesFile.read(source, into: &builder)   // .wide
  /// ```
  @discardableResult
  public static func read(
    _ source: CSVSource, into builder: inout Dataset.Builder, catalog: MetricCatalog = .standard
  ) throws(CSVError) -> Layout {
    var rejected: [CSVError] = []
    return try read(source, into: &builder, catalog: catalog, mode: .strict, rejected: &rejected)
  }

  // MARK: - Wide

  private struct MetricColumn {
    let field: Int
    let key: MetricKey
    let range: ClosedRange<Double>
  }

  private static func readWide(
    _ reader: inout CSVReader, _ header: CSVHeader, _ builder: inout Dataset.Builder,
    _ catalog: MetricCatalog, _ mode: CSVSource.ReadMode, _ rejected: inout [CSVError],
    _ split: WideValues.Split
  ) throws(CSVError) {
    let idField = try header.require("school_id")
    let yearField = try header.require("year")
    var columns: [MetricColumn] = []
    for (field, name) in header.names.enumerated() where field != idField && field != yearField {
      guard let definition = catalog[MetricKey(name)] else {
        throw CSVError(
          kind: .unknownMetric(name), file: header.file, line: header.line, column: field + 1)
      }
      columns.append(MetricColumn(field: field, key: definition.key, range: definition.range))
    }
    // Without a single quote every record is one line: parse in chunks on all cores.
    if split != .sequential, WideValues.isQuoteFree(reader.bytes, from: reader.position) {
      var plan = [Int](repeating: 0, count: header.names.count)
      plan[idField] = WideValues.Layout.idMarker
      plan[yearField] = WideValues.Layout.yearMarker
      for (index, column) in columns.enumerated() { plan[column.field] = index }
      let layout = WideValues.Layout(
        file: reader.file, invalidText: reader.invalidText, delimiter: reader.dialect.delimiter,
        allowsDecimalComma: reader.dialect.allowsDecimalComma, fieldCount: header.names.count,
        idField: idField, yearField: yearField, plan: plan, keys: columns.map(\.key),
        ranges: columns.map(\.range), fields: columns.map(\.field))
      var chunks: Int?
      if case .chunks(let count) = split { chunks = count }
      try WideValues.read(
        reader, layout: layout, into: &builder, mode: mode, rejected: &rejected, chunks: chunks)
      return
    }
    let plans = columns.map {
      ColumnPlan(field: $0.field, lowerBound: $0.range.lowerBound, upperBound: $0.range.upperBound)
    }
    let allowsDecimalComma = reader.dialect.allowsDecimalComma
    var problems: [(column: Int, problem: CellProblem)] = []
    let schoolTable = ByteKeyTable(
      builder.schools.enumerated().map { (key: $0.element.id.rawValue, value: $0.offset) })

    // Per year: each column's slot, and which schools already had a row in this file.
    var slotsByYear: [Int: [Dataset.Builder.Slot]] = [:]
    var rowsByYear: [Int: [Bool]] = [:]
    var currentYear = Int.min
    var slots: [Dataset.Builder.Slot] = []
    var seenRows: [Bool] = []

    while try reader.nextRecord() {
      if let error = header.fieldCountError(in: reader) {
        try mode.reject(error, into: &rejected)
        continue
      }
      let school: Int
      let year: Int
      do throws(CSVError) {
        school = try reader.schoolIndex(at: idField, table: schoolTable, builder: builder)
        year = try reader.year(at: yearField, column: "year")
      } catch {
        try mode.reject(error, into: &rejected)
        continue
      }
      if year != currentYear {
        if currentYear != Int.min { rowsByYear[currentYear] = seenRows }
        currentYear = year
        if let cached = slotsByYear[year] {
          slots = cached
        } else {
          slots = columns.map { builder.slot(metric: $0.key, year: AcademicYear(year)) }
          slotsByYear[year] = slots
        }
        seenRows =
          rowsByYear.removeValue(forKey: year)
          ?? [Bool](repeating: false, count: builder.schools.count)
      }
      guard !seenRows[school] else {
        let id = builder.schools[school].id
        try mode.reject(
          reader.error(.duplicateRow(school: id, year: year), column: idField + 1),
          into: &rejected)
        continue
      }
      seenRows[school] = true
      // The hot loop: parse and store without throwing; note the bad cells and report them after.
      problems.removeAll(keepingCapacity: true)
      reader.withCurrentRecord { bytes, fields in
        for index in 0..<plans.count {
          let plan = plans[index]
          let range = fields[plan.field].range
          switch CSVNumber.parse(
            bytes, from: range.lowerBound, to: range.upperBound,
            allowsDecimalComma: allowsDecimalComma)
          {
          case .missing:
            continue
          case .invalid:
            problems.append((index, .invalid))
          case .value(let value):
            guard value >= plan.lowerBound, value <= plan.upperBound else {
              problems.append((index, .outOfRange(value)))
              continue
            }
            if case .duplicate = builder.set(value, school: school, slot: slots[index]) {
              problems.append((index, .duplicate))
            }
          }
        }
      }
      for (index, problem) in problems {
        let column = columns[index]
        let kind: CSVError.Kind
        switch problem {
        case .invalid:
          kind = .notANumber(reader.displayText(at: column.field))
        case .outOfRange(let value):
          kind = .valueOutOfRange(metric: column.key, value: value, range: column.range)
        case .duplicate:
          kind = .duplicateValue(school: builder.schools[school].id, year: year, metric: column.key)
        }
        try mode.reject(reader.error(kind, column: column.field + 1), into: &rejected)
      }
    }
  }

  /// A metric column of a wide file as the hot loop reads it.
  private struct ColumnPlan {
    let field: Int
    let lowerBound: Double
    let upperBound: Double
  }

  /// What was wrong with a value in the hot loop.
  private enum CellProblem {
    case invalid
    case outOfRange(Double)
    case duplicate
  }

  // MARK: - Long

  private static func readLong(
    _ reader: inout CSVReader, _ header: CSVHeader, _ builder: inout Dataset.Builder,
    _ catalog: MetricCatalog, _ mode: CSVSource.ReadMode, _ rejected: inout [CSVError]
  ) throws(CSVError) {
    let idField = try header.require("school_id")
    let yearField = try header.require("year")
    let metricField = try header.require("metric")
    let valueField = try header.require("value")
    let (keys, indices, metricTable) = catalog.lookupTables()
    let ranges = keys.map { catalog[$0]?.range ?? -Double.infinity...Double.infinity }
    let schoolTable = ByteKeyTable(
      builder.schools.enumerated().map { (key: $0.element.id.rawValue, value: $0.offset) })

    var slotsByYear: [Int: [Dataset.Builder.Slot?]] = [:]
    var currentYear = Int.min
    var slots: [Dataset.Builder.Slot?] = []

    while try reader.nextRecord() {
      if let error = header.fieldCountError(in: reader) {
        try mode.reject(error, into: &rejected)
        continue
      }
      do throws(CSVError) {
        let school = try reader.schoolIndex(at: idField, table: schoolTable, builder: builder)
        let year = try reader.year(at: yearField, column: "year")
        let metric = try reader.metricIndex(
          at: metricField, column: "metric", table: metricTable, keys: indices)
        let key = keys[metric]
        guard let value = try reader.value(at: valueField, metric: key, range: ranges[metric])
        else { continue }
        if year != currentYear {
          if currentYear != Int.min { slotsByYear[currentYear] = slots }
          currentYear = year
          slots = slotsByYear.removeValue(forKey: year) ?? Array(repeating: nil, count: keys.count)
        }
        let slot: Dataset.Builder.Slot
        if let cached = slots[metric] {
          slot = cached
        } else {
          slot = builder.slot(metric: key, year: AcademicYear(year))
          slots[metric] = slot
        }
        if case .duplicate = builder.set(value, school: school, slot: slot) {
          let id = builder.schools[school].id
          throw reader.error(
            .duplicateValue(school: id, year: year, metric: key), column: valueField + 1)
        }
      } catch {
        try mode.reject(error, into: &rejected)
      }
    }
  }
}
