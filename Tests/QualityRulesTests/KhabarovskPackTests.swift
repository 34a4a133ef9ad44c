import Foundation
import QualityKit
import QualityRules
import Testing

/// Hand-checked cohorts for the Khabarovsk ШНОР rule, and a host composing the pack with another
/// pack's social index (the Khabarovsk document has no ШНСУ criterion).
///
/// The cohort has eight schools, so every worst-quarter criterion flags k = ⌈0.25 × 8⌉ = 2 of them.
/// Each metric is spaced evenly along a «worst first» order, so the two worst are plain to see:
///
/// | criterion | two worst in 2022 |
/// | --- | --- |
/// | mean ГИА results, every year 2020–2022 (the anchor) | A, B |
/// | quality of learning (I1) | A, C |
/// | below the ГИА minimum (I2 + I4) | G, H |
/// | without a certificate (I5) | G, H |
/// | honours (I6) | A, D |
/// | olympiad participation (I7) | B, E |
/// | olympiad winners (I8) | C, D |
/// | staff trained on quality (I9) | E, F |
///
/// A: anchor + quality + honours = 2 supporting → ШНОР. B: anchor + participation = 1 → not ШНОР
/// (every other supporting criterion is decided `not met`). C…H: no anchor → not ШНОР.
@Suite struct KhabarovskPackTests {
  static let ids: [SchoolID] = ["A", "B", "C", "D", "E", "F", "G", "H"]

  /// The order of every metric, worst school first.
  static let worstFirst: [MetricKey: [SchoolID]] = [
    .resultsQualityPercent: ["A", "C", "B", "D", "E", "F", "G", "H"],
    .giaHonoursPercent: ["A", "D", "B", "C", "E", "F", "G", "H"],
    .olympiadParticipationPercent: ["B", "E", "A", "C", "D", "F", "G", "H"],
    .olympiadWinnersPercent: ["C", "D", "A", "B", "E", "F", "G", "H"],
    .staffQualityTrainingPercent: ["E", "F", "A", "B", "C", "D", "G", "H"],
    .egeRussianBelowMinPercent: ["G", "H", "A", "B", "C", "D", "E", "F"],
    .egeMathBelowMinPercent: ["G", "H", "A", "B", "C", "D", "E", "F"],
    .ogeRussianBelowMinPercent: ["G", "H", "A", "B", "C", "D", "E", "F"],
    .ogeMathBelowMinPercent: ["G", "H", "A", "B", "C", "D", "E", "F"],
    .giaNoCertificatePercent: ["G", "H", "A", "B", "C", "D", "E", "F"],
  ]

  /// Metrics where more is worse: the worst school gets the highest value.
  static let moreIsWorse: Set<MetricKey> = [
    .egeRussianBelowMinPercent, .egeMathBelowMinPercent, .ogeRussianBelowMinPercent,
    .ogeMathBelowMinPercent, .giaNoCertificatePercent,
  ]

