extension MonitoringProcedure {
  /// When a monitoring procedure is due: the timing vocabulary of the programme documents, read as
  /// dated windows of an academic year.
  ///
  /// An academic year runs from 1 September to 31 August (``AcademicYear/startDate``,
  /// ``AcademicYear/endDate``). Each dated periodicity gives, for a year, one or more **windows**:
  /// the days on which carrying the procedure out counts, ending on the **due date**. How the
  /// documents' phrases are read (windows in 2022/2023):
  ///
  /// | case | phrases | windows |
  /// | --- | --- | --- |
  /// | `timesPerYear(1)` | «1 раз в год», «ежегодно» | 01.09.2022–31.08.2023 |
  /// | `timesPerYear(2)` | «2 раза в год» | Sep–Feb, Mar–Aug |
  /// | `timesPerYear(4)` | «4 раза в год», «1 раз в четверть», «1 раз в квартал» | Sep–Nov, Dec–Feb, … |
  /// | ``monthly`` | «ежемесячно» | each month |
  /// | ``annually(from:to:)`` | «Сентябрь, ежегодно», «сентябрь–ноябрь» | 01.09.2022–30.11.2022 |
  /// | ``deadline(month:day:)`` | «до 10 сентября» | 01.09.2022–10.09.2022 |
  /// | ``once(from:to:)`` | «Ноябрь 2022», «Сентябрь–октябрь 2019» | in the year(s) they touch |
  /// | ``continuous`` | «постоянно», «в течение всего периода» | none: never due |
  /// | ``asScheduled`` | «по графику» | none: the schedule is kept elsewhere |
  ///
  /// `timesPerYear(n)` splits the academic year into n equal spans of 12 / n months, starting in
  /// September, and expects one occurrence per span, due on the last day of the span. n must divide
  /// 12 (1, 2, 3, 4, 6 or 12). This is the library's reading: the documents say how often, not when.
  /// School quarters («по итогам четвертей») do not coincide with three-month spans — the first
  /// quarter ends in late October, not in November — so a plan that needs quarter ends writes them
  /// as ``annually(from:to:)`` or ``deadline(month:day:)`` procedures instead.
  ///
  /// A periodicity is a plain value; ``problem`` says whether it can be dated, and
  /// ``MonitoringPlan/init(_:)`` refuses a procedure whose periodicity cannot.
  ///
  /// - Complexity: Every operation is O(1) except ``windows(in:)``, which is O(n) in the number of
  ///   windows (at most 12).
  ///
  /// ```swift
  /// let quarterly = MonitoringProcedure.Periodicity.timesPerYear(4)
  /// quarterly.summary[.russian]           // "4 раза в год"
  /// MonitoringProcedure.Periodicity.deadline(month: .september, day: 10).summary[.russian]
  /// // "ежегодно до 10 сентября"
  /// ```
  public enum Periodicity: Sendable, Hashable {
    /// n times a year: the academic year in n equal spans of months from September, one occurrence
    /// per span, due at the span's end. n ∈ {1, 2, 3, 4, 6, 12}.
    case timesPerYear(Int)
    /// Every year between the first day of `from` and the last day of `to`, months in academic order
    /// (`from` not after `to` in September … August): «Сентябрь, ежегодно» is `from: .september,
    /// to: .september`.
    case annually(from: CalendarDate.Month, to: CalendarDate.Month)
    /// Every year from 1 September to this day, both included: «до 10 сентября». The day may be up
    /// to the month's length in a leap year; 29 February is 28 February in other years.
    case deadline(month: CalendarDate.Month, day: Int)
    /// Once, between two dates, both included: «Ноябрь 2022». The occurrence belongs to every
    /// academic year the window touches, with its full window.
    case once(from: CalendarDate, to: CalendarDate)
    /// Carried on all the time («постоянно», «в течение всего периода»): listed, never dated, never
    /// overdue.
    case continuous
    /// On a schedule kept outside the plan («по графику» — e.g. the federal ВПР schedule): listed,
    /// never dated, never overdue.
    case asScheduled

    /// Twelve times a year, one occurrence per calendar month: `timesPerYear(12)`.
    public static let monthly = MonitoringProcedure.Periodicity.timesPerYear(12)

    /// The values of n that ``timesPerYear(_:)`` accepts: the divisors of 12.
    public static let supportedTimesPerYear = [1, 2, 3, 4, 6, 12]

    /// Every year, within one month: «Сентябрь, ежегодно».
    ///
    /// - Complexity: O(1).
    public static func annually(in month: CalendarDate.Month) -> MonitoringProcedure.Periodicity {
      .annually(from: month, to: month)
    }

    /// Once, for the whole of `month` in `year`: «Ноябрь 2022».
    ///
    /// - Complexity: O(1).
    public static func once(_ month: CalendarDate.Month, _ year: Int)
      -> MonitoringProcedure.Periodicity
    {
      .once(from: .first(of: month, year), to: .last(of: month, year))
    }

