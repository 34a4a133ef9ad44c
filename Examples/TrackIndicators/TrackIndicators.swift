// track-indicators: how a municipality follows its programme — target indicators against their
// targets, the monitoring calendar with what is overdue, and the identification history.
//
//     swift run track-indicators                       # bundled Lesosibirsk sample, Russian text
//     swift run track-indicators --lang en --format markdown
//     swift run track-indicators --section monitoring --as-of 2022-06-01 --format csv
//     swift run track-indicators --format xlsx --out tracking.xlsx   # a sheet per table
//     swift run track-indicators --section programme      # current stage, expected results
//     swift run track-indicators --schools S.csv --values V.csv [--benchmarks B.csv]
//         [--reported R.csv] [--records M.csv] [--pack krasnoyarsk] [--pack-file PACK.json]…
//         [--year 2022]
//         [--as-of 2022-03-01] [--section all|progress|programme|monitoring|history]
//         [--format text|markdown|html|json|csv|xlsx] [--lang ru|en] [--out FILE]

import ExampleData
import Foundation
import QualityKit
import QualityRules

@main
enum TrackIndicators {
  static func main() {
    RunError.reportClosedPipes()
    let arguments = Array(CommandLine.arguments.dropFirst())
    var options: Options
    do {
      options = try Options(parsing: arguments)
    } catch {
      let language = Options.language(in: arguments)
      fail(error.message(in: language) + "\n" + Options.usageHint(language), status: 2)
    }
    if options.help {
      print(Options.usage(options.language))
      return
    }
    do {
      try options.useWorkbook()
    } catch {
      fail(error.located(in: options.language), status: 1)
    }
    do {
      let results = try run(options)
      // The report is written and flushed: leave without tearing down a national run's memory.
      withExtendedLifetime(results) { exit(0) }
    } catch let error as RunError {
      fail(error.message, status: error.status)
    } catch {
      fail("\(error)", status: 1)
    }
  }

  static func fail(_ message: String, status: Int32) -> Never {
    RunError.terminate("track-indicators", message, status: status)
  }

  /// The one pack the run follows: a programme has one set of indicators and one monitoring
  /// calendar. A pack that another pack given extends is that pack's base, not a second
  /// programme (see ``PackSelection``).
  ///
  /// `followsSample` tells whether the pack is the Lesosibirsk programme `krasnoyarsk` or extends
  /// it (through the packs given): the bundled reported values and records are that programme's.
  static func programme(_ options: Options) throws(RunError) -> (
    pack: RulePack, followsSample: Bool
  ) {
    let language = options.language
    let packs: [RulePack]
    do {
      packs = try options.packs.loaded()
    } catch {
      switch error {
      case .packFile: throw .data(error.message(in: language))
      case .unknownPack, .export: throw .usage(error.message(in: language))
      }
    }
    let programmes = PackSelection.withoutBases(packs)
    guard programmes.count == 1, let pack = programmes.first else {
      let ids = programmes.map(\.id.rawValue).joined(separator: ", ")
      throw .usage(
        language == .russian
          ? "нужен ровно один пакет (одна программа), а --pack и --pack-file дают "
            + "\(programmes.count): \(ids)"
          : "exactly one pack (one programme) is needed, but --pack and --pack-file give "
            + "\(programmes.count): \(ids)")
    }
    var id: PackID? = pack.id
    var seen = Set<PackID>()
    while let current = id, seen.insert(current).inserted {
      if current == DefaultPacks.krasnoyarsk.id { return (pack, true) }
      id = packs.first { $0.id == current }?.extends
    }
    return (pack, false)
  }

