/// A civil date — year, month, day — without a time of day or a time zone.
///
/// Monitoring calendars are about days on a school calendar («до 10 сентября», «ноябрь 2022»), not
/// instants: a Foundation `Date` would need a time zone to say which day it is, and the same
/// instant is a different day in Kaliningrad and in Kamchatka. A `CalendarDate` is the day itself,
/// in the proleptic Gregorian calendar, for years 1–9999.
///
/// Dates are validated: there is no 31 April and no 29 February 2023. They order chronologically,
/// print and encode as ISO 8601 `YYYY-MM-DD`, and parse from `YYYY-MM-DD` or from the Russian
/// `DD.MM.YYYY` (what Excel with Russian settings writes; the day and month may have one digit).
///
/// - Complexity: Every operation is O(1), parsing O(m) in the length of the text.
///
/// ```swift
/// let date = CalendarDate(year: 2023, month: 2, day: 28)   // Optional
/// CalendarDate("28.02.2023") == date                        // true
/// CalendarDate("2023-02-29")                                // nil: 2023 is not a leap year
/// date?.description                                         // "2023-02-28"
/// date?.formatted(in: .russian)                             // "28.02.2023"
/// ```
public struct CalendarDate: Sendable, Hashable, Comparable, Codable, LosslessStringConvertible {
  /// The year, 1–9999.
  public let year: Int
  /// The month, 1 (January) – 12 (December).
  public let month: Int
  /// The day of the month, 1 – the month's length.
  public let day: Int

  /// The years a date may have: four digits, so that every date prints as `YYYY-MM-DD`.
  public static let years = 1...9999

