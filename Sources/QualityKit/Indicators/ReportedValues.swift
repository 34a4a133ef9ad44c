import Foundation

/// Indicator values reported by hand: by indicator, academic year and, for a school indicator,
/// school.
///
/// Most programme indicators are not in any school dataset — webinars held, schools with a
/// partnership agreement, teachers in network communities — so the department types them in. A value
/// without a school is the municipality's; a value with a school is that school's. Read them from a
/// file with ``ReportedValuesFile``.
///
/// ```swift
/// let reported = try ReportedValues([
///   .init(indicator: "amur.i4", year: 2022, value: 12),
///   .init(indicator: "amur.i5", year: 2022, school: "S1", value: 75),
/// ])
/// reported.value(of: "amur.i4", year: 2022)                  // 12
/// reported.schoolValues(of: "amur.i5", year: 2022)           // [S1: 75]
/// ```
public struct ReportedValues: Sendable, Hashable {
  /// One reported value.
  public struct Entry: Sendable, Hashable {
    /// The indicator.
    public var indicator: IndicatorID
    /// The academic year.
    public var year: AcademicYear
    /// The school, or `nil` for the municipality's value.
    public var school: SchoolID?
    /// The value.
    public var value: Double

    /// Creates an entry.
    public init(indicator: IndicatorID, year: AcademicYear, school: SchoolID? = nil, value: Double)
    {
      self.indicator = indicator
      self.year = year
      self.school = school
      self.value = value
    }
  }

  private struct Key: Sendable, Hashable {
    let indicator: IndicatorID
    let year: AcademicYear
  }

  private let municipal: [Key: Double]
  private let bySchool: [Key: [IndicatorActual.SchoolValue]]

  /// The academic years that have at least one value, oldest first.
  public let years: [AcademicYear]
  /// The number of values.
  public let count: Int

  /// No reported values.
  public static let none = ReportedValues(validated: [])

  /// Creates reported values from entries.
  ///
  /// - Throws: ``IndicatorError`` (``IndicatorError/Kind/duplicateValue(_:)``,
  ///   ``IndicatorError/Kind/notFiniteValue(_:)``) when an entry repeats an (indicator, year,
  ///   school) or its value is not finite.
  /// - Complexity: O(n log n) for n entries.
  public init(_ entries: [Entry]) throws(IndicatorError) {
    var seen = Set<Entry>()
    for entry in entries {
      guard entry.value.isFinite else { throw .notFiniteValue(entry) }
      // Each entry is remembered with value 0, so that the set compares (indicator, year, school).
      var key = entry
      key.value = 0
      guard seen.insert(key).inserted else { throw .duplicateValue(entry) }
    }
    self.init(validated: entries)
  }

  private init(validated entries: [Entry]) {
    var municipal: [Key: Double] = [:]
    var bySchool: [Key: [IndicatorActual.SchoolValue]] = [:]
    var years = Set<AcademicYear>()
    for entry in entries {
      let key = Key(indicator: entry.indicator, year: entry.year)
      years.insert(entry.year)
      if let school = entry.school {
        bySchool[key, default: []].append(
          IndicatorActual.SchoolValue(school: school, value: entry.value))
      } else {
        municipal[key] = entry.value
      }
    }
    for key in bySchool.keys { bySchool[key]?.sort { $0.school < $1.school } }
    self.municipal = municipal
    self.bySchool = bySchool
    self.years = years.sorted()
    self.count = entries.count
  }

  /// The value reported for the municipality, or `nil`.
  ///
  /// - Complexity: O(1) on average.
  public func value(of indicator: IndicatorID, year: AcademicYear) -> Double? {
    municipal[Key(indicator: indicator, year: year)]
  }

  /// The value reported for `school`, or `nil`.
  ///
  /// - Complexity: O(s) for the s schools reported for the indicator and year.
  public func value(of indicator: IndicatorID, year: AcademicYear, school: SchoolID) -> Double? {
    bySchool[Key(indicator: indicator, year: year)]?.first { $0.school == school }?.value
  }

  /// The values reported for schools, sorted by school id.
  ///
  /// - Complexity: O(1) on average.
  public func schoolValues(of indicator: IndicatorID, year: AcademicYear) -> [IndicatorActual
    .SchoolValue]
  {
    bySchool[Key(indicator: indicator, year: year)] ?? []
  }
}
