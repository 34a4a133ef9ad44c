import Foundation

/// The target of an indicator: a comparison and a plan of values by academic year.
///
/// A **single-horizon** target is a plan with one year — seed 000: «К 2024 году … не менее 90 %» is
/// `Target(comparison: .atLeast, value: 90, by: 2024)`. A **per-year plan** has several years —
/// seed 004 gives 6 for 2021 and plans 12, 21 and 29 for 2022–2024. Plan years are end years of
/// academic years (2024 is 2023/2024), like ``AcademicYear``.
///
/// A **baseline** (``baseline``) is the value the document starts from, not a target: seed 004's
/// table gives «Значение 2021 г.» 6 beside «плановое значение» 12, 21 and 29 for 2022–2024, so the
/// target is `Target(comparison: .atLeast, plan: [2022: 12, 2023: 21, 2024: 29], baseline:
/// .init(year: 2021, value: 6))`: 2021 is reported with its baseline and no target.
///
/// **The target in force** in year y (``value(in:)``):
/// - before the first planned year there is none. From the programme's first year (``start``) on
///   the status is ``ProgressReport/Status/notYetDue`` («срок не наступил»): the target is set and
///   due later («К 2024 году …»). Before ``start``, without one, and in a baseline year it is
///   ``ProgressReport/Status/targetNotSet`` («цель не установлена»): the year is before the plan;
/// - in a planned year it is that year's value;
/// - in a year between two planned years that has no value of its own there is none either
///   (`targetNotSet`): the document sets no target for that year, and the library neither interpolates
///   one (the path between two planned values is not known) nor carries the earlier value forward
///   (that stage was due last year, and judging this year by it would report an interim year as
///   achieved or not on a target nobody set for it);
/// - after the last planned year the last target stays in force: a programme's end target is meant to
///   be kept, and later monitoring still checks it.
///
/// **Achieved** is decided by ``comparison`` with a tolerance of 10⁻⁹ on every comparison — not only
/// `.equal` — so that a mean computed in floating point (89.999999999999986 for 90) is not reported
/// as missing a target it meets: `.atLeast` holds when actual ≥ target − 10⁻⁹, `.atMost` when actual
/// ≤ target + 10⁻⁹, `.equal` when |actual − target| ≤ 10⁻⁹, and the strict comparisons need more than
/// 10⁻⁹ beyond the target.
///
/// **The distance** (``distance(of:from:)``) is signed so that ≥ 0 is on the good side: actual −
/// target for «не менее» (and «более»), target − actual for «не более» (and «менее»), −|actual −
/// target| for «равно». A distance within 10⁻⁹ of zero is reported as 0. For a strict comparison 0 is
/// the boundary itself and is not achieved.
///
/// A document's bare number («100 % школ охвачены…») is encoded as `.equal` or read as «не менее»;
/// ``reading`` says which and why.
///
/// ```swift
/// let target = Target(comparison: .atLeast, plan: [2022: 12, 2023: 21, 2024: 29])
/// target.value(in: 2021)                       // nil — the plan starts in 2022
/// target.status(of: 13, in: 2022)              // .achieved
/// target.status(of: nil, in: 2023)             // .noData
/// target.status(of: 30, in: 2026)              // .achieved: 29 stays in force after 2024
/// target.distance(of: 10, from: 12)            // -2
/// ```
public struct Target: Sendable, Hashable {
  /// The value a document starts from in a year before its plan («Значение 2021 г.»): reported
  /// beside the plan, never judged as a target.
  public struct Baseline: Sendable, Hashable {
    /// The end year of the academic year the value is for.
    public var year: Int
    /// The value.
    public var value: Double

    /// A baseline of `value` in the academic year that ends in `year`.
    public init(year: Int, value: Double) {
      self.year = year
      self.value = value
    }
  }

  /// A target set by reference values instead of numbers: seed 003's «до уровня, не выше средних
  /// по региону и РФ» is `.atMost` relative to the `region` and `country` benchmarks of the year.
  ///
  /// The benchmarks file carries the reference values under ``key`` (for a reported indicator, its
  /// id). The target in force in a year from ``from`` on is the binding reference: the lowest for
  /// «не более» and «менее», the highest for «не менее» and «более», so that the value must be on
  /// the good side of every one; for «равно» all references must agree. A year whose references
  /// are not all given has no target value, and its status is «нет данных».
  public struct Relative: Sendable, Hashable {
    /// The benchmarks the target refers to, e.g. `[.region, .country]`; not empty.
    public var scopes: [Benchmarks.Scope]
    /// The benchmark key (the `metric` column of the benchmarks file).
    public var key: MetricKey
    /// The end year of the first academic year the target is in force.
    public var from: Int

    /// A target relative to the benchmarks of `scopes` under `key`, in force from `from`.
    public init(scopes: [Benchmarks.Scope], key: MetricKey, from: Int) {
      self.scopes = scopes
      self.key = key
      self.from = from
    }
  }

