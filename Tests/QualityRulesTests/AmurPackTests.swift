import Foundation
import QualityKit
import QualityRules
import Testing

/// Hand-checked cohorts for the Amur category rules, beyond the per-criterion examples.
@Suite struct AmurPackTests {
  static let years = [2020, 2021, 2022]

  /// The six results of the composite at `level` (higher is better): ЕГЭ 40 + 5·level points,
  /// marks 3 + 0.1·level; every result is affine in `level`, so the composite ranks by `level`.
  static func results(level: Double) -> [MetricKey: Double] {
    [
      .egeRussianMeanScore: 40 + 5 * level, .egeMathProfileMeanScore: 40 + 5 * level,
      .ogeRussianMeanMark: 3 + 0.1 * level, .ogeMathMeanMark: 3 + 0.1 * level,
      .vprRussianMeanMark: 3 + 0.1 * level, .vprMathMeanMark: 3 + 0.1 * level,
    ]
  }

  /// The nine Приложение 1 factors, `level` steps less favourable (more large families, …, fewer
  /// parents with higher education); affine in `level`, so the index ranks by `level`.
  static func socialFactors(level: Double) -> [MetricKey: Double] {
    [
      .socialLargeFamilyPercent: 10 + 5 * level, .socialNonNativeRussianPercent: 2 + 2 * level,
      .socialOneParentHigherEdPercent: 40 - 5 * level,
      .socialBothParentsHigherEdPercent: 20 - 5 * level,
      .socialBothParentsUnemployedPercent: 2 + 2 * level, .socialDisabledParentPercent: 1 + level,
      .socialFosterOrGuardianshipPercent: 1 + level,
      .socialSociallyDangerousFamilyPercent: 1 + level, .socialJuvenileCommissionPercent: 1 + level,
    ]
  }

  /// Eight schools A–H, 2020–2022; k = ⌈0.25 × 8⌉ = 2 in every ranking.
  ///
  /// Results levels (higher is better): A 1 every year; B 2, 2, 3; C 3, 3, 2; D–H 4–8. Bottom two
  /// each year: 2020 A, B; 2021 A, B; 2022 A, C. So A is low 3 of 3, B 2 of 3 (both persistent),
  /// C 1 of 3 (not).
  /// Below the minimum in 2022: A and C 12 % in ОГЭ mathematics (> 5: target missed), everyone else
  /// at most 3 %. So A (low every year, target missed) is ШНОР in crisis, B at risk; C misses the
  /// target but is not persistently low.
  /// Social factors in 2022: A level 0 (most favourable) … H level 7; the bottom two are G and H.
  /// ВПР: raised 5 %, confirmed 65 % everywhere except D, raised 20 % (> 15); the mean marks move by
  /// at most 0.1 a year (B and C swapping levels 2 and 3) — D is the only non-objective school.
  static func cohort(withoutBelowMinimum omitted: Set<SchoolID> = []) throws -> Dataset {
    let ids: [SchoolID] = ["A", "B", "C", "D", "E", "F", "G", "H"]
    let schools = ids.map { School(id: $0, name: "Школа \($0)", municipality: "М") }
    var builder = try Dataset.Builder(schools: schools)
    let levels: [SchoolID: [Double]] = [
      "A": [1, 1, 1], "B": [2, 2, 3], "C": [3, 3, 2], "D": [4, 4, 4], "E": [5, 5, 5],
      "F": [6, 6, 6], "G": [7, 7, 7], "H": [8, 8, 8],
    ]
    for (position, id) in ids.enumerated() {
      let byYear = levels[id] ?? []
      for (year, level) in zip(years, byYear) {
        for (metric, value) in results(level: level) {
          try builder.set(value, school: id, year: AcademicYear(year), metric: metric)
        }
      }
      if !omitted.contains(id) {
        let oge: Double = id == "A" || id == "C" ? 12 : 3
        let belowMinimum: [MetricKey: Double] = [
          .egeRussianBelowMinPercent: 0, .egeMathBelowMinPercent: 2,
          .ogeRussianBelowMinPercent: 1, .ogeMathBelowMinPercent: oge,
        ]
        for (metric, value) in belowMinimum {
          try builder.set(value, school: id, year: 2022, metric: metric)
        }
      }
      for (metric, value) in socialFactors(level: Double(position)) {
        try builder.set(value, school: id, year: 2022, metric: metric)
      }
      try builder.set(id == "D" ? 20 : 5, school: id, year: 2022, metric: .vprMarksRaisedPercent)
      try builder.set(65, school: id, year: 2022, metric: .vprMarksConfirmedPercent)
    }
    return builder.build()
  }

