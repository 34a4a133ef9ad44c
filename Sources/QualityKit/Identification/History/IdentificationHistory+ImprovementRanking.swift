extension IdentificationHistory {
  /// Schools ranked by how much, and how steadily, a composite index improved over a run of years:
  /// «школы, показавшие максимальное и стабильное улучшение учебных результатов».
  ///
  /// For every year of the span each school's score is computed as ``CompositeIndex/scores(in:)``
  /// does for that year — z-scores within the cohort of the year, signed and averaged — so a change
  /// is a change of the school's position relative to its cohort: a cohort that improves as a whole
  /// leaves every score where it was. An index with a window of one year (the default) gives
  /// independent yearly scores; a longer window makes consecutive scores share years.
  ///
  /// For each school, over the years in which it has a score:
  ///
  /// - the **change** is the score of the last such year minus that of the first; it needs at least
  ///   two years with a score;
  /// - the school is **steady** when it has at least two years with a score, no year without one
  ///   between the first and the last, and every year-to-year change is positive.
  ///
  /// ``schools`` lists every school by change, largest first, then those without a change;
  /// ``steadyImprovers`` is the first ``top`` steady schools of that order. Changes are compared at
  /// 10⁻⁹, so floating-point noise can neither make a change positive nor decide a tie, and ties are
  /// broken by school id.
  ///
  /// ```swift
  /// let ranking = try IdentificationHistory.ImprovementRanking(
  ///   index: results, dataset: dataset, from: 2020, through: 2022, top: 5)
  /// ranking.steadyImprovers.map(\.school.id)
  /// ```
  public struct ImprovementRanking: Sendable, Hashable {
    /// One school's scores and change.
    public struct SchoolChange: Sendable, Hashable {
      /// The school.
      public let school: School
      /// The score in each year of the ranking (aligned with ``IdentificationHistory/ImprovementRanking/years``); `nil`
      /// where the school is not evaluable.
      public let scores: [Double?]
      /// The first year with a score.
      public let firstYear: AcademicYear?
      /// The last year with a score.
      public let lastYear: AcademicYear?
      /// The last score minus the first, when the school has at least two years with a score.
      public let change: Double?
      /// Whether a year without a score lies between the first and the last year with one.
      public let hasGap: Bool
      /// Whether every year-to-year change is positive, over at least two years without a gap.
      public let isSteady: Bool
      /// Whether the school's values may be printed: `false` when in some year of the ranking it had
      /// fewer students than the small-cell limit.
      public let mayShowValues: Bool

      /// The number of years with a score.
      public var yearCount: Int { scores.reduce(0) { $0 + ($1 == nil ? 0 : 1) } }
    }

    /// The index ranked.
    public let index: CompositeIndex
    /// The years, oldest first, with no year left out.
    public let years: [AcademicYear]
    /// The cohort the z-scores are computed within.
    public let cohort: Cohort.Scope
    /// How many steady improvers ``steadyImprovers`` lists at most.
    public let top: Int
    /// Every school, by change (largest first, ties by id), then the schools without a change, by id.
    public let schools: [SchoolChange]
    /// The first ``top`` steady improvers, in the order of ``schools``.
    public let steadyImprovers: [SchoolChange]
    /// Reports never print values of a school with fewer students than this (small-cell suppression).
    public let minimumGroupSize: Int

    /// Scores every school of `dataset` on `index` in every year from `from` through `through`.
    ///
    /// - Parameters:
    ///   - index: the index; its optional components follow `parameters`.
    ///   - dataset: the schools and their values.
    ///   - from: the first year; the dataset's first year with values when `nil`.
    ///   - through: the last year; the dataset's last year with values when `nil`.
    ///   - cohort: which schools the z-scores are computed within.
    ///   - parameters: the values of the index's switches; their defaults when `nil`.
    ///   - top: how many steady improvers to list (a negative number lists none).
    ///   - minimumGroupSize: small-cell limit: values of schools with fewer students are not printed.
    /// - Throws: ``IdentificationError`` for a dataset without values (when a bound is `nil`), a
    ///   span that is empty or longer than 50 years, or switches declared inconsistently.
    /// - Complexity: O(y · (c · w · n + n log n)) for y years, c components, a window of w years and
    ///   n schools.
    public init(
      index: CompositeIndex, dataset: Dataset, from: AcademicYear? = nil,
      through: AcademicYear? = nil, cohort: Cohort.Scope = .all, parameters: ParameterValues? = nil,
      top: Int = 10, minimumGroupSize: Int = 5
    ) throws(IdentificationError) {
      let years = try HistorySpan.years(of: dataset, from: from, through: through)
      let values: ParameterValues
      if let parameters {
        values = parameters
      } else {
        do {
          values = try ParameterValues(declared: index.switches)
        } catch {
          throw .parameter(error)
        }
      }
      self.init(
        index: index, dataset: dataset, years: years, cohort: cohort, parameters: values, top: top,
        rule: SmallGroupRule(minimumGroupSize: minimumGroupSize))
    }

    /// The ranking over `years`, which are contiguous and oldest first. A school's scores and
    /// change come from every year of the span and, for an index over several years, the years
    /// its window reaches back to: its values are shown only if ``SmallGroupRule`` allows all of
    /// them.
    init(
      index: CompositeIndex, dataset: Dataset, years: [AcademicYear], cohort: Cohort.Scope,
      parameters: ParameterValues, top: Int, rule: SmallGroupRule
    ) {
      self.index = index
      self.years = years
      self.cohort = cohort
      self.top = max(top, 0)
      self.minimumGroupSize = rule.minimumGroupSize
      let n = dataset.schoolCount
      var scores = [[Double?]](repeating: [], count: n)
      var smallCell = [Bool](repeating: false, count: n)
      if let first = years.first {
        // One context, moved from year to year: the cohort groups are formed once.
        let context = EvaluationContext(
          dataset: dataset, year: first, cohort: cohort, parameters: parameters)
        for year in years {
          let yearly = index.scores(in: context.moved(to: year))
          for school in 0..<n { scores[school].append(yearly[school].value) }
        }
        let drawnOn = first.window(max(index.window, 1)) + years.dropFirst()
        let table = rule.table(for: dataset)
        for school in 0..<n where table.reason(school: school, years: drawnOn) != nil {
          smallCell[school] = true
        }
      }
      var changes: [SchoolChange] = []
      changes.reserveCapacity(n)
      for (position, school) in dataset.schools.enumerated() {
        changes.append(
          Self.change(
            of: school, scores: scores[position], years: years,
            mayShowValues: !smallCell[position]))
      }
      // Positions are sorted, not the changes: moving a change retains its school and scores,
      // and 40,000 of them made the sort most of the history's time. Ties go by id, so the
      // order is total and the same as sorting the changes themselves.
      let keys = changes.map { $0.change.map(Self.comparable) }
      var order = Array(changes.indices)
      order.sort { Self.precedes(keys[$0], keys[$1], changes[$0].school.id, changes[$1].school.id) }
      changes = order.map { changes[$0] }
      self.schools = changes
      self.steadyImprovers = Array(changes.lazy.filter(\.isSteady).prefix(self.top))
    }

    /// The change of `school` with `scores` in `years`.
    private static func change(
      of school: School, scores: [Double?], years: [AcademicYear], mayShowValues: Bool
    ) -> SchoolChange {
      let present = scores.indices.filter { scores[$0] != nil }
      guard let first = present.first, let last = present.last,
        let start = scores[first], let end = scores[last]
      else {
        return SchoolChange(
          school: school, scores: scores, firstYear: nil, lastYear: nil, change: nil, hasGap: false,
          isSteady: false, mayShowValues: mayShowValues)
      }
      let hasGap = present.count != last - first + 1
      var steady = present.count >= 2 && !hasGap
      if steady {
        for offset in first..<last {
          guard let before = scores[offset], let after = scores[offset + 1],
            comparable(after - before) > 0
          else {
            steady = false
            break
          }
        }
      }
      return SchoolChange(
        school: school, scores: scores, firstYear: years[first], lastYear: years[last],
        change: present.count >= 2 ? end - start : nil, hasGap: hasGap, isSteady: steady,
        mayShowValues: mayShowValues)
    }

    /// `value` rounded to 10⁻⁹: what changes are compared at.
    private static func comparable(_ value: Double) -> Double { (value * 1e9).rounded() }

    /// The ranking order: by change, largest first; schools without a change last; ties by id.
    private static func precedes(
      _ left: Double?, _ right: Double?, _ leftID: SchoolID, _ rightID: SchoolID
    ) -> Bool {
      switch (left, right) {
      case (let l?, let r?) where l != r: return l > r
      case (.some, nil): return true
      case (nil, .some): return false
      default: return leftID < rightID
      }
    }

    /// The change of the school with `id`, if the dataset has it.
    ///
    /// - Complexity: O(n).
    public func school(_ id: SchoolID) -> SchoolChange? { schools.first { $0.school.id == id } }
  }
}
