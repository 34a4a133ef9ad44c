import Foundation

/// Loads a schools file, values files and an optional benchmarks file into a ``Dataset`` and
/// ``Benchmarks``, in one call.
///
/// The schools file fixes the schools; each values file, wide or long, is read into the same
/// ``DatasetBuilder`` in the order given, so a (school, year, metric) cell repeated across files is
/// ``CSVError/Kind/duplicateValue(school:year:metric:)``; the benchmarks file is read last. Every
/// error names the file as the caller gave it (a path as typed, or a ``CSVSource``'s name), with
/// its line and column. Files given as URLs are read one at a time, so at most one file's bytes are
/// held at once.
///
/// - Complexity: O(n) in the total size of the files, plus O(m · y · s) to lay out the dataset for
///   m metrics, y years and s schools.
///
/// ```swift
/// let data = try DatasetLoader.load(
///   schools: URL(fileURLWithPath: "schools.csv"),
///   values: [URL(fileURLWithPath: "values.csv")],
///   benchmarks: URL(fileURLWithPath: "benchmarks.csv"))
/// data.dataset.latestYear   // 2022
/// ```
public enum DatasetLoader {
  /// Loads the files at `schools`, `values` and `benchmarks`.
  ///
  /// - Parameters:
  ///   - schools: The schools file.
  ///   - values: The values files, wide or long, read in this order.
  ///   - benchmarks: The benchmarks file, or `nil` for none.
  ///   - catalog: The metrics values and benchmarks may have.
  ///   - mode: ``CSVReadMode/strict`` (the default) to throw the first error,
  ///     ``CSVReadMode/collecting`` to reject bad cells and rows and go on.
  /// - Returns: The dataset, the benchmarks and the rejected input.
  /// - Throws: ``CSVError``: ``CSVError/Kind/unreadableFile(_:)`` at line 0 for a file that cannot
  ///   be read, a structural error in any mode, any error in strict mode.
  /// - Complexity: O(n) in the total size of the files.
  ///
  /// ```swift
  /// let data = try DatasetLoader.load(
  ///   schools: URL(fileURLWithPath: "s.csv"), values: [URL(fileURLWithPath: "v.csv")],
  ///   benchmarks: nil, mode: .collecting)
  /// for error in data.rejected { print(error) }   // "v.csv:7:4: «abc» — не число"
  /// ```
  public static func load(
    schools: URL, values: [URL], benchmarks: URL?, catalog: MetricCatalog = .standard,
    mode: CSVReadMode = .strict
  ) throws(CSVError) -> LoadedData {
    // Each file is read when its turn comes, so that at most one file's bytes are held at once.
    try load(
      schools: .file(schools), values: values.map(Input.file),
      benchmarks: benchmarks.map(Input.file),
      catalog: catalog, mode: mode)
  }

  /// Loads files already in memory — bytes, `Data` or text wrapped in ``CSVSource`` with the names
  /// errors should use.
  ///
  /// - Parameters:
  ///   - schools: The schools file.
  ///   - values: The values files, wide or long, read in this order.
  ///   - benchmarks: The benchmarks file, or `nil` for none.
  ///   - catalog: The metrics values and benchmarks may have.
  ///   - mode: ``CSVReadMode/strict`` (the default) or ``CSVReadMode/collecting``.
  /// - Returns: The dataset, the benchmarks and the rejected input.
  /// - Throws: ``CSVError``: a structural error in any mode, any error in strict mode.
  /// - Complexity: O(n) in the total size of the files.
  ///
  /// ```swift
  /// let data = try DatasetLoader.load(
  ///   schools: CSVSource(name: "s.csv", data: schoolsData),
  ///   values: [CSVSource(name: "v.csv", data: valuesData)], benchmarks: nil)
  /// ```
  public static func load(
    schools: CSVSource, values: [CSVSource], benchmarks: CSVSource?,
    catalog: MetricCatalog = .standard, mode: CSVReadMode = .strict
  ) throws(CSVError) -> LoadedData {
    try load(
      schools: .memory(schools), values: values.map(Input.memory),
      benchmarks: benchmarks.map(Input.memory), catalog: catalog, mode: mode)
  }

  /// A file to read: already in memory, or read when its turn comes.
  private enum Input {
    case memory(CSVSource)
    case file(URL)

    func source() throws(CSVError) -> CSVSource {
      switch self {
      case .memory(let source): return source
      case .file(let url): return try CSVSource(contentsOf: url)
      }
    }
  }

  private static func load(
    schools: Input, values: [Input], benchmarks: Input?, catalog: MetricCatalog,
    mode: CSVReadMode
  ) throws(CSVError) -> LoadedData {
    var rejected: [CSVError] = []
    let schoolsSource = try schools.source()
    let accepted = try SchoolsFile.read(schoolsSource, mode: mode, rejected: &rejected)
    var builder: DatasetBuilder
    do throws(DatasetError) {
      builder = try DatasetBuilder(schools: accepted)
    } catch {
      // Unreachable: SchoolsFile has already rejected every repeated id at its line.
      let id: SchoolID = if case .duplicateSchool(let id) = error { id } else { "" }
      throw CSVError(kind: .duplicateSchool(id), file: schoolsSource.name, line: 0, column: 0)
    }
    for source in values {
      try ValuesFile.read(
        source.source(), into: &builder, catalog: catalog, mode: mode, rejected: &rejected)
    }
    var loadedBenchmarks = Benchmarks.none
    if let benchmarks {
      loadedBenchmarks = try BenchmarksFile.read(
        benchmarks.source(), catalog: catalog, mode: mode, rejected: &rejected)
    }
    return LoadedData(dataset: builder.build(), benchmarks: loadedBenchmarks, rejected: rejected)
  }
}
