extension MonitoringPlan {
  /// One due occurrence of a procedure in an academic year: occurrence k of n, with its window.
  ///
  /// For a dated periodicity the window is the days on which carrying the procedure out counts, and
  /// its upper bound is the due date. ``MonitoringProcedure/Periodicity/continuous`` and ``MonitoringProcedure/Periodicity/asScheduled``
  /// procedures have one undated occurrence (1 of 1, no window): they are listed in the calendar but
  /// never due.
  ///
  /// ```swift
  /// let calendar = plan.calendar(for: 2023)
  /// calendar[0].index        // 1
  /// calendar[0].count        // 4
  /// calendar[0].start        // 2022-09-01
  /// calendar[0].due          // 2022-11-30
  /// ```
  public struct Occurrence: Sendable, Hashable {
    /// The procedure.
    public let procedure: MonitoringProcedure
    /// The occurrence's number in the year, from 1.
    public let index: Int
    /// The number of occurrences of the procedure in the year.
    public let count: Int
    /// The days on which the procedure counts as carried out, both ends included; `nil` for an
    /// undated procedure.
    public let window: ClosedRange<CalendarDate>?

    /// Creates an occurrence.
    ///
    /// - Parameters:
    ///   - procedure: The procedure.
    ///   - index: The occurrence's number, from 1.
    ///   - count: The number of occurrences in the year.
    ///   - window: The window, or `nil` for an undated procedure.
    public init(
      procedure: MonitoringProcedure, index: Int, count: Int, window: ClosedRange<CalendarDate>?
    ) {
      self.procedure = procedure
      self.index = index
      self.count = count
      self.window = window
    }

    /// The first day of the window, or `nil` when undated.
    public var start: CalendarDate? { window?.lowerBound }

    /// The due date — the last day of the window — or `nil` when undated.
    public var due: CalendarDate? { window?.upperBound }

    /// The calendar order: by due date, then procedure id, then number; undated occurrences last,
    /// by procedure id.
    ///
    /// - Complexity: O(1) (identifiers compare in O(m) of their length).
    public static func calendarOrder(
      _ lhs: MonitoringPlan.Occurrence, _ rhs: MonitoringPlan.Occurrence
    )
      -> Bool
    {
      switch (lhs.due, rhs.due) {
      case (let left?, let right?) where left != right: return left < right
      case (.some, nil): return true
      case (nil, .some): return false
      default:
        if lhs.procedure.id != rhs.procedure.id { return lhs.procedure.id < rhs.procedure.id }
        return lhs.index < rhs.index
      }
    }
  }
}
