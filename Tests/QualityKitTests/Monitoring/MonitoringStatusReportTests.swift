import QualityKit
import QualityKitTestSupport
import Testing

/// ``MonitoringStatusReport``: done / overdue / in progress / upcoming on chosen dates, and the
/// records that match nothing.
@Suite struct MonitoringStatusReportTests {
  typealias F = MonitoringFixture

  /// Each entry as "procedure k/n status [record]".
  func lines(_ report: MonitoringStatusReport) -> [String] {
    report.entries.map {
      let record = $0.records.map(\.description).joined(separator: ",")
      return "\($0.occurrence.procedure.id) \($0.occurrence.index)/\($0.occurrence.count) "
        + "\($0.status.rawValue)" + (record.isEmpty ? "" : " \(record)")
    }
  }

  /// Each unmatched record as "date procedure reason".
  func unmatched(_ report: MonitoringStatusReport) -> [String] {
    report.unmatched.map { "\($0.record.date) \($0.record.procedure) \($0.reason.rawValue)" }
  }

  func report(
    _ procedures: [MonitoringProcedure], year: AcademicYear = 2023, records: [MonitoringRecord],
    asOf: String
  ) -> MonitoringStatusReport {
    MonitoringStatusReport(
      plan: F.plan(procedures), year: year, records: records, asOf: F.day(asOf))
  }

