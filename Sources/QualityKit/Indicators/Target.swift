import Foundation

/// The target of an indicator: a comparison and a plan of values by academic year.
///
/// A **single-horizon** target is a plan with one year — seed 000: «К 2024 году … не менее 90 %» is
/// `Target(comparison: .atLeast, value: 90, by: 2024)`. A **per-year plan** has several years —
/// seed 004 gives 6 for 2021 and plans 12, 21 and 29 for 2022–2024. Plan years are end years of
/// academic years (2024 is 2023/2024), like ``AcademicYear``.
///
/// **The target in force** in year y (``value(in:)``):
/// - before the first planned year there is none: the status is ``ProgressReport/Status/notYetDue``;
/// - in a planned year it is that year's value;
/// - in a year between two planned years that has no value of its own there is none either
///   (`notYetDue`): the document sets no target for that year, and the library neither interpolates
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
/// target.value(in: 2021)                       // nil — not yet due
/// target.status(of: 13, in: 2022)              // .achieved
/// target.status(of: nil, in: 2023)             // .noData
/// target.status(of: 30, in: 2026)              // .achieved: 29 stays in force after 2024
/// target.distance(of: 10, from: 12)            // -2
/// ```
public struct Target: Sendable, Hashable {
  /// How the actual value is compared with the target: `.atLeast` «не менее», `.atMost` «не более»,
  /// `.equal` «равно» or a bare number.
  public var comparison: Comparison
  /// The planned values by the end year of the academic year.
  public var plan: [Int: Double]
  /// How the document's wording was read, e.g. why a bare number is taken as «не менее»; `nil` when
  /// the document states the comparison.
  public var reading: LocalizedText?

  /// The tolerance of every comparison with a target, and of a zero distance.
  public static let tolerance = 1e-9

  /// Creates a target from a plan of values by end year.
  ///
  /// - Parameters:
  ///   - comparison: How the actual value is compared with the plan.
  ///   - plan: The planned values by end year; ``validate()`` checks it is not empty and finite.
  ///   - reading: How the document's wording was read.
  public init(comparison: Comparison, plan: [Int: Double], reading: LocalizedText? = nil) {
    self.comparison = comparison
    self.plan = plan
    self.reading = reading
  }

  /// Creates a single-horizon target: `value` by the academic year that ends in `year`, kept after.
  ///
  /// - Parameters:
  ///   - comparison: How the actual value is compared with `value`.
  ///   - value: The target value.
  ///   - year: The end year of the academic year the target is due in («К 2024 году» is 2024).
  ///   - reading: How the document's wording was read.
  public init(comparison: Comparison, value: Double, by year: Int, reading: LocalizedText? = nil) {
    self.init(comparison: comparison, plan: [year: value], reading: reading)
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

  /// The status of `actual` in `year`: ``ProgressReport/Status/notYetDue`` when no target is in force,
  /// ``ProgressReport/Status/noData`` when `actual` is `nil` (or not finite), otherwise achieved or not.
  ///
  /// - Complexity: O(p log p) for p planned years.
  public func status(of actual: Double?, in year: AcademicYear) -> ProgressReport.Status {
    guard let target = value(in: year) else { return .notYetDue }
    guard let actual, actual.isFinite else { return .noData }
    return isMet(by: actual, target: target) ? .achieved : .notAchieved
  }

  /// Checks that the plan has at least one year and only finite values.
  ///
  /// - Throws: ``IndicatorError`` (``IndicatorError/Kind/emptyPlan``,
  ///   ``IndicatorError/Kind/notFiniteTarget(year:)``).
  /// - Complexity: O(p log p) for p planned years.
  public func validate() throws(IndicatorError) {
    guard !plan.isEmpty else { throw .emptyPlan }
    for year in plan.keys.sorted() where !(plan[year]?.isFinite ?? false) {
      throw .notFiniteTarget(year: year)
    }
  }

  /// The target in words, e.g. «не менее 90 (2023/2024)» or «не менее: 2021/2022 — 6;
  /// 2022/2023 — 12».
  ///
  /// - Complexity: O(p log p) for p planned years.
  public func text(in language: Language) -> String {
    let years = plannedYears
    let values = years.map { year in
      (AcademicYear(year), NumberText.format(plan[year] ?? .nan, decimals: 6, language))
    }
    let words = comparison.title(in: language)
    if values.count == 1, let only = values.first { return "\(words) \(only.1) (\(only.0))" }
    return "\(words): " + values.map { "\($0.0) — \($0.1)" }.joined(separator: "; ")
  }
}
