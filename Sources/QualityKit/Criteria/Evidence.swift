/// Why a criterion was or was not met for a school: the numbers behind the decision.
public struct Evidence: Sendable, Hashable {
  /// The school's observed value: a composite score, a value in the year, a window mean, or the gap.
  public var value: Double?
  /// The threshold or cut-off the value was compared with.
  public var threshold: Double?
  /// The reference value (a municipal or regional mean) where the criterion uses one.
  public var reference: Double?
  /// The metric the value refers to, where it is a single metric.
  public var metric: MetricKey?
  /// The academic years the value was taken from, oldest first.
  public var years: [AcademicYear] {
    get { yearSpan.years }
    set { yearSpan = YearSpan(newValue) }
  }
  /// The years as stored: a window of consecutive years, the usual case, needs no array.
  var yearSpan: YearSpan
  /// One sentence explaining the decision, rendered in the report's language.
  public var explanation: Explanation

  /// Creates evidence.
  public init(
    value: Double?, threshold: Double?, reference: Double? = nil, metric: MetricKey? = nil,
    years: [AcademicYear], explanation: Explanation
  ) {
    self.value = value
    self.threshold = threshold
    self.reference = reference
    self.metric = metric
    self.yearSpan = YearSpan(years)
    self.explanation = explanation
  }
}

/// The years of a piece of evidence, inline when they are consecutive — the usual window — so that
/// copying evidence, which a report does once per finding on several threads at once, touches no
/// reference count that every school's finding shares.
enum YearSpan: Sendable, Hashable {
  /// `count` years, the first ending in `firstEndYear`.
  case consecutive(firstEndYear: Int, count: Int)
  /// Any other list, as given.
  case list([AcademicYear])

  init(_ years: [AcademicYear]) {
    let first = years.first?.endYear ?? 0
    // Wrapping arithmetic here and in `subscript` makes the round trip exact for every Int.
    if years.indices.allSatisfy({ years[$0].endYear &- first == $0 }) {
      self = .consecutive(firstEndYear: first, count: years.count)
    } else {
      self = .list(years)
    }
  }

  /// The number of years.
  var count: Int {
    switch self {
    case .consecutive(_, let count): count
    case .list(let years): years.count
    }
  }

  /// The year at `index` (0 ..< count).
  subscript(index: Int) -> AcademicYear {
    switch self {
    case .consecutive(let first, _): AcademicYear(first &+ index)
    case .list(let years): years[index]
    }
  }

  /// The years as an array.
  var years: [AcademicYear] { (0..<count).map { self[$0] } }
}

extension CriterionResult {
  /// One cell a criterion needed and did not find.
  public struct MissingData: Sendable, Hashable, Comparable {
    /// The metric.
    public var metric: MetricKey
    /// The year the value was needed for, or `nil` when it is not tied to a year.
    public var year: AcademicYear?
    /// What is missing: the school's value or a reference value.
    public var source: Source

    /// Where the missing value should have come from.
    public enum Source: String, Sendable, Hashable, Comparable {
      /// The school's own value.
      case school
      /// A regional benchmark.
      case regionalBenchmark = "regional_benchmark"
      /// A municipal reference (no school of the cohort has the value).
      case municipalReference = "municipal_reference"

      /// Orders sources by raw value.
      public static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Creates a missing-data record.
    public init(metric: MetricKey, year: AcademicYear?, source: Source = .school) {
      self.metric = metric
      self.year = year
      self.source = source
    }

    /// Orders by metric, then year, then source.
    public static func < (lhs: CriterionResult.MissingData, rhs: CriterionResult.MissingData)
      -> Bool
    {
      if lhs.metric != rhs.metric { return lhs.metric < rhs.metric }
      let l = lhs.year?.endYear ?? Int.min
      let r = rhs.year?.endYear ?? Int.min
      if l != r { return l < r }
      return lhs.source < rhs.source
    }
  }
}
