extension DatasetLoader {
  /// What ``DatasetLoader`` read: the dataset, the benchmarks and every piece of input it rejected.
  ///
  /// In ``CSVSource/ReadMode/strict`` mode ``rejected`` is always empty (the first error was thrown). In
  /// ``CSVSource/ReadMode/collecting`` mode it lists one ``CSVError`` per rejected cell or row, in the order
  /// of the files (schools, then values in the order given, then benchmarks) and of their lines, so
  /// a host can show the analyst exactly what did not enter the dataset.
  ///
  /// - Complexity: O(1) to access.
  ///
  /// ```swift
  /// let data = try DatasetLoader.load(schools: s, values: [v], benchmarks: nil, mode: .collecting)
  /// data.dataset.schoolCount   // the accepted schools
  /// data.rejected.count        // the rejected cells and rows
  /// ```
  public struct LoadedData: Sendable {
    /// The values of the accepted schools.
    public let dataset: Dataset
    /// The reference values, or ``Benchmarks/none`` when no benchmarks file was given.
    public let benchmarks: Benchmarks
    /// Every rejected cell or row, in file and line order; empty in strict mode.
    public let rejected: [CSVError]

    /// Bundles loaded data.
    ///
    /// - Parameters:
    ///   - dataset: The dataset.
    ///   - benchmarks: The benchmarks.
    ///   - rejected: The rejected input.
    public init(dataset: Dataset, benchmarks: Benchmarks, rejected: [CSVError]) {
      self.dataset = dataset
      self.benchmarks = benchmarks
      self.rejected = rejected
    }
  }
}
