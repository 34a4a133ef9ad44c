import Foundation
import QualityKit
import Testing

/// ``CalendarDate``, ``CalendarDate/Month`` and the dates of ``AcademicYear``.
@Suite struct CalendarDateTests {
  typealias F = MonitoringFixture

  @Test("days that exist are dates, others are not")
  func validation() {
    #expect(CalendarDate(year: 2022, month: 9, day: 1)?.description == "2022-09-01")
    #expect(CalendarDate(year: 2022, month: 4, day: 30) != nil)
    #expect(CalendarDate(year: 2022, month: 4, day: 31) == nil)  // April has 30 days
    #expect(CalendarDate(year: 2022, month: 12, day: 31) != nil)
    #expect(CalendarDate(year: 2022, month: 13, day: 1) == nil)
    #expect(CalendarDate(year: 2022, month: 0, day: 1) == nil)
    #expect(CalendarDate(year: 2022, month: 1, day: 0) == nil)
    #expect(CalendarDate(year: 0, month: 1, day: 1) == nil)
    #expect(CalendarDate(year: 10_000, month: 1, day: 1) == nil)
    #expect(CalendarDate(year: 1, month: 1, day: 1)?.description == "0001-01-01")
    #expect(CalendarDate(year: 9999, month: 12, day: 31)?.description == "9999-12-31")
  }

  @Test("29 February exists in leap years: divisible by 4, not by 100 unless by 400")
  func leapYears() {
    #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)  // 2024 = 4 · 506
    #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
    #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)  // 2000 = 400 · 5
    #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)  // 1900 = 100 · 19, not 400 · k
    #expect(CalendarDate(year: 2100, month: 2, day: 29) == nil)
    #expect(CalendarDate(year: 2024, month: 2, day: 30) == nil)
    #expect(CalendarDate.daysInMonth(2, year: 2024) == 29)
    #expect(CalendarDate.daysInMonth(2, year: 2023) == 28)
    #expect(CalendarDate.daysInMonth(13, year: 2023) == 0)
    #expect([2020, 2024, 2000, 2400].allSatisfy(CalendarDate.isLeapYear))
    #expect(![2021, 2023, 1900, 2100].contains(where: CalendarDate.isLeapYear))
  }

  @Test("clamping gives the nearest valid day; first and last day of a month")
  func clamping() {
    #expect(CalendarDate(clampingYear: 2023, month: 2, day: 31).description == "2023-02-28")
    #expect(CalendarDate(clampingYear: 2024, month: 2, day: 31).description == "2024-02-29")
    #expect(CalendarDate(clampingYear: 2022, month: 14, day: 0).description == "2022-12-01")
    #expect(CalendarDate(clampingYear: -5, month: 1, day: 1).description == "0001-01-01")
    #expect(CalendarDate(clampingYear: 12_345, month: 1, day: 1).description == "9999-01-01")
    #expect(CalendarDate.first(of: .november, 2022).description == "2022-11-01")
    #expect(CalendarDate.last(of: .november, 2022).description == "2022-11-30")
    #expect(CalendarDate.last(of: .february, 2020).description == "2020-02-29")
    #expect(CalendarDate.last(of: .february, 2022).description == "2022-02-28")
  }

  @Test(
    "ISO and Russian forms parse to the same day",
    arguments: [
      ("2022-09-01", 2022, 9, 1), ("01.09.2022", 2022, 9, 1), ("1.9.2022", 2022, 9, 1),
      ("1.09.2022", 2022, 9, 1), ("29.02.2024", 2024, 2, 29), ("2024-02-29", 2024, 2, 29),
      ("31.12.1999", 1999, 12, 31),
    ])
  func parses(text: String, year: Int, month: Int, day: Int) {
    #expect(CalendarDate(text) == CalendarDate(year: year, month: month, day: day))
    #expect(CalendarDate(text) != nil)
  }

  @Test(
    "anything else is not a date",
    arguments: [
      "", "2022", "2022-09", "01.09.22", "2022-9-01", "2022-09-1", "22-09-01", "2022/09/01",
      "01-09-2022", "2022.09.01", "01.09-2022", "2022-09-01T00:00", " 2022-09-01", "2022-09-01 ",
      "01.09.2022 0:00", "01.09.2022.", ".01.09.2022", "2023-02-29", "31.02.2023", "31.04.2023",
      "00.01.2023", "01.13.2023", "2022-00-10", "0000-01-01", "20220-01-01", "001.09.2022",
      "1е.09.2022", "−1.09.2022",
    ])
  func rejects(text: String) {
    #expect(CalendarDate(text) == nil)
  }

