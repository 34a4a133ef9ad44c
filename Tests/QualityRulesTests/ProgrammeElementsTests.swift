import Foundation
import QualityKit
import QualityRules
import Testing

/// The expected results, stages and risks of the five documents, counted by hand from the seeds
/// (not from the packs): every one is in a pack, with the links the documents support.
@Suite struct ProgrammeElementsTests {
  /// What each seed has, read off the text by hand:
  /// - 000 (г. Свободный): five expected results in the passport («Ожидаемые конечные результаты»,
  ///   repeated after section 2), three phases of the management cycle (no calendar), three risks
  ///   («Риски»);
  /// - 001 (г. Хабаровск): seven numbered expected results, three stages «Первый … Третий этап»
  ///   without dates, no risks;
  /// - 002 (Михайловский район): four expected results in the passport, the plan's sections I–III
  ///   (read as stages, no dates), four risks;
  /// - 003 (г. Лесосибирск): eight expected effects («Предполагается, что в ходе реализации данной
  ///   программы: 1. … 8.») and eight numbered expected results of the table «3. Ожидаемые
  ///   результаты», three stages dated by year, no risks;
  /// - 004 (Тбилисский район): seven expected results («5. Ожидаемые результаты»), no stages (the
  ///   plan has modules), no risks.
  static let counts: [String: (results: Int, stages: Int, risks: Int)] = [
    "000_2047c6b8ed2e3828.txt": (5, 3, 3),
    "001_a2b6d671e86258ea.txt": (7, 3, 0),
    "002_b8ad0e30ae99d723.txt": (4, 3, 4),
    "003_2156e850bfcb12b0.txt": (16, 3, 0),
    "004_a21e3c7c7266135d.txt": (7, 0, 0),
  ]

  @Test(
    "each seed's expected results, stages and risks are all in a pack",
    arguments: counts.keys.sorted())
  func countsPerSeed(_ seed: String) throws {
    let packs = DefaultPacks.all
    let results = packs.flatMap(\.expectedResults).filter { $0.provenance.source == seed }
    let stages = packs.flatMap(\.stages).filter { $0.provenance.source == seed }
    let risks = packs.flatMap(\.risks).filter { $0.provenance.source == seed }
    let expected = try #require(Self.counts[seed])
    #expect(results.count == expected.results, "\(seed): expected results")
    #expect(stages.count == expected.stages, "\(seed): stages")
    #expect(risks.count == expected.risks, "\(seed): risks")
  }

  /// The six results an indicator already quoted before they had a concept of their own, and the
  /// indicator that measures each.
  static let quotedByIndicators: [ProgrammeElementID: IndicatorID] = [
    "amur.mikhailovsky.result.two_schools": "amur.effective_mode_schools_count",
    "khabarovsk.result.fewer_not_mastered": "khabarovsk.not_mastered_share",
    "krasnoyarsk.result.fewer_failing": "krasnoyarsk.failing_students_basic_subjects_share",
    "krasnoyarsk.result.self_determination": "krasnoyarsk.self_determination_practices_share",
    "krasnoyarsk.result.satisfaction": "krasnoyarsk.satisfaction_dynamics",
    "krasnodar.result.fewer_low_results_schools": "krasnodar.low_results_schools_share",
  ]

  @Test("a result an indicator quotes is measured by that indicator")
  func linksOfQuotedResults() throws {
    let results = DefaultPacks.all.flatMap(\.expectedResults)
    for (id, indicator) in Self.quotedByIndicators {
      let result = try #require(results.first { $0.id == id }, "\(id)")
      #expect(result.indicators.contains(indicator), "\(id)")
    }
  }

