extension MeasureDescription {
  /// When a support measure takes place: the timing vocabulary of the programmes' plans, read as
  /// dated occurrences of an academic year (1 September – 31 August).
  ///
  /// The forms are those of the measure content files. Where a form is also a monitoring
  /// ``MonitoringProcedure/Periodicity`` it is dated the same way (the same windows, the same validation); the forms
  /// monitoring does not have are school quarters, several one-off windows, and a continuous
  /// measure, which on a roadmap runs the whole year instead of never being due. How the documents'
  /// phrases are read (occurrences in 2024/2025):
  ///
  /// | case | phrases | occurrences in 2024/2025 |
  /// | --- | --- | --- |
  /// | ``month(_:)`` | «Сентябрь ежегодно», «ноябрь» | 01.09.2024–30.09.2024 |
  /// | ``months(from:to:)`` | «сентябрь–ноябрь», «май–июнь» | 01.09.2024–30.11.2024 |
  /// | ``timesPerYear(_:)`` | «2 раза в год», «ежемесячно» (12) | n spans of 12 / n months from September |
  /// | ``schoolQuarters`` | «1 раз в четверть», «по итогам четвертей» | the four quarters (below) |
  /// | ``deadline(month:day:)`` | «до 15 сентября» | 01.09.2024–15.09.2024 |
  /// | ``once(from:to:)`` | «Июль–август 2022», «Сентябрь 2022 (2 неделя)» | the window, if it touches the year |
  /// | ``dates(_:)`` | «Январь, апрель 2023», «Ноябрь 2022, май 2023» | the windows that touch the year |
  /// | ``continuous(from:to:)`` | «в течение года», «постоянно», «2022–2024» | the year, clipped to the bounds |
  /// | ``asScheduled`` | «по графику», «по договору», «по отдельному плану» | none: «по графику» |
  ///
  /// **School quarters** are the library's reading: Russian schools set their own calendars, so the
  /// quarters are taken as 1 September – 31 October, 1 November – 31 December, 9 January – 31 March
  /// and 1 April – 31 May (``schoolQuarters(in:)``). Each window runs to the end of the month in
  /// which the quarter usually ends, so a measure «по итогам четверти» held in the holidays after it
  /// still falls in its quarter; 1–8 January (the winter holidays) and the summer belong to none.
  ///
  /// A one-off window keeps its own dates: «Июль–сентябрь 2022» is listed, whole, in both 2021/2022
  /// and 2022/2023, as ``MonitoringProcedure/Periodicity/once(from:to:)`` is. A continuous measure is clipped: with
  /// bounds «2022–2024» it runs 01.09.2024–31.12.2024 in 2024/2025.
  ///
  /// A schedule is a plain value; ``problem`` says whether it can be dated, and
  /// ``DeclaredMeasure/validate()`` refuses a measure whose schedule cannot.
  ///
  /// - Complexity: Every operation is O(1) except ``occurrences(in:)``, ``problem`` and ``summary``,
  ///   which are O(w) in the number of windows (at most 12, or the number of ``dates(_:)``).
  ///
  /// ```swift
  /// MeasureDescription.Schedule.schoolQuarters.occurrences(in: 2025).count   // 4
  /// MeasureDescription.Schedule.month(.september).occurrences(in: 2025)      // [2024-09-01...2024-09-30]
  /// MeasureDescription.Schedule.continuous().summary[.russian]               // "в течение года"
  /// ```
  public enum Schedule: Sendable, Hashable {
    /// Every year within one month: «Сентябрь ежегодно».
    case month(CalendarDate.Month)
    /// Every year from the first day of `from` to the last day of `to`, months in academic order
    /// (`from` not after `to` in September … August): «сентябрь–ноябрь».
    case months(from: CalendarDate.Month, to: CalendarDate.Month)
    /// n times a year: the academic year in n equal spans of 12 / n months from September, as
    /// ``MonitoringProcedure/Periodicity/timesPerYear(_:)``. n ∈ {1, 2, 3, 4, 6, 12}; «ежемесячно» is 12.
    case timesPerYear(Int)
    /// Once every school quarter: «1 раз в четверть», «по итогам четвертей» (see
    /// ``schoolQuarters(in:)``).
    case schoolQuarters
    /// Every year from 1 September to this day, both included: «до 15 сентября». 29 February is
    /// 28 February in a year that is not a leap year.
    case deadline(month: CalendarDate.Month, day: Int)
    /// Once, between two dates, both included: «Июль–август 2022».
    case once(from: CalendarDate, to: CalendarDate)
    /// Several one-off windows: «Январь, апрель 2023».
    case dates([Window])
    /// All the time («в течение года», «постоянно», «в течение всего срока»), within the stated
    /// bounds when the document gives them («2022–2024»).
    case continuous(from: CalendarDate? = nil, to: CalendarDate? = nil)
    /// On a schedule kept outside the plan: «по графику», «по договору», «по отдельному плану».
    /// Listed on a roadmap without dates.
    case asScheduled

