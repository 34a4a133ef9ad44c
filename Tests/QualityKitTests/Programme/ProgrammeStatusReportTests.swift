import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// The current stage and the status of each expected result, in a small case worked out by hand.
@Suite struct ProgrammeStatusReportTests {
  /// Webinars «не менее 20» by 2023 in a programme from 2021/2022: 14 in 2022 (not yet due), 21
  /// in 2023 (met).
  static let webinars = ReportedIndicator(
    id: "webinars", title: LocalizedText(ru: "Вебинары", en: "Webinars"), unit: .count,
    better: .positive, target: Target(comparison: .atLeast, value: 20, by: 2023, start: 2022),
    provenance: Fixtures.provenance, rationale: Fixtures.text("r"))
  /// Events «не менее 4» in 2022 and 2023: 5 in 2022 (met), 3 in 2023 (missed).
  static let events = ReportedIndicator(
    id: "events", title: LocalizedText(ru: "Мероприятия", en: "Events"), unit: .count,
    better: .positive, target: Target(comparison: .atLeast, plan: [2022: 4, 2023: 4]),
    provenance: Fixtures.provenance, rationale: Fixtures.text("r"))
  /// Trained teachers: no target.
  static let trained = ReportedIndicator(
    id: "trained", title: LocalizedText(ru: "Обучено", en: "Trained"), unit: .count,
    better: .positive, target: nil, provenance: Fixtures.provenance,
    rationale: Fixtures.text("r"))

  static func progress() throws -> ProgressReport {
    let values = try ReportedValues([
      .init(indicator: "webinars", year: 2022, school: nil, value: 14),
      .init(indicator: "webinars", year: 2023, school: nil, value: 21),
      .init(indicator: "events", year: 2022, school: nil, value: 5),
      .init(indicator: "events", year: 2023, school: nil, value: 3),
      .init(indicator: "trained", year: 2023, school: nil, value: 7),
    ])
    return ProgressReport(
      indicators: [webinars, events, trained],
      context: IndicatorContext(dataset: nil, reported: values))
  }

  static func result(_ id: ProgrammeElementID, _ indicators: [IndicatorID]) -> ExpectedResult {
    ExpectedResult(
      id: id, title: LocalizedText(ru: "результат \(id)", en: "result \(id)"),
      indicators: indicators, provenance: Fixtures.provenance)
  }

  static let results = [
    result("r.webinars", ["webinars"]), result("r.events", ["events"]),
    result("r.both", ["webinars", "events"]), result("r.hand", []),
    result("r.trained", ["trained"]),
  ]

  static func stage(_ id: ProgrammeElementID, _ years: (Int, Int)?) -> ProgrammeStage {
    ProgrammeStage(
      id: id, title: LocalizedText(ru: "этап \(id)", en: "stage \(id)"),
      from: years.map { AcademicYear($0.0) }, to: years.map { AcademicYear($0.1) },
      provenance: Fixtures.provenance)
  }

  static let stages = [stage("s.first", (2022, 2022)), stage("s.second", (2023, 2024))]

  static func report(_ year: AcademicYear, stages: [ProgrammeStage] = stages) throws
    -> ProgrammeStatusReport
  {
    ProgrammeStatusReport(
      expectedResults: results, stages: stages, progress: try progress(), year: year)
  }

  @Test("without a programme start a year before the horizon has no target set")
  func beforeTheProgramme() throws {
    let early = ReportedIndicator(
      id: "webinars", title: LocalizedText(ru: "Вебинары", en: "Webinars"), unit: .count,
      better: .positive, target: Target(comparison: .atLeast, value: 20, by: 2023),
      provenance: Fixtures.provenance, rationale: Fixtures.text("r"))
    let report = ProgrammeStatusReport(
      expectedResults: [Self.result("r.webinars", ["webinars"])], stages: [],
      progress: ProgressReport(
        indicators: [early],
        context: IndicatorContext(
          dataset: nil,
          reported: try ReportedValues([
            .init(indicator: "webinars", year: 2022, school: nil, value: 14)
          ]))),
      year: 2022)
    #expect(report.results.map(\.status) == [.targetNotSet])
    #expect(ProgrammeStatusReport.Status.targetNotSet.title(in: .russian) == "цель не установлена")
  }

  @Test("a result follows its indicator; two indicators: a miss or a gap outweighs a success")
  func statuses() throws {
    // 2022: webinars not yet due, events 5 ≥ 4 met; both → achieved (one met, none missed).
    #expect(
      try Self.report(2022).results.map(\.status) == [
        .notYetDue, .achieved, .achieved, .byHand, .noTarget,
      ])
    // 2023: webinars 21 ≥ 20 met, events 3 < 4 missed; both → not achieved.
    #expect(
      try Self.report(2023).results.map(\.status) == [
        .achieved, .notAchieved, .notAchieved, .byHand, .noTarget,
      ])
    // 2024 is not a year of the progress report: no row, so no data — never «достигнут».
    #expect(try Self.report(2024).results.map(\.status)[0] == .noData)
  }

  @Test("the current stage is the dated stage holding the year; undated stages give none")
  func currentStage() throws {
    #expect(try Self.report(2022).currentStages.map(\.id) == ["s.first"])
    #expect(try Self.report(2024).currentStages.map(\.id) == ["s.second"])
    #expect(try Self.report(2021).currentStages.isEmpty)
    let undated = try Self.report(2022, stages: [Self.stage("s.a", nil), Self.stage("s.b", nil)])
    #expect(!undated.stagesDated && undated.currentStages.isEmpty)
    let text = undated.render(.text)
    #expect(text.contains("Документ не даёт сроков этапов, поэтому текущий этап не определяется."))
    #expect(try Self.report(2021).render(.text).contains("Год 2020/2021 не входит ни в один этап"))
  }

  @Test("the document names statuses in Russian words, the exports by code")
  func formats() throws {
    let report = try Self.report(2023)
    let text = report.render(.text)
    #expect(text.contains("Текущий этап: этап s.second."))
    for word in ["достигнут", "не достигнут", "отмечается вручную", "цель не задана"] {
      #expect(text.contains(word), "\(word)")
    }
    #expect(!text.contains("by_hand") && !text.contains("not_achieved"))
    #expect(report.render(.text, language: .english).contains("recorded by hand"))
    let json = report.render(.json)
    #expect(json.contains("\"schema\": \"qualitykit.programme/1\""))
    #expect(json.contains("\"current_stages\": [\"s.second\"]"))
    #expect(json.contains("\"status\": \"by_hand\""))
    _ = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let csv = report.render(.csv)
    #expect(csv.contains("этап;stage;s.second;этап s.second;2023;текущий;current;2023;2024;\"\""))
    #expect(
      csv.contains(
        "ожидаемый результат;expected_result;r.both;результат r.both;2023;не достигнут;"
          + "not_achieved;;;\"webinars, events\""))
  }
}
