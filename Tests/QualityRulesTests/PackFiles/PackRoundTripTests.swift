import Foundation
import QualityKit
import QualityRules
import RegionGenerator
import Testing

/// Every built-in pack written as JSON and loaded back behaves identically: the same identification
/// report, progress report and support roadmap, byte for byte, on three regions the package's own
/// generator makes in memory (`make-region` seeds 1–3, 80–160 schools, 1–3 municipalities,
/// 2019–2022; see `Guides/MakeRegion.md`).
///
/// Byte-identical reports are a strong check: they carry every status, value, explanation,
/// category, parameter and measure date, so any field lost or changed on the way through JSON
/// shows.
@Suite struct PackRoundTripTests {
  static let regions = ["seed-1", "seed-2", "seed-3"]

  /// The region named `seed-N`: N × 40 + 40 schools in N municipalities over 2019–2022, seed N.
  static func region(_ name: String) throws -> DatasetLoader.LoadedData {
    let seed = try #require(Int(name.dropFirst("seed-".count)))
    let files = RegionGenerator.generate(
      RegionOptions(
        schools: 40 + 40 * seed, municipalities: seed, years: [2019, 2020, 2021, 2022],
        seed: UInt64(seed)))
    let sources = files.sources
    return try DatasetLoader.load(
      schools: sources.schools, values: [sources.values], benchmarks: sources.benchmarks)
  }

  static func reloaded(_ pack: RulePack) throws -> RulePack {
    let data = try pack.jsonData()
    return try RulePackLoader(basePacks: DefaultPacks.all).load(data, file: "\(pack.id).json")
  }

  /// The three documents a pack produces on `data`, as text.
  static func documents(_ pack: RulePack, on data: DatasetLoader.LoadedData) throws -> [String] {
    let report = try Identifier(packs: [pack]).identify(
      data.dataset, benchmarks: data.benchmarks, cohort: .all)
    let progress = ProgressReport(
      indicators: pack.indicators, context: IndicatorContext(dataset: data.dataset, reported: .none)
    )
    let plan = try SupportPlanner(packs: [pack]).plan(
      for: report, year: AcademicYear(report.year.endYear + 1))
    return [
      ReportFormat.json.render(report), ReportFormat.text.render(report, language: .english),
      progress.render(.json), progress.render(.text), ReportFormat.json.render(plan),
    ]
  }

  @Test(
    "a reloaded built-in pack gives identical identification, progress and roadmap",
    arguments: DefaultPacks.all.map(\.id.rawValue), regions)
  func identicalBehaviour(packID: String, region: String) throws {
    let pack = try #require(DefaultPacks.pack(id: PackID(packID)))
    let data = try Self.region(region)
    let original = try Self.documents(pack, on: data)
    let reloaded = try Self.documents(try Self.reloaded(pack), on: data)
    #expect(original.count == reloaded.count)
    for (index, (lhs, rhs)) in zip(original, reloaded).enumerated() {
      #expect(lhs == rhs, "document \(index) differs for \(packID) on \(region)")
    }
    // The region exercises the pack: some school is identified and some criterion is undecided
    // or not met, so identical reports are not identical by emptiness.
    let report = try Identifier(packs: [pack]).identify(
      data.dataset, benchmarks: data.benchmarks, cohort: .all)
    #expect(report.schools.contains { !$0.categories.isEmpty })
  }

  @Test(
    "export is a fixed point: a reloaded pack writes the same bytes",
    arguments: DefaultPacks.all.map(\.id.rawValue))
  func fixedPoint(packID: String) throws {
    let pack = try #require(DefaultPacks.pack(id: PackID(packID)))
    let first = try pack.jsonData()
    let second = try Self.reloaded(pack).jsonData()
    #expect(first == second)
    #expect(
      String(decoding: first.prefix(40), as: UTF8.self).contains(
        "\"format\": \"qualitykit.pack/1\""))
  }

  @Test("the reloaded pack holds the same elements, in the same order")
  func sameElements() throws {
    for pack in DefaultPacks.all {
      let reloaded = try Self.reloaded(pack)
      #expect(reloaded.id == pack.id && reloaded.version == pack.version)
      #expect(reloaded.title == pack.title && reloaded.region == pack.region)
      #expect(reloaded.sources == pack.sources && reloaded.notes == pack.notes)
      #expect(reloaded.sourceTitles == pack.sourceTitles)
      #expect(
        reloaded.criteria.map(\.criterionDescription) == pack.criteria.map(\.criterionDescription))
      #expect(
        reloaded.criteria.map(\.criterionDescription.parameters)
          == pack.criteria.map(\.criterionDescription.parameters))
      #expect(reloaded.indices == pack.indices)
      #expect(reloaded.categoryRules == pack.categoryRules)
      #expect(reloaded.allParameters == pack.allParameters)
      #expect(
        reloaded.indicators.map(\.indicatorDescription)
          == pack.indicators.map(\.indicatorDescription))
      #expect(reloaded.monitoring == pack.monitoring)
      #expect(reloaded.declaredMeasures == pack.declaredMeasures)
      #expect(reloaded.expectedResults == pack.expectedResults)
      #expect(reloaded.stages == pack.stages)
      #expect(reloaded.risks == pack.risks)
    }
  }

  @Test("a tuned pack keeps its changed defaults through JSON")
  func overridesSurvive() throws {
    let tuned = try DefaultPacks.krasnoyarsk.overriding(
      "krasnoyarsk.continuation_below_60.threshold", with: 55)
    let reloaded = try Self.reloaded(tuned)
    let parameter = try #require(
      reloaded.allParameters.first { $0.key == "krasnoyarsk.continuation_below_60.threshold" })
    #expect(parameter.defaultValue == 55)
  }

  @Test("how a pack's document lists its schools survives JSON", arguments: DefaultPacks.all)
  func listingSurvives(_ pack: RulePack) throws {
    #expect(try Self.reloaded(pack).listing == pack.listing)
  }

  @Test("a listing basis the loader does not know is an error at its line and column")
  func unknownListingBasis() throws {
    var text = String(decoding: try DefaultPacks.khabarovsk.jsonData(), as: UTF8.self)
    let line = try #require(text.split(separator: "\n").firstIndex { $0.contains("\"basis\"") })
    text = text.replacingOccurrences(of: "\"basis\": \"act\"", with: "\"basis\": \"order\"")
    do {
      _ = try RulePackLoader(basePacks: []).load(Data(text.utf8), file: "k.json")
      Issue.record("an unknown basis was accepted")
    } catch {
      let message = error.located(in: .russian)
      #expect(message.hasPrefix("k.json:\(line + 1):"), "\(message)")
      #expect(message.contains("недопустимое значение «order»: допустимы «rules»"), "\(message)")
    }
  }
}