  /// The cohort of the table above. `dropping` leaves out (school, metric, year) cells; `replacing`
  /// overrides 2022 values.
  static func cohort(
    dropping: Set<Cell> = [], replacing: [SchoolID: [MetricKey: Double]] = [:],
    social: Bool = false
  ) throws -> Dataset {
    let schools = ids.map {
      School(id: $0, name: "Школа \($0.rawValue)", municipality: "г. Хабаровск")
    }
    var builder = try Dataset.Builder(schools: schools)
    func set(_ value: Double, _ id: SchoolID, _ metric: MetricKey, _ year: Int) throws {
      guard !dropping.contains(Cell(school: id, metric: metric, year: year)) else { return }
      try builder.set(value, school: id, year: AcademicYear(year), metric: metric)
    }
    // The anchor: levels A 0 … H 7 in every year; each ГИА result is linear in the level.
    for (level, id) in ids.enumerated() {
      let level = Double(level)
      for year in [2020, 2021, 2022] {
        try set(60 + 4 * level, id, .egeRussianMeanScore, year)
        try set(45 + 4 * level, id, .egeMathProfileMeanScore, year)
        try set(3.3 + 0.15 * level, id, .ogeRussianMeanMark, year)
        try set(3.1 + 0.15 * level, id, .ogeMathMeanMark, year)
      }
    }
    // The supporting indicators in 2022: worst 10, 15, … 45 (more is better) or 8, 7, … 1 (more
    // is worse; every value is above 0, so both guards are met).
    for (metric, order) in worstFirst {
      for (position, id) in order.enumerated() {
        let value =
          replacing[id]?[metric]
          ?? (moreIsWorse.contains(metric) ? 8 - Double(position) : 10 + 5 * Double(position))
        try set(value, id, metric, 2022)
      }
    }
    if social {
      // ИСБ factors, worst first H, G, A, B, …: every factor linear in the position, so the index
      // ranks by it and k = 2 puts H and G in the lowest quarter.
      let order: [SchoolID] = ["H", "G", "A", "B", "C", "D", "E", "F"]
      for (position, id) in order.enumerated() {
        let p = Double(position)
        try set(40 - 4 * p, id, .socialLowSesFamilyPercent, 2022)
        try set(8 - 0.8 * p, id, .socialDeviantBehaviourPercent, 2022)
        try set(25 - 2 * p, id, .socialLowMotivationPercent, 2022)
        try set(10 - p, id, .socialWeakRussianPercent, 2022)
        try set(40 - 4 * p, id, .contextDistanceToCenterKm, 2022)
        try set(100 + 50 * p, id, .contextEnrollment, 2022)
      }
    }
    return builder.build()
  }

  /// One value of the cohort: a school, a metric, a year.
  struct Cell: Hashable {
    var school: SchoolID
    var metric: MetricKey
    var year: Int
  }

  static func identify(
    _ dataset: Dataset, pack: RulePack = DefaultPacks.khabarovsk,
    overrides: [ParameterKey: Double] = [:]
  ) throws -> IdentificationReport {
    try Identifier(packs: [pack]).identify(dataset, overrides: overrides)
  }

  static func outcome(_ id: SchoolID, in report: IdentificationReport) throws
    -> IdentificationReport.SchoolOutcome
  {
    try #require(report.schools.first { $0.school.id == id })
  }

  @Test func anchorAndTwoSupportingIndicatorsMakeLowResults() throws {
    let report = try Self.identify(try Self.cohort())
    #expect(report.schools(in: .lowResults).map(\.school.id) == ["A"])
    let a = try Self.outcome("A", in: report)
    #expect(a.finding("khabarovsk.gia_mean_persistently_low")?.status == .met)
    #expect(a.finding("khabarovsk.quality_worst_quarter")?.status == .met)
    #expect(a.finding("khabarovsk.honours_worst_quarter")?.status == .met)
    #expect(a.finding("khabarovsk.olympiad_participation_worst_quarter")?.status == .notMet)
    // Every school is decided: all the data is there.
    #expect(report.schools.allSatisfy { $0.undeterminedCategories.isEmpty })
  }

