extension CriterionDescription {
  /// A small, hand-checked cohort and the status a criterion must give each of its schools.
  ///
  /// Examples are data: they record the file and line where they were written, so a failing example is
  /// reported at its line in the pack source, and they are printed by `--describe` as documentation.
  ///
  /// ```swift
  /// CriterionDescription.Example(
  ///   year: 2022,
  ///   schools: [
  ///     "A": [.continuationGrade10Percent: [2022: 55]],
  ///     "B": [.continuationGrade10Percent: [2022: 60]],
  ///     "C": [:],
  ///   ],
  ///   expected: ["A": .met, "B": .notMet, "C": .insufficientData])
  /// ```
  public struct Example: Sendable {
    /// The year identification is run for.
    public var year: AcademicYear
    /// Each school's values: metric → (end year → value).
    public var schools: [SchoolID: [MetricKey: [Int: Double]]]
    /// Municipalities of schools, where the example needs more than one (default «М»).
    public var municipalities: [SchoolID: String]
    /// Kinds of schools, where the example needs one other than a secondary school (e.g. a basic
    /// school, which sits no ЕГЭ).
    public var kinds: [SchoolID: School.Kind]
    /// Reference values the example supplies.
    public var benchmarks: [Benchmarks.Entry]
    /// Parameter overrides for this example.
    public var parameters: [ParameterKey: Double]
    /// The cohort scope.
    public var cohort: Cohort.Scope
    /// The status each school must get.
    public var expected: [SchoolID: CriterionResult.Status]
    /// What the example shows, in one line.
    public var note: String
    /// Whether `--describe` and the guides show the example (pathological cases may be hidden).
    public var isDocumented: Bool
    /// Where the example was written.
    public var fileID: String
    /// Where the example was written.
    public var filePath: String
    /// Where the example was written.
    public var line: Int
    /// Where the example was written.
    public var column: Int

    /// Creates an example; the source location is captured from the call site.
    public init(
      _ note: String = "",
      year: AcademicYear,
      schools: [SchoolID: [MetricKey: [Int: Double]]],
      municipalities: [SchoolID: String] = [:],
      kinds: [SchoolID: School.Kind] = [:],
      benchmarks: [Benchmarks.Entry] = [],
      parameters: [ParameterKey: Double] = [:],
      cohort: Cohort.Scope = .all,
      expected: [SchoolID: CriterionResult.Status],
      isDocumented: Bool = true,
      fileID: String = #fileID, filePath: String = #filePath, line: Int = #line,
      column: Int = #column
    ) {
      self.note = note
      self.year = year
      self.schools = schools
      self.municipalities = municipalities
      self.kinds = kinds
      self.benchmarks = benchmarks
      self.parameters = parameters
      self.cohort = cohort
      self.expected = expected
      self.isDocumented = isDocumented
      self.fileID = fileID
      self.filePath = filePath
      self.line = line
      self.column = column
    }

    /// Builds the example's dataset and evaluates `criterion` on it.
    ///
    /// - Returns: each school's result, by id.
    /// - Throws: when the example itself is malformed (a non-finite value, a bad parameter override).
    public func evaluate(
      _ criterion: any IdentificationCriterion, catalog: MetricCatalog = .standard
    )
      throws -> [SchoolID: CriterionResult]
    {
      let schoolList = schools.keys.sorted().map { id in
        School(
          id: id, name: id.rawValue, municipality: municipalities[id] ?? "М", region: "Р",
          kind: kinds[id] ?? .secondary)
      }
      var builder = try Dataset.Builder(schools: schoolList)
      for (id, metrics) in schools {
        for (metric, values) in metrics {
          for (year, value) in values {
            try builder.set(value, school: id, year: AcademicYear(year), metric: metric)
          }
        }
      }
      let dataset = builder.build()
      let parameterValues = try ParameterValues(
        declared: criterion.criterionDescription.parameters, overrides: parameters)
      let context = EvaluationContext(
        dataset: dataset, benchmarks: try Benchmarks(benchmarks), year: year, cohort: cohort,
        parameters: parameterValues, catalog: catalog)
      let results = criterion.evaluate(in: context)
      var byID: [SchoolID: CriterionResult] = [:]
      for (index, school) in dataset.schools.enumerated() { byID[school.id] = results[index] }
      return byID
    }
  }
}

extension CriterionDescription.Example {
  /// The same values in each of `years`: `repeating([.oge: 3.5], over: [2021, 2022])` is
  /// `[.oge: [2021: 3.5, 2022: 3.5]]`. Keeps multi-year example cohorts short enough to check by eye.
  public static func repeating(_ values: [MetricKey: Double], over years: [Int])
    -> [MetricKey: [Int: Double]]
  {
    values.mapValues { value in Dictionary(uniqueKeysWithValues: years.map { ($0, value) }) }
  }
}

extension CriterionDescription.Example {
  /// Values given year by year: `byYear([2021: [.oge: 3.4], 2022: [.oge: 3.6]])` is
  /// `[.oge: [2021: 3.4, 2022: 3.6]]`.
  public static func byYear(_ values: [Int: [MetricKey: Double]]) -> [MetricKey: [Int: Double]] {
    var cells: [MetricKey: [Int: Double]] = [:]
    for (year, metrics) in values {
      for (metric, value) in metrics { cells[metric, default: [:]][year] = value }
    }
    return cells
  }
}
