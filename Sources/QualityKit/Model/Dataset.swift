/// School values by (school, year, metric), stored column-wise.
///
/// Each (metric, year) column is one contiguous run of `Double`s, school by school in the order of
/// ``schools`` (sorted by id). A missing cell is NaN. Whole-cohort computations — means, standard
/// deviations, quantiles over one metric in one year — therefore read one contiguous slice, and the
/// order of the input rows cannot change any result.
///
/// Build one with ``Dataset/Builder`` or the CSV readers in `IO/`.
///
/// ```swift
/// var builder = try Dataset.Builder(schools: [School(id: "S1", name: "СОШ №1", municipality: "М")])
/// try builder.set(72.5, school: "S1", year: 2022, metric: .resultsQualityPercent)
/// let dataset = builder.build()
/// dataset.value(of: .resultsQualityPercent, school: 0, year: 2022)  // 72.5
/// ```
public struct Dataset: Sendable {
  /// The schools, sorted by id. A school's position here is its index everywhere in the engine.
  public let schools: [School]
  /// The academic years that have at least one value, oldest first.
  public let years: [AcademicYear]
  /// The metrics that have at least one value, sorted.
  public let metrics: [MetricKey]

  /// Per metric, its column in each year, in the order of ``years``.
  let columns: [MetricKey: [ArraySlice<Double>]]
  let schoolIndices: [SchoolID: Int]
  let yearIndices: [AcademicYear: Int]

  /// `schoolIndices`, when given, must map every school's id to its index in `schools` (the
  /// builder has it already; hashing 40,000 ids again is not free).
  init(
    schools: [School], years: [AcademicYear], columns: [MetricKey: [ArraySlice<Double>]],
    schoolIndices: [SchoolID: Int]? = nil
  ) {
    self.schools = schools
    self.years = years
    self.columns = columns
    self.metrics = columns.keys.sorted()
    if let schoolIndices {
      self.schoolIndices = schoolIndices
    } else {
      var indices: [SchoolID: Int] = [:]
      indices.reserveCapacity(schools.count)
      for (index, school) in schools.enumerated() { indices[school.id] = index }
      self.schoolIndices = indices
    }
    var yearIndices: [AcademicYear: Int] = [:]
    for (index, year) in years.enumerated() { yearIndices[year] = index }
    self.yearIndices = yearIndices
  }

  /// The number of schools.
  public var schoolCount: Int { schools.count }

  /// The latest year that has a value: the default year of an identification run.
  public var latestYear: AcademicYear? { years.last }

  /// The index of the school with `id`, or `nil` when the dataset has no such school.
  ///
  /// - Complexity: O(1) on average.
  public func index(of id: SchoolID) -> Int? { schoolIndices[id] }

  /// The value of `metric` for the school at `school` in `year`, or `nil` when the cell is missing.
  ///
  /// - Complexity: O(1) on average.
  public func value(of metric: MetricKey, school: Int, year: AcademicYear) -> Double? {
    guard let columns = columns[metric], let yearIndex = yearIndices[year] else { return nil }
    let column = columns[yearIndex]
    let value = column[column.startIndex + school]
    return value.isNaN ? nil : value
  }

  /// The values of `metric` in `year` for every school, in school order (NaN where missing), or `nil`
  /// when the dataset has no value of that metric in that year.
  ///
  /// - Complexity: O(1): the slice shares the dataset's storage.
  public func column(_ metric: MetricKey, year: AcademicYear) -> ArraySlice<Double>? {
    guard let columns = columns[metric], let yearIndex = yearIndices[year] else { return nil }
    return columns[yearIndex]
  }

  /// Whether any school has a value of `metric` in any year.
  public func contains(_ metric: MetricKey) -> Bool { columns[metric] != nil }
}