  @Test func anchorWithOneSupportingIndicatorIsNotEnough() throws {
    let report = try Self.identify(try Self.cohort())
    let b = try Self.outcome("B", in: report)
    #expect(b.finding("khabarovsk.gia_mean_persistently_low")?.status == .met)
    #expect(b.finding("khabarovsk.olympiad_participation_worst_quarter")?.status == .met)
    let others = [
      "khabarovsk.quality_worst_quarter", "khabarovsk.below_min_worst_quarter",
      "khabarovsk.no_certificate_worst_quarter", "khabarovsk.honours_worst_quarter",
      "khabarovsk.olympiad_winners_worst_quarter", "khabarovsk.quality_training_worst_quarter",
    ]
    for id in others { #expect(b.finding(CriterionID(id))?.status == .notMet, "\(id)") }
    #expect(!b.categories.contains(.lowResults))
    #expect(!b.undeterminedCategories.contains(.lowResults))

    // With one supporting indicator required, B joins A.
    let lenient = try Self.identify(
      try Self.cohort(), overrides: ["khabarovsk.low_results.min_supporting": 1])
    #expect(lenient.schools(in: .lowResults).map(\.school.id) == ["A", "B"])
  }

  @Test func supportingIndicatorsWithoutTheAnchorAreNotEnough() throws {
    // D is in the worst quarter of honours and winners (2 supporting) but its ГИА results are
    // never in the lowest quarter (level 3 of 0…7).
    let report = try Self.identify(try Self.cohort())
    let d = try Self.outcome("D", in: report)
    #expect(d.finding("khabarovsk.honours_worst_quarter")?.status == .met)
    #expect(d.finding("khabarovsk.olympiad_winners_worst_quarter")?.status == .met)
    #expect(d.finding("khabarovsk.gia_mean_persistently_low")?.status == .notMet)
    #expect(!d.categories.contains(.lowResults))
    #expect(!d.undeterminedCategories.contains(.lowResults))
  }

  @Test func missingDataLeavesLowResultsUndetermined() throws {
    // B loses its 2022 winners and training values: 1 supporting met, 2 unknown, 4 not met — two
    // are still reachable. (Winners and training then have n = 7, k = ⌈1.75⌉ = 2: still C, D and
    // E, F.) A loses its 2020 ГИА results: low in 2021 and 2022, 2020 unknown, so the anchor is
    // open while A still has its two supporting indicators. (2020 then has n = 7, k = 2: B, C.)
    var dropping: Set<Cell> = [
      Cell(school: "B", metric: .olympiadWinnersPercent, year: 2022),
      Cell(school: "B", metric: .staffQualityTrainingPercent, year: 2022),
    ]
    for metric in [
      MetricKey.egeRussianMeanScore, .egeMathProfileMeanScore, .ogeRussianMeanMark,
      .ogeMathMeanMark,
    ] {
      dropping.insert(Cell(school: "A", metric: metric, year: 2020))
    }
    let report = try Self.identify(try Self.cohort(dropping: dropping))
    let a = try Self.outcome("A", in: report)
    let b = try Self.outcome("B", in: report)
    #expect(a.finding("khabarovsk.gia_mean_persistently_low")?.status == .insufficientData)
    #expect(b.finding("khabarovsk.gia_mean_persistently_low")?.status == .met)
    #expect(b.finding("khabarovsk.olympiad_winners_worst_quarter")?.status == .insufficientData)
    #expect(report.schools(in: .lowResults).isEmpty)
    #expect(a.undeterminedCategories == [.lowResults])
    #expect(b.undeterminedCategories == [.lowResults])
    // C passes the 2020 anchor year now (2nd lowest of 7) but not 2021: decided, not open.
    let c = try Self.outcome("C", in: report)
    #expect(c.finding("khabarovsk.gia_mean_persistently_low")?.status == .notMet)
    #expect(c.undeterminedCategories.isEmpty)
  }

  @Test func aTieAtZeroWithoutCertificatesDoesNotSupportLowResults() throws {
    // Only G has graduates without a certificate (3 %); the seven others are at 0 and tie at the
    // cut-off (k = 2 lands on the tie), so all eight are «in the worst quarter». The guard
    // `no_certificate_present` holds for G alone, so B still has one supporting indicator.
    let zeros = Dictionary(
      uniqueKeysWithValues: Self.ids.map { ($0, [MetricKey.giaNoCertificatePercent: 0.0]) })
    let report = try Self.identify(
      try Self.cohort(replacing: zeros.merging(["G": [.giaNoCertificatePercent: 3]]) { $1 }))
    let b = try Self.outcome("B", in: report)
    #expect(b.finding("khabarovsk.no_certificate_worst_quarter")?.status == .met)
    #expect(b.finding("khabarovsk.no_certificate_present")?.status == .notMet)
    #expect(report.schools(in: .lowResults).map(\.school.id) == ["A"])
    #expect(!b.undeterminedCategories.contains(.lowResults))
  }

  @Test func thePackHasNoSocialConditionsRule() throws {
    let pack = DefaultPacks.khabarovsk
    #expect(pack.categoryRules.map(\.category) == [.lowResults])
    #expect(pack.notes?.ru.contains("№ 309") == true)
    #expect(pack.notes?.en.contains("ШНСУ") == true)
    let report = try Self.identify(try Self.cohort(social: true))
    // Social data present, but the pack does not use it: ШНСУ is neither assigned nor open.
    #expect(report.schools(in: .unfavourableSocialConditions).isEmpty)
    #expect(
      report.schools.allSatisfy {
        !$0.undeterminedCategories.contains(.unfavourableSocialConditions)
      })
  }

