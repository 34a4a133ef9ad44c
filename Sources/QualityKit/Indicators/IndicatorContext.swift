/// What an ``Indicator`` may look at: the schools' dataset, if the host has one, and the values the
/// department reported by hand.
///
/// ```swift
/// let context = IndicatorContext(dataset: data.dataset, reported: reported)
/// context.enrollment(of: "S1", in: 2022)   // the school's `context.enrollment` in 2021/2022
/// ```
public struct IndicatorContext: Sendable {
  /// The schools and their values by year, or `nil` when only reported values are tracked.
  public let dataset: Dataset?
  /// The values reported by hand (``ReportedValuesFile``).
  public let reported: ReportedValues
  /// The metric definitions, for metric titles in notes.
  public let catalog: MetricCatalog
  /// The reference values targets relative to benchmarks read (``Target/Relative``).
  public let benchmarks: Benchmarks

  /// Creates a context.
  ///
  /// - Parameters:
  ///   - dataset: The school dataset, or `nil`.
  ///   - reported: The values reported by hand.
  ///   - catalog: The metric definitions.
  ///   - benchmarks: The reference values of relative targets.
  public init(
    dataset: Dataset? = nil, reported: ReportedValues = .none, catalog: MetricCatalog = .standard,
    benchmarks: Benchmarks = .none
  ) {
    self.dataset = dataset
    self.reported = reported
    self.catalog = catalog
    self.benchmarks = benchmarks
  }

  /// The number of students of school `id` in `year` — the `context.enrollment` metric of the
  /// dataset — or `nil` when there is no dataset, no such school or no value.
  ///
  /// - Complexity: O(1) on average.
  public func enrollment(of id: SchoolID, in year: AcademicYear) -> Double? {
    guard let dataset, let index = dataset.index(of: id) else { return nil }
    return dataset.value(of: .contextEnrollment, school: index, year: year)
  }

  /// The title of `metric` for notes: the catalogue's, or the key itself for an unknown metric.
  public func title(of metric: MetricKey) -> LocalizedText {
    catalog[metric]?.title ?? LocalizedText(ru: metric.rawValue, en: metric.rawValue)
  }
}
