import Foundation

/// Loads a schools file, values files and an optional benchmarks file into a ``Dataset`` and
/// ``Benchmarks``, in one call.
///
/// The schools file fixes the schools; each values file, wide or long, is read into the same
/// ``Dataset/Builder`` in the order given, so a (school, year, metric) cell repeated across files is
/// ``CSVError/Kind/duplicateValue(school:year:metric:)``; the benchmarks file is read last. Every
/// error names the file as the caller gave it (a path as typed, or a ``CSVSource``'s name), with
/// its line and column. Files given as URLs are read when their turn comes, except the first values
/// file, which is read from disk while the schools file is parsed: at most two files' bytes are held
/// at once.
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
  ///   - references: Benchmark keys no school has values of that the benchmarks file may carry
  ///     all the same: the reference values of relative targets (``Target/Relative``).
  ///   - mode: ``CSVSource/ReadMode/strict`` (the default) to throw the first error,
  ///     ``CSVSource/ReadMode/collecting`` to reject bad cells and rows and go on.
  ///   - progress: called as each file is read (``RunProgress/Phase/readingSchools``,
  ///     ``RunProgress/Phase/readingValues``, ``RunProgress/Phase/readingBenchmarks``; one unit
  ///     per file); `nil` for no reports.
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
    references: Set<MetricKey> = [], mode: CSVSource.ReadMode = .strict,
    progress: RunProgress.Handler? = nil
  ) throws(CSVError) -> DatasetLoader.LoadedData {
    // Each file is read when its turn comes (the first values file while the schools are parsed),
    // so that at most two files' bytes are held at once.
    try load(
      schools: .file(schools), values: values.map(Input.file),
      benchmarks: benchmarks.map(Input.file),
      catalog: catalog, references: references, mode: mode, progress: progress)
  }

  /// Loads files already in memory — bytes, `Data` or text wrapped in ``CSVSource`` with the names
  /// errors should use.
  ///
  /// - Parameters:
  ///   - schools: The schools file.
  ///   - values: The values files, wide or long, read in this order.
  ///   - benchmarks: The benchmarks file, or `nil` for none.
  ///   - catalog: The metrics values and benchmarks may have.
  ///   - references: Benchmark keys no school has values of that the benchmarks file may carry
  ///     all the same: the reference values of relative targets (``Target/Relative``).
  ///   - mode: ``CSVSource/ReadMode/strict`` (the default) or ``CSVSource/ReadMode/collecting``.
  ///   - progress: called as each file is read, one unit per file; `nil` for no reports.
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
    catalog: MetricCatalog = .standard, references: Set<MetricKey> = [],
    mode: CSVSource.ReadMode = .strict, progress: RunProgress.Handler? = nil
  ) throws(CSVError) -> DatasetLoader.LoadedData {
    try load(
      schools: .memory(schools), values: values.map(Input.memory),
      benchmarks: benchmarks.map(Input.memory), catalog: catalog, references: references,
      mode: mode, progress: progress)
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

    /// The source, read from disk on another thread from now on when it is a file.
    func prefetched() -> Prefetched {
      switch self {
      case .memory(let source): return Prefetched(ready: .success(source))
      case .file(let url):
        return Prefetched { () throws(CSVError) in try CSVSource(contentsOf: url) }
      }
    }
  }

  /// A file being read on another thread; ``source()`` waits for it. Errors are reported by
  /// ``source()`` only, so they come in the same order as when files are read one after the other.
  private final class Prefetched: @unchecked Sendable {
    private let done = DispatchGroup()
    // Written once by the reading thread before `done` is left; read after waiting on `done`.
    private var result: Result<CSVSource, CSVError>

    init(ready: Result<CSVSource, CSVError>) { result = ready }

    init(reading read: @escaping @Sendable () throws(CSVError) -> CSVSource) {
      result = .failure(
        CSVError(
          kind: .unreadableFile(FileAccessError(kind: .other(""), path: "", access: .read)),
          file: "", line: 0, column: 0))
      done.enter()
      DispatchQueue.global(qos: .userInitiated).async {
        do throws(CSVError) {
          self.result = .success(try read())
        } catch {
          self.result = .failure(error)
        }
        self.done.leave()
      }
    }

    func source() throws(CSVError) -> CSVSource {
      done.wait()
      return try result.get()
    }
  }

  private static func load(
    schools: Input, values: [Input], benchmarks: Input?, catalog: MetricCatalog,
    references: Set<MetricKey>, mode: CSVSource.ReadMode, progress: RunProgress.Handler?
  ) throws(CSVError) -> DatasetLoader.LoadedData {
    var rejected: [CSVError] = []
    let firstValues = values.first?.prefetched()
    let schoolsRead = progress.map { ProgressCounter(.readingSchools, total: 1, handler: $0) }
    let schoolsSource = try schools.source()
    let accepted = try SchoolsFile.read(schoolsSource, mode: mode, rejected: &rejected)
    schoolsRead?.advance()
    var builder: Dataset.Builder
    do throws(DatasetError) {
      builder = try Dataset.Builder(schools: accepted)
    } catch {
      // Unreachable: SchoolsFile has already rejected every repeated id at its line.
      let id: SchoolID = if case .duplicateSchool(let id) = error.kind { id } else { "" }
      throw CSVError(kind: .duplicateSchool(id), file: schoolsSource.name, line: 0, column: 0)
    }
    let valuesRead = progress.map {
      ProgressCounter(.readingValues, total: values.count, handler: $0)
    }
    for (index, source) in values.enumerated() {
      let file: CSVSource
      if index == 0, let firstValues {
        file = try firstValues.source()
      } else {
        file = try source.source()
      }
      try ValuesFile.read(file, into: &builder, catalog: catalog, mode: mode, rejected: &rejected)
      valuesRead?.advance()
    }
    let dataset = builder.build()
    var loadedBenchmarks = Benchmarks.none
    if let benchmarks {
      let benchmarksRead = progress.map {
        ProgressCounter(.readingBenchmarks, total: 1, handler: $0)
      }
      loadedBenchmarks = try BenchmarksFile.read(
        benchmarks.source(), catalog: catalog, mode: mode, rejected: &rejected,
        municipalities: Set(dataset.schools.map(\.municipality)),
        regions: Set(dataset.schools.map(\.region)),
        data: (Set(dataset.metrics), Set(dataset.years.map(\.endYear))), references: references)
      benchmarksRead?.advance()
    }
    return DatasetLoader.LoadedData(
      dataset: dataset, benchmarks: loadedBenchmarks, rejected: rejected)
  }
}