    /// One dated window of a ``dates(_:)`` schedule, both ends included.
    ///
    /// A window is stored as written, so a window that ends before it starts can be represented and
    /// is reported by ``MeasureDescription/Schedule/problem`` instead of trapping.
    public struct Window: Sendable, Hashable {
      /// The first day.
      public let from: CalendarDate
      /// The last day.
      public let to: CalendarDate

      /// Creates a window.
      public init(from: CalendarDate, to: CalendarDate) {
        self.from = from
        self.to = to
      }

      /// The whole of `month` in `year`: «Январь 2023».
      ///
      /// - Complexity: O(1).
      public static func month(_ month: CalendarDate.Month, _ year: Int) -> Window {
        Window(from: .first(of: month, year), to: .last(of: month, year))
      }

      /// The days of the window, or `nil` when it ends before it starts.
      public var range: ClosedRange<CalendarDate>? { from <= to ? from...to : nil }
    }

    /// Once, for the whole of `month` in `year`: «Ноябрь 2022».
    ///
    /// - Complexity: O(1).
    public static func once(_ month: CalendarDate.Month, _ year: Int) -> MeasureDescription.Schedule
    {
      .once(from: .first(of: month, year), to: .last(of: month, year))
    }

    /// Once, from the first day of one month to the last day of another: «Июль–август 2022» is
    /// `once(from: .july, 2022, to: .august, 2022)`.
    ///
    /// - Complexity: O(1).
    public static func once(
      from: CalendarDate.Month, _ fromYear: Int, to: CalendarDate.Month, _ toYear: Int
    )
      -> MeasureDescription.Schedule
    {
      .once(from: .first(of: from, fromYear), to: .last(of: to, toYear))
    }

    /// The quarters of a Russian school year as the library reads them, in order: 1 September –
    /// 31 October, 1 November – 31 December, 9 January – 31 March, 1 April – 31 May. Empty for an
    /// academic year outside the calendar.
    ///
    /// - Complexity: O(1).
    ///
    /// ```swift
    /// MeasureDescription.Schedule.schoolQuarters(in: 2025)
    /// // [2024-09-01...2024-10-31, 2024-11-01...2024-12-31, 2025-01-09...2025-03-31,
    /// //  2025-04-01...2025-05-31]
    /// ```
    public static func schoolQuarters(in year: AcademicYear) -> [ClosedRange<CalendarDate>] {
      guard year.hasCalendar else { return [] }
      let start = year.startYear
      let end = year.endYear
      return [
        CalendarDate.first(of: .september, start)...CalendarDate.last(of: .october, start),
        CalendarDate.first(of: .november, start)...CalendarDate.last(of: .december, start),
        CalendarDate(clampingYear: end, month: 1, day: 9)...CalendarDate.last(of: .march, end),
        CalendarDate.first(of: .april, end)...CalendarDate.last(of: .may, end),
      ]
    }

    /// The monitoring periodicity that dates this form the same way, for the forms the two share.
    var periodicity: MonitoringProcedure.Periodicity? {
      switch self {
      case .month(let month): .annually(from: month, to: month)
      case .months(let from, let to): .annually(from: from, to: to)
      case .timesPerYear(let n): .timesPerYear(n)
      case .deadline(let month, let day): .deadline(month: month, day: day)
      case .once(let from, let to): .once(from: from, to: to)
      case .schoolQuarters, .dates, .continuous, .asScheduled: nil
      }
    }

    /// The content files' name of the form: `month`, `months`, `times_per_year`,
    /// `school_quarters`, `deadline`, `once`, `dates`, `continuous` or `as_scheduled`.
    public var form: String {
      switch self {
      case .month: "month"
      case .months: "months"
      case .timesPerYear: "times_per_year"
      case .schoolQuarters: "school_quarters"
      case .deadline: "deadline"
      case .once: "once"
      case .dates: "dates"
      case .continuous: "continuous"
      case .asScheduled: "as_scheduled"
      }
    }

    /// Whether the schedule gives dates: `false` only for ``asScheduled``.
    public var isDated: Bool { self != .asScheduled }

    /// The earliest date the schedule states, for ordering measures that fall outside a year: the
    /// start of a one-off window, of the first of several, or of a bounded continuous measure;
    /// `nil` for the recurring forms.
    public var firstStatedDate: CalendarDate? {
      switch self {
      case .once(let from, _): from
      case .dates(let windows): windows.map(\.from).min()
      case .continuous(let from, _): from
      default: nil
      }
    }

