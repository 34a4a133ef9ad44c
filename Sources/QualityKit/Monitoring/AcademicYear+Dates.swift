extension AcademicYear {
  /// The first day of the academic year: 1 September of `endYear − 1`.
  ///
  /// Years outside ``CalendarDate/years`` are clamped to it, so for an academic year without a
  /// calendar (see ``hasCalendar``) the dates are not meaningful.
  ///
  /// - Complexity: O(1).
  ///
  /// ```swift
  /// AcademicYear(2023).startDate   // 2022-09-01
  /// ```
  public var startDate: CalendarDate { .first(of: .september, startYear) }

  /// The last day of the academic year: 31 August of `endYear`.
  ///
  /// - Complexity: O(1).
  ///
  /// ```swift
  /// AcademicYear(2023).endDate   // 2023-08-31
  /// ```
  public var endDate: CalendarDate { .last(of: .august, endYear) }

  /// The calendar year in which the academic year starts, `endYear − 1` (`Int.min` stays
  /// `Int.min` rather than overflowing).
  var startYear: Int {
    let (year, overflow) = endYear.subtractingReportingOverflow(1)
    return overflow ? Int.min : year
  }

  /// Whether both calendar years of the academic year are in ``CalendarDate/years`` (the academic
  /// years 1/2 … 9998/9999), so that its days can be dated. Calendars of other years are empty.
  public var hasCalendar: Bool {
    CalendarDate.years.contains(startYear) && CalendarDate.years.contains(endYear)
  }

  /// Whether `date` falls between ``startDate`` and ``endDate``, both included.
  ///
  /// - Complexity: O(1).
  public func contains(_ date: CalendarDate) -> Bool { startDate <= date && date <= endDate }

  /// The academic year a date falls in: September–December start the year that ends in the next
  /// calendar year, January–August belong to the year that ends in this one.
  ///
  /// - Complexity: O(1).
  ///
  /// ```swift
  /// AcademicYear(containing: date)   // for 2022-09-01: 2023, i.e. 2022/2023
  /// ```
  public init(containing date: CalendarDate) {
    self.init(date.month >= CalendarDate.Month.september.rawValue ? date.year + 1 : date.year)
  }
}
