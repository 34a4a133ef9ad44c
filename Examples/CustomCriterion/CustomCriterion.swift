// custom-criterion: how a host tailors a default pack to its municipality.
//
// 1. registers its own metric (lesson attendance), 2. writes its own criterion type,
// 3. extends the `krasnoyarsk` pack: overrides a threshold, removes a criterion, adds its own and
// counts it in the ШНОР rule, 4. lets pack files (`--pack-file`) replace it without recompiling —
// they may extend it (`"extends": "krasnoyarsk.host"`) and name the host's metric: code for what
// is new, JSON for the tuning, 5. runs on the bundled Lesosibirsk sample plus its attendance data.
//
//     swift run custom-criterion [--pack-file PACK.json]… [--lang en]

import ExampleData
import Foundation
import QualityKit
import QualityRules

// 1. The host's metric. Files that name it are accepted only once the catalogue knows it.
let attendance = MetricDefinition(
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
          missing: [MissingData(metric: attendance.key, year: context.year)], years: [context.year])
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

// 4. The command line: pack files, built on this pack or a built-in one, replace it in the run.
let usage = UsageError(
  ru: """
    Использование: custom-criterion [--pack-file ПАКЕТ.json]… [--lang ru|en]
    --pack-file  пакет из JSON-файла вместо настроенного здесь; может расширять его
                 («extends»: «krasnoyarsk.host») или встроенный пакет и называть показатель
                 host.attendance_percent
    Коды выхода: 0 — успех, 1 — ошибка пакета, 2 — ошибка в аргументах.
    """,
  en: """
    Usage: custom-criterion [--pack-file PACK.json]… [--lang ru|en]
    --pack-file  a pack from a JSON file instead of the one tailored here; it may extend it
                 ("extends": "krasnoyarsk.host") or a built-in pack and name the metric
                 host.attendance_percent
    Exit status: 0 success, 1 pack error, 2 usage error.
    """)
let arguments = Array(CommandLine.arguments.dropFirst())
var language = CommandLineReader.language(in: arguments)
var selection = PackSelection()
func fail(_ message: String, status: Int32) -> Never {
  FileHandle.standardError.write(Data("custom-criterion: \(message)\n".utf8))
  exit(status)
}
do throws(UsageError) {
  var reader = CommandLineReader(arguments)
  while let name = reader.nextName() {
    switch name {
    case "--pack-file": selection.files.append(try reader.value())
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
let data: LoadedData
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
ReportFormat.text.write(report, language: language, to: &output)
output.flush()