  func outcome(_ id: SchoolID, in report: IdentificationReport) throws
    -> IdentificationReport.SchoolOutcome
  {
    try #require(report.schools.first { $0.school.id == id })
  }

  @Test func lowResultsIsGradedAtRiskOrInCrisis() throws {
    let report = try Identifier(packs: [DefaultPacks.amur]).identify(try Self.cohort())
    #expect(report.schools(in: .lowResults).map(\.school.id) == ["A", "B"])
    let a = try outcome("A", in: report)
    #expect(a.placement(in: .lowResults)?.severity == .crisis)
    #expect(a.finding("amur.persistent_low_results")?.status == .met)
    #expect(a.finding("amur.below_minimum_over_5")?.status == .met)
    let b = try outcome("B", in: report)
    #expect(b.placement(in: .lowResults)?.severity == .risk)
    #expect(b.finding("amur.persistent_low_results")?.status == .met)
    #expect(b.finding("amur.below_minimum_over_5")?.status == .notMet)
    // C misses the 5 % target but is in the bottom two only in 2022: not ШНОР, and decided so.
    let c = try outcome("C", in: report)
    #expect(c.finding("amur.persistent_low_results")?.status == .notMet)
    #expect(c.finding("amur.below_minimum_over_5")?.status == .met)
    #expect(!c.categories.contains(.lowResults))
    #expect(report.schools.allSatisfy { $0.undeterminedCategories.isEmpty })
  }

  @Test func withoutBelowMinimumDataAPersistentlyLowSchoolIsAtRisk() throws {
    let report = try Identifier(packs: [DefaultPacks.amur]).identify(
      try Self.cohort(withoutBelowMinimum: ["A"]))
    let a = try outcome("A", in: report)
    // The risk rule holds; the crisis rule is open, so the category holds at the lower grade.
    #expect(a.finding("amur.below_minimum_over_5")?.status == .insufficientData)
    #expect(a.placement(in: .lowResults)?.severity == .risk)
  }