    /// Once, from the first day of one month to the last day of another: «Сентябрь–октябрь 2019» is
    /// `once(from: .september, 2019, to: .october, 2019)`.
    ///
    /// - Complexity: O(1).
    public static func once(
      from: CalendarDate.Month, _ fromYear: Int, to: CalendarDate.Month, _ toYear: Int
    ) -> MonitoringProcedure.Periodicity {
      .once(from: .first(of: from, fromYear), to: .last(of: to, toYear))
    }

    /// Whether the periodicity gives dated windows: `false` for ``continuous`` and ``asScheduled``.
    public var isDated: Bool {
      switch self {
      case .continuous, .asScheduled: false
      default: true
      }
    }

    /// Why the periodicity cannot be dated, or `nil` when it can.
    ///
    /// - Complexity: O(1).
    ///
    /// ```swift
    /// MonitoringProcedure.Periodicity.timesPerYear(5).problem   // .unsupportedTimesPerYear(5)
    /// ```
    public var problem: MonitoringPlanError.Kind? {
      switch self {
      case .timesPerYear(let n):
        return Self.supportedTimesPerYear.contains(n) ? nil : .unsupportedTimesPerYear(n)
      case .annually(let from, let to):
        return from.academicIndex <= to.academicIndex
          ? nil : .monthsOutOfAcademicOrder(from: from, to: to)
      case .deadline(let month, let day):
        // 2000 is a leap year: 29 February is a valid deadline.
        return (1...CalendarDate.daysInMonth(month.rawValue, year: 2000)).contains(day)
          ? nil : .invalidDeadline(month: month, day: day)
      case .once(let from, let to):
        return from <= to ? nil : .onceEndsBeforeStart(from: from, to: to)
      case .continuous, .asScheduled:
        return nil
      }
    }

    /// The windows of `year`, in chronological order: each the days, both ends included, on which
    /// carrying the procedure out counts; the upper bound is the due date.
    ///
    /// Empty for ``continuous`` and ``asScheduled`` (never dated), for a ``once(from:to:)`` that does
    /// not touch the year, for a periodicity with a ``problem``, and for an academic year outside
    /// the calendar (``AcademicYear/hasCalendar``).
    ///
    /// - Complexity: O(n) in the number of windows, at most 12.
    ///
    /// ```swift
    /// MonitoringProcedure.Periodicity.timesPerYear(2).windows(in: 2023)
    /// // [2022-09-01...2023-02-28, 2023-03-01...2023-08-31]
    /// ```
    public func windows(in year: AcademicYear) -> [ClosedRange<CalendarDate>] {
      guard problem == nil, year.hasCalendar else { return [] }
      switch self {
      case .timesPerYear(let n):
        let length = 12 / n
        return (0..<n).map { span in
          let first = CalendarDate.Month.academic(span * length)
          let last = CalendarDate.Month.academic(span * length + length - 1)
          return CalendarDate.first(
            of: first, first.year(in: year))...CalendarDate.last(
              of: last, last.year(in: year))
        }
      case .annually(let from, let to):
        return [
          CalendarDate.first(
            of: from, from.year(in: year))...CalendarDate.last(
              of: to, to.year(in: year))
        ]
      case .deadline(let month, let day):
        let due = CalendarDate(clampingYear: month.year(in: year), month: month.rawValue, day: day)
        return [year.startDate...due]
      case .once(let from, let to):
        return from <= year.endDate && to >= year.startDate ? [from...to] : []
      case .continuous, .asScheduled:
        return []
      }
    }

    // MARK: - Text

    /// A short phrase for reports: «4 раза в год», «ежегодно, сентябрь–ноябрь», «по графику».
    ///
    /// - Complexity: O(1).
    public var summary: LocalizedText {
      switch self {
      case .timesPerYear(12):
        return LocalizedText(ru: "ежемесячно", en: "monthly")
      case .timesPerYear(let n):
        let english: String
        switch n {
        case 1: english = "once a year"
        case 2: english = "twice a year"
        default: english = "\(n) times a year"
        }
        return LocalizedText(ru: "\(n) \(Self.timesWord(n)) в год", en: english)
      case .annually(let from, let to) where from == to:
        return LocalizedText(
          ru: "ежегодно, \(from.name.ru)", en: "every year in \(from.name.en)")
      case .annually(let from, let to):
        return LocalizedText(
          ru: "ежегодно, \(from.name.ru)–\(to.name.ru)",
          en: "every year, \(from.name.en)–\(to.name.en)")
      case .deadline(let month, let day):
        return LocalizedText(
          ru: "ежегодно до \(day) \(month.genitive.ru)", en: "every year by \(day) \(month.name.en)"
        )
      case .once(let from, let to):
        let span = Self.span(from, to)
        return LocalizedText(ru: "однократно: \(span.ru)", en: "once: \(span.en)")
      case .continuous:
        return LocalizedText(ru: "постоянно", en: "continuously")
      case .asScheduled:
        return LocalizedText(ru: "по графику", en: "as scheduled")
      }
    }

