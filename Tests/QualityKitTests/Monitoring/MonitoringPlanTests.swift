import Foundation
import QualityKit
import Testing

/// ``MonitoringPlan``: validation and the calendar of a year.
@Suite struct MonitoringPlanTests {
  typealias F = MonitoringFixture

  /// Each occurrence as "due procedure k/n" ("— procedure 1/1" when undated).
  func lines(_ calendar: [MonitoringPlan.Occurrence]) -> [String] {
    calendar.map {
      "\($0.due?.description ?? "—") \($0.procedure.id) \($0.index)/\($0.count)"
    }
  }

  @Test("seed 000 in 2022/2023: 13 occurrences by due date, then procedure id")
  func seed000Calendar() {
    // 1 + 2 + 2 + 4 + 4 = 13; the ids order as management < projects < quality <
    // teacher_competences, identification first on 31 August.
    #expect(
      lines(F.seed000.calendar(for: 2023)) == [
        "2022-11-30 management 1/4", "2022-11-30 quality 1/4",
        "2023-02-28 management 2/4", "2023-02-28 projects 1/2", "2023-02-28 quality 2/4",
        "2023-02-28 teacher_competences 1/2",
        "2023-05-31 management 3/4", "2023-05-31 quality 3/4",
        "2023-08-31 identification 1/1", "2023-08-31 management 4/4", "2023-08-31 projects 2/2",
        "2023-08-31 quality 4/4", "2023-08-31 teacher_competences 2/2",
      ])
    let first = F.seed000.calendar(for: 2023)[0]
    #expect(first.start == F.day("2022-09-01"))
    #expect(first.window == F.window("2022-09-01", "2022-11-30"))
  }

  @Test(
    "every periodicity in one plan: deadlines, months, once in and out of the year, undated last")
  func mixedCalendar() {
    let plan = F.plan([
      F.procedure("z_continuous", .continuous),
      F.procedure("network_informing", .deadline(month: .september, day: 10)),
      F.procedure("programme_analysis", .annually(from: .september, to: .november)),
      F.procedure("needs_diagnostics", .annually(from: .april, to: .may)),
      F.procedure("projects_2022", .once(.november, 2022)),
      F.procedure("projects_2021", .once(.november, 2021)),
      F.procedure("a_scheduled", .asScheduled),
    ])
    #expect(
      lines(plan.calendar(for: 2023)) == [
        "2022-09-10 network_informing 1/1", "2022-11-30 programme_analysis 1/1",
        "2022-11-30 projects_2022 1/1", "2023-05-31 needs_diagnostics 1/1",
        "— a_scheduled 1/1", "— z_continuous 1/1",
      ])
    // In 2021/2022 the 2021 project falls in, the 2022 one does not.
    #expect(
      lines(plan.calendar(for: 2022)) == [
        "2021-09-10 network_informing 1/1", "2021-11-30 programme_analysis 1/1",
        "2021-11-30 projects_2021 1/1", "2022-05-31 needs_diagnostics 1/1",
        "— a_scheduled 1/1", "— z_continuous 1/1",
      ])
    let undated = plan.calendar(for: 2023).filter { $0.window == nil }
    #expect(undated.allSatisfy { $0.start == nil && $0.due == nil })
  }

  @Test("a monthly procedure has 12 occurrences numbered 1 … 12 in calendar order")
  func monthlyNumbers() {
    let calendar = F.plan([F.procedure("m", .monthly)]).calendar(for: 2024)
    #expect(calendar.map(\.index) == Array(1...12))
    #expect(calendar.allSatisfy { $0.count == 12 })
    #expect(calendar[5].window == F.window("2024-02-01", "2024-02-29"))
  }

  @Test("an empty plan has an empty calendar")
  func empty() {
    #expect(MonitoringPlan().calendar(for: 2023).isEmpty)
    #expect(MonitoringPlan().procedures.isEmpty)
  }

  @Test("the plan refuses repeated and empty ids and periodicities that cannot be dated")
  func validation() {
    let cases: [([MonitoringProcedure], MonitoringPlanError)] = [
      (
        [F.procedure("q", .timesPerYear(4)), F.procedure("q", .timesPerYear(2))],
        MonitoringPlanError(kind: .duplicateProcedure, procedure: "q")
      ),
      ([F.procedure("", .continuous)], MonitoringPlanError(kind: .emptyProcedureID, procedure: "")),
      (
        [F.procedure("a", .continuous), F.procedure("q", .timesPerYear(5))],
        MonitoringPlanError(kind: .unsupportedTimesPerYear(5), procedure: "q")
      ),
      (
        [F.procedure("d", .deadline(month: .june, day: 31))],
        MonitoringPlanError(kind: .invalidDeadline(month: .june, day: 31), procedure: "d")
      ),
      (
        [F.procedure("s", .annually(from: .july, to: .september))],
        MonitoringPlanError(
          kind: .monthsOutOfAcademicOrder(from: .july, to: .september), procedure: "s")
      ),
      (
        [F.procedure("o", .once(from: F.day("2023-01-02"), to: F.day("2023-01-01")))],
        MonitoringPlanError(
          kind: .onceEndsBeforeStart(from: F.day("2023-01-02"), to: F.day("2023-01-01")),
          procedure: "o")
      ),
    ]
    for (procedures, error) in cases {
      #expect(throws: error) { _ = try MonitoringPlan(procedures) }
    }
  }

  @Test("plan errors name the procedure in Russian and English")
  func errorMessages() {
    let error = MonitoringPlanError(kind: .unsupportedTimesPerYear(5), procedure: "quality")
    #expect(
      error.description
        == "процедура мониторинга quality: 5 раз в год нельзя разложить по месяцам: допустимо "
        + "1, 2, 3, 4, 6 или 12")
    #expect(
      error.message(in: .english)
        == "monitoring procedure quality: 5 times a year does not split the year into whole "
        + "months: use 1, 2, 3, 4, 6 or 12")
    let kinds: [MonitoringPlanError.Kind] = [
      .duplicateProcedure, .emptyProcedureID, .unsupportedTimesPerYear(7),
      .invalidDeadline(month: .april, day: 31), .monthsOutOfAcademicOrder(from: .may, to: .october),
      .onceEndsBeforeStart(from: F.day("2023-01-02"), to: F.day("2023-01-01")),
    ]
    for kind in kinds {
      #expect(!kind.message(in: .russian).isEmpty)
      #expect(kind.message(in: .russian) != kind.message(in: .english))
    }
    #expect(
      MonitoringPlanError.Kind.invalidDeadline(month: .april, day: 31).message()
        == "срок «до 31 апреля» невозможен: такого дня нет")
    #expect(MonitoringPlanError(kind: .emptyProcedureID, procedure: "").description.contains("«»"))
  }

  @Test("procedures are found by id; ids keep plan order")
  func lookup() {
    #expect(F.seed000.procedure("quality")?.periodicity == .timesPerYear(4))
    #expect(F.seed000.procedure("nothing") == nil)
    #expect(
      F.seed000.ids == [
        "identification", "teacher_competences", "projects", "management", "quality",
      ])
  }

  @Test("a plan round-trips through JSON, and an invalid plan does not decode")
  func coding() throws {
    let data = try JSONEncoder().encode(F.seed000)
    #expect(try JSONDecoder().decode(MonitoringPlan.self, from: data) == F.seed000)
    let json = String(decoding: data, as: UTF8.self)
    let repeated = json.replacingOccurrences(of: "\"teacher_competences\"", with: "\"projects\"")
    #expect(throws: DecodingError.self) {
      _ = try JSONDecoder().decode(MonitoringPlan.self, from: Data(repeated.utf8))
    }
  }
}
