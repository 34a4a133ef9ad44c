/// The one rule every report uses to decide whether a school's values may be printed
/// (small-cell suppression).
///
/// A value is printed only if **every year it comes from** had a known enrolment
/// (``MetricKey/contextEnrollment``) of at least ``minimumGroupSize`` students. Looking at the
/// report year alone is not enough: a three-year mean of a school with 2 students in two of the
/// three years is those 2 students' results. A year in which the school has no value at all gives
/// nothing to a value and is not checked.
///
/// An unknown enrolment counts as small — nobody can tell that the group is large enough — unless
/// the host says its data leaves enrolment out for large schools only
/// (``assumeLargeWhenUnknown``; `--assume-large-when-unknown` in the tools).
///
/// The rule decides per school and per list of years; which years a value comes from is the
/// caller's knowledge: a finding's ``Evidence/years``, the two years of a year-on-year change.
/// ``IdentificationReport`` applies it to the union of the years of a school's decided findings
/// and the report year, so that every number printed for the school is covered; the progress
/// report applies it to each school value's own years.
///
/// ```swift
/// let rule = SmallGroupRule(minimumGroupSize: 5)
/// let table = rule.table(for: dataset)
/// table.reason(school: 0, years: [2020, 2021, 2022])   // .smallGroup(2020) — 2 students then
/// ```
public struct SmallGroupRule: Sendable, Hashable {
  /// Values of a school with fewer students than this in a year they come from are not printed.
  public var minimumGroupSize: Int
  /// Whether a school without a known enrolment in a year counts as large enough (`false`: small).
  public var assumeLargeWhenUnknown: Bool

  /// Creates the rule.
  public init(minimumGroupSize: Int = 5, assumeLargeWhenUnknown: Bool = false) {
    self.minimumGroupSize = minimumGroupSize
    self.assumeLargeWhenUnknown = assumeLargeWhenUnknown
  }

  /// Why a value drawn from years with these enrolments (`nil`: unknown) may not be printed — the
  /// earliest offending year, a small group before an unknown enrolment — or `nil` when it may.
  /// Every year given counts: the caller knows the value draws on it.
  public func reason(enrollments: some Sequence<(year: AcademicYear, students: Double?)>)
    -> Reason?
  {
    var found: Reason?
    for (year, students) in enrollments {
      let reason: Reason
      if let students, !students.isNaN {
        guard students < Double(minimumGroupSize) else { continue }
        reason = .smallGroup(year)
      } else {
        if assumeLargeWhenUnknown { continue }
        reason = .unknownEnrollment(year)
      }
      if found.map({ reason < $0 }) ?? true { found = reason }
    }
    return found
  }

  /// The rule applied to `dataset`: each year's enrolment column and which schools have any value
  /// in it, worked out once.
  ///
  /// - Complexity: O(m · y · n) for m metrics, y years and n schools.
  public func table(for dataset: Dataset) -> Table {
    Table(rule: self, dataset: dataset)
  }

  /// Why a school's values are not printed.
  public enum Reason: Sendable, Hashable, Comparable {
    /// Fewer students than the limit in this year (the earliest such year of the values).
    case smallGroup(AcademicYear)
    /// No known enrolment in this year (the earliest such year), and unknown counts as small.
    case unknownEnrollment(AcademicYear)
    /// The school's own values could be shown, but its cohort group has at most two schools with
    /// values and the other one's are suppressed: the group's cut-off or mean printed with this
    /// school's value would give the other school's value away.
    case revealsGroupmate

    /// The reason without its year, as the report's counts group it: `small_group`,
    /// `unknown_enrollment`, `reveals_groupmate`.
    public var code: String {
      switch self {
      case .smallGroup: "small_group"
      case .unknownEnrollment: "unknown_enrollment"
      case .revealsGroupmate: "reveals_groupmate"
      }
    }