  @Test("only 003 dates its stages: 2021/2022, 2022/2023 and «2023» read as 2023/2024")
  func stageYears() throws {
    let dated = DefaultPacks.all.flatMap(\.stages).filter(\.isDated)
    #expect(dated.map(\.provenance.source).allSatisfy { $0 == "003_2156e850bfcb12b0.txt" })
    #expect(
      dated.map { [$0.from?.endYear, $0.to?.endYear] } == [
        [2022, 2022], [2023, 2023], [2024, 2024],
      ])
    // The third stage's year is the library's reading, and says so.
    #expect(dated.last?.provenance.kind == .derived)
  }

  @Test(
    "which measures answer a risk is the library's reading: every risk is derived and names one")
  func risksAreDerivedReadings() {
    for risk in DefaultPacks.all.flatMap(\.risks) {
      #expect(risk.provenance.kind == .derived, "\(risk.id)")
      #expect(!risk.measures.isEmpty, "\(risk.id)")
      #expect(risk.provenance.derivation != nil, "\(risk.id)")
    }
  }

  @Test("the packs without stages or risks say so in their notes")
  func notesSayWhatIsMissing() throws {
    let krasnodar = try #require(DefaultPacks.krasnodar.notes?.ru)
    #expect(krasnodar.contains("Этапов и рисков документ не называет"))
    #expect(try #require(DefaultPacks.khabarovsk.notes?.ru).contains("рисков документ не называет"))
    #expect(
      try #require(DefaultPacks.krasnoyarsk.notes?.ru).contains("Рисков документ не называет"))
  }

  // MARK: Validation

  static func amur(
    results: [ExpectedResult] = [], stages: [ProgrammeStage] = [], risks: [ProgrammeRisk] = []
  ) -> RulePack {
    var pack = DefaultPacks.amur
    pack.expectedResults += results
    pack.stages += stages
    pack.risks += risks
    return pack
  }

  static let provenance = Provenance(source: "s", section: "s", quote: "q", kind: .stated)

  @Test(
    "a pack refuses a link to an unknown indicator or measure, a repeated id and a half-dated stage"
  )
  func validation() {
    let unknownIndicator = ExpectedResult(
      id: "amur.x", title: LocalizedText(ru: "x", en: "x"), indicators: ["amur.nothing"],
      provenance: Self.provenance)
    #expect(
      throws: PackError(
        kind: .unknownIndicatorInResult("amur.nothing", result: "amur.x"), pack: "amur")
    ) { try Self.amur(results: [unknownIndicator]).validate() }
    let unknownMeasure = ProgrammeRisk(
      id: "amur.r", title: LocalizedText(ru: "r", en: "r"), measures: ["amur.nothing"],
      provenance: Self.provenance)
    #expect(
      throws: PackError(kind: .unknownMeasureInRisk("amur.nothing", risk: "amur.r"), pack: "amur")
    ) { try Self.amur(risks: [unknownMeasure]).validate() }
    // A stage may not take the id of a result: one id space for the three.
    let clash = ProgrammeStage(
      id: "amur.svobodny.result.support_model", title: LocalizedText(ru: "s", en: "s"),
      provenance: Self.provenance)
    #expect(
      throws: PackError(
        kind: .duplicateProgrammeElement("amur.svobodny.result.support_model"), pack: "amur")
    ) { try Self.amur(stages: [clash]).validate() }
    let halfDated = ProgrammeStage(
      id: "amur.half", title: LocalizedText(ru: "s", en: "s"), from: 2022,
      provenance: Self.provenance)
    #expect(throws: PackError(kind: .partlyDatedStage("amur.half"), pack: "amur")) {
      try Self.amur(stages: [halfDated]).validate()
    }
  }

  @Test("removing a measure drops it from the risks it answered; the risk stays")
  func removingAMeasure() throws {
    let pack = try DefaultPacks.amur.removingMeasure(
      "amur.municipal_support_group_and_school_teams")
    let risk = try #require(pack.risks.first { $0.id == "amur.mikhailovsky.risk.coordination" })
    #expect(risk.measures == ["amur.consulting_methodical_support"])
  }

  // MARK: Pack files and --describe

  @Test("a pack file's result naming an unknown indicator is an error at its line and column")
  func packFileError() throws {
    let text = """
      {"format": "qualitykit.pack/1", "id": "local", "version": "1.0.0", "extends": "amur",
       "add": {"expected_results": [
         {"id": "local.result", "title": {"ru": "р", "en": "r"},
          "indicators": ["amur.nothing"],
          "provenance": {"kind": "stated", "source": "s", "section": "s", "quote": "q"}}]}}
      """
    do {
      _ = try RulePackLoader(basePacks: DefaultPacks.all).load(Data(text.utf8), file: "local.json")
      Issue.record("the pack loaded")
    } catch {
      #expect(error.path == "add.expected_results[0].indicators")
      #expect(error.line == 4)
      #expect(error.column == 19)
      #expect(error.description.contains("неизвестный показатель amur.nothing"))
    }
  }

  @Test("a pack file's stage with only one year is an error at that key")
  func halfDatedStageInAFile() throws {
    let text = """
      {"format": "qualitykit.pack/1", "id": "local", "version": "1.0.0", "extends": "amur",
       "add": {"stages": [
         {"id": "local.stage", "title": {"ru": "э", "en": "s"}, "from": 2022,
          "provenance": {"kind": "stated", "source": "s", "section": "s", "quote": "q"}}]}}
      """
    do {
      _ = try RulePackLoader(basePacks: DefaultPacks.all).load(Data(text.utf8), file: "local.json")
      Issue.record("the pack loaded")
    } catch {
      #expect(error.path == "add.stages[0].from")
      #expect(error.line == 3)
    }
  }

  @Test("--describe --format json lists each pack's expected results, stages and risks")
  func describeJSON() throws {
    let json = PackDescription(packs: DefaultPacks.all).render(.json)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let packs = try #require(root["packs"] as? [[String: Any]])
    for (pack, described) in zip(DefaultPacks.all, packs) {
      let results = try #require(described["expected_results"] as? [[String: Any]])
      let stages = try #require(described["stages"] as? [[String: Any]])
      let risks = try #require(described["risks"] as? [[String: Any]])
      #expect(results.count == pack.expectedResults.count)
      #expect(stages.count == pack.stages.count)
      #expect(risks.count == pack.risks.count)
      for result in results {
        #expect(result["provenance"] != nil)
        let linked = (result["indicators"] as? [String])?.isEmpty == false
        #expect((result["status_source"] as? String) == (linked ? "indicator" : "by_hand"))
      }
    }
    // The Lesosibirsk stage read from «2023»: the academic year 2023/2024, derived.
    let krasnoyarsk = try #require(packs.first { ($0["id"] as? String) == "krasnoyarsk" })
    let last = try #require((krasnoyarsk["stages"] as? [[String: Any]])?.last)
    #expect(last["from"] as? Int == 2024 && last["to"] as? Int == 2024)
  }
}
