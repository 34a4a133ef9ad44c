import ExampleData
import Foundation
import QualityKit
import QualityRules

/// `identify-schools`: finds ШНОР and ШНСУ in a dataset with the default rule packs.
///
/// With no arguments it runs the `krasnoyarsk` pack on the bundled Lesosibirsk sample and prints a
/// Russian report. Exit status: 0 on success, 1 on a data or pack error, 2 on a usage error.
@main
struct IdentifySchools {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    let options: Options
    do {
      options = try Options(parsing: arguments)
    } catch {
      fail(
        error.message(in: Options.language(in: arguments)) + "\n"
          + Options.usageHint(Options.language(in: arguments)), status: 2)
    }
    if options.help {
      print(Options.usage(options.language))
      exit(0)
    }
    do {
      let results = try run(options)
      // The report is written and flushed: leave without tearing down a national run's memory
      // (the results stay alive until the process ends).
      withExtendedLifetime(results) { exit(0) }
    } catch let error as RunError {
      fail(error.message(in: options.language), status: error.status)
    } catch {
      fail("\(error)", status: 1)
    }
  }

  /// Runs the command and returns what it computed, so that `main` can exit without freeing it.
  static func run(_ options: Options) throws -> [any Sendable] {
    if let id = options.exportPack {
      let data: Data
      do {
        data = try PackSelection.exported(id)
      } catch {
        throw RunError.usage(error.message(in: options.language))
      }
      var output = try options.output()
      output.write(String(decoding: data, as: UTF8.self))
      output.flush()
      return []
    }
    let packs: [RulePack]
    do {
      packs = try options.packs.packs()
    } catch {
      switch error {
      case .packFile: throw RunError.data(error.message(in: options.language))
      case .unknownPack, .export: throw RunError.usage(error.message(in: options.language))
      }
    }
    do {
      _ = try ParameterValues(
        declared: packs.flatMap(\.allParameters), overrides: options.overrides)
    } catch {
      throw RunError.usage(error.message(in: options.language))
    }
    var output = try options.output()
    defer { output.flush() }

    if options.describe {
      PackDescriptionReport(language: options.language).write(
        packs, format: options.format, to: &output)
      return []
    }

    let loaded: LoadedData
    do {
      loaded = try load(options)
    } catch {
      throw RunError.data(error.located(in: options.language))
    }
    let identifier: Identifier
    do {
      identifier = try Identifier(packs: packs)
    } catch {
      throw RunError.data(error.message(in: options.language))
    }
    let report: IdentificationReport
    do throws(IdentificationError) {
      report = try identifier.identify(
        loaded.dataset, benchmarks: loaded.benchmarks, year: options.year.map { AcademicYear($0) },
        cohort: options.cohort, overrides: options.overrides,
        issues: loaded.rejected.map { DataIssue($0) })
    } catch {
      switch error {
      case .parameter: throw RunError.usage(error.message(in: options.language))
      default: throw RunError.data(error.message(in: options.language))
      }
    }
    options.format.write(report, language: options.language, to: &output)
    return [loaded, report]
  }

  static func load(_ options: Options) throws(CSVError) -> LoadedData {
    if let schools = options.schools {
      return try DatasetLoader.load(
        schools: URL(fileURLWithPath: schools),
        values: options.values.map { URL(fileURLWithPath: $0) },
        benchmarks: options.benchmarks.map { URL(fileURLWithPath: $0) }, mode: options.mode)
    }
    guard let schools = ExampleData.url("schools.csv"), let values = ExampleData.url("values.csv"),
      let benchmarks = ExampleData.url("benchmarks.csv")
    else {
      throw CSVError(
        kind: .unreadableFile("bundled sample not found"), file: "Examples/Data", line: 0, column: 0
      )
    }
    return try DatasetLoader.load(
      schools: schools, values: [values], benchmarks: benchmarks, mode: options.mode)
  }

  static func fail(_ message: String, status: Int32) -> Never {
    var stderr = FileOutput.standardError()
    stderr.write("identify-schools: \(message)\n")
    stderr.flush()
    exit(status)
  }
}

/// A failure with its exit status.
enum RunError: Error {
  case usage(String)
  case data(String)

  var status: Int32 {
    switch self {
    case .usage: 2
    case .data: 1
    }
  }

  func message(in language: Language) -> String {
    switch self {
    case .usage(let text), .data(let text): text
    }
  }
}
