// custom-criterion: how a host tailors a default pack to its municipality, with all three plug-ins
// — its own criterion, its own target indicator and its own support measure.
//
// 1. registers its own metric (lesson attendance), 2. writes its own criterion type, its own
// indicator type (the share of schools attending at least 90 % of lessons) and its own measure type
// («выездной учитель»: for a rural or remote school whose staffing index is low, dated by the
// school's own calendar), 3. extends the `krasnoyarsk` pack: overrides a threshold, removes a
// criterion, adds its own and counts it in the ШНОР rule, adds the indicator and the measure,
// 4. lets pack files (`--pack-file`) replace it without recompiling — they may extend it
// (`"extends": "krasnoyarsk.host"`) and name the host's metric: code for what is new, JSON for the
// tuning, 5. runs on the bundled Lesosibirsk sample plus its attendance data: the identification,
// the progress of its indicator, and the roadmap entries of its measure for 2022/2023.
//
//     swift run custom-criterion [--pack-file PACK.json]… [--lang en]

import ExampleData
import Foundation
import QualityKit
import QualityRules

// 1. The host's metric. Files that name it are accepted only once the catalogue knows it.
let attendance = MetricCatalog.Definition(
  key: "host.attendance_percent", unit: .percent, range: 0...100,
  title: LocalizedText(ru: "посещаемость уроков", en: "lesson attendance"), direction: .positive)
let catalog = try MetricCatalog.standard.registering(attendance)

// 2. The host's criterion: attendance in year Y below a threshold the host can tune.
struct AttendanceBelow: IdentificationCriterion {
  let threshold = PackParameter(
    key: "krasnoyarsk.host.attendance_below.threshold", defaultValue: 90, unit: .percent,
    range: 0...100, kind: .derived,
    rationale: LocalizedText(
      ru: "Решение муниципалитета: меньше 90 % посещённых уроков — повод для внимания.",
      en: "The municipality's choice: under 90% of lessons attended calls for attention."))

  var criterionDescription: CriterionDescription {
    CriterionDescription(
      id: "krasnoyarsk.host.attendance_below",
      title: LocalizedText(ru: "Посещаемость уроков ниже порога", en: "Attendance below threshold"),
      rationale: LocalizedText(
        ru: "«посещаемость уроков» входит в комплексный мониторинг ШНОР/ШНСУ.",
        en: "Lesson attendance is part of the comprehensive ШНОР/ШНСУ monitoring."),
      provenance: Provenance(
        source: "host", section: "муниципальное решение",
        quote: "посещаемость уроков, работу с детьми «группы риска»", kind: .derived,
        derivation: LocalizedText(
          ru: "Порог выбран муниципалитетом.", en: "The threshold is the municipality's.")),
      requiredMetrics: [attendance.key], parameters: [threshold])
  }

  func evaluate(in context: EvaluationContext) -> [CriterionResult] {
    let limit = context.parameters[threshold]
    let column = context.dataset.column(attendance.key, year: context.year)
    return (0..<context.dataset.schoolCount).map { school in
      let value = column.map { $0[$0.startIndex + school] } ?? .nan
      // Missing data is never a quiet "not met".
      guard !value.isNaN else {
        return .insufficientData(
          missing: [CriterionResult.MissingData(metric: attendance.key, year: context.year)],
          years: [context.year])
      }
      let text = LocalizedText(
        ru: "Посещаемость \(NumberText.format(value, .russian)) % при пороге "
          + "\(NumberText.format(limit, .russian)) %.",
        en: "Attendance \(NumberText.format(value, .english))% against a threshold of "
          + "\(NumberText.format(limit, .english))%.")
      return .decided(
        value < limit,
        Evidence(
          value: value, threshold: limit, metric: attendance.key, years: [context.year],
          explanation: Explanation(text)))
    }
  }
}

// 2b. The host's target indicator: the share of schools attending at least 90 % of lessons.
struct AttendanceAtLeast90: Indicator {
  let indicatorDescription = IndicatorDescription(
    id: "krasnoyarsk.host.attendance_90_share",
    title: LocalizedText(
      ru: "Доля школ с посещаемостью уроков не ниже 90 %",
      en: "Share of schools attending at least 90% of lessons"),
    unit: .percent, level: .municipality, better: .positive,
    target: Target(comparison: .atLeast, plan: [2022: 70, 2023: 75]),
    provenance: Provenance(
      source: "host", section: "муниципальное решение", quote: "посещаемость уроков",
      kind: .derived,
      derivation: LocalizedText(
        ru: "Показатель и цели выбраны муниципалитетом.",
        en: "The indicator and its targets are the municipality's.")),
    rationale: LocalizedText(
      ru: "Посещаемость — ранний признак отставания, раньше результатов ГИА.",
      en: "Attendance warns of falling behind before the exam results do."))

