/// The JSON form of a schedule: the measure content files' `schedule` object.
///
/// ```json
/// {"form": "month", "month": 9}
/// {"form": "months", "from": 9, "to": 11}
/// {"form": "times_per_year", "n": 2}
/// {"form": "school_quarters"}
/// {"form": "deadline", "month": 9, "day": 15}
/// {"form": "once", "from": "2022-07", "to": "2022-08"}
/// {"form": "dates", "windows": [{"from": "2023-01", "to": "2023-01"}, {"from": "2023-04-03", "to": "2023-04-07"}]}
/// {"form": "continuous"}
/// {"form": "continuous", "from": "2022-09", "to": "2024-12"}
/// {"form": "as_scheduled"}
/// ```
///
/// Dates are `YYYY-MM-DD` or `YYYY-MM`; a month alone is its first day as a start (`from`) and its
/// last day as an end (`to`). Encoding always writes `YYYY-MM-DD`, so a decoded schedule encodes to
/// an equivalent one.
extension MeasureDescription.Schedule: Codable {
  private enum CodingKeys: String, CodingKey {
    case form, month, from, to, n, day, windows
  }

  /// Decodes a schedule from its content-file object.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` for an unknown form, `DecodingError` for a missing key, and
  ///   `DecodingError.dataCorrupted` whose underlying error is a ``MeasureError`` for a month
  ///   outside 1–12, a date that does not exist, or a schedule with a ``problem``.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let form = try container.decode(String.self, forKey: .form)
    func month(_ key: CodingKeys) throws -> CalendarDate.Month {
      let number = try container.decode(Int.self, forKey: key)
      guard let month = CalendarDate.Month(rawValue: number) else {
        throw Self.corrupted(.invalidMonth(number), key, container)
      }
      return month
    }
    func date(_ key: CodingKeys, end: Bool) throws -> CalendarDate? {
      guard let text = try container.decodeIfPresent(String.self, forKey: key) else { return nil }
      guard let date = Self.date(text, end: end) else {
        throw Self.corrupted(.invalidDate(text), key, container)
      }
      return date
    }
    switch form {
    case "month":
      self = .month(try month(.month))
    case "months":
      self = .months(from: try month(.from), to: try month(.to))
    case "times_per_year":
      self = .timesPerYear(try container.decode(Int.self, forKey: .n))
    case "school_quarters":
      self = .schoolQuarters
    case "deadline":
      self = .deadline(month: try month(.month), day: try container.decode(Int.self, forKey: .day))
    case "once":
      guard let from = try date(.from, end: false), let to = try date(.to, end: true) else {
        throw DecodingError.keyNotFound(
          CodingKeys.from,
          DecodingError.Context(
            codingPath: container.codingPath, debugDescription: "once needs from and to"))
      }
      self = .once(from: from, to: to)
    case "dates":
      let windows = try container.decode([WindowText].self, forKey: .windows)
      var parsed: [Window] = []
      for window in windows {
        guard let from = Self.date(window.from, end: false) else {
          throw Self.corrupted(.invalidDate(window.from), .windows, container)
        }
        guard let to = Self.date(window.to, end: true) else {
          throw Self.corrupted(.invalidDate(window.to), .windows, container)
        }
        parsed.append(Window(from: from, to: to))
      }
      self = .dates(parsed)
    case "continuous":
      self = .continuous(from: try date(.from, end: false), to: try date(.to, end: true))
    case "as_scheduled":
      self = .asScheduled
    default:
      throw PackFileError.FormatIssue(
        .unknownKind(
          form,
          expected: [
            "month", "months", "times_per_year", "school_quarters", "deadline", "once", "dates",
            "continuous", "as_scheduled",
          ]),
        codingPath: container.codingPath + [CodingKeys.form])
    }
    if let problem {
      throw Self.corrupted(problem, .form, container)
    }
  }

  /// Encodes the schedule as its content-file object, dates as `YYYY-MM-DD`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(form, forKey: .form)
    switch self {
    case .month(let month):
      try container.encode(month.rawValue, forKey: .month)
    case .months(let from, let to):
      try container.encode(from.rawValue, forKey: .from)
      try container.encode(to.rawValue, forKey: .to)
    case .timesPerYear(let n):
      try container.encode(n, forKey: .n)
    case .deadline(let month, let day):
      try container.encode(month.rawValue, forKey: .month)
      try container.encode(day, forKey: .day)
    case .once(let from, let to):
      try container.encode(from, forKey: .from)
      try container.encode(to, forKey: .to)
    case .dates(let windows):
      try container.encode(
        windows.map { WindowText(from: $0.from.description, to: $0.to.description) },
        forKey: .windows)
    case .continuous(let from, let to):
      try container.encodeIfPresent(from, forKey: .from)
      try container.encodeIfPresent(to, forKey: .to)
    case .schoolQuarters, .asScheduled:
      break
    }
  }

  /// A window as the content files write it.
  private struct WindowText: Codable {
    let from: String
    let to: String
  }

  /// `YYYY-MM-DD`, or `YYYY-MM` read as the first (`end == false`) or last day of the month.
  ///
  /// - Complexity: O(m) in the length of the text.
  static func date(_ text: String, end: Bool) -> CalendarDate? {
    let bytes = Array(text.utf8)
    if bytes.count == 10 {
      guard let date = CalendarDate(text), date.description == text else { return nil }
      return date
    }
    guard bytes.count == 7, bytes[4] == UInt8(ascii: "-") else { return nil }
    var year = 0
    var month = 0
    for (index, byte) in bytes.enumerated() where index != 4 {
      let digit = byte &- UInt8(ascii: "0")
      guard digit < 10 else { return nil }
      if index < 4 { year = year * 10 + Int(digit) } else { month = month * 10 + Int(digit) }
    }
    guard CalendarDate.years.contains(year), let named = CalendarDate.Month(rawValue: month) else {
      return nil
    }
    return end ? .last(of: named, year) : .first(of: named, year)
  }

  private static func corrupted(
    _ kind: MeasureError.Kind, _ key: CodingKeys, _ container: KeyedDecodingContainer<CodingKeys>
  ) -> DecodingError {
    let error = MeasureError(kind: kind, measure: "")
    return DecodingError.dataCorrupted(
      DecodingError.Context(
        codingPath: container.codingPath + [key], debugDescription: error.message(in: .english),
        underlyingError: error))
  }
}