    /// Orders small groups first, then unknown enrolments, then groupmates; by year within a kind.
    public static func < (lhs: Reason, rhs: Reason) -> Bool {
      func key(_ reason: Reason) -> (Int, Int) {
        switch reason {
        case .smallGroup(let year): (0, year.endYear)
        case .unknownEnrollment(let year): (1, year.endYear)
        case .revealsGroupmate: (2, 0)
        }
      }
      return key(lhs) < key(rhs)
    }

    /// «Значения не выводятся: в 2020/2021 в школе менее 5 обучающихся.» — the notice a report
    /// prints in place of the values.
    public func notice(_ language: Language, limit: Int) -> String {
      let ru = language == .russian
      switch self {
      case .smallGroup(let year):
        return ru
          ? "Значения не выводятся: в \(year) в школе менее \(limit) обучающихся."
          : "Values are not shown: the school had fewer than \(limit) students in \(year)."
      case .unknownEnrollment(let year):
        return ru
          ? "Значения не выводятся: численность обучающихся за \(year) неизвестна."
          : "Values are not shown: the number of students in \(year) is unknown."
      case .revealsGroupmate:
        return ru
          ? "Значения не выводятся: в группе сравнения две школы, и значения другой скрыты."
          : "Values are not shown: the comparison group has two schools and the other one's "
            + "values are hidden."
      }
    }
  }

  /// The rule with a dataset's enrolments at hand.
  public struct Table: Sendable {
    /// The rule.
    public let rule: SmallGroupRule
    /// Per year of the dataset: each school's enrolment (NaN when unknown).
    let enrollment: [AcademicYear: ArraySlice<Double>]
    /// Per year of the dataset: whether each school has any value that year.
    let hasValues: [AcademicYear: [Bool]]
    /// The number of schools.
    let schoolCount: Int

    init(rule: SmallGroupRule, dataset: Dataset) {
      self.rule = rule
      self.schoolCount = dataset.schoolCount
      var enrollment: [AcademicYear: ArraySlice<Double>] = [:]
      var hasValues: [AcademicYear: [Bool]] = [:]
      for year in dataset.years {
        enrollment[year] = dataset.column(.contextEnrollment, year: year)
        hasValues[year] = dataset.schoolsWithValues(in: year)
      }
      self.enrollment = enrollment
      self.hasValues = hasValues
    }

    /// Why the values of school `school` (its index in the dataset) drawn from `years` may not be
    /// printed — the earliest offending year, a small group before an unknown enrolment — or `nil`
    /// when they may. Years the school has no value in, or that the dataset does not have, are
    /// skipped: nothing of them is in the values.
    public func reason(school: Int, years: some Sequence<AcademicYear>) -> Reason? {
      rule.reason(
        enrollments: years.lazy.compactMap { year -> (year: AcademicYear, students: Double?)? in
          guard let present = self.hasValues[year], present[school] else { return nil }
          return (year, self.enrollment[year].map { $0[$0.startIndex + school] })
        })
    }

    /// Each school's reason from its own years, then the groupmate rule over `groups`: in a group
    /// whose schools with values (`evaluable`) are at most two, a school suppressed makes the other
    /// one ``Reason/revealsGroupmate`` — the group's cut-off or mean is then one of the two values,
    /// or the pair's mean, and knowing the shown value gives away the hidden one. A group of three
    /// or more with values is left alone: its cut-off or mean reveals no single school's value to
    /// a reader who sees only the others' findings one by one.
    public func reasons(
      own: [Reason?], groups: [[Int]], evaluable: (Int) -> Bool
    ) -> [Reason?] {
      var reasons = own
      for group in groups {
        let members = group.filter(evaluable)
        guard members.count == 2 else { continue }
        let hidden = members.filter { own[$0] != nil }
        guard hidden.count == 1 else { continue }
        for member in members where own[member] == nil { reasons[member] = .revealsGroupmate }
      }
      return reasons
    }
  }
}
