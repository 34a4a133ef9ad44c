/// Target indicators against their targets, year by year: the actual value, the target in force, the
/// status, the signed distance to the target, and each indicator's trend.
///
/// For every indicator and every year of the report:
/// - **actual** — ``Indicator/actual(in:context:)``;
/// - **target in force** — ``Target/value(in:)``: `nil` before the first planned year and in a year
///   between planned years without its own value, the last planned value after the horizon;
/// - **status** — ``ProgressReport/Status``: `noTarget` without a target, `notYetDue` from the
///   programme's start to the first planned year, `targetNotSet` in another year without a target
///   in force, `noData` without an actual value, otherwise `achieved` or `notAchieved`;
/// - **distance** — ``Target/distance(of:from:)``, ≥ 0 on the good side, when both values exist.
///
/// Per indicator, the **trend** is the sign of the least-squares slope over the report's years that
/// have a value, read in the indicator's better direction (``ProgressReport/Trend``).
///
/// **Years.** Every year given, sorted and without repeats; by default the years of the dataset and of
/// the reported values together.
///
/// **Small-cell suppression** (``SmallGroupRule``). A school value is printed only if the school had
/// a known enrolment (`context.enrollment`) of at least `minimumGroupSize` students in every year
/// the value comes from: the row's year, and for a change since the previous year
/// (``PositiveDynamicsIndicator``) the previous year too. An unknown enrolment counts as small
/// unless `assumeLargeWhenUnknown`. A municipal value computed from schools is not printed when the
/// schools together have fewer students, nor when it comes from at most two schools and one of
/// them is hidden — a mean or share of two and one shown value give the other away; the status is
/// still shown. The report keeps the values; the writers print «*» (JSON `null` with
/// `"suppressed": true`) instead.
///
/// - Complexity: O(i · y · n) for i indicators, y years and n schools.
///
/// ```swift
/// let report = ProgressReport(
///   indicators: pack.indicators, context: IndicatorContext(dataset: dataset, reported: reported))
/// print(report.render(.text))
/// report.indicators[0].rows.map(\.status)   // [.notYetDue, .notYetDue, .achieved]
/// ```
public struct ProgressReport: Sendable {
  /// One school value behind a municipal value.
  public struct SchoolEntry: Sendable, Hashable {
    /// The school.
    public let school: SchoolID
    /// The value; see ``IndicatorDescription/schoolValueMeaning`` for what it is.
    public let value: Double
    /// Whether the value may be printed: `false` for a school with fewer students than the limit.
    public let mayShowValue: Bool
  }

  /// An indicator in one year.
  public struct Row: Sendable, Hashable {
    /// The academic year.
    public let year: AcademicYear
    /// The actual value and its basis, or what is missing.
    public let actual: IndicatorActual
    /// The target in force, or `nil` when none is due (or the indicator has no target).
    public let target: Double?
    /// Where the indicator stands.
    public let status: ProgressReport.Status
    /// The signed distance to the target in force (≥ 0 on the good side), or `nil`.
    public let distance: Double?
    /// Whether the actual value and distance may be printed (see small-cell suppression).
    public let mayShowValue: Bool
    /// The school values behind the actual value, sorted by school id.
    public let schools: [SchoolEntry]

    /// The actual value, or `nil`.
    public var value: Double? { actual.value }
  }

  /// One indicator over the report's years.
  public struct IndicatorProgress: Sendable {
    /// The indicator's description.
    public let description: IndicatorDescription
    /// One row per year of the report, oldest first.
    public let rows: [Row]
    /// The trend over the years with a value.
    public let trend: ProgressReport.Trend
    /// The least-squares slope per year, or `nil` with fewer than two values.
    public let slope: Double?

    /// The row of `year`, or `nil` when the report does not cover it.
    public func row(for year: AcademicYear) -> Row? { rows.first { $0.year == year } }

    /// Whether every actual value may be printed — the slope is hidden otherwise.
    public var mayShowValues: Bool { rows.allSatisfy(\.mayShowValue) }
  }