  @Test("prints ISO; reports print DD.MM.YYYY in Russian and ISO in English")
  func formatting() {
    let date = F.day("2023-02-05")
    #expect(date.description == "2023-02-05")
    #expect(date.formatted(in: .russian) == "05.02.2023")
    #expect(date.formatted(in: .english) == "2023-02-05")
    #expect(CalendarDate(date.description) == date)
    #expect(date.calendarMonth == .february)
  }

  @Test("dates order by year, then month, then day")
  func order() {
    let dates = ["2023-01-01", "2022-12-31", "2022-09-01", "2022-09-10", "2021-12-31"].map {
      F.day($0)
    }
    #expect(
      dates.sorted().map(\.description) == [
        "2021-12-31", "2022-09-01", "2022-09-10", "2022-12-31", "2023-01-01",
      ])
  }

  @Test("JSON holds the ISO string and nothing else")
  func coding() throws {
    let data = try JSONEncoder().encode([F.day("2022-11-30")])
    #expect(String(decoding: data, as: UTF8.self) == #"["2022-11-30"]"#)
    #expect(try JSONDecoder().decode([CalendarDate].self, from: data) == [F.day("2022-11-30")])
    for text in [#"["30.11.2022"]"#, #"["2023-02-29"]"#, #"["2022-9-01"]"#, "[20221130]"] {
      #expect(throws: DecodingError.self) {
        _ = try JSONDecoder().decode([CalendarDate].self, from: Data(text.utf8))
      }
    }
  }

  @Test("months: academic order from September, calendar year inside an academic year, names")
  func months() {
    #expect(CalendarDate.Month.academicOrder.first == .september)
    #expect(CalendarDate.Month.academicOrder.last == .august)
    #expect(CalendarDate.Month.academicOrder.count == 12)
    #expect(CalendarDate.Month.september.academicIndex == 0)
    #expect(CalendarDate.Month.december.academicIndex == 3)
    #expect(CalendarDate.Month.january.academicIndex == 4)
    #expect(CalendarDate.Month.august.academicIndex == 11)
    #expect(
      CalendarDate.Month.allCases.allSatisfy { CalendarDate.Month.academic($0.academicIndex) == $0 }
    )
    #expect(CalendarDate.Month.academic(12) == .september)
    #expect(CalendarDate.Month.academic(-1) == .august)
    // 2022/2023: September–December in 2022, January–August in 2023.
    #expect(CalendarDate.Month.september.year(in: 2023) == 2022)
    #expect(CalendarDate.Month.december.year(in: 2023) == 2022)
    #expect(CalendarDate.Month.january.year(in: 2023) == 2023)
    #expect(CalendarDate.Month.august.year(in: 2023) == 2023)
    #expect(CalendarDate.Month.november.name[.russian] == "ноябрь")
    #expect(CalendarDate.Month.november.name[.english] == "November")
    #expect(CalendarDate.Month.september.genitive[.russian] == "сентября")
    #expect(CalendarDate.Month.may.genitive[.russian] == "мая")
  }

  @Test("an academic year runs from 1 September to 31 August")
  func academicYearDates() {
    let year: AcademicYear = 2023
    #expect(year.startDate == F.day("2022-09-01"))
    #expect(year.endDate == F.day("2023-08-31"))
    #expect(year.contains(F.day("2022-09-01")))
    #expect(year.contains(F.day("2023-08-31")))
    #expect(!year.contains(F.day("2022-08-31")))
    #expect(!year.contains(F.day("2023-09-01")))
    #expect(AcademicYear(containing: F.day("2022-09-01")) == 2023)
    #expect(AcademicYear(containing: F.day("2022-12-31")) == 2023)
    #expect(AcademicYear(containing: F.day("2023-01-01")) == 2023)
    #expect(AcademicYear(containing: F.day("2023-08-31")) == 2023)
    #expect(AcademicYear(containing: F.day("2022-08-31")) == 2022)
  }
}
