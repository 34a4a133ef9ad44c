// plan-support: from an identification, the municipality's dated support roadmaps for the next
// academic year — one municipal, one per identified school — and the partner school proposed for
// each identified school.
//
//     swift run plan-support                       # bundled Lesosibirsk sample, Russian text
//     swift run plan-support --lang en --format markdown
//     swift run plan-support --format csv --out plan.csv    # plan.csv, plan.school-roadmaps.csv, …
//     swift run plan-support --format xlsx --out plan.xlsx
//     swift run plan-support --schools S.csv --values V.csv [--benchmarks B.csv] [--pack amur[,…]]
//         [--pack-file PACK.json]… [--year 2022] [--academic-year 2022/2023] [--capacity 2] [--social-index ID|none]
//         [--section all|roadmaps|partners|TABLE] [--format text|markdown|html|csv|xlsx|json]
//         [--lang ru|en]
//         [--out FILE]
//     swift run plan-support --describe [--pack amur]

import ExampleData
import Foundation
import QualityKit
import QualityRules

@main
enum PlanSupport {
  /// The social indices of the default packs, in the order they are looked for: the pack's own
  /// index of social conditions (krasnoyarsk's ИСБ, amur's social wellbeing index). Khabarovsk and
  /// Krasnodar identify no ШНСУ by an index, so they have none and the matching prefers no
  /// social profile.
  static let socialIndexIDs: [IndexID] = ["index.social_wellbeing", "index.amur.social_wellbeing"]

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
      exit(0)
    }
    do {
      try options.useWorkbook()
    } catch {
      fail(error.located(in: options.language), status: 1)
    }
    do {
      let results = try run(options)
      // The plan is written and flushed: leave without tearing down a national plan's memory
      // (hundreds of thousands of entries, freed one by one, where the system frees it at once).
      withExtendedLifetime(results) { exit(0) }
    } catch let error as RunError {
      fail(error.message, status: error.status)
    } catch {
      fail("\(error)", status: 1)
    }
  }

  /// Runs the command and returns what it computed, so that `main` can exit without freeing it.
  static func run(_ options: Options) throws -> [any Sendable] {
    let language = options.language
    let packs: [RulePack]
    do {
      packs = try options.packs.packs()
    } catch {
      switch error {
      case .packFile: throw RunError.data(error.message(in: language))
      case .unknownPack, .export: throw RunError.usage("--pack: " + error.message(in: language))
      }
    }
    if options.describe {
      var output = try options.output()
      options.format.write(PackDescription(packs: packs), language: language, to: &output)
      output.finish(program: "plan-support", language: language)
      return []
    }

    // Everything the options decide is checked before the data is read: a usage error is a usage
    // error whatever the files hold.
    var identifier: Identifier
    let planner: SupportPlanner
    let matcher: PartnerMatcher
    do {
      identifier = try Identifier(packs: packs)
      identifier.assumeLargeWhenUnknown = options.assumeLargeWhenUnknown
      planner = try SupportPlanner(packs: packs)
    } catch {
      // Each pack is valid on its own (files are checked as they load): what is left is packs
      // that cannot run together, a choice made on the command line.
      let flags = options.packs.files.isEmpty ? "--pack" : "--pack/--pack-file"
      throw RunError.usage("\(flags): " + error.message(in: language))
    }
    let social: CompositeIndex?
    do {
      social = try socialIndex(options, packs)
    } catch {
      throw RunError.usage("--social-index: " + error.message(in: language))
    }
    do {
      matcher = try PartnerMatcher(
        options: PartnerMatcher.Options(capacity: options.capacity, socialIndex: social))
    } catch {
      throw RunError.usage(error.message(in: language))
    }

    // What the run is doing, on standard error when it is a terminal and the run is long; wiped
    // before the output or an error message reaches the terminal.
    let status = TerminalProgress.standardError(program: "plan-support", language: language)
    defer { status.finish() }
    let loaded: DatasetLoader.LoadedData
    do {
      loaded = try ExampleData.load(
        schools: options.schools, values: options.values, benchmarks: options.benchmarks,
        progress: status.handler)
    } catch {
      throw RunError.data(error.located(in: language))
    }
    var decisions: [Decision] = []
    if let path = options.decisions {
      var refused: [CSVError] = []
      do {
        decisions = try ExampleData.decisions(
          path, dataset: loaded.dataset, categories: identifier.categories, rejected: &refused)
      } catch {
        throw RunError.data(error.located(in: language))
      }
    }
    let report: IdentificationReport
    do throws(IdentificationError) {
      // The plan and the partners follow the decided lists.
      report = try identifier.identify(
        loaded.dataset, benchmarks: loaded.benchmarks, year: options.year.map { AcademicYear($0) },
        progress: status.handler
      ).applying(decisions)
    } catch {
      throw RunError.data(error.message(in: language))
    }
    // Identification looks back at a finished year; the help it calls for is planned for the
    // year that follows.
    let year = options.academicYear ?? AcademicYear(report.year.endYear + 1)

    // Both are computed before the output is opened: an error leaves no half-written file. They
    // read the same report and nothing of each other, so the partners are matched on a thread of
    // their own while the roadmaps are planned; a planning error is still the one reported first.
    let dataset = loaded.dataset
    let partners =
      options.section == .roadmaps
      ? nil : Background { try match(matcher, report, dataset, language) }
    status.begin(
      options.section == .partners
        ? LocalizedText(ru: "подбор школ-партнёров", en: "matching partner schools")
        : LocalizedText(ru: "составление планов поддержки", en: "planning support"))
    let plan =
      options.section == .partners ? nil : try self.plan(planner, report, year, language)
    let matching = try partners?.value()

    status.finish()
    // The pairs follow the roadmaps as a section of the plan; in CSV and XLSX, as a table with
    // columns of their own (strengths, index values).
    let written: (any Reportable)? =
      switch (plan, matching) {
      case (let plan?, let matching?): plan.appending([matching])
      case (let plan?, nil): plan
      case (nil, let matching?): matching
      case (nil, nil): nil
      }
    if options.format.isTable {
      let tables = try TableOutput.select(
        written?.tables(language: language) ?? [], section: options.table, language: language)
      try TableOutput.write(
        tables, format: options.format, out: options.out, language: language,
        program: "plan-support")
      return [loaded, report, written]
    }
    var output = try options.output()
    defer { output.finish(program: "plan-support", language: language) }
    if let written { options.format.write(written, language: language, to: &output) }
    return [loaded, report, written]
  }

  /// The index the matching compares social conditions by: the one named, none, or the first of
  /// ``socialIndexIDs`` that the packs have.
  static func socialIndex(_ options: Options, _ packs: [RulePack]) throws(SupportPlanError)
    -> CompositeIndex?
  {
    switch options.socialIndex {
    case .none: return nil
    case .id(let id): return try PartnerMatcher.Options.index(id, in: packs)
    case .packDefault:
      let indices = packs.flatMap(\.indices)
      for id in socialIndexIDs {
        if let index = indices.first(where: { $0.id == id }) { return index }
      }
      return nil
    }
  }

  static func plan(
    _ planner: SupportPlanner, _ report: IdentificationReport, _ year: AcademicYear,
    _ language: Language
  ) throws -> SupportPlan {
    do {
      return try planner.plan(for: report, year: year)
    } catch {
      throw RunError.data(error.message(in: language))
    }
  }

  static func match(
    _ matcher: PartnerMatcher, _ report: IdentificationReport, _ dataset: Dataset,
    _ language: Language
  ) throws -> PartnerMatching {
    do {
      return try matcher.match(report, dataset: dataset)
    } catch {
      throw RunError.data(error.message(in: language))
    }
  }

  static func fail(_ message: String, status: Int32) -> Never {
    RunError.terminate("plan-support", message, status: status)
  }
}