  /// How the actual value is compared with the target: `.atLeast` «не менее», `.atMost` «не более»,
  /// `.equal` «равно» or a bare number.
  public var comparison: Comparison
  /// The planned values by the end year of the academic year.
  public var plan: [Int: Double]
  /// How the document's wording was read, e.g. why a bare number is taken as «не менее»; `nil` when
  /// the document states the comparison.
  public var reading: LocalizedText?
  /// The value the document starts from, before its plan; `nil` when it gives none.
  public var baseline: Baseline?
  /// The end year of the programme's first academic year, when the target is set before it is
  /// due: from it up to the first planned year the target is «срок не наступил»; before it (and
  /// without it) no target is set, «цель не установлена». Seed 000's «К 2024 году» in a programme
  /// «на 2022-2024 годы» has `start` 2022.
  public var start: Int?
  /// The benchmarks the target refers to instead of a plan of numbers, or `nil`.
  public var relative: Relative?

  /// The tolerance of every comparison with a target, and of a zero distance.
  public static let tolerance = 1e-9

  /// Creates a target from a plan of values by end year.
  ///
  /// - Parameters:
  ///   - comparison: How the actual value is compared with the plan.
  ///   - plan: The planned values by end year; ``validate()`` checks it is not empty and finite.
  ///   - start: The end year of the programme's first academic year (see ``start``).
  ///   - baseline: The value the document starts from, in a year before the plan.
  ///   - reading: How the document's wording was read.
  public init(
    comparison: Comparison, plan: [Int: Double], start: Int? = nil, baseline: Baseline? = nil,
    reading: LocalizedText? = nil
  ) {
    self.comparison = comparison
    self.plan = plan
    self.start = start
    self.baseline = baseline
    self.reading = reading
  }

  /// Creates a target relative to benchmarks: «не выше средних по региону и РФ» from 2023 is
  /// `Target(comparison: .atMost, relativeTo: Relative(scopes: [.region, .country], key: "…",
  /// from: 2023))`.
  public init(comparison: Comparison, relativeTo relative: Relative, reading: LocalizedText? = nil)
  {
    self.init(comparison: comparison, plan: [:], reading: reading)
    self.relative = relative
  }

  /// Creates a single-horizon target: `value` by the academic year that ends in `year`, kept after.
  ///
  /// - Parameters:
  ///   - comparison: How the actual value is compared with `value`.
  ///   - value: The target value.
  ///   - year: The end year of the academic year the target is due in («К 2024 году» is 2024).
  ///   - start: The end year of the programme's first academic year: from it the target is «срок
  ///     не наступил» until `year`, before it «цель не установлена».
  ///   - reading: How the document's wording was read.
  public init(
    comparison: Comparison, value: Double, by year: Int, start: Int? = nil,
    reading: LocalizedText? = nil
  ) {
    self.init(comparison: comparison, plan: [year: value], start: start, reading: reading)
  }

  /// The planned years with a finite value, oldest first.
  ///
  /// - Complexity: O(p log p) for p planned years.
  public var plannedYears: [Int] { plan.filter { $0.value.isFinite }.keys.sorted() }

  /// The target in force in `year`, or `nil` when none is due (see the type's discussion).
  ///
  /// - Complexity: O(p log p) for p planned years.
  public func value(in year: AcademicYear) -> Double? {
    let years = plannedYears
    guard let first = years.first, let last = years.last, year.endYear >= first else {
      return nil
    }
    if let value = plan[year.endYear], value.isFinite { return value }
    return year.endYear > last ? plan[last] : nil
  }

  /// The target in force in `year`, reading a relative target's references from `benchmarks`;
  /// the same as ``value(in:)`` for a plan of numbers.
  ///
  /// - Complexity: O(p log p) for p planned years, O(s) for s references.
  public func value(in year: AcademicYear, benchmarks: Benchmarks) -> Double? {
    guard let relative else { return value(in: year) }
    guard year.endYear >= relative.from, !relative.scopes.isEmpty else { return nil }
    var values: [Double] = []
    for scope in relative.scopes {
      guard let value = benchmarks.value(scope: scope, year: year, metric: relative.key) else {
        return nil
      }
      values.append(value)
    }
    switch comparison {
    case .atMost, .lessThan: return values.min()
    case .atLeast, .greaterThan: return values.max()
    case .equal:
      let first = values[0]
      return values.allSatisfy { ($0 - first).magnitude <= Self.tolerance } ? first : nil
    }
  }

  /// The status of `actual` in `year` with a relative target's references read from
  /// `benchmarks`: before ``Relative/from`` «срок не наступил», without every reference «нет
  /// данных»; for a plan of numbers the same as ``status(of:in:)``.
  ///
  /// - Complexity: O(p log p) for p planned years, O(s) for s references.
  public func status(of actual: Double?, in year: AcademicYear, benchmarks: Benchmarks)
    -> ProgressReport.Status
  {
    guard let relative else { return status(of: actual, in: year) }
    guard year.endYear >= relative.from else { return .notYetDue }
    guard let target = value(in: year, benchmarks: benchmarks), let actual, actual.isFinite
    else { return .noData }
    return isMet(by: actual, target: target) ? .achieved : .notAchieved
  }