  func actual(in year: AcademicYear, context: IndicatorContext) -> IndicatorActual {
    guard let dataset = context.dataset, let column = dataset.column(attendance.key, year: year)
    else {
      return .noData(LocalizedText(ru: "нет данных о посещаемости", en: "no attendance data"))
    }
    var values: [IndicatorActual.SchoolValue] = []
    for (offset, value) in column.enumerated() where !value.isNaN {
      values.append(IndicatorActual.SchoolValue(school: dataset.schools[offset].id, value: value))
    }
    guard !values.isEmpty else {
      return .noData(LocalizedText(ru: "нет данных о посещаемости", en: "no attendance data"))
    }
    let attending = values.count(where: { $0.value >= 90 })
    return .value(
      100 * Double(attending) / Double(values.count),
      basis: IndicatorActual.Basis(
        note: LocalizedText(
          ru: "школ с посещаемостью от 90 %: \(attending) из \(values.count)",
          en: "schools attending at least 90%: \(attending) of \(values.count)"),
        schools: values.count, schoolValues: values.sorted { $0.school < $1.school }))
  }
}

// 2c. The host's support measure: a visiting teacher for a rural school, or one at least 10 km
// from the town centre, whose staffing-potential index (the pack's, from the report) is below the
// municipal mean (0) — one visit in each study period of the school's own calendar.
struct VisitingTeacher: SupportMeasure {
  /// The schools that study by trimesters; the others by quarters.
  let trimesterSchools: Set<SchoolID> = ["LES04"]
  let staffing: CriterionID = "krasnoyarsk.staffing_potential_lowest_quarter"
  let distance = MetricKey.contextDistanceToCenterKm
  let rule = LocalizedText(
    ru: "сельская школа или школа в 10 км и более от центра с индексом кадрового потенциала ниже 0",
    en: "a rural school, or one 10 km or more from the centre, with a staffing index below 0")

  var measureDescription: MeasureDescription {
    MeasureDescription(
      id: "krasnoyarsk.host.visiting_teacher",
      title: LocalizedText(ru: "Выездной учитель", en: "Visiting teacher"),
      categories: [.staffingInfrastructure, .methodicalSupport], level: .municipal,
      responsible: [.methodicalService],
      timing: .custom(
        LocalizedText(
          ru: "1 раз в учебный период по календарю школы (четверть или триместр)",
          en: "once a study period of the school's calendar (quarter or trimester)")),
      expectedResult: LocalizedText(
        ru: "уроки по предметам без своего учителя проведены",
        en: "lessons in subjects without a teacher of their own are taught"),
      appliesTo: .custom(rule),
      provenance: Provenance(
        source: "host", section: "муниципальное решение", quote: "выездной учитель",
        kind: .derived,
        derivation: LocalizedText(
          ru: "Мера, условие и календарь — решение муниципалитета.",
          en: "The measure, its rule and the calendar are the municipality's.")))
  }

  func match(_ school: IdentificationReport.SchoolOutcome, in context: MeasureContext)
    -> MeasureMatch
  {
    let id = school.school.id
    let kilometres = context.value(of: distance, for: id, in: context.report.year)
    let index = school.finding(staffing)?.result.evidence?.value
    let remote = school.school.settlement == .rural || kilometres.map { $0 >= 10 } == true
    // Decided by what is known: a close urban school, or a high index, rules the measure out.
    if school.school.settlement == .urban, let kilometres, kilometres < 10 { return .doesNotApply }
    if let index, index >= 0 { return .doesNotApply }
    guard remote, let index else {
      let missing = index == nil ? "индекс кадрового потенциала" : "расстояние до центра"
      let missingEn = index == nil ? "the staffing index" : "the distance to the centre"
      return .noData([
        .ruleWithoutData(
          rule, explanation: LocalizedText(ru: "нет: \(missing)", en: "no \(missingEn)"))
      ])
    }
    let place = LocalizedText(
      ru: school.school.settlement == .rural
        ? "сельская школа" : "\(NumberText.format(kilometres ?? 0, .russian)) км от центра",
      en: school.school.settlement == .rural
        ? "a rural school" : "\(NumberText.format(kilometres ?? 0, .english)) km from the centre")
    return .applies([
      .rule(
        rule,
        explanation: LocalizedText(
          ru: "\(place.ru), индекс \(NumberText.format(index, decimals: 3, .russian))",
          en: "\(place.en), index \(NumberText.format(index, decimals: 3, .english))"))
    ])
  }

