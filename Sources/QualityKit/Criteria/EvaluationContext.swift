/// Everything a criterion may look at when it is evaluated: the data, the benchmarks, the year, the
/// cohort, the parameter values and the metric catalogue.
public struct EvaluationContext: Sendable {
  /// The schools' values.
  public let dataset: Dataset
  /// The host's reference values.
  public let benchmarks: Benchmarks
  /// The year identification is run for; a window of N years is Y−N+1 … Y.
  public private(set) var year: AcademicYear
  /// The groups relative criteria compare within.
  public let cohort: Cohort
  /// The parameter values of the run.
  public let parameters: ParameterValues
  /// The metric definitions (titles, units) for explanations.
  public let catalog: MetricCatalog
  /// How the year was chosen, when the run chose it (``Dataset/defaultReportYear``): the report
  /// states the reason and names later, sparser years. `nil` when the host gave the year.
  var reportYear: ReportYear?
  /// The schools' municipalities numbered, when the host supplied municipal values: a municipal
  /// reference is then looked up once per municipality, not once per school
  /// (``ReferenceValues/municipal(_:year:in:)``).
  let municipalities: Municipalities

  /// Creates a context.
  public init(
    dataset: Dataset, benchmarks: Benchmarks = .none, year: AcademicYear,
    cohort: Cohort.Scope = .all,
    parameters: ParameterValues, catalog: MetricCatalog = .standard
  ) {
    self.dataset = dataset
    self.benchmarks = benchmarks
    self.year = year
    self.cohort = Cohort(cohort, schools: dataset.schools)
    self.parameters = parameters
    self.catalog = catalog
    self.municipalities =
      benchmarks.hasMunicipalValues ? Municipalities(dataset.schools) : Municipalities([])
  }

  /// The distinct municipalities of the schools, and each school's.
  struct Municipalities: Sendable {
    /// Each distinct name (canonically equivalent spellings are one, as in `Benchmarks`).
    let names: [String]
    /// Per school, its municipality's index in ``names``.
    let ofSchool: [Int32]

    init(_ schools: [School]) {
      var numbers: [String: Int32] = [:]
      var names: [String] = []
      ofSchool = schools.map { school in
        if let known = numbers[school.municipality] { return known }
        let number = Int32(names.count)
        numbers[school.municipality] = number
        names.append(school.municipality)
        return number
      }
      self.names = names
    }
  }

  /// The same context run for another year: what a criterion that looks back year by year
  /// (``PersistenceCriterion``) evaluates its condition in. The cohort is kept, not rebuilt.
  public func moved(to year: AcademicYear) -> EvaluationContext {
    var copy = self
    copy.year = year
    return copy
  }

  /// The title of `metric` for explanations: the catalogue's, or the key itself for an unknown metric.
  public func title(of metric: MetricKey) -> LocalizedText {
    catalog[metric]?.title ?? LocalizedText(ru: metric.rawValue, en: metric.rawValue)
  }
}