  /// Whether `actual` meets `target` by ``comparison``, with the tolerance of 10⁻⁹.
  ///
  /// - Complexity: O(1).
  public func isMet(by actual: Double, target: Double) -> Bool {
    let tolerance = Self.tolerance
    switch comparison {
    case .atLeast: return actual >= target - tolerance
    case .atMost: return actual <= target + tolerance
    case .greaterThan: return actual > target + tolerance
    case .lessThan: return actual < target - tolerance
    case .equal: return (actual - target).magnitude <= tolerance
    }
  }

  /// The signed distance of `actual` from `target`: ≥ 0 on the good side (see the type's
  /// discussion); 0 within 10⁻⁹.
  ///
  /// - Complexity: O(1).
  public func distance(of actual: Double, from target: Double) -> Double {
    let distance: Double
    switch comparison {
    case .atLeast, .greaterThan: distance = actual - target
    case .atMost, .lessThan: distance = target - actual
    case .equal: distance = -(actual - target).magnitude
    }
    return distance.magnitude <= Self.tolerance ? 0 : distance
  }

  /// The status of `actual` in `year`: ``ProgressReport/Status/notYetDue`` from ``start`` to the
  /// first planned year, ``ProgressReport/Status/targetNotSet`` in another year without a target,
  /// ``ProgressReport/Status/noData`` when `actual` is `nil` (or not finite), otherwise achieved or not.
  ///
  /// - Complexity: O(p log p) for p planned years.
  public func status(of actual: Double?, in year: AcademicYear) -> ProgressReport.Status {
    guard let target = value(in: year) else {
      let beforePlan = plannedYears.first.map { year.endYear < $0 } ?? false
      let started = start.map { year.endYear >= $0 } ?? false
      let baselineYear = baseline.map { year.endYear <= $0.year } ?? false
      return beforePlan && started && !baselineYear ? .notYetDue : .targetNotSet
    }
    guard let actual, actual.isFinite else { return .noData }
    return isMet(by: actual, target: target) ? .achieved : .notAchieved
  }

  /// Checks that the plan has at least one year and only finite values, and that a baseline is
  /// finite and before the plan.
  ///
  /// - Throws: ``IndicatorError`` (``IndicatorError/Kind/emptyPlan``,
  ///   ``IndicatorError/Kind/notFiniteTarget(year:)``,
  ///   ``IndicatorError/Kind/baselineNotBeforePlan(year:)``).
  /// - Complexity: O(p log p) for p planned years.
  public func validate() throws(IndicatorError) {
    if let relative {
      guard plan.isEmpty, !relative.scopes.isEmpty else { throw .relativeWithPlan }
      return
    }
    guard !plan.isEmpty else { throw .emptyPlan }
    for year in plan.keys.sorted() where !(plan[year]?.isFinite ?? false) {
      throw .notFiniteTarget(year: year)
    }
    if let start, let first = plannedYears.first, start > first {
      throw .startAfterPlan(year: start)
    }
    if let baseline {
      guard baseline.value.isFinite else { throw .notFiniteTarget(year: baseline.year) }
      if let first = plannedYears.first, baseline.year >= first {
        throw .baselineNotBeforePlan(year: baseline.year)
      }
    }
  }

  /// The target in words, e.g. «не менее 90 (2023/2024)» or «не менее: 2021/2022 — 12;
  /// 2022/2023 — 21; база 2020/2021 — 6».
  ///
  /// - Complexity: O(p log p) for p planned years.
  public func text(in language: Language) -> String {
    if let relative {
      let scopes = relative.scopes.map { $0.title(in: language) }
      let joined = scopes.joined(separator: language == .russian ? " и " : " and ")
      let mean = language == .russian ? "среднего" : "the mean"
      return "\(comparison.title(in: language)) \(mean) \(joined) ("
        + (language == .russian ? "с " : "from ") + "\(AcademicYear(relative.from)))"
    }
    let years = plannedYears
    let values = years.map { year in
      (AcademicYear(year), NumberText.format(plan[year] ?? .nan, decimals: 6, language))
    }
    let words = comparison.title(in: language)
    var text: String
    if values.count == 1, let only = values.first {
      text = "\(words) \(only.1) (\(only.0))"
    } else {
      text = "\(words): " + values.map { "\($0.0) — \($0.1)" }.joined(separator: "; ")
    }
    if let baseline {
      text +=
        (language == .russian ? "; база " : "; baseline ") + "\(AcademicYear(baseline.year)) — "
        + NumberText.format(baseline.value, decimals: 6, language)
    }
    return text
  }
}
