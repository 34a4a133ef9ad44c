extension CalendarDate {
  /// A month of the year, numbered 1 (January) – 12 (December), with its Russian and English names.
  ///
  /// Monitoring documents name months without a year («Сентябрь, ежегодно», «апрель–май», «до 10
  /// сентября»); inside an academic year each month falls in one calendar year: September–December in
  /// the year the academic year starts, January–August in the year it ends (``year(in:)``).
  ///
  /// - Complexity: Every operation is O(1).
  ///
  /// ```swift
  /// CalendarDate.Month.november.year(in: 2023)        // 2022: November of 2022/2023
  /// CalendarDate.Month.november.name[.russian]        // "ноябрь"
  /// CalendarDate.Month.september.genitive[.russian]   // "сентября", as in «до 10 сентября»
  /// ```
  public enum Month: Int, Sendable, Hashable, Codable, CaseIterable {
    /// Январь.
    case january = 1
    /// Февраль.
    case february
    /// Март.
    case march
    /// Апрель.
    case april
    /// Май.
    case may
    /// Июнь.
    case june
    /// Июль.
    case july
    /// Август.
    case august
    /// Сентябрь: the first month of the academic year.
    case september
    /// Октябрь.
    case october
    /// Ноябрь.
    case november
    /// Декабрь.
    case december

    /// The months in academic order, September first and August last.
    public static let academicOrder: [CalendarDate.Month] = [
      .september, .october, .november, .december, .january, .february, .march, .april, .may, .june,
      .july, .august,
    ]

    /// The month's position in the academic year: 0 for September … 11 for August.
    public var academicIndex: Int { (rawValue + 3) % 12 }

    /// The month at `index` of the academic year (0 = September … 11 = August), `index` taken
    /// modulo 12.
    public static func academic(_ index: Int) -> CalendarDate.Month {
      academicOrder[((index % 12) + 12) % 12]
    }

    /// The calendar year in which this month of `academicYear` falls: September–December in
    /// `endYear − 1`, January–August in `endYear`.
    public func year(in academicYear: AcademicYear) -> Int {
      rawValue >= CalendarDate.Month.september.rawValue
        ? academicYear.startYear : academicYear.endYear
    }

    /// The name as a heading or a range shows it: «сентябрь», "September".
    public var name: LocalizedText {
      LocalizedText(ru: Self.russian[rawValue - 1].nominative, en: Self.english[rawValue - 1])
    }

    /// The name after a day number: «10 сентября», "10 September".
    public var genitive: LocalizedText {
      LocalizedText(ru: Self.russian[rawValue - 1].genitive, en: Self.english[rawValue - 1])
    }

    private static let russian: [(nominative: String, genitive: String)] = [
      ("январь", "января"), ("февраль", "февраля"), ("март", "марта"), ("апрель", "апреля"),
      ("май", "мая"), ("июнь", "июня"), ("июль", "июля"), ("август", "августа"),
      ("сентябрь", "сентября"), ("октябрь", "октября"), ("ноябрь", "ноября"),
      ("декабрь", "декабря"),
    ]

    private static let english = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
  }
}