    /// How the periodicity is dated, in a sentence, for a report's notes.
    ///
    /// - Complexity: O(1).
    public var note: LocalizedText {
      switch self {
      case .timesPerYear(1):
        return LocalizedText(
          ru: "один раз за учебный год; срок — 31 августа",
          en: "once in the academic year; due on 31 August")
      case .timesPerYear(12):
        return LocalizedText(
          ru: "каждый календарный месяц; срок — последний день месяца",
          en: "every calendar month; due on its last day")
      case .timesPerYear(let n) where Self.supportedTimesPerYear.contains(n):
        let count = 12 / n
        return LocalizedText(
          ru: "учебный год делится на \(n) \(Self.periodsWord(n)) по \(count) мес., начиная с "
            + "сентября; срок — последний день каждого периода",
          en: "the academic year is split into \(n) spans of \(count) months from September; each "
            + "is due on the last day of its span")
      case .timesPerYear(let n):
        return LocalizedText(
          ru: "\(n) \(Self.timesWord(n)) в год не делит год на равные периоды по месяцам: сроки не "
            + "определяются",
          en: "\(n) times a year does not split the year into equal spans of months: no due dates")
      case .annually:
        return LocalizedText(
          ru: "каждый учебный год, с первого дня первого месяца до последнего дня последнего",
          en:
            "every academic year, from the first day of the first month to the last day of the last"
        )
      case .deadline:
        return LocalizedText(
          ru: "каждый учебный год, с 1 сентября до указанного дня включительно",
          en: "every academic year, from 1 September to the given day included")
      case .once:
        return LocalizedText(
          ru: "один раз, в учебном году (годах), на который приходятся даты",
          en: "once, in the academic year(s) the dates fall in")
      case .continuous:
        return LocalizedText(
          ru: "ведётся постоянно: сроков нет, просроченной не бывает",
          en: "carried on continuously: no due dates, never overdue")
      case .asScheduled:
        return LocalizedText(
          ru: "сроки задаёт внешний график (например, федеральный график ВПР); в календаре не "
            + "датируется и просроченной не бывает",
          en:
            "the dates come from a schedule kept outside the plan (e.g. the federal ВПР schedule); "
            + "not dated in the calendar and never overdue")
      }
    }

    /// «раз» or «раза» after a count: 1, 5, 11 раз; 2, 3, 4, 22 раза.
    static func timesWord(_ count: Int) -> String {
      let lastTwo = count.magnitude % 100
      let last = count.magnitude % 10
      if (11...14).contains(lastTwo) { return "раз" }
      return (2...4).contains(last) ? "раза" : "раз"
    }

    /// «период», «периода» or «периодов» after a count.
    private static func periodsWord(_ count: Int) -> String {
      let lastTwo = count.magnitude % 100
      let last = count.magnitude % 10
      if (11...14).contains(lastTwo) { return "периодов" }
      if last == 1 { return "период" }
      return (2...4).contains(last) ? "периода" : "периодов"
    }

    /// Dates as a reader would write them: whole months by name («сентябрь–октябрь 2019»), other
    /// spans as dates.
    static func span(_ from: CalendarDate, _ to: CalendarDate) -> LocalizedText {
      let wholeMonths =
        from.day == 1 && to.day == CalendarDate.daysInMonth(to.month, year: to.year)
      guard wholeMonths else {
        if from == to {
          return LocalizedText(ru: from.formatted(in: .russian), en: from.formatted(in: .english))
        }
        return LocalizedText(
          ru: "\(from.formatted(in: .russian))–\(to.formatted(in: .russian))",
          en: "\(from.formatted(in: .english)) – \(to.formatted(in: .english))")
      }
      let first = from.calendarMonth.name
      let last = to.calendarMonth.name
      if from.year == to.year {
        if from.month == to.month {
          return LocalizedText(ru: "\(first.ru) \(from.year)", en: "\(first.en) \(from.year)")
        }
        return LocalizedText(
          ru: "\(first.ru)–\(last.ru) \(from.year)", en: "\(first.en)–\(last.en) \(from.year)")
      }
      return LocalizedText(
        ru: "\(first.ru) \(from.year) – \(last.ru) \(to.year)",
        en: "\(first.en) \(from.year) – \(last.en) \(to.year)")
    }
  }
}

extension MonitoringProcedure.Periodicity {
  /// The JSON `kind` of the periodicity: `times_per_year`, `annually`, `deadline`, `once`,
  /// `continuous` or `as_scheduled`.
  public var kind: String {
    switch self {
    case .timesPerYear: "times_per_year"
    case .annually: "annually"
    case .deadline: "deadline"
    case .once: "once"
    case .continuous: "continuous"
    case .asScheduled: "as_scheduled"
    }
  }
}
