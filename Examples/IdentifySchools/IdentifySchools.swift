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
      fail(error.message, status: error.status)
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
      options.format.write(PackDescription(packs: packs), language: options.language, to: &output)
      return []
    }

    let loaded: LoadedData
    do {
      loaded = try ExampleData.load(
        schools: options.schools, values: options.values, benchmarks: options.benchmarks,
        mode: options.mode)
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

  static func fail(_ message: String, status: Int32) -> Never {
    RunError.terminate("identify-schools", message, status: status)
  }
}