  /// Creates a date, or `nil` when there is no such day.
  ///
  /// - Parameters:
  ///   - year: The year, 1–9999.
  ///   - month: The month, 1–12.
  ///   - day: The day, 1 to the length of the month in that year.
  /// - Complexity: O(1).
  ///
  /// ```swift
  /// CalendarDate(year: 2024, month: 2, day: 29)   // a date: 2024 is a leap year
  /// CalendarDate(year: 2022, month: 4, day: 31)   // nil
  /// ```
  public init?(year: Int, month: Int, day: Int) {
    guard Self.years.contains(year), (1...12).contains(month),
      (1...Self.daysInMonth(month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Creates the nearest valid date: the year clamped to 1–9999, the month to 1–12 and the day to
  /// 1 – the length of that month.
  ///
  /// Useful for "the last day of the month": `CalendarDate(clampingYear: 2023, month: 2, day: 31)`
  /// is 28 February 2023.
  ///
  /// - Complexity: O(1).
  public init(clampingYear year: Int, month: Int, day: Int) {
    self.year = min(max(year, Self.years.lowerBound), Self.years.upperBound)
    self.month = min(max(month, 1), 12)
    self.day = min(max(day, 1), Self.daysInMonth(self.month, year: self.year))
  }

  /// The first day of `month` in `year` (the year clamped to 1–9999).
  ///
  /// - Complexity: O(1).
  public static func first(of month: CalendarDate.Month, _ year: Int) -> CalendarDate {
    CalendarDate(clampingYear: year, month: month.rawValue, day: 1)
  }

  /// The last day of `month` in `year` (the year clamped to 1–9999): 29 February in a leap year.
  ///
  /// - Complexity: O(1).
  public static func last(of month: CalendarDate.Month, _ year: Int) -> CalendarDate {
    CalendarDate(clampingYear: year, month: month.rawValue, day: 31)
  }

  /// Whether `year` is a leap year of the Gregorian calendar: divisible by 4, and not by 100 unless
  /// by 400 (2024 and 2000 are, 2023 and 1900 are not).
  ///
  /// - Complexity: O(1).
  public static func isLeapYear(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  /// The number of days in `month` (1–12) of `year`; 0 for a month outside 1–12.
  ///
  /// - Complexity: O(1).
  public static func daysInMonth(_ month: Int, year: Int) -> Int {
    switch month {
    case 1, 3, 5, 7, 8, 10, 12: 31
    case 4, 6, 9, 11: 30
    case 2: isLeapYear(year) ? 29 : 28
    default: 0
    }
  }

  /// The month as a ``CalendarDate/Month``.
  public var calendarMonth: CalendarDate.Month { CalendarDate.Month(rawValue: month) ?? .january }

  // MARK: - Text

  /// Parses `YYYY-MM-DD` or `DD.MM.YYYY`, or returns `nil` when the text is neither or names a day
  /// that does not exist.
  ///
  /// The ISO form needs exactly four, two and two digits. The Russian form takes one or two digits
  /// for the day and the month and exactly four for the year, so `1.9.2022` is read but `01.09.22`
  /// is not (a two-digit year is ambiguous). Nothing else is accepted: no spaces, no time of day.
  ///
  /// - Parameter text: The date as written.
  /// - Complexity: O(m) in the length of the text.
  ///
  /// ```swift
  /// CalendarDate("2022-09-01")   // 1 September 2022
  /// CalendarDate("1.09.2022")    // the same day
  /// CalendarDate("31.02.2023")   // nil
  /// ```
  public init?(_ text: String) {
    guard let date = Self.parse(Array(text.utf8)) else { return nil }
    self = date
  }

  /// Parses a date from UTF-8 bytes; see ``init(_:)``.
  static func parse(_ bytes: some Collection<UInt8>) -> CalendarDate? {
    // Splits the text into runs of digits and the separators between them.
    var numbers: [(value: Int, digits: Int)] = []
    var separators: [UInt8] = []
    var value = 0
    var digits = 0
    for byte in bytes {
      let digit = byte &- UInt8(ascii: "0")
      if digit < 10 {
        guard digits < 4 else { return nil }
        value = value * 10 + Int(digit)
        digits += 1
      } else {
        guard digits > 0, byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") else {
          return nil
        }
        numbers.append((value, digits))
        separators.append(byte)
        value = 0
        digits = 0
      }
    }
    guard digits > 0 else { return nil }
    numbers.append((value, digits))
    guard numbers.count == 3, separators[0] == separators[1] else { return nil }
    if separators[0] == UInt8(ascii: "-") {
      guard numbers[0].digits == 4, numbers[1].digits == 2, numbers[2].digits == 2 else {
        return nil
      }
      return CalendarDate(year: numbers[0].value, month: numbers[1].value, day: numbers[2].value)
    }
    guard numbers[0].digits <= 2, numbers[1].digits <= 2, numbers[2].digits == 4 else {
      return nil
    }
    return CalendarDate(year: numbers[2].value, month: numbers[1].value, day: numbers[0].value)
  }

  /// The ISO 8601 form `YYYY-MM-DD`, e.g. `2022-09-01`.
  public var description: String {
    "\(Self.padded(year, 4))-\(Self.padded(month, 2))-\(Self.padded(day, 2))"
  }

  /// The date as a report shows it: `01.09.2022` in Russian, `2022-09-01` in English.
  ///
  /// - Complexity: O(1).
  public func formatted(in language: Language) -> String {
    switch language {
    case .russian: "\(Self.padded(day, 2)).\(Self.padded(month, 2)).\(Self.padded(year, 4))"
    case .english: description
    }
  }

  private static func padded(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  // MARK: - Conformances

  /// Orders dates chronologically.
  public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// Decodes a date from a JSON string `YYYY-MM-DD`.
  ///
  /// - Throws: `DecodingError.dataCorrupted` for any other text or a day that does not exist.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    // Only the canonical form round-trips: JSON dates are ISO, never `DD.MM.YYYY`.
    guard let date = CalendarDate(text), date.description == text else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "\"\(text)\" is not a date YYYY-MM-DD")
    }
    self = date
  }

  /// Encodes the date as a JSON string `YYYY-MM-DD`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
