/// Reads the benchmarks file: `scope;year;metric;value`.
///
/// Each row is a reference value the host supplies — a regional or municipal mean — for one metric
/// in one academic year. `scope` is `region` or `municipality:<name>` (the name as in the schools
/// file), `year` an integer 1900–2200 or `2021/2022`, `metric` a key of the ``MetricCatalog``, and
/// `value` a finite number inside the metric's range. An empty `value` is a missing benchmark and is
/// not stored (a criterion that needs it then reports `insufficient_data`). A second row for the
/// same (scope, year, metric) is ``CSVError/Kind/duplicateBenchmark(scope:year:metric:)`` at its
/// value. In ``CSVSource/ReadMode/collecting`` mode a bad row is left out and its error recorded.
///
/// - Complexity: O(n) in the size of the file.
///
/// ```swift
/// let benchmarks = try BenchmarksFile.read(CSVSource(name: "b.csv", text: """
///   scope;year;metric;value
///   region;2022;ege.russian.mean_score;70,1
///   """))
/// benchmarks.value(scope: .region, year: 2022, metric: .egeRussianMeanScore)   // 70.1
/// ```
enum BenchmarksFile {
  /// The columns of a benchmarks file.
  public static let columns = ["scope", "year", "metric", "value"]

  /// Reads the benchmarks of a file.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - catalog: The metrics benchmarks may have, with their valid ranges.
  ///   - mode: ``CSVSource/ReadMode/strict`` to throw the first error, ``CSVSource/ReadMode/collecting`` to skip
  ///     bad rows.
  ///   - rejected: Where collecting mode appends one error per rejected row.
  ///   - municipalities: The municipalities of the schools file: a `municipality:<name>` row
  ///     naming another is ``CSVError/Kind/unknownMunicipality(_:similar:)`` at its scope, not a
  ///     benchmark silently never used; `nil` accepts any name.
  ///   - regions: The regions of the schools file: a `region:<name>` row naming another is
  ///     ``CSVError/Kind/unknownRegion(_:similar:)`` at its scope; `nil` accepts any name.
  ///   - data: The metrics and years that have values: a row for another metric or year is
  ///     ``CSVError/Kind/unusedBenchmark(metric:year:metricAbsent:)`` at its metric or year, since
  ///     no criterion could ever read it; `nil` accepts any.
  ///   - references: Keys read by relative targets (``Target/Relative``), accepted for any year
  ///     although no school has values of them.
  /// - Returns: The accepted benchmarks.
  /// - Throws: A structural ``CSVError`` in any mode (empty file, missing, repeated or unexpected
  ///   column, malformed quoting); any error in strict mode.
  /// - Complexity: O(n) in the size of the file.
  ///
  /// ```swift
  /// var rejected: [CSVError] = []
  /// let benchmarks = try BenchmarksFile.read(source, mode: .collecting, rejected: &rejected)
  /// ```
  public static func read(
    _ source: CSVSource, catalog: MetricCatalog = .standard, mode: CSVSource.ReadMode,
    rejected: inout [CSVError], municipalities: Set<String>? = nil, regions: Set<String>? = nil,
    data: (metrics: Set<MetricKey>, years: Set<Int>)? = nil, references: Set<MetricKey> = []
  ) throws(CSVError) -> Benchmarks {
    try source.locatingErrors(mode: mode, rejected: &rejected) {
      (source, rejected) throws(CSVError) in
      try readText(
        source, catalog: catalog, mode: mode, rejected: &rejected, municipalities: municipalities,
        regions: regions, data: data, references: references)
    }
  }