  @Test("seed 000 on 15.03.2023: 5 done, 2 overdue, 4 in progress, 2 upcoming, 2 records left")
  func seed000() throws {
    let records = try MonitoringRecordsFile.read(
      CSVSource(name: "records.csv", text: F.seed000Records), procedures: F.seed000.ids)
    let report = MonitoringStatusReport(
      plan: F.seed000, year: 2023, records: records, asOf: F.day("2023-03-15"))
    // Windows: 1×: 01.09.2022–31.08.2023; 2×: Sep–Feb, Mar–Aug; 4×: Sep–Nov, Dec–Feb, Mar–May,
    // Jun–Aug. 15 March is after 28 February and inside March–May and March–August.
    #expect(
      lines(report) == [
        "management 1/4 done 2022-11-25",  // 25.11 in Sep–Nov
        "quality 1/4 done 2022-10-15",  // the earlier of 15.10 and 30.11
        "management 2/4 done 2023-01-30",  // 30.01 in Dec–Feb
        "projects 1/2 overdue",  // no record; due 28.02 < 15.03
        "quality 2/4 overdue",  // 30.11 belongs to Sep–Nov, not Dec–Feb
        "teacher_competences 1/2 done 2022-10-05",
        "management 3/4 in_progress",  // 01.03 ≤ 15.03 ≤ 31.05
        "quality 3/4 in_progress",
        "identification 1/1 done 2022-09-20",  // 10.06.2022 is in 2021/2022
        "management 4/4 upcoming",  // opens 01.06
        "projects 2/2 in_progress",  // 01.03 ≤ 15.03 ≤ 31.08
        "quality 4/4 upcoming",
        "teacher_competences 2/2 in_progress",
      ])
    #expect(
      unmatched(report) == [
        "2022-06-10 identification other_year", "2022-11-30 quality repeated",
      ])
    #expect(report.count(.done) == 5)
    #expect(report.count(.overdue) == 2)
    #expect(report.count(.inProgress) == 4)
    #expect(report.count(.upcoming) == 2)
    #expect(report.count(.undated) == 0)
    #expect(report.entries(.overdue).map(\.occurrence.procedure.id) == ["projects", "quality"])
  }

  @Test(
    "without records a 2×/year occurrence is upcoming, in progress up to its due date, overdue",
    arguments: [
      ("2022-08-31", ["upcoming", "upcoming"]),
      ("2022-09-01", ["in_progress", "upcoming"]),
      ("2023-02-28", ["in_progress", "upcoming"]),  // the due date itself is still in time
      ("2023-03-01", ["overdue", "in_progress"]),
      ("2023-08-31", ["overdue", "in_progress"]),
      ("2023-09-01", ["overdue", "overdue"]),
    ])
  func statusByDate(asOf: String, statuses: [String]) {
    let report = report([F.procedure("p", .timesPerYear(2))], records: [], asOf: asOf)
    #expect(report.entries.map(\.status.rawValue) == statuses)
  }

  @Test("a record on the first or the last day of a window counts; the next day is the next window")
  func windowEdges() {
    let procedure = F.procedure("p", .timesPerYear(2))
    #expect(
      lines(report([procedure], records: [F.record("p", "2022-09-01")], asOf: "2023-03-10")) == [
        "p 1/2 done 2022-09-01", "p 2/2 in_progress",
      ])
    #expect(
      lines(report([procedure], records: [F.record("p", "2023-02-28")], asOf: "2023-03-10")) == [
        "p 1/2 done 2023-02-28", "p 2/2 in_progress",
      ])
    // 1 March is late for the first window and early for the second.
    #expect(
      lines(report([procedure], records: [F.record("p", "2023-03-01")], asOf: "2023-03-10")) == [
        "p 1/2 overdue", "p 2/2 done 2023-03-01",
      ])
  }

  @Test("records after the report date are not counted, and are reported")
  func afterAsOf() {
    let procedure = F.procedure("q", .timesPerYear(4))
    let records = [F.record("q", "2023-03-20")]
    let before = report([procedure], records: records, asOf: "2023-03-15")
    #expect(before.entries[2].status == .inProgress)
    #expect(unmatched(before) == ["2023-03-20 q after_as_of"])
    // On the record's own day it counts.
    let on = report([procedure], records: records, asOf: "2023-03-20")
    #expect(on.entries[2].status == .done)
    #expect(on.unmatched.isEmpty)
  }

  @Test(
    "«до 10 сентября»: on the 10th is done; the 15th is late — overdue, and the record is reported")
  func lateAfterDeadline() {
    let procedure = F.procedure("inform", .deadline(month: .september, day: 10))
    let inTime = report(
      [procedure], records: [F.record("inform", "10.09.2022")], asOf: "2022-10-01")
    #expect(lines(inTime) == ["inform 1/1 done 2022-09-10"])
    let late = report([procedure], records: [F.record("inform", "15.09.2022")], asOf: "2022-10-01")
    #expect(lines(late) == ["inform 1/1 overdue"])
    #expect(unmatched(late) == ["2022-09-15 inform outside_windows"])
    // Before the deadline passes, nothing is overdue.
    #expect(
      lines(report([procedure], records: [], asOf: "2022-09-10")) == ["inform 1/1 in_progress"])
  }

  @Test("each record is used once, earliest window first; a second record in a window is repeated")
  func eachRecordOnce() {
    let procedure = F.procedure("q", .timesPerYear(4))
    let records = [
      F.record("q", "2023-01-10"), F.record("q", "2022-11-15"), F.record("q", "2022-10-01"),
      F.record("q", "2022-10-01"),
    ]
    let result = report([procedure], records: records, asOf: "2023-03-15")
    #expect(
      lines(result) == [
        "q 1/4 done 2022-10-01", "q 2/4 done 2023-01-10", "q 3/4 in_progress", "q 4/4 upcoming",
      ])
    #expect(unmatched(result) == ["2022-10-01 q repeated", "2022-11-15 q repeated"])
  }

  @Test("records of other academic years are reported as such, not counted")
  func otherYears() {
    let procedure = F.procedure("y", .timesPerYear(1))
    let records = [
      F.record("y", "2022-08-31"), F.record("y", "2023-09-01"), F.record("y", "2021-10-01"),
    ]
    let result = report([procedure], records: records, asOf: "2023-10-01")
    #expect(lines(result) == ["y 1/1 overdue"])
    #expect(
      unmatched(result) == [
        "2021-10-01 y other_year", "2022-08-31 y other_year", "2023-09-01 y other_year",
      ])
  }

  @Test("a one-off window across 31 August takes records on either side, in both years")
  func onceAcrossYears() {
    let procedure = F.procedure("o", .once(from: .july, 2022, to: .september, 2022))
    let records = [F.record("o", "2022-07-20"), F.record("o", "2022-06-30")]
    // 2022/2023: 20.07.2022 is before the year but inside the window; 30.06.2022 is neither.
    let next = report([procedure], year: 2023, records: records, asOf: "2022-09-15")
    #expect(lines(next) == ["o 1/1 done 2022-07-20"])
    #expect(unmatched(next) == ["2022-06-30 o other_year"])
    // 2021/2022: both records are in the year; 30.06 is outside the window.
    let previous = report([procedure], year: 2022, records: records, asOf: "2022-08-31")
    #expect(lines(previous) == ["o 1/1 done 2022-07-20"])
    #expect(unmatched(previous) == ["2022-06-30 o outside_windows"])
    // Without a record, on 31.08.2022 the window is open: in progress, not overdue.
    #expect(
      lines(report([procedure], year: 2022, records: [], asOf: "2022-08-31"))
        == ["o 1/1 in_progress"])
  }

  @Test("a one-off procedure of another year has no occurrence; its records are outside windows")
  func onceOutsideTheYear() {
    let procedure = F.procedure("old", .once(.november, 2021))
    let result = report([procedure], records: [F.record("old", "2022-11-15")], asOf: "2023-01-01")
    #expect(result.entries.isEmpty)
    #expect(unmatched(result) == ["2022-11-15 old outside_windows"])
  }

  @Test("continuous and scheduled procedures are listed undated, never overdue, with their records")
  func undated() {
    let procedures = [
      F.procedure("always", .continuous), F.procedure("vpr", .asScheduled),
    ]
    let records = [
      F.record("always", "2023-02-01"), F.record("always", "2022-10-01"),
      F.record("always", "2021-05-01"), F.record("always", "2023-04-01"),
    ]
    let result = report(procedures, records: records, asOf: "2023-03-15")
    #expect(lines(result) == ["always 1/1 undated 2022-10-01,2023-02-01", "vpr 1/1 undated"])
    #expect(
      unmatched(result) == ["2021-05-01 always other_year", "2023-04-01 always after_as_of"])
    // Even after the year ends nothing is overdue.
    let late = report(procedures, records: [], asOf: "2024-06-01")
    #expect(late.count(.overdue) == 0)
    #expect(late.count(.undated) == 2)
  }

  @Test("a record of a procedure the plan does not have is reported, not dropped")
  func unknownProcedure() {
    let result = report(
      [F.procedure("p", .timesPerYear(1))],
      records: [F.record("ghost", "2022-10-01"), F.record("p", "2022-10-01")], asOf: "2023-01-01")
    #expect(lines(result) == ["p 1/1 done 2022-10-01"])
    #expect(unmatched(result) == ["2022-10-01 ghost unknown_procedure"])
  }

  @Test("a report for a year without a calendar lists the undated procedures and reports records")
  func yearWithoutCalendar() {
    let result = report(
      [F.procedure("p", .timesPerYear(4)), F.procedure("c", .continuous)], year: 10_000,
      records: [F.record("p", "9999-10-01"), F.record("c", "9999-10-01")], asOf: "9999-12-31")
    #expect(lines(result) == ["c 1/1 undated"])
    #expect(unmatched(result) == ["9999-10-01 c other_year", "9999-10-01 p other_year"])
  }

  @Test("every record ends up in an entry or in the unmatched list")
  func nothingDropped() throws {
    let records = try MonitoringRecordsFile.read(
      CSVSource(name: "records.csv", text: F.seed000Records), procedures: F.seed000.ids)
    for asOf in ["2022-09-01", "2022-12-01", "2023-03-15", "2023-09-30"] {
      let result = MonitoringStatusReport(
        plan: F.seed000, year: 2023, records: records, asOf: F.day(asOf))
      let used = result.entries.reduce(0) { $0 + $1.records.count }
      #expect(used + result.unmatched.count == records.count)
    }
  }

  @Test("the order of records does not matter")
  func orderIndependent() throws {
    let records = try MonitoringRecordsFile.read(
      CSVSource(name: "records.csv", text: F.seed000Records), procedures: F.seed000.ids)
    let expected = MonitoringStatusReport(
      plan: F.seed000, year: 2023, records: records, asOf: F.day("2023-03-15"))
    var generator = SeededGenerator(seed: 7)
    for _ in 0..<20 {
      let shuffled = records.shuffled(using: &generator)
      #expect(
        MonitoringStatusReport(
          plan: F.seed000, year: 2023, records: shuffled, asOf: F.day("2023-03-15")) == expected)
    }
  }

  @Test("statuses have Russian and English words")
  func statusWords() {
    #expect(
      MonitoringStatusReport.Status.allCases.map { $0.title[.russian] } == [
        "выполнено", "просрочено", "идёт", "предстоит", "без срока",
      ])
    #expect(
      MonitoringStatusReport.Status.allCases.map { $0.title[.english] } == [
        "done", "overdue", "in progress", "upcoming", "no due date",
      ])
    for reason in MonitoringStatusReport.UnmatchedRecord.Reason.allCases {
      #expect(!reason.explanation[.russian].isEmpty)
      #expect(reason.explanation[.russian] != reason.explanation[.english])
    }
  }
}
