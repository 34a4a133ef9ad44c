import Foundation
import QualityKit
import Testing

/// ``MeasureDescription/Schedule``: the occurrences of every form in 2024/2025 and in the leap year
/// 2023/2024, written out by hand, validation and the content files' JSON form.
@Suite struct MeasureScheduleTests {
  typealias F = MeasureFixture

  /// The occurrences as "start–end" strings.
  func dates(_ schedule: MeasureDescription.Schedule, _ year: AcademicYear = 2025) -> [String] {
    F.spans(schedule.occurrences(in: year))
  }

  // MARK: - Every form in 2024/2025

  @Test("«Сентябрь ежегодно»: 1–30 September of the year")
  func month() {
    #expect(dates(.month(.september)) == ["2024-09-01–2024-09-30"])
    // January–August fall in the calendar year the academic year ends in
    #expect(dates(.month(.june)) == ["2025-06-01–2025-06-30"])
  }

  @Test("«сентябрь–ноябрь»: 1 September to 30 November")
  func months() {
    #expect(dates(.months(from: .september, to: .november)) == ["2024-09-01–2024-11-30"])
    #expect(dates(.months(from: .may, to: .june)) == ["2025-05-01–2025-06-30"])
  }

  @Test("n раз в год: n spans of 12 / n months from September")
  func timesPerYear() {
    #expect(dates(.timesPerYear(1)) == ["2024-09-01–2025-08-31"])
    // 12 / 2 = 6 months: September–February (28 days in 2025), March–August
    #expect(dates(.timesPerYear(2)) == ["2024-09-01–2025-02-28", "2025-03-01–2025-08-31"])
    let monthly = dates(.timesPerYear(12))
    #expect(monthly.count == 12)
    #expect(monthly.first == "2024-09-01–2024-09-30")
    #expect(monthly[5] == "2025-02-01–2025-02-28")
    #expect(monthly.last == "2025-08-01–2025-08-31")
  }