  @Test func unfavourableSocialConditionsIsTheBottomQuarterOfTheIndex() throws {
    let report = try Identifier(packs: [DefaultPacks.amur]).identify(try Self.cohort())
    #expect(report.schools(in: .unfavourableSocialConditions).map(\.school.id) == ["G", "H"])
    #expect(
      report.schools(in: .unfavourableSocialConditions).allSatisfy {
        $0.placement(in: .unfavourableSocialConditions)?.severity == nil
      })
  }

  @Test func nonObjectiveResultsNeedsOneMarker() throws {
    let report = try Identifier(packs: [DefaultPacks.amur]).identify(try Self.cohort())
    #expect(report.schools(in: .nonObjectiveResults).map(\.school.id) == ["D"])
    let strict = try Identifier(packs: [DefaultPacks.amur]).identify(
      try Self.cohort(), overrides: ["amur.objectivity_markers.minimum_markers": 2])
    #expect(strict.schools(in: .nonObjectiveResults).isEmpty)
  }

  /// Two schools, so every z-score is ±1. A is less favourable than B on 5 of the 9 factors, B on
  /// 4: A = (−5 + 4) / 9 = −1/9, B = +1/9, k = ⌈0.25 × 2⌉ = 1 → A. B has more single-parent and
  /// bused pupils; with those two factors switched on A = (−5 + 4 + 2) / 11 = +1/11, B = −1/11 → B.
  func switchCohort() throws -> Dataset {
    let a: [MetricKey: Double] = [
      .socialLargeFamilyPercent: 20, .socialNonNativeRussianPercent: 6,
      .socialOneParentHigherEdPercent: 40, .socialBothParentsHigherEdPercent: 20,
      .socialBothParentsUnemployedPercent: 6, .socialDisabledParentPercent: 3,
      .socialFosterOrGuardianshipPercent: 3, .socialSociallyDangerousFamilyPercent: 1,
      .socialJuvenileCommissionPercent: 1, .socialSingleParentPercent: 15,
      .socialSchoolBusPercent: 0,
    ]
    let b: [MetricKey: Double] = [
      .socialLargeFamilyPercent: 10, .socialNonNativeRussianPercent: 2,
      .socialOneParentHigherEdPercent: 30, .socialBothParentsHigherEdPercent: 10,
      .socialBothParentsUnemployedPercent: 2, .socialDisabledParentPercent: 1,
      .socialFosterOrGuardianshipPercent: 1, .socialSociallyDangerousFamilyPercent: 3,
      .socialJuvenileCommissionPercent: 3, .socialSingleParentPercent: 30,
      .socialSchoolBusPercent: 40,
    ]
    var builder = try Dataset.Builder(schools: [
      School(id: "A", name: "Школа A", municipality: "М"),
      School(id: "B", name: "Школа B", municipality: "М"),
    ])
    for (id, values) in [("A", a), ("B", b)] as [(SchoolID, [MetricKey: Double])] {
      for (metric, value) in values {
        try builder.set(value, school: id, year: 2022, metric: metric)
      }
    }
    return builder.build()
  }

  @Test func switchingOnOptionalFactorsMovesASchool() throws {
    let identifier = try Identifier(packs: [DefaultPacks.amur])
    let byDefault = try identifier.identify(try switchCohort())
    #expect(byDefault.schools(in: .unfavourableSocialConditions).map(\.school.id) == ["A"])
    let a = try outcome("A", in: byDefault)
    let score = try #require(
      a.finding("amur.social_wellbeing_lowest_share")?.result.evidence?.value)
    #expect(abs(score - -1.0 / 9) < 1e-12)

    let switched = try identifier.identify(
      try switchCohort(),
      overrides: [
        "amur.social_wellbeing_lowest_share.include_single_parent": 1,
        "amur.social_wellbeing_lowest_share.include_school_bus": 1,
      ])
    #expect(switched.schools(in: .unfavourableSocialConditions).map(\.school.id) == ["B"])
    let b = try outcome("B", in: switched)
    let switchedScore = try #require(
      b.finding("amur.social_wellbeing_lowest_share")?.result.evidence?.value)
    #expect(abs(switchedScore - -1.0 / 11) < 1e-12)
  }

  @Test func onlyTheFivePercentTargetAndTheSwitchesAreTheDocuments() {
    let parameters = DefaultPacks.amur.allParameters
    let defaults = Dictionary(uniqueKeysWithValues: parameters.map { ($0.key, $0.defaultValue) })
    let stated = Set(parameters.filter { $0.kind == .stated }.map(\.key))
    // Seed 000, target indicator 6: «не более 5 %».
    #expect(defaults["amur.below_minimum_over_5.threshold"] == 5)
    // Приложение 2: eight factors «не оказывающие значимого влияния», off.
    let switches = parameters.filter { $0.unit == .flag }
    #expect(switches.count == 8)
    #expect(switches.allSatisfy { $0.defaultValue == 0 && $0.range == 0...1 })
    #expect(stated == Set(switches.map(\.key) + ["amur.below_minimum_over_5.threshold"]))
    // Derived, with the defaults the guide explains.
    #expect(defaults["amur.persistent_low_results.share"] == 0.25)
    #expect(defaults["amur.persistent_low_results.window"] == 3)
    #expect(defaults["amur.persistent_low_results.required"] == 2)
    #expect(defaults["amur.social_wellbeing_lowest_share.share"] == 0.25)
    #expect(defaults["amur.objectivity_markers.raised_above"] == 15)
    #expect(defaults["amur.objectivity_markers.confirmed_below"] == 40)
    #expect(defaults["amur.objectivity_markers.sharp_change"] == 0.5)
    #expect(defaults["amur.objectivity_markers.minimum_markers"] == 1)
    #expect(defaults["amur.low_results_every_year.required"] == 3)
    // The library's three context-adjustment parameters (issue 19), not the documents'.
    #expect(defaults["context_adjusted.k"] == 1)
    #expect(defaults.count == 18 + 3)
  }

  @Test func theIndicesAreExposedWithProvenance() {
    let indices = DefaultPacks.amur.indices
    #expect(indices.map(\.id) == ["index.amur.results_yearly", "index.amur.social_wellbeing"])
    let social = indices[1]
    #expect(social.requiredMetrics.count == 9)
    #expect(social.switches.count == 8)
    #expect(social.provenance?.source == "000_2047c6b8ed2e3828.txt")
  }
}
