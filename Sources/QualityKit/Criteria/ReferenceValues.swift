/// The municipal and regional reference values that ``GapCriterion`` and
/// ``BelowReferencesCriterion`` compare a school with.
enum ReferenceValues {
  /// Every school's municipal reference for `metric` in `year`: the host's `municipality:<name>`
  /// benchmark when supplied, else the plain mean over the school's cohort group of the schools that
  /// have the value; NaN where there is neither.
  ///
  /// - Complexity: O(n + m) for n schools of m municipalities.
  static func municipal(_ metric: MetricKey, year: AcademicYear, in context: EvaluationContext)
    -> [Double]
  {
    let dataset = context.dataset
    var values = [Double](repeating: .nan, count: dataset.schoolCount)
    let column = dataset.column(metric, year: year)
    let supplies = context.benchmarks.hasMunicipalValues(year: year, metric: metric)
    // Each municipality's supplied value, looked up once: hashing a Cyrillic name is most of a
    // lookup, and there are a hundred times more schools than municipalities.
    let municipalities = context.municipalities
    let supplied: [Double?] =
      supplies
      ? municipalities.names.map {
        context.benchmarks.value(scope: .municipality($0), year: year, metric: metric)
      } : []
    for group in context.cohort.groups {
      var mean = Double.nan
      if let column {
        mean =
          column.withUnsafeBufferPointer { ZScore.moments(of: $0, members: group)?.mean } ?? .nan
      }
      guard supplies else {
        for school in group { values[school] = mean }
        continue
      }
      for school in group {
        values[school] = supplied[Int(municipalities.ofSchool[school])] ?? mean
      }
    }
    return values
  }

  /// Every school's regional benchmark for `metric` in `year`: its own region's
  /// (`region:<name>`) where the host supplied one, else the bare `region` value; NaN where there
  /// is neither. A dataset of several regions thus compares each school with its own region.
  ///
  /// - Complexity: O(n) for n schools when named regions have values, O(n) to fill otherwise.
  static func regional(_ metric: MetricKey, year: AcademicYear, in context: EvaluationContext)
    -> [Double]
  {
    let benchmarks = context.benchmarks
    let bare = benchmarks.value(scope: .region, year: year, metric: metric) ?? .nan
    let count = context.dataset.schoolCount
    guard benchmarks.hasNamedRegionValues(year: year, metric: metric) else {
      return [Double](repeating: bare, count: count)
    }
    return context.dataset.schools.map { school in
      benchmarks.regional(school.region, year: year, metric: metric) ?? .nan
    }
  }
}