  /// Runs the command and returns what it computed, so that `main` can exit without freeing it.
  static func run(_ options: Options) throws -> [any Sendable] {
    let (pack, followsSample) = try programme(options)
    // What the run is doing, on standard error when it is a terminal and the run is long; wiped
    // before the output or an error message reaches the terminal.
    let status = TerminalProgress.standardError(
      program: "track-indicators", language: options.language)
    defer { status.finish() }
    let data = try located(options.language) { () throws(CSVError) in
      try load(
        options, indicators: pack.indicators, sampleProgramme: followsSample,
        progress: status.handler)
    }
    let dataset = data.loaded.dataset
    let year = options.year.map { AcademicYear($0) } ?? dataset.defaultReportYear?.year ?? 2022
    let asOf =
      options.asOf ?? CalendarDate(clampingYear: year.endYear, month: 3, day: 1)

    var sections: [(name: String, text: String)] = []
    // HTML is one page: the sections' documents in one, not pages glued together.
    var pages: [any Reportable] = []
    // CSV and XLSX: the sections' tables.
    var tables: [ExportTable] = []
    func add(_ name: String, _ report: some Reportable) {
      if options.format.isTable {
        tables += report.tables(language: options.language)
      } else if options.format == .html {
        pages.append(report)
      } else {
        sections.append((name, options.format.render(report, language: options.language)))
      }
    }
    let wants = { (name: String) in options.section == "all" || options.section == name }
    if wants("progress") || wants("programme") {
      let reported = try located(options.language) { () throws(CSVError) -> ReportedValues in
        guard let file = data.reported else { return .none }
        let indicators = file.bundled ? DefaultPacks.krasnoyarsk.indicators : pack.indicators
        return try ReportedValuesFile.read(
          file.source, indicators: indicators.map(\.indicatorDescription.id),
          schools: dataset.schools.map(\.id), ranges: ReportedValuesFile.ranges(of: indicators))
      }
      let progress = ProgressReport(
        indicators: pack.indicators,
        context: IndicatorContext(
          dataset: dataset, reported: reported, benchmarks: data.loaded.benchmarks),
        assumeLargeWhenUnknown: options.assumeLargeWhenUnknown)
      if wants("progress") { add("progress", progress) }
      // The expected results take their status from the indicators' rows of the run's year.
      if wants("programme") {
        add("programme", ProgrammeStatusReport(pack: pack, progress: progress, year: year))
      }
    }
    if wants("monitoring") {
      let plan: MonitoringPlan
      do {
        plan = try pack.monitoringPlan()
      } catch {
        throw RunError.data(error.message(in: options.language))
      }
      let records = try located(options.language) { () throws(CSVError) -> [MonitoringRecord] in
        guard let file = data.records else { return [] }
        let procedures = file.bundled ? DefaultPacks.krasnoyarsk.monitoring.map(\.id) : plan.ids
        return try MonitoringRecordsFile.read(file.source, procedures: procedures)
      }
      let status = MonitoringStatusReport(plan: plan, year: year, records: records, asOf: asOf)
      add("monitoring", status)
    }
    if wants("history") {
      let history: IdentificationHistory
      do {
        var identifier = try Identifier(packs: [pack])
        identifier.assumeLargeWhenUnknown = options.assumeLargeWhenUnknown
        let decisions = try located(options.language) { () throws(CSVError) -> [Decision] in
          guard let path = options.decisions else { return [] }
          var refused: [CSVError] = []
          return try ExampleData.decisions(
            path, dataset: dataset, categories: identifier.categories, rejected: &refused)
        }
        history = try IdentificationHistory(
          identifier: identifier, dataset: dataset,
          benchmarks: data.loaded.benchmarks, improvement: Amur.yearlyResultsIndex, top: 5,
          decisions: decisions, progress: status.handler)
      } catch let error as IdentificationError {
        throw RunError.data(error.message(in: options.language))
      } catch let error as PackError {
        throw RunError.data(error.message(in: options.language))
      }
      add("history", history)
    }

    status.finish()
    if options.format.isTable {
      let selected = try TableOutput.select(
        tables, section: options.table, language: options.language)
      try TableOutput.write(
        selected, format: options.format, out: options.out, language: options.language,
        program: "track-indicators")
      return [data, tables]
    }
    var output = try options.output()
    if options.format == .html {
      options.format.write(Sections(reports: pages), language: options.language, to: &output)
    } else if options.format == .json, sections.count > 1 {
      // One JSON document: each section is the report's own document under its name.
      output.write("{\n\"schema\": \"qualitykit.tracking/1\"")
      for section in sections { output.write(",\n\"\(section.name)\": \(section.text)") }
      output.write("}\n")
    } else {
      output.write(sections.map(\.text).joined(separator: "\n"))
    }
    output.finish(program: "track-indicators", language: options.language)
    return [data]
  }

  /// The input: the bundled sample unless the files are named.
  struct Input {
    let loaded: DatasetLoader.LoadedData
    let reported: ProgrammeFile?
    let records: ProgrammeFile?
  }

  /// A reported-values or records file. The bundled ones were written for `krasnoyarsk` and are
  /// checked against its ids, so a pack extending it that drops an indicator simply does not show
  /// its values, and a record of a dropped procedure is listed as unmatched — never an error
  /// about a file the user did not give.
  struct ProgrammeFile {
    let source: CSVSource
    let bundled: Bool
  }

  /// Reads the files named, and on the sample the bundled programme files when `sampleProgramme`
  /// (the pack is `krasnoyarsk` or extends it).
  static func load(
    _ options: Options, indicators: [any Indicator], sampleProgramme: Bool,
    progress: RunProgress.Handler? = nil
  ) throws(CSVError) -> Input {
    func source(_ path: String?) throws(CSVError) -> ProgrammeFile? {
      guard let path else { return nil }
      return ProgrammeFile(
        source: try CSVSource(contentsOf: URL(fileURLWithPath: path)), bundled: false)
    }
    let loaded = try ExampleData.load(
      schools: options.schools, values: options.values, benchmarks: options.benchmarks,
      references: Target.Relative.references(of: indicators), progress: progress)
    if options.schools != nil {
      return Input(
        loaded: loaded, reported: try source(options.reported),
        records: try source(options.records))
    }
    // The bundled reported values and records are the Lesosibirsk programme's (pack krasnoyarsk);
    // another pack on the sample starts with none rather than with ids it does not know.
    func programmeFile(_ path: String?, bundled name: String) throws(CSVError) -> ProgrammeFile? {
      if let path { return try source(path) }
      guard sampleProgramme else { return nil }
      return ProgrammeFile(
        source: try CSVSource(contentsOf: try ExampleData.bundledURL(name)), bundled: true)
    }
    return Input(
      loaded: loaded, reported: try programmeFile(options.reported, bundled: "reported.csv"),
      records: try programmeFile(options.records, bundled: "monitoring-records.csv"))
  }

  /// Runs `body`, turning a CSV error into a data error with its file, line and column, in
  /// `language`.
  static func located<T>(_ language: Language, _ body: () throws(CSVError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw RunError.data(error.located(in: language))
    }
  }
}

/// The sections of the HTML page, one report after another: the page's document is theirs in
/// order. Only HTML asks for it; the other formats write each section as before.
struct Sections: Reportable {
  let reports: [any Reportable]

  func document(language: Language) -> ReportDocument {
    reports.reduce(into: ReportDocument()) {
      $0.append(contentsOf: $1.document(language: language))
    }
  }

  func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    for report in reports { report.writeJSON(language: language, to: &output) }
  }
}