  /// The study periods of the school's calendar; the municipality plans by quarters.
  func occurrences(in year: AcademicYear, for school: School?, context: MeasureContext)
    -> [ClosedRange<CalendarDate>]
  {
    guard let school, trimesterSchools.contains(school.id) else {
      return MeasureDescription.Schedule.schoolQuarters(in: year)
    }
    let start = year.startDate.year
    let end = year.endDate.year
    return [
      CalendarDate.first(of: .september, start)...CalendarDate.last(of: .november, start),
      CalendarDate.first(of: .december, start)...CalendarDate.last(of: .february, end),
      CalendarDate.first(of: .march, end)...CalendarDate.last(of: .may, end),
    ]
  }
}

// 3. The municipality's pack: the region's rules, tuned.
let host = AttendanceBelow()
var pack = try DefaultPacks.krasnoyarsk
  .extended(
    as: "krasnoyarsk.host", version: "1.0.0",
    title: LocalizedText(ru: "Красноярский край, муниципальная настройка", en: "Krasnoyarsk, local")
  )
  .overriding("krasnoyarsk.continuation_below_60.threshold", with: 55)
  .removing("krasnoyarsk.satisfaction_at_most_40")
  .adding(host)
// ШНОР: the results composite and at least one supporting criterion — now including attendance.
let supporting =
  Krasnoyarsk.supportingResultCriteria.map(\.id)
  .filter { $0 != "krasnoyarsk.satisfaction_at_most_40" } + [host.id]
pack = try pack.replacingRules(
  for: .lowResults,
  with: [
    CategoryRule(
      category: .lowResults,
      condition: .all([
        .criterion(Krasnoyarsk.resultsLowestQuarter.id),
        .atLeast(.parameter(Krasnoyarsk.minSupporting.key), of: supporting.map { .criterion($0) }),
      ]),
      provenance: Krasnoyarsk.lowResultsRule.provenance,
      rationale: LocalizedText(
        ru: "Правило края; посещаемость — ещё один подтверждающий критерий.",
        en: "The regional rule; attendance is one more supporting criterion."))
  ])

pack.indicators.append(AttendanceAtLeast90())
pack = try pack.addingMeasure(VisitingTeacher())

// 4. The command line: pack files, built on this pack or a built-in one, replace it in the run.
let usage = UsageError(
  ru: """
    Использование: custom-criterion [--pack-file ПАКЕТ.json]… [--format text|markdown] [--lang ru|en]
    --pack-file  пакет из JSON-файла вместо настроенного здесь; может расширять его
                 («extends»: «krasnoyarsk.host») или встроенный пакет и называть показатель
                 host.attendance_percent
    --format     text — сводка (по умолчанию), markdown — полный отчёт с карточками школ
    Коды выхода: 0 — успех, 1 — ошибка пакета, 2 — ошибка в аргументах.
    """,
  en: """
    Usage: custom-criterion [--pack-file PACK.json]… [--format text|markdown] [--lang ru|en]
    --pack-file  a pack from a JSON file instead of the one tailored here; it may extend it
                 ("extends": "krasnoyarsk.host") or a built-in pack and name the metric
                 host.attendance_percent
    --format     text: the summary (the default); markdown: the full report with school cards
    Exit status: 0 success, 1 pack error, 2 usage error.
    """)
let arguments = Array(CommandLine.arguments.dropFirst())
RunError.reportClosedPipes()
var language = CommandLineReader.language(in: arguments)
var selection = PackSelection()
var format = ReportFormat.text
func fail(_ message: String, status: Int32) -> Never {
  FileHandle.standardError.write(Data("custom-criterion: \(message)\n".utf8))
  exit(status)
}
do throws(UsageError) {
  var reader = CommandLineReader(arguments)
  while let name = reader.nextName() {
    switch name {
    case "--pack-file": selection.files.append(try reader.value())
    case "--format":
      let text = try reader.value()
      guard let chosen = ReportFormat(rawValue: text), chosen == .text || chosen == .markdown
      else {
        throw UsageError(
          ru: "--format: ожидается text или markdown", en: "--format: expected text or markdown")
      }
      format = chosen
    case "--lang":
      let text = try reader.value()
      guard let chosen = Language(rawValue: text) else {
        throw UsageError(ru: "--lang: ожидается ru или en", en: "--lang: expected ru or en")
      }
      language = chosen
    case "--help", "-h":
      print(usage.message(in: language))
      exit(0)
    default:
      throw UsageError(ru: "неизвестный аргумент «\(name)»", en: "unknown argument '\(name)'")
    }
  }
} catch {
  fail(error.message(in: language) + "\n" + usage.message(in: language), status: 2)
}
var packs = [pack]
if !selection.files.isEmpty {
  do {
    packs = try selection.packs(basePacks: DefaultPacks.all + [pack], catalog: catalog)
  } catch {
    fail(error.message(in: language), status: 1)
  }
}
let identifier: Identifier
do {
  identifier = try Identifier(packs: packs)
} catch {
  fail(error.message(in: language), status: 1)
}

