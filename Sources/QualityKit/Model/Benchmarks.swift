/// Reference values supplied by the host: regional and municipal means by year and metric.
///
/// A regional mean covers schools outside the dataset, so the library never computes one; a criterion
/// that needs it and does not find it reports `insufficient_data`.
///
/// ```swift
/// let benchmarks = try Benchmarks([
///   .init(scope: .region, year: 2022, metric: .egeRussianMeanScore, value: 70.1)
/// ])
/// benchmarks.value(scope: .region, year: 2022, metric: .egeRussianMeanScore)  // 70.1
/// ```
public struct Benchmarks: Sendable {
  /// Whose mean a benchmark is.
  public enum Scope: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The region (субъект РФ): `region` in files.
    case region
    /// One municipality: `municipality:<name>` in files.
    case municipality(String)
    /// The Russian Federation as a whole: `country` in files («средние по региону и РФ»).
    case country
    /// One region of a dataset of several, by the schools file's `region`: `region:<name>` in
    /// files. A school takes its own region's value, and the bare ``region`` where there is none.
    case namedRegion(String)

    /// Parses `region`, `region:<name>`, `country` or `municipality:<name>`.
    public init?(_ text: String) {
      if text == "region" {
        self = .region
      } else if text == "country" {
        self = .country
      } else if text.hasPrefix("region:"), text.count > "region:".count {
        self = .namedRegion(String(text.dropFirst("region:".count)))
      } else if text.hasPrefix("municipality:"), text.count > "municipality:".count {
        self = .municipality(String(text.dropFirst("municipality:".count)))
      } else {
        return nil
      }
    }

    /// The scope as written in files.
    public var description: String {
      switch self {
      case .region: "region"
      case .municipality(let name): "municipality:\(name)"
      case .country: "country"
      case .namedRegion(let name): "region:\(name)"
      }
    }

    /// The scope as a reader names it: «по региону», «по РФ», «по муниципалитету …».
    public func title(in language: Language) -> String {
      switch (self, language) {
      case (.region, .russian): "по региону"
      case (.region, .english): "of the region"
      case (.country, .russian): "по РФ"
      case (.country, .english): "of Russia"
      case (.municipality(let name), .russian): "по муниципалитету «\(name)»"
      case (.municipality(let name), .english): "of the municipality «\(name)»"
      case (.namedRegion(let name), .russian): "по региону «\(name)»"
      case (.namedRegion(let name), .english): "of the region «\(name)»"
      }
    }
  }

  /// One reference value.
  public struct Entry: Sendable, Hashable {
    /// Whose mean it is.
    public var scope: Scope
    /// The academic year.
    public var year: AcademicYear
    /// The metric.
    public var metric: MetricKey
    /// The value.
    public var value: Double

    /// Creates an entry.
    public init(scope: Scope, year: AcademicYear, metric: MetricKey, value: Double) {
      self.scope = scope
      self.year = year
      self.metric = metric
      self.value = value
    }
  }

  private struct Key: Hashable, Sendable {
    let scope: Scope
    let year: AcademicYear
    let metric: MetricKey
  }

  private let values: [Key: Double]
  /// The (metric, year) pairs that have a value for at least one municipality.
  private let municipal: Set<MetricYear>
  /// The (metric, year) pairs that have a value for at least one named region.
  private let namedRegions: Set<MetricYear>

  private struct MetricYear: Hashable, Sendable {
    let metric: MetricKey
    let year: AcademicYear
  }

  /// No benchmarks at all.
  public static let none = Benchmarks(uncheckedValues: [:])

  private init(uncheckedValues: [Key: Double]) {
    self.values = uncheckedValues
    var municipal = Set<MetricYear>()
    var regions = Set<MetricYear>()
    for key in uncheckedValues.keys {
      switch key.scope {
      case .municipality: municipal.insert(MetricYear(metric: key.metric, year: key.year))
      case .namedRegion: regions.insert(MetricYear(metric: key.metric, year: key.year))
      case .region, .country: break
      }
    }
    self.municipal = municipal
    self.namedRegions = regions
  }

  /// Creates benchmarks from entries.
  ///
  /// - Throws: ``DatasetError`` (``DatasetError/Kind/duplicateBenchmark(_:)``,
  ///   ``DatasetError/Kind/notFiniteBenchmark(_:)``) when an entry repeats a (scope, year, metric)
  ///   or is not finite.
  public init(_ entries: [Entry]) throws(DatasetError) {
    var values: [Key: Double] = [:]
    for entry in entries {
      guard entry.value.isFinite else { throw .notFiniteBenchmark(entry) }
      let key = Key(scope: entry.scope, year: entry.year, metric: entry.metric)
      guard values.updateValue(entry.value, forKey: key) == nil else {
        throw .duplicateBenchmark(entry)
      }
    }
    self.init(uncheckedValues: values)
  }

  /// Whether any municipality has a value at all.
  var hasMunicipalValues: Bool { !municipal.isEmpty }

  /// Whether any municipality has a value of `metric` in `year`: when not, no school's municipal
  /// value needs looking up.
  func hasMunicipalValues(year: AcademicYear, metric: MetricKey) -> Bool {
    municipal.contains(MetricYear(metric: metric, year: year))
  }

  /// Whether any named region has a value of `metric` in `year`: when not, every school's
  /// regional value is the bare `region` one.
  func hasNamedRegionValues(year: AcademicYear, metric: MetricKey) -> Bool {
    namedRegions.contains(MetricYear(metric: metric, year: year))
  }

  /// The regional value for a school of `region` (the schools file's `region`): the
  /// `region:<name>` benchmark when supplied, else the bare `region` one; `nil` for neither.
  public func regional(_ region: String, year: AcademicYear, metric: MetricKey) -> Double? {
    if !region.isEmpty, hasNamedRegionValues(year: year, metric: metric),
      let value = values[Key(scope: .namedRegion(region), year: year, metric: metric)]
    {
      return value
    }
    return values[Key(scope: .region, year: year, metric: metric)]
  }

  /// The reference value, or `nil` when the host supplied none.
  public func value(scope: Scope, year: AcademicYear, metric: MetricKey) -> Double? {
    values[Key(scope: scope, year: year, metric: metric)]
  }

  /// The number of reference values.
  public var count: Int { values.count }
}