  /// The reading itself, of CSV text (a workbook's sheet already turned into it).
  private static func readText(
    _ source: CSVSource, catalog: MetricCatalog = .standard, mode: CSVSource.ReadMode,
    rejected: inout [CSVError], municipalities: Set<String>? = nil, regions: Set<String>? = nil,
    data: (metrics: Set<MetricKey>, years: Set<Int>)? = nil, references: Set<MetricKey> = []
  ) throws(CSVError) -> Benchmarks {
    var reader = CSVReader(source)
    let header = try CSVHeader(reading: &reader)
    let scopeField = try header.require("scope")
    let yearField = try header.require("year")
    let metricField = try header.require("metric")
    let valueField = try header.require("value")
    try header.rejectColumns(otherThan: Set(columns))
    let (keys, indices, metricTable) = catalog.lookupTables()

    var entries: [Benchmarks.Entry] = []
    var seen = Set<Benchmarks.Entry>()
    while try reader.nextRecord() {
      if let error = header.fieldCountError(in: reader) {
        try mode.reject(error, into: &rejected)
        continue
      }
      do throws(CSVError) {
        let scopeText = try reader.requiredString(at: scopeField, column: "scope")
        guard let scope = Benchmarks.Scope(scopeText) else {
          throw reader.error(.invalidScope(scopeText), column: scopeField + 1)
        }
        if case .municipality(let name) = scope, let municipalities,
          !municipalities.contains(name)
        {
          throw reader.error(
            .unknownMunicipality(name, similar: Self.nearest(to: name, among: municipalities)),
            column: scopeField + 1)
        }
        if case .namedRegion(let name) = scope, let regions, !regions.contains(name) {
          throw reader.error(
            .unknownRegion(name, similar: Self.nearest(to: name, among: regions)),
            column: scopeField + 1)
        }
        let year = try reader.year(at: yearField, column: "year")
        let metric = keys[
          try reader.metricIndex(
            at: metricField, column: "metric", table: metricTable, keys: indices)
        ]
        let range = catalog[metric]?.range ?? -Double.infinity...Double.infinity
        guard let value = try reader.value(at: valueField, metric: metric, range: range) else {
          continue
        }
        if let data, !data.metrics.contains(metric), !references.contains(metric) {
          throw reader.error(
            .unusedBenchmark(metric: metric, year: year, metricAbsent: true),
            column: metricField + 1)
        }
        if let data, !data.years.contains(year), !references.contains(metric) {
          throw reader.error(
            .unusedBenchmark(metric: metric, year: year, metricAbsent: false),
            column: yearField + 1)
        }
        // `seen` holds each entry with value 0, so that it compares (scope, year, metric) only.
        let key = Benchmarks.Entry(scope: scope, year: AcademicYear(year), metric: metric, value: 0)
        guard seen.insert(key).inserted else {
          throw reader.error(
            .duplicateBenchmark(scope: scope.description, year: year, metric: metric),
            column: valueField + 1)
        }
        entries.append(
          Benchmarks.Entry(scope: scope, year: AcademicYear(year), metric: metric, value: value))
      } catch {
        try mode.reject(error, into: &rejected)
      }
    }
    do throws(DatasetError) {
      return try Benchmarks(entries)
    } catch {
      // Unreachable: repeated and non-finite values were rejected row by row above.
      if case .duplicateBenchmark(let entry) = error.kind {
        throw CSVError(
          kind: .duplicateBenchmark(
            scope: entry.scope.description, year: entry.year.endYear, metric: entry.metric),
          file: source.name, line: 0, column: 0)
      }
      // `Benchmarks(_:)` throws no other kind than these two.
      let value =
        if case .notFiniteBenchmark(let entry) = error.kind { String(entry.value) } else { "" }
      throw CSVError(kind: .notANumber(value), file: source.name, line: 0, column: 0)
    }
  }

  /// The names of `municipalities` a reader may have meant by `name`: the same in another letter
  /// case first, then those a typo or two away.
  static func nearest(to name: String, among municipalities: Set<String>) -> [String] {
    let sorted = municipalities.sorted()
    let sameLetters = sorted.filter { $0.lowercased() == name.lowercased() }
    let typos = LookAlike.nearest(to: name, among: sorted).filter { !sameLetters.contains($0) }
    return Array((sameLetters + typos).prefix(3))
  }

  /// Reads the benchmarks of a file, throwing the first error.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - catalog: The metrics benchmarks may have.
  /// - Returns: The benchmarks.
  /// - Throws: The first ``CSVError``.
  /// - Complexity: O(n) in the size of the file.
  ///
  /// ```swift
  /// let benchmarks = try BenchmarksFile.read(source)
  /// benchmarks.count   // the number of rows with a value
  /// ```
  public static func read(_ source: CSVSource, catalog: MetricCatalog = .standard)
    throws(CSVError) -> Benchmarks
  {
    var rejected: [CSVError] = []
    return try read(source, catalog: catalog, mode: .strict, rejected: &rejected)
  }
}
