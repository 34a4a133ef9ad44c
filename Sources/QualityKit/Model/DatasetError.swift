import Foundation

/// Data that cannot enter the model: a school, value or benchmark a dataset or ``Benchmarks`` cannot
/// hold, or a metric the ``MetricCatalog`` already defines.
///
/// One error for the data domain, so that a host loading data switches on one ``kind`` instead of
/// catching a type per container.
///
/// - Complexity: Creating an error is O(1); a message is O(1).
///
/// ```swift
/// DatasetError.unknownSchool("S9").description  // "школы S9 нет в наборе данных"
/// ```
public struct DatasetError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// Two schools share an id.
    case duplicateSchool(SchoolID)
    /// A value names a school the dataset does not have.
    case unknownSchool(SchoolID)
    /// A value is NaN or infinite.
    case notFinite(SchoolID, AcademicYear, MetricKey)
    /// A (school, year, metric) cell has two values.
    case duplicateValue(SchoolID, AcademicYear, MetricKey)
    /// Two benchmark entries for the same scope, year and metric.
    case duplicateBenchmark(Benchmarks.Entry)
    /// A benchmark whose value is NaN or infinite.
    case notFiniteBenchmark(Benchmarks.Entry)
    /// A metric registered with a key the catalogue already defines, so that a host cannot
    /// redefine a standard metric's range by accident.
    case duplicateMetric(MetricKey)
  }

  /// What is wrong.
  public let kind: Kind

  /// Creates an error.
  public init(kind: Kind) {
    self.kind = kind
  }

  // The old enum's cases, so that `throw .duplicateSchool(id)` and
  // `#expect(throws: DatasetError.unknownSchool("S9"))` read as before.

  /// Two schools share an id.
  public static func duplicateSchool(_ school: SchoolID) -> Self {
    Self(kind: .duplicateSchool(school))
  }
  /// A value names a school the dataset does not have.
  public static func unknownSchool(_ school: SchoolID) -> Self {
    Self(kind: .unknownSchool(school))
  }
  /// A value is NaN or infinite.
  public static func notFinite(_ school: SchoolID, _ year: AcademicYear, _ metric: MetricKey)
    -> Self
  {
    Self(kind: .notFinite(school, year, metric))
  }
  /// A (school, year, metric) cell has two values.
  public static func duplicateValue(_ school: SchoolID, _ year: AcademicYear, _ metric: MetricKey)
    -> Self
  {
    Self(kind: .duplicateValue(school, year, metric))
  }
  /// Two benchmark entries for the same scope, year and metric.
  public static func duplicateBenchmark(_ entry: Benchmarks.Entry) -> Self {
    Self(kind: .duplicateBenchmark(entry))
  }
  /// A benchmark whose value is NaN or infinite.
  public static func notFiniteBenchmark(_ entry: Benchmarks.Entry) -> Self {
    Self(kind: .notFiniteBenchmark(entry))
  }
  /// A metric key the catalogue already defines.
  public static func duplicateMetric(_ key: MetricKey) -> Self { Self(kind: .duplicateMetric(key)) }

  /// The message in `language`.
  public func message(in language: Language = .russian) -> String {
    switch (kind, language) {
    case (.duplicateSchool(let school), .russian):
      "школа \(school) указана дважды: идентификатор повторяется"
    case (.duplicateSchool(let school), .english): "school id \(school) appears more than once"
    case (.unknownSchool(let school), .russian): "школы \(school) нет в наборе данных"
    case (.unknownSchool(let school), .english): "school \(school) is not in the dataset"
    case (.notFinite(let school, let year, let metric), .russian):
      "значение метрики \(metric) школы \(school) за \(year) учебный год — не число"
    case (.notFinite(let school, let year, let metric), .english):
      "the value of \(metric) for school \(school) in \(year) is not a number"
    case (.duplicateValue(let school, let year, let metric), .russian):
      "повторное значение: у школы \(school) за \(year) учебный год уже есть значение метрики "
        + "\(metric)"
    case (.duplicateValue(let school, let year, let metric), .english):
      "duplicate value: school \(school) already has a value of \(metric) for \(year)"
    case (.duplicateBenchmark(let entry), .russian):
      "повторный ориентир: для \(entry.scope) за \(entry.year) учебный год по метрике "
        + "\(entry.metric) он уже задан"
    case (.duplicateBenchmark(let entry), .english):
      "duplicate benchmark for \(entry.scope), \(entry.year), metric \(entry.metric)"
    case (.notFiniteBenchmark(let entry), .russian):
      "ориентир для \(entry.scope) за \(entry.year) учебный год по метрике \(entry.metric) "
        + "— не число"
    case (.notFiniteBenchmark(let entry), .english):
      "the benchmark for \(entry.scope), \(entry.year), metric \(entry.metric) is not a number"
    case (.duplicateMetric(let key), .russian): "метрика \(key) уже определена"
    case (.duplicateMetric(let key), .english): "metric \(key) is already defined"
    }
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