// 5. Run on the bundled sample and the host's attendance file.
let attendanceCSV = """
  school_id;year;metric;value
  LES01;2022;host.attendance_percent;95,2
  LES02;2022;host.attendance_percent;93,8
  LES03;2022;host.attendance_percent;94,1
  LES04;2022;host.attendance_percent;91,0
  LES05;2022;host.attendance_percent;86,5
  LES06;2022;host.attendance_percent;88,9
  LES07;2022;host.attendance_percent;92,7
  LES08;2022;host.attendance_percent;96,0
  LES09;2022;host.attendance_percent;89,4
  """
let data: DatasetLoader.LoadedData
do {
  data = try DatasetLoader.load(
    schools: try CSVSource(contentsOf: try ExampleData.bundledURL("schools.csv")),
    values: [
      try CSVSource(contentsOf: try ExampleData.bundledURL("values.csv")),
      CSVSource(name: "attendance.csv", text: attendanceCSV),
    ],
    benchmarks: try CSVSource(contentsOf: try ExampleData.bundledURL("benchmarks.csv")),
    catalog: catalog)
} catch {
  fail(error.located(in: language), status: 1)
}
let report: IdentificationReport
do {
  report = try identifier.identify(data.dataset, benchmarks: data.benchmarks, catalog: catalog)
} catch {
  fail(error.message(in: language), status: 1)
}

var output = FileOutput.standardOutput()
format.write(report, language: language, to: &output)

// The host's indicator and measure, where the run's packs have them (a pack file may leave them out).
let indicators = packs.flatMap(\.indicators).filter { $0 is AttendanceAtLeast90 }
if !indicators.isEmpty {
  let progress = ProgressReport(
    indicators: indicators, context: IndicatorContext(dataset: data.dataset, catalog: catalog))
  output.write("\n")
  format.write(progress, language: language, to: &output)
}
if packs.contains(where: { $0.measures.contains { $0 is VisitingTeacher } }) {
  let planner: SupportPlanner
  do {
    planner = try SupportPlanner(packs: packs)
  } catch {
    fail(error.message(in: language), status: 1)
  }
  let plan: SupportPlan
  do {
    plan = try planner.plan(for: report, year: 2023, dataset: data.dataset)
  } catch {
    fail(error.message(in: language), status: 1)
  }
  let ru = language == .russian
  func dates(_ entry: Roadmap.Entry) -> String {
    entry.occurrences.map {
      "\($0.lowerBound.formatted(in: language))–\($0.upperBound.formatted(in: language))"
    }.joined(separator: "; ")
  }
  func reasons(_ entry: Roadmap.Entry) -> String {
    entry.reasons.map { $0.text(in: language) }.joined(separator: "; ")
  }
  let measure: MeasureID = "krasnoyarsk.host.visiting_teacher"
  output.write(
    "\n"
      + (ru
        ? "Дорожная карта, \(plan.year) учебный год: " : "Roadmap, academic year \(plan.year): ")
      + "\(VisitingTeacher().measureDescription.title[language]) [\(measure)]\n")
  for entry in plan.municipal.entries + plan.municipal.noData where entry.measure.id == measure {
    output.write(
      (ru ? "- муниципалитет: " : "- municipality: ") + dates(entry)
        + (ru ? "; школ: " : "; schools: ") + entry.schools.map(\.rawValue).joined(separator: ", ")
        + "\n")
  }
  for school in plan.schools {
    let roadmap = school.roadmap
    for entry in roadmap.entries + roadmap.noData where entry.measure.id == measure {
      let open = roadmap.noData.contains { $0.measure.id == measure }
      output.write(
        "- \(school.school.name) [\(school.school.id)]: "
          + (open ? (ru ? "нет данных" : "no data") : dates(entry)) + " — " + reasons(entry) + "\n")
    }
  }
}
output.finish(program: "custom-criterion", language: language)