  @Test("«1 раз в четверть»: the four school quarters, the library's reading")
  func schoolQuarters() {
    #expect(
      dates(.schoolQuarters) == [
        "2024-09-01–2024-10-31", "2024-11-01–2024-12-31", "2025-01-09–2025-03-31",
        "2025-04-01–2025-05-31",
      ])
    #expect(
      MeasureDescription.Schedule.schoolQuarters(in: 2025)
        == MeasureDescription.Schedule.schoolQuarters.occurrences(in: 2025))
  }

  @Test("«до 15 сентября»: from 1 September to the day")
  func deadline() {
    #expect(dates(.deadline(month: .september, day: 15)) == ["2024-09-01–2024-09-15"])
    #expect(dates(.deadline(month: .january, day: 1)) == ["2024-09-01–2025-01-01"])
  }

  @Test("once: the window if it touches the year, whole; nothing otherwise")
  func once() {
    // «Июль–август 2022» is in 2021/2022, not in 2024/2025
    let summer2022 = MeasureDescription.Schedule.once(from: .july, 2022, to: .august, 2022)
    #expect(dates(summer2022) == [])
    #expect(dates(summer2022, 2022) == ["2022-07-01–2022-08-31"])
    // a window across 1 September is listed whole in both years it touches
    let across = MeasureDescription.Schedule.once(from: .july, 2024, to: .september, 2024)
    #expect(dates(across, 2024) == ["2024-07-01–2024-09-30"])
    #expect(dates(across) == ["2024-07-01–2024-09-30"])
    #expect(dates(across, 2026) == [])
    // «Сентябрь 2024 (2 неделя)»
    let week = MeasureDescription.Schedule.once(from: F.day("2024-09-08"), to: F.day("2024-09-14"))
    #expect(dates(week) == ["2024-09-08–2024-09-14"])
  }

  @Test("dates: the windows that touch the year, in order")
  func datesForm() {
    // «Январь, апрель 2023» and November 2024, given out of order
    let schedule = MeasureDescription.Schedule.dates([
      .month(.november, 2024), .month(.january, 2023), .month(.april, 2023),
    ])
    #expect(dates(schedule) == ["2024-11-01–2024-11-30"])
    #expect(dates(schedule, 2023) == ["2023-01-01–2023-01-31", "2023-04-01–2023-04-30"])
    #expect(dates(schedule, 2024) == [])
  }

  @Test("«в течение года»: the whole year, clipped to the stated bounds")
  func continuous() {
    #expect(dates(.continuous()) == ["2024-09-01–2025-08-31"])
    // «2022–2024» read as 2022-01-01 … 2024-12-31
    let bounded = MeasureDescription.Schedule.continuous(
      from: F.day("2022-01-01"), to: F.day("2024-12-31"))
    #expect(dates(bounded) == ["2024-09-01–2024-12-31"])
    #expect(dates(bounded, 2023) == ["2022-09-01–2023-08-31"])
    #expect(dates(bounded, 2022) == ["2022-01-01–2022-08-31"])
    #expect(dates(bounded, 2026) == [])
    #expect(dates(bounded, 2021) == [])
    // «постоянно, с 15 января 2025»; only an end
    #expect(dates(.continuous(from: F.day("2025-01-15"))) == ["2025-01-15–2025-08-31"])
    #expect(dates(.continuous(to: F.day("2024-10-31"))) == ["2024-09-01–2024-10-31"])
  }

  @Test("«по графику»: no dates, not dated")
  func asScheduled() {
    #expect(dates(.asScheduled) == [])
    #expect(!MeasureDescription.Schedule.asScheduled.isDated)
    #expect(MeasureDescription.Schedule.continuous().isDated)
    #expect(MeasureDescription.Schedule.asScheduled.summary[.russian] == "по графику")
  }

  // MARK: - The leap year 2023/2024

  @Test("2023/2024: February has 29 days in every form that reaches it")
  func leapYear() {
    #expect(dates(.month(.february), 2024) == ["2024-02-01–2024-02-29"])
    #expect(dates(.months(from: .december, to: .february), 2024) == ["2023-12-01–2024-02-29"])
    #expect(dates(.timesPerYear(2), 2024) == ["2023-09-01–2024-02-29", "2024-03-01–2024-08-31"])
    #expect(dates(.timesPerYear(12), 2024)[5] == "2024-02-01–2024-02-29")
    #expect(
      dates(.schoolQuarters, 2024) == [
        "2023-09-01–2023-10-31", "2023-11-01–2023-12-31", "2024-01-09–2024-03-31",
        "2024-04-01–2024-05-31",
      ])
    // 29 February is a valid deadline; in 2024/2025 it is 28 February
    #expect(dates(.deadline(month: .february, day: 29), 2024) == ["2023-09-01–2024-02-29"])
    #expect(dates(.deadline(month: .february, day: 29)) == ["2024-09-01–2025-02-28"])
    #expect(
      dates(.once(from: F.day("2024-02-29"), to: F.day("2024-02-29")), 2024) == [
        "2024-02-29–2024-02-29"
      ])
    #expect(dates(.dates([.month(.february, 2024)]), 2024) == ["2024-02-01–2024-02-29"])
    #expect(dates(.continuous(), 2024) == ["2023-09-01–2024-08-31"])
    #expect(dates(.continuous(to: F.day("2024-02-29")), 2024) == ["2023-09-01–2024-02-29"])
  }

  @Test("an academic year outside the calendar has no dates")
  func yearWithoutCalendar() {
    for schedule in [
      MeasureDescription.Schedule.schoolQuarters, .continuous(), .month(.may), .timesPerYear(4),
    ] {
      #expect(schedule.occurrences(in: 0) == [])
      #expect(schedule.occurrences(in: 10_000) == [])
    }
  }

  // MARK: - Validation

  @Test("impossible schedules have a problem and no dates")
  func problems() {
    let cases: [(MeasureDescription.Schedule, MeasureError.Kind)] = [
      (.timesPerYear(5), .unsupportedTimesPerYear(5)),
      (.timesPerYear(0), .unsupportedTimesPerYear(0)),
      (.deadline(month: .february, day: 30), .invalidDeadline(month: .february, day: 30)),
      (.deadline(month: .april, day: 31), .invalidDeadline(month: .april, day: 31)),
      (.deadline(month: .september, day: 0), .invalidDeadline(month: .september, day: 0)),
      (
        .months(from: .june, to: .september), .monthsOutOfAcademicOrder(from: .june, to: .september)
      ),
      (
        .once(from: F.day("2023-05-01"), to: F.day("2023-04-30")),
        .endsBeforeStart(from: F.day("2023-05-01"), to: F.day("2023-04-30"))
      ),
      (.dates([]), .noDates),
      (
        .dates([.month(.january, 2023), .init(from: F.day("2023-04-30"), to: F.day("2023-04-01"))]),
        .endsBeforeStart(from: F.day("2023-04-30"), to: F.day("2023-04-01"))
      ),
      (
        .continuous(from: F.day("2024-12-31"), to: F.day("2022-01-01")),
        .endsBeforeStart(from: F.day("2024-12-31"), to: F.day("2022-01-01"))
      ),
    ]
    for (schedule, kind) in cases {
      #expect(schedule.problem == kind, "\(schedule)")
      #expect(schedule.occurrences(in: 2025) == [], "\(schedule)")
    }
    #expect(MeasureDescription.Schedule.deadline(month: .february, day: 29).problem == nil)
    #expect(MeasureDescription.Schedule.months(from: .november, to: .february).problem == nil)
    #expect(MeasureDescription.Schedule.continuous(from: F.day("2024-01-01")).problem == nil)
  }

  @Test("problems read as sentences in both languages")
  func problemMessages() {
    let error = MeasureError(kind: .invalidDeadline(month: .february, day: 30), measure: "m.x")
    #expect(
      error.description == "мероприятие m.x: срок «до 30 февраля» невозможен: такого дня нет")
    #expect(
      error.message(in: .english)
        == "measure m.x: deadline 30 February is impossible: there is no such day")
    #expect(
      MeasureError.Kind.unsupportedTimesPerYear(5).message()
        == "5 раз в год нельзя разложить по месяцам: допустимо 1, 2, 3, 4, 6 или 12")
  }

  // MARK: - Text

  @Test("summaries for reports")
  func summaries() {
    #expect(MeasureDescription.Schedule.month(.september).summary[.russian] == "ежегодно, сентябрь")
    #expect(MeasureDescription.Schedule.schoolQuarters.summary[.russian] == "1 раз в четверть")
    #expect(MeasureDescription.Schedule.schoolQuarters.summary[.english] == "once a school quarter")
    #expect(MeasureDescription.Schedule.continuous().summary[.russian] == "в течение года")
    #expect(
      MeasureDescription.Schedule.continuous(from: F.day("2022-01-01"), to: F.day("2024-12-31"))
        .summary[.russian] == "в течение года; январь 2022 – декабрь 2024")
    #expect(
      MeasureDescription.Schedule.dates([.month(.january, 2023), .month(.april, 2023)]).summary[
        .russian]
        == "в указанные сроки: январь 2023; апрель 2023")
    #expect(
      MeasureDescription.Schedule.once(from: .july, 2022, to: .august, 2022).summary[.russian]
        == "однократно: июль–август 2022")
    #expect(
      MeasureDescription.Schedule.deadline(month: .september, day: 15).summary[.russian]
        == "ежегодно до 15 сентября")
  }

  // MARK: - JSON

  func decode(_ json: String) throws -> MeasureDescription.Schedule {
    try JSONDecoder().decode(MeasureDescription.Schedule.self, from: Data(json.utf8))
  }

  @Test("the content files' schedule objects decode to every form")
  func decoding() throws {
    #expect(try decode(#"{"form": "month", "month": 9}"#) == .month(.september))
    #expect(
      try decode(#"{"form": "months", "from": 9, "to": 11}"#)
        == .months(from: .september, to: .november))
    #expect(try decode(#"{"form": "times_per_year", "n": 2}"#) == .timesPerYear(2))
    #expect(try decode(#"{"form": "school_quarters"}"#) == .schoolQuarters)
    #expect(
      try decode(#"{"form": "deadline", "month": 9, "day": 15}"#)
        == .deadline(month: .september, day: 15))
    // YYYY-MM: the first day as a start, the last day as an end
    #expect(
      try decode(#"{"form": "once", "from": "2022-07", "to": "2022-08"}"#)
        == .once(from: F.day("2022-07-01"), to: F.day("2022-08-31")))
    #expect(
      try decode(#"{"form": "once", "from": "2022-09-08", "to": "2022-09-14"}"#)
        == .once(from: F.day("2022-09-08"), to: F.day("2022-09-14")))
    #expect(
      try decode(
        #"{"form": "dates", "windows": [{"from": "2023-01", "to": "2023-01"}, {"from": "2023-04", "to": "2023-04"}]}"#
      ) == .dates([.month(.january, 2023), .month(.april, 2023)]))
    #expect(try decode(#"{"form": "continuous"}"#) == .continuous())
    #expect(
      try decode(#"{"form": "continuous", "from": "2022-09", "to": "2024-02"}"#)
        == .continuous(from: F.day("2022-09-01"), to: F.day("2024-02-29")))
    #expect(try decode(#"{"form": "as_scheduled"}"#) == .asScheduled)
  }

  @Test("JSON round-trips")
  func roundTrip() throws {
    let schedules: [MeasureDescription.Schedule] = [
      .month(.may), .months(from: .september, to: .october), .timesPerYear(4), .schoolQuarters,
      .deadline(month: .february, day: 29), .once(.november, 2022),
      .dates([.month(.january, 2023)]), .continuous(), .continuous(from: F.day("2021-09-01")),
      .asScheduled,
    ]
    for schedule in schedules {
      let data = try JSONEncoder().encode(schedule)
      #expect(try JSONDecoder().decode(MeasureDescription.Schedule.self, from: data) == schedule)
    }
  }

  /// The `MeasureError` under a decoding error, if any.
  func underlying(_ json: String) -> MeasureError.Kind? {
    do {
      _ = try decode(json)
      return nil
    } catch let DecodingError.dataCorrupted(context) {
      return (context.underlyingError as? MeasureError)?.kind
    } catch {
      return nil
    }
  }

  @Test("month 13, a day that does not exist and impossible schedules fail with a MeasureError")
  func decodingErrors() {
    #expect(underlying(#"{"form": "month", "month": 13}"#) == .invalidMonth(13))
    #expect(underlying(#"{"form": "months", "from": 0, "to": 3}"#) == .invalidMonth(0))
    #expect(
      underlying(#"{"form": "once", "from": "2022-13", "to": "2022-12"}"#)
        == .invalidDate("2022-13"))
    #expect(
      underlying(#"{"form": "once", "from": "2023-02-29", "to": "2023-03"}"#)
        == .invalidDate("2023-02-29"))
    #expect(
      underlying(#"{"form": "deadline", "month": 2, "day": 31}"#)
        == .invalidDeadline(month: .february, day: 31))
    #expect(underlying(#"{"form": "times_per_year", "n": 5}"#) == .unsupportedTimesPerYear(5))
    #expect(underlying(#"{"form": "dates", "windows": []}"#) == .noDates)
    #expect(
      underlying(#"{"form": "continuous", "from": "2024-12", "to": "2022-01"}"#)
        == .endsBeforeStart(from: F.day("2024-12-01"), to: F.day("2022-01-31")))
    #expect(throws: PackFileError.FormatIssue.self) { try decode(#"{"form": "weekly"}"#) }
    #expect(throws: DecodingError.self) { try decode(#"{"form": "once", "from": "2022-07"}"#) }
  }
}
