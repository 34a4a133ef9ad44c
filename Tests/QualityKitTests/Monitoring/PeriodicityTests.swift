import Foundation
import QualityKit
import Testing

/// ``MonitoringProcedure/Periodicity``: the windows of every case in 2022/2023, written out by hand.
@Suite struct PeriodicityTests {
  typealias F = MonitoringFixture

  /// The windows as "start–due" strings.
  func windows(_ periodicity: MonitoringProcedure.Periodicity, _ year: AcademicYear = 2023)
    -> [String]
  {
    periodicity.windows(in: year).map { "\($0.lowerBound)–\($0.upperBound)" }
  }

  @Test("1 раз в год: the whole academic year, due 31 August")
  func oncePerYear() {
    #expect(windows(.timesPerYear(1)) == ["2022-09-01–2023-08-31"])
  }

  @Test("2 раза в год: September–February and March–August")
  func twicePerYear() {
    // 12 / 2 = 6 months each; February 2023 has 28 days.
    #expect(windows(.timesPerYear(2)) == ["2022-09-01–2023-02-28", "2023-03-01–2023-08-31"])
  }

  @Test("3 раза в год: September–December, January–April, May–August")
  func threeTimesPerYear() {
    #expect(
      windows(.timesPerYear(3)) == [
        "2022-09-01–2022-12-31", "2023-01-01–2023-04-30", "2023-05-01–2023-08-31",
      ])
  }

  @Test("4 раза в год, «1 раз в четверть», «1 раз в квартал»: three-month spans from September")
  func fourTimesPerYear() {
    #expect(
      windows(.timesPerYear(4)) == [
        "2022-09-01–2022-11-30", "2022-12-01–2023-02-28", "2023-03-01–2023-05-31",
        "2023-06-01–2023-08-31",
      ])
  }

  @Test("6 раз в год: two-month spans from September")
  func sixTimesPerYear() {
    #expect(
      windows(.timesPerYear(6)) == [
        "2022-09-01–2022-10-31", "2022-11-01–2022-12-31", "2023-01-01–2023-02-28",
        "2023-03-01–2023-04-30", "2023-05-01–2023-06-30", "2023-07-01–2023-08-31",
      ])
  }

  @Test("ежемесячно: each calendar month, due on its last day")
  func monthly() {
    #expect(MonitoringProcedure.Periodicity.monthly == .timesPerYear(12))
    #expect(
      windows(.monthly) == [
        "2022-09-01–2022-09-30", "2022-10-01–2022-10-31", "2022-11-01–2022-11-30",
        "2022-12-01–2022-12-31", "2023-01-01–2023-01-31", "2023-02-01–2023-02-28",
        "2023-03-01–2023-03-31", "2023-04-01–2023-04-30", "2023-05-01–2023-05-31",
        "2023-06-01–2023-06-30", "2023-07-01–2023-07-31", "2023-08-01–2023-08-31",
      ])
  }

  @Test("February ends on the 29th in leap years: 2019/2020, 2023/2024, 1999/2000, not 1899/1900")
  func leapFebruaries() {
    #expect(windows(.timesPerYear(2), 2024).first == "2023-09-01–2024-02-29")
    #expect(windows(.timesPerYear(2), 2020).first == "2019-09-01–2020-02-29")
    #expect(windows(.timesPerYear(2), 2000).first == "1999-09-01–2000-02-29")
    #expect(windows(.timesPerYear(2), 1900).first == "1899-09-01–1900-02-28")
    #expect(windows(.timesPerYear(4), 2024)[1] == "2023-12-01–2024-02-29")
    #expect(windows(.monthly, 2024)[5] == "2024-02-01–2024-02-29")
    #expect(windows(.annually(in: .february), 2024) == ["2024-02-01–2024-02-29"])
  }

  @Test("«Сентябрь, ежегодно», «сентябрь–ноябрь», «апрель–май», «декабрь–февраль»")
  func annually() {
    #expect(windows(.annually(in: .september)) == ["2022-09-01–2022-09-30"])
    #expect(windows(.annually(from: .september, to: .november)) == ["2022-09-01–2022-11-30"])
    #expect(windows(.annually(from: .april, to: .may)) == ["2023-04-01–2023-05-31"])
    #expect(windows(.annually(from: .december, to: .february)) == ["2022-12-01–2023-02-28"])
    #expect(windows(.annually(in: .august)) == ["2023-08-01–2023-08-31"])
    #expect(windows(.annually(from: .september, to: .august)) == ["2022-09-01–2023-08-31"])
  }

  @Test("«до 10 сентября»: from 1 September to the day, both included; 29 February in other years")
  func deadlines() {
    #expect(windows(.deadline(month: .september, day: 10)) == ["2022-09-01–2022-09-10"])
    #expect(windows(.deadline(month: .september, day: 1)) == ["2022-09-01–2022-09-01"])
    #expect(windows(.deadline(month: .january, day: 1)) == ["2022-09-01–2023-01-01"])
    #expect(windows(.deadline(month: .august, day: 31)) == ["2022-09-01–2023-08-31"])
    #expect(windows(.deadline(month: .february, day: 29)) == ["2022-09-01–2023-02-28"])
    #expect(windows(.deadline(month: .february, day: 29), 2024) == ["2023-09-01–2024-02-29"])
  }

  @Test("«Ноябрь 2022» falls in 2022/2023 only; a window across 31 August falls in both years")
  func once() {
    let november = MonitoringProcedure.Periodicity.once(.november, 2022)
    #expect(november == .once(from: F.day("2022-11-01"), to: F.day("2022-11-30")))
    #expect(windows(november) == ["2022-11-01–2022-11-30"])
    #expect(windows(november, 2022) == [])
    #expect(windows(november, 2024) == [])
    // «Сентябрь–октябрь 2019»: 2019/2020 only.
    let autumn = MonitoringProcedure.Periodicity.once(from: .september, 2019, to: .october, 2019)
    #expect(windows(autumn, 2020) == ["2019-09-01–2019-10-31"])
    #expect(windows(autumn, 2019) == [])
    // «Июль–сентябрь 2022» touches 2021/2022 and 2022/2023 and keeps its full window in both.
    let summer = MonitoringProcedure.Periodicity.once(from: .july, 2022, to: .september, 2022)
    #expect(windows(summer, 2022) == ["2022-07-01–2022-09-30"])
    #expect(windows(summer, 2023) == ["2022-07-01–2022-09-30"])
    #expect(windows(summer, 2024) == [])
    // The boundary days: 31 August belongs to the year that ends, 1 September to the next.
    let august31 = MonitoringProcedure.Periodicity.once(
      from: F.day("2022-08-31"), to: F.day("2022-08-31"))
    #expect(windows(august31, 2022) == ["2022-08-31–2022-08-31"])
    #expect(windows(august31, 2023) == [])
    let september1 = MonitoringProcedure.Periodicity.once(
      from: F.day("2022-09-01"), to: F.day("2022-09-01"))
    #expect(windows(september1, 2022) == [])
    #expect(windows(september1, 2023) == ["2022-09-01–2022-09-01"])
  }

  @Test("«постоянно» and «по графику» have no windows")
  func undated() {
    #expect(windows(.continuous) == [])
    #expect(windows(.asScheduled) == [])
    #expect(!MonitoringProcedure.Periodicity.continuous.isDated)
    #expect(!MonitoringProcedure.Periodicity.asScheduled.isDated)
    #expect(MonitoringProcedure.Periodicity.timesPerYear(4).isDated)
    #expect(MonitoringProcedure.Periodicity.once(.may, 2023).isDated)
  }

  @Test("what cannot be dated says why, and has no windows")
  func problems() {
    for n in [0, -1, 5, 7, 8, 24, Int.min, Int.max] {
      #expect(
        MonitoringProcedure.Periodicity.timesPerYear(n).problem == .unsupportedTimesPerYear(n))
      #expect(windows(.timesPerYear(n)) == [])
    }
    for n in MonitoringProcedure.Periodicity.supportedTimesPerYear {
      #expect(MonitoringProcedure.Periodicity.timesPerYear(n).problem == nil)
      #expect(windows(.timesPerYear(n)).count == n)
    }
    #expect(
      MonitoringProcedure.Periodicity.deadline(month: .april, day: 31).problem
        == .invalidDeadline(month: .april, day: 31))
    #expect(
      MonitoringProcedure.Periodicity.deadline(month: .may, day: 0).problem
        == .invalidDeadline(month: .may, day: 0))
    #expect(MonitoringProcedure.Periodicity.deadline(month: .february, day: 29).problem == nil)
    #expect(
      MonitoringProcedure.Periodicity.deadline(month: .february, day: 30).problem
        == .invalidDeadline(month: .february, day: 30))
    #expect(
      MonitoringProcedure.Periodicity.annually(from: .june, to: .september).problem
        == .monthsOutOfAcademicOrder(from: .june, to: .september))
    #expect(windows(.annually(from: .june, to: .september)) == [])
    let backwards = MonitoringProcedure.Periodicity.once(
      from: F.day("2022-11-30"), to: F.day("2022-11-01"))
    #expect(
      backwards.problem == .onceEndsBeforeStart(from: F.day("2022-11-30"), to: F.day("2022-11-01")))
    #expect(windows(backwards) == [])
  }

  @Test("phrases for reports, in Russian and English")
  func summaries() {
    let cases: [(MonitoringProcedure.Periodicity, String, String)] = [
      (.timesPerYear(1), "1 раз в год", "once a year"),
      (.timesPerYear(2), "2 раза в год", "twice a year"),
      (.timesPerYear(4), "4 раза в год", "4 times a year"),
      (.timesPerYear(6), "6 раз в год", "6 times a year"),
      (.monthly, "ежемесячно", "monthly"),
      (.annually(in: .september), "ежегодно, сентябрь", "every year in September"),
      (
        .annually(from: .april, to: .may), "ежегодно, апрель–май",
        "every year, April–May"
      ),
      (
        .deadline(month: .september, day: 10), "ежегодно до 10 сентября",
        "every year by 10 September"
      ),
      (.once(.november, 2022), "однократно: ноябрь 2022", "once: November 2022"),
      (
        .once(from: .september, 2019, to: .october, 2019),
        "однократно: сентябрь–октябрь 2019", "once: September–October 2019"
      ),
      (
        .once(from: .december, 2020, to: .april, 2021),
        "однократно: декабрь 2020 – апрель 2021", "once: December 2020 – April 2021"
      ),
      (
        .once(from: F.day("2022-09-05"), to: F.day("2022-09-20")),
        "однократно: 05.09.2022–20.09.2022", "once: 2022-09-05 – 2022-09-20"
      ),
      (
        .once(from: F.day("2022-09-05"), to: F.day("2022-09-05")),
        "однократно: 05.09.2022", "once: 2022-09-05"
      ),
      (.continuous, "постоянно", "continuously"),
      (.asScheduled, "по графику", "as scheduled"),
    ]
    for (periodicity, ru, en) in cases {
      #expect(periodicity.summary[.russian] == ru)
      #expect(periodicity.summary[.english] == en)
    }
    #expect(MonitoringProcedure.Periodicity.timesPerYear(22).summary[.russian] == "22 раза в год")
    #expect(MonitoringProcedure.Periodicity.timesPerYear(11).summary[.russian] == "11 раз в год")
    #expect(
      MonitoringProcedure.Periodicity.timesPerYear(Int.min).summary[.russian].hasSuffix(
        " раз в год"))
    #expect(MonitoringProcedure.Periodicity.asScheduled.note[.russian].contains("внешний график"))
    #expect(
      MonitoringProcedure.Periodicity.timesPerYear(4).note[.russian].contains("4 периода по 3 мес.")
    )
    #expect(
      MonitoringProcedure.Periodicity.timesPerYear(2).note[.english].contains("2 spans of 6 months")
    )
    let all: [MonitoringProcedure.Periodicity] = [
      .timesPerYear(1), .timesPerYear(2), .timesPerYear(5), .monthly,
      .annually(in: .may), .deadline(month: .september, day: 10), .once(.may, 2023), .continuous,
      .asScheduled,
    ]
    for periodicity in all {
      #expect(!periodicity.note[.russian].isEmpty)
      #expect(periodicity.note[.russian] != periodicity.note[.english])
    }
  }

  @Test("academic years without a calendar (outside years 1–9999) have no windows and no crash")
  func yearsOutsideTheCalendar() {
    let all: [MonitoringProcedure.Periodicity] = [
      .timesPerYear(1), .timesPerYear(2), .monthly, .annually(from: .december, to: .february),
      .deadline(month: .january, day: 1), .once(.november, 2022), .continuous, .asScheduled,
    ]
    let years = [1, 0, 10_000, Int.min, Int.max].map { AcademicYear($0) }
    for year in years {
      #expect(!year.hasCalendar)
      for periodicity in all { #expect(periodicity.windows(in: year).isEmpty) }
    }
    #expect(AcademicYear(2).hasCalendar)  // 0001/0002
    #expect(windows(.timesPerYear(2), 2) == ["0001-09-01–0002-02-28", "0002-03-01–0002-08-31"])
    #expect(AcademicYear(9999).hasCalendar)
    #expect(windows(.timesPerYear(1), 9999) == ["9998-09-01–9999-08-31"])
  }

  @Test("JSON: a kind and its fields, round-tripped; invalid values are refused")
  func coding() throws {
    let all: [MonitoringProcedure.Periodicity] = [
      .timesPerYear(4), .monthly, .annually(from: .september, to: .november),
      .deadline(month: .september, day: 10), .once(.november, 2022), .continuous, .asScheduled,
    ]
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let data = try encoder.encode(all)
    #expect(
      String(decoding: data, as: UTF8.self)
        == #"[{"kind":"times_per_year","times":4},{"kind":"times_per_year","times":12},"#
        + #"{"from":9,"kind":"annually","to":11},{"day":10,"kind":"deadline","month":9},"#
        + #"{"from":"2022-11-01","kind":"once","to":"2022-11-30"},{"kind":"continuous"},"#
        + #"{"kind":"as_scheduled"}]"#)
    #expect(try JSONDecoder().decode([MonitoringProcedure.Periodicity].self, from: data) == all)
    for bad in [
      #"{"kind":"times_per_year","times":5}"#, #"{"kind":"weekly"}"#,
      #"{"kind":"annually","from":6,"to":9}"#, #"{"kind":"annually","from":13,"to":9}"#,
      #"{"kind":"deadline","month":4,"day":31}"#, #"{"kind":"deadline","month":4}"#,
      #"{"kind":"once","from":"2022-11-30","to":"2022-11-01"}"#,
    ] {
      #expect(throws: (any Error).self) {
        _ = try JSONDecoder().decode(MonitoringProcedure.Periodicity.self, from: Data(bad.utf8))
      }
    }
    #expect(throws: PackFileError.FormatIssue.self) {
      _ = try JSONDecoder().decode(
        MonitoringProcedure.Periodicity.self, from: Data(#"{"kind":"weekly"}"#.utf8))
    }
  }
}
