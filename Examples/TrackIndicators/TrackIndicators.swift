// track-indicators: how a municipality follows its programme — target indicators against their
// targets, the monitoring calendar with what is overdue, and the identification history.
//
//     swift run track-indicators                       # bundled Lesosibirsk sample, Russian text
//     swift run track-indicators --lang en --format markdown
//     swift run track-indicators --section monitoring --as-of 2022-06-01 --format csv
//     swift run track-indicators --schools S.csv --values V.csv [--benchmarks B.csv]
//         [--reported R.csv] [--records M.csv] [--pack krasnoyarsk] [--year 2022]
//         [--as-of 2022-03-01] [--section all|progress|monitoring|history]
//         [--format text|markdown|json|csv] [--lang ru|en] [--out FILE]

import ExampleData
import Foundation
import QualityKit
import QualityRules

@main
enum TrackIndicators {
  static func main() {
    do {
      let options = try Options(CommandLine.arguments.dropFirst())
      if options.help {
        print(Options.usage)
        return
      }
      try run(options)
    } catch let error as RunError {
      FileHandle.standardError.write(Data("track-indicators: \(error.message)\n".utf8))
      exit(error.status)
    } catch {
      FileHandle.standardError.write(Data("track-indicators: \(error)\n".utf8))
      exit(1)
    }
  }

  static func run(_ options: Options) throws {
    let pack: RulePack
    do {
      guard let found = try DefaultPacks.packs(named: options.pack).first else {
        throw RunError.usage("--pack is empty")
      }
      pack = found
    } catch let error as PackError {
      throw RunError.usage(error.message(in: options.language))
    }
    let data = try located { () throws(CSVError) in try load(options) }
    let dataset = data.loaded.dataset
    let year = AcademicYear(options.year ?? dataset.latestYear?.endYear ?? 2022)
    let asOf =
      options.asOf ?? CalendarDate(clampingYear: year.endYear, month: 3, day: 1)

    var sections: [(name: String, text: String)] = []
    let wants = { (name: String) in options.section == "all" || options.section == name }
    if wants("progress") {
      let reported = try located { () throws(CSVError) -> ReportedValues in
        guard let source = data.reported else { return .none }
        return try ReportedValuesFile.read(
          source, indicators: pack.indicators.map(\.description.id),
          schools: dataset.schools.map(\.id))
      }
      let progress = ProgressReport(
        indicators: pack.indicators,
        context: IndicatorContext(dataset: dataset, reported: reported))
      sections.append(("progress", progress.render(options.format, language: options.language)))
    }
    if wants("monitoring") {
      let plan: MonitoringPlan
      do {
        plan = try pack.monitoringPlan()
      } catch {
        throw RunError.data(error.message(in: options.language))
      }
      let records = try located { () throws(CSVError) -> [MonitoringRecord] in
        guard let source = data.records else { return [] }
        return try MonitoringRecordsFile.read(source, procedures: plan.ids)
      }
      let status = MonitoringStatusReport(plan: plan, year: year, records: records, asOf: asOf)
      sections.append(
        ("monitoring", options.format.render(status, language: options.language)))
    }
    if wants("history") {
      let history: IdentificationHistory
      do {
        history = try IdentificationHistory(
          identifier: try Identifier(packs: [pack]), dataset: dataset,
          benchmarks: data.loaded.benchmarks, improvement: Amur.yearlyResultsIndex, top: 5)
      } catch let error as HistoryError {
        throw RunError.data(error.message(in: options.language))
      } catch let error as PackError {
        throw RunError.data(error.message(in: options.language))
      }
      // The history is a text, Markdown or JSON document (Options rejects CSV for it).
      let format = HistoryReportFormat(rawValue: options.format.rawValue) ?? .text
      sections.append(("history", format.render(history, language: options.language)))
    }

    var output = try options.output()
    if options.format == .json, sections.count > 1 {
      // One JSON document: each section is the report's own document under its name.
      output.write("{\n\"schema\": \"qualitykit.tracking/1\"")
      for section in sections { output.write(",\n\"\(section.name)\": \(section.text)") }
      output.write("}\n")
    } else {
      output.write(sections.map(\.text).joined(separator: "\n"))
    }
    output.flush()
  }

  /// The input: the bundled sample unless the files are named.
  struct Input {
    let loaded: LoadedData
    let reported: CSVSource?
    let records: CSVSource?
  }

  static func load(_ options: Options) throws(CSVError) -> Input {
    func source(_ path: String?) throws(CSVError) -> CSVSource? {
      guard let path else { return nil }
      return try CSVSource(contentsOf: URL(fileURLWithPath: path))
    }
    if let schools = options.schools {
      let loaded = try DatasetLoader.load(
        schools: URL(fileURLWithPath: schools),
        values: options.values.map { URL(fileURLWithPath: $0) },
        benchmarks: options.benchmarks.map { URL(fileURLWithPath: $0) })
      return Input(
        loaded: loaded, reported: try source(options.reported),
        records: try source(options.records))
    }
    func bundled(_ name: String) throws(CSVError) -> URL {
      guard let url = ExampleData.url(name) else {
        throw CSVError(
          kind: .unreadableFile("bundled sample not found"), file: name, line: 0, column: 0)
      }
      return url
    }
    let loaded = try DatasetLoader.load(
      schools: try bundled("schools.csv"), values: [try bundled("values.csv")],
      benchmarks: try bundled("benchmarks.csv"))
    // The bundled reported values and records are the Lesosibirsk programme's (pack krasnoyarsk);
    // another pack on the sample starts with none rather than with ids it does not know.
    let sampleProgramme = options.pack == "krasnoyarsk"
    var reportedPath = options.reported
    if reportedPath == nil, sampleProgramme { reportedPath = try bundled("reported.csv").path }
    var recordsPath = options.records
    if recordsPath == nil, sampleProgramme {
      recordsPath = try bundled("monitoring-records.csv").path
    }
    let reported = try source(reportedPath)
    let records = try source(recordsPath)
    return Input(loaded: loaded, reported: reported, records: records)
  }

  /// Runs `body`, turning a CSV error into a data error with its file, line and column.
  static func located<T>(_ body: () throws(CSVError) -> T) throws -> T {
    do {
      return try body()
    } catch {
      throw RunError.data(error.description)
    }
  }
}

/// A failure with the exit status it maps to: 1 for data, 2 for usage.
enum RunError: Error {
  case usage(String)
  case data(String)

  var message: String {
    switch self {
    case .usage(let text), .data(let text): text
    }
  }

  var status: Int32 {
    switch self {
    case .usage: 2
    case .data: 1
    }
  }
}