  /// A host composing khabarovsk with the Krasnoyarsk social wellbeing index (ИСБ), as in
  /// Guides/KhabarovskPack.md.
  @Test func aHostAddsASocialIndexFromAnotherPack() throws {
    let social = Krasnoyarsk.socialWellbeingLowestQuarter
    let composed = try DefaultPacks.khabarovsk
      .extended(
        as: "khabarovsk.with_social", version: "1.0.0",
        title: LocalizedText(
          ru: "г. Хабаровск: ШНОР по показателям программы, ШНСУ по ИСБ",
          en: "Khabarovsk: ШНОР by the programme indicators, ШНСУ by the ИСБ")
      )
      .adding(social)
      .addingRule(
        CategoryRule(
          category: .unfavourableSocialConditions, condition: .criterion(social.id),
          provenance: social.criterionDescription.provenance,
          rationale: LocalizedText(
            ru: "ШНСУ — нижние 25 % по индексу социального благополучия (правило Красноярского "
              + "края; в документе Хабаровска социальных критериев нет).",
            en: "ШНСУ: the lowest 25% by the social wellbeing index (the Krasnoyarsk rule; the "
              + "Khabarovsk document has no social criterion).")))
    #expect(composed.extends == "khabarovsk")
    #expect(composed.criteria.count == DefaultPacks.khabarovsk.criteria.count + 1)

    let report = try Self.identify(try Self.cohort(social: true), pack: composed)
    // ИСБ: H and G are the worst two of eight (k = 2).
    #expect(report.schools(in: .unfavourableSocialConditions).map(\.school.id) == ["G", "H"])
    #expect(report.schools(in: .lowResults).map(\.school.id) == ["A"])

    // Without the social values, ШНСУ is open for every school, never a silent "no".
    let withoutData = try Self.identify(try Self.cohort(), pack: composed)
    #expect(withoutData.schools(in: .unfavourableSocialConditions).isEmpty)
    #expect(
      withoutData.schools.allSatisfy {
        $0.undeterminedCategories == [.unfavourableSocialConditions]
      })
  }

  @Test func everyNumberIsADerivedParameter() {
    let parameters = DefaultPacks.khabarovsk.allParameters
    #expect(parameters.allSatisfy { $0.kind == .derived })
    let defaults = Dictionary(uniqueKeysWithValues: parameters.map { ($0.key, $0.defaultValue) })
    #expect(defaults["khabarovsk.gia_mean_persistently_low.share"] == 0.25)
    #expect(defaults["khabarovsk.gia_mean_persistently_low.window"] == 3)
    #expect(defaults["khabarovsk.gia_mean_persistently_low.required"] == 3)
    #expect(defaults["khabarovsk.low_results.min_supporting"] == 2)
    #expect(defaults["khabarovsk.below_min_present.floor"] == 0)
    #expect(defaults["khabarovsk.no_certificate_present.floor"] == 0)
    for id in [
      "quality", "below_min", "no_certificate", "honours", "olympiad_participation",
      "olympiad_winners", "quality_training",
    ] {
      #expect(defaults[ParameterKey("khabarovsk.\(id)_worst_quarter.share")] == 0.25, "\(id)")
    }
    // The library's three context-adjustment parameters (issue 19), not the document's.
    #expect(defaults["context_adjusted.results_share"] == 0.25)
    #expect(defaults.count == 13 + 3)
  }
}