  /// The years of the report, oldest first.
  public let years: [AcademicYear]
  /// The indicators, in the order given.
  public let indicators: [IndicatorProgress]
  /// School names from the dataset, for printing.
  public let schoolNames: [SchoolID: String]
  /// The small-cell limit: values of schools with fewer students are not printed.
  public let minimumGroupSize: Int
  /// Whether a school without a known enrolment counted as large enough.
  public let assumeLargeWhenUnknown: Bool

  /// Works out the progress of `indicators`.
  ///
  /// - Parameters:
  ///   - indicators: The indicators, in the order to report them.
  ///   - context: The dataset and the reported values.
  ///   - years: The years to report; by default those of the dataset and the reported values.
  ///   - minimumGroupSize: The small-cell limit.
  ///   - assumeLargeWhenUnknown: Whether a school without a known enrolment in a year counts as
  ///     large enough (`false`: its values are hidden).
  /// - Complexity: O(i · y · n) for i indicators, y years and n schools.
  public init(
    indicators: [any Indicator], context: IndicatorContext, years: [AcademicYear]? = nil,
    minimumGroupSize: Int = 5, assumeLargeWhenUnknown: Bool = false
  ) {
    let chosen = years ?? ((context.dataset?.years ?? []) + context.reported.years)
    let years = Array(Set(chosen)).sorted()
    self.years = years
    self.minimumGroupSize = minimumGroupSize
    var names: [SchoolID: String] = [:]
    for school in context.dataset?.schools ?? [] { names[school.id] = school.name }
    self.schoolNames = names

    let limit = Double(minimumGroupSize)
    let rule = SmallGroupRule(
      minimumGroupSize: minimumGroupSize, assumeLargeWhenUnknown: assumeLargeWhenUnknown)
    self.assumeLargeWhenUnknown = assumeLargeWhenUnknown
    self.indicators = indicators.map { indicator in
      let description = indicator.indicatorDescription
      let actuals = years.map { indicator.actual(in: $0, context: context) }
      let rows = zip(years, actuals).map { year, actual -> Row in
        let target = description.target?.value(in: year, benchmarks: context.benchmarks)
        let status: ProgressReport.Status
        var distance: Double?
        if let plan = description.target {
          status = plan.status(of: actual.value, in: year, benchmarks: context.benchmarks)
          if let target, let value = actual.value, value.isFinite {
            distance = plan.distance(of: value, from: target)
          }
        } else {
          status = .noTarget
        }
        let basis = actual.basis
        var students = 0.0
        var allKnown = true
        let schools = (basis?.schoolValues ?? []).map { entry -> SchoolEntry in
          let enrolment = context.enrollment(of: entry.school, in: year)
          if let enrolment { students += enrolment } else { allKnown = false }
          let drawnOn = entry.years.isEmpty ? [year] : entry.years
          let reason = rule.reason(
            enrollments: drawnOn.map { ($0, context.enrollment(of: entry.school, in: $0)) })
          return SchoolEntry(school: entry.school, value: entry.value, mayShowValue: reason == nil)
        }
        // A value computed from schools that together have fewer students than the limit is
        // their data, and so is one of at most two schools with one hidden; a value reported for
        // the municipality (`schools == nil`) is not.
        let computedFromSchools = basis?.schools != nil && !schools.isEmpty
        let revealing = schools.count <= 2 && schools.contains { !$0.mayShowValue }
        let mayShow = !(computedFromSchools && ((allKnown && students < limit) || revealing))
        return Row(
          year: year, actual: actual, target: target, status: status, distance: distance,
          mayShowValue: mayShow, schools: schools)
      }
      // Built in a plain loop over the years: the closure form `rows.compactMap { $0.value… }`
      // crashes the Swift 6.3.1 optimiser (an ownership verifier error in -O builds).
      var points: [(year: AcademicYear, value: Double)] = []
      for (year, actual) in zip(years, actuals) {
        if let value = actual.value { points.append((year, value)) }
      }
      return IndicatorProgress(
        description: description, rows: rows,
        trend: ProgressReport.Trend(values: points, better: description.better),
        slope: ProgressReport.Trend.slope(of: points))
    }
  }

  /// The name of `school` for printing: «name (id)», or the id when the dataset does not name it.
  public func label(of school: SchoolID) -> String {
    guard let name = schoolNames[school], !name.isEmpty, name != school.rawValue else {
      return school.rawValue
    }
    return "\(name) (\(school))"
  }
}