    /// Why the schedule cannot be dated, or `nil` when it can.
    ///
    /// - Complexity: O(w) in the number of windows.
    ///
    /// ```swift
    /// MeasureDescription.Schedule.timesPerYear(5).problem                         // .unsupportedTimesPerYear(5)
    /// MeasureDescription.Schedule.deadline(month: .february, day: 30).problem     // .invalidDeadline(…)
    /// ```
    public var problem: MeasureError.Kind? {
      switch self {
      case .dates(let windows):
        guard !windows.isEmpty else { return .noDates }
        return windows.first { $0.from > $0.to }.map { .endsBeforeStart(from: $0.from, to: $0.to) }
      case .continuous(let from?, let to?) where from > to:
        return .endsBeforeStart(from: from, to: to)
      default:
        switch periodicity?.problem {
        case nil, .duplicateProcedure?, .emptyProcedureID?: return nil
        case .unsupportedTimesPerYear(let n)?: return .unsupportedTimesPerYear(n)
        case .invalidDeadline(let month, let day)?: return .invalidDeadline(month: month, day: day)
        case .monthsOutOfAcademicOrder(let from, let to)?:
          return .monthsOutOfAcademicOrder(from: from, to: to)
        case .onceEndsBeforeStart(let from, let to)?: return .endsBeforeStart(from: from, to: to)
        }
      }
    }

    /// The dated occurrences of the measure in `year`, in chronological order, each the days (both
    /// ends included) on which it takes place.
    ///
    /// Empty for ``asScheduled`` (never dated), for one-off windows and bounded continuous measures
    /// that do not touch the year, for a schedule with a ``problem``, and for an academic year
    /// outside the calendar (``AcademicYear/hasCalendar``).
    ///
    /// - Complexity: O(w log w) in the number of windows.
    ///
    /// ```swift
    /// MeasureDescription.Schedule.continuous(from: CalendarDate("2022-09-01"), to: CalendarDate("2024-12-31"))
    ///   .occurrences(in: 2025)   // [2024-09-01...2024-12-31]
    /// ```
    public func occurrences(in year: AcademicYear) -> [ClosedRange<CalendarDate>] {
      guard problem == nil, year.hasCalendar else { return [] }
      switch self {
      case .schoolQuarters:
        return Self.schoolQuarters(in: year)
      case .dates(let windows):
        return windows.compactMap(\.range)
          .filter { $0.lowerBound <= year.endDate && $0.upperBound >= year.startDate }
          .sorted { ($0.lowerBound, $0.upperBound) < ($1.lowerBound, $1.upperBound) }
      case .continuous(let from, let to):
        let start = max(year.startDate, from ?? year.startDate)
        let end = min(year.endDate, to ?? year.endDate)
        return start <= end ? [start...end] : []
      case .asScheduled:
        return []
      case .month, .months, .timesPerYear, .deadline, .once:
        return periodicity?.windows(in: year) ?? []
      }
    }

    // MARK: - Text

    /// A short phrase for reports: «ежегодно, сентябрь», «1 раз в четверть», «в течение года»,
    /// «по графику».
    ///
    /// - Complexity: O(w) in the number of windows.
    public var summary: LocalizedText {
      switch self {
      case .schoolQuarters:
        return LocalizedText(ru: "1 раз в четверть", en: "once a school quarter")
      case .dates(let windows):
        let spans = windows.map { MonitoringProcedure.Periodicity.span($0.from, $0.to) }
        return LocalizedText(
          ru: "в указанные сроки: " + spans.map(\.ru).joined(separator: "; "),
          en: "on the dates given: " + spans.map(\.en).joined(separator: "; "))
      case .continuous(nil, nil):
        return LocalizedText(ru: "в течение года", en: "throughout the year")
      case .continuous(let from?, let to?):
        let span = MonitoringProcedure.Periodicity.span(from, to)
        return LocalizedText(
          ru: "в течение года; \(span.ru)", en: "throughout the year; \(span.en)")
      case .continuous(let from?, nil):
        return LocalizedText(
          ru: "в течение года, с \(from.formatted(in: .russian))",
          en: "throughout the year, from \(from.formatted(in: .english))")
      case .continuous(nil, let to?):
        return LocalizedText(
          ru: "в течение года, до \(to.formatted(in: .russian))",
          en: "throughout the year, until \(to.formatted(in: .english))")
      case .asScheduled:
        return LocalizedText(ru: "по графику", en: "as scheduled")
      case .month, .months, .timesPerYear, .deadline, .once:
        return periodicity?.summary ?? LocalizedText(ru: "", en: "")
      }
    }
  }
}
