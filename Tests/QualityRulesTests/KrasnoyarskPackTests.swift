import Foundation
import QualityKit
import QualityRules
import Testing

/// Hand-checked cohorts for the Krasnoyarsk category rules, beyond the per-criterion examples.
@Suite struct KrasnoyarskPackTests {
  /// Four schools; A is lowest on every result, B second. Only A's quality is far below the mean.
  ///
  /// Results composite: every (subject, year) cell is evenly spaced A < B < C < D, so A has the
  /// lowest score; k = ⌈0.25 × 4⌉ = 1 → only A is in the lowest quarter.
  /// Quality: A 50, B 70, C 75, D 65 → mean 65 → A is 15 p.p. below (> 10): supporting criterion met.
  /// Continuation: A 80 (≥ 60, not met). So A is ШНОР with min_supporting = 1 and not with 2.
  func cohort() throws -> Dataset {
    let schools = ["A", "B", "C", "D"].map {
      School(id: SchoolID($0), name: "Школа \($0)", municipality: "М")
    }
    var builder = try Dataset.Builder(schools: schools)
    let levels: [SchoolID: (points: Double, mark: Double, quality: Double)] = [
      "A": (40, 3.0, 50), "B": (50, 3.5, 70), "C": (60, 4.0, 75), "D": (70, 4.5, 65),
    ]
    for (id, level) in levels {
      for year in [2020, 2021, 2022] {
        for metric in [MetricKey.egeRussianMeanScore, .egeMathProfileMeanScore] {
          try builder.set(level.points, school: id, year: AcademicYear(year), metric: metric)
        }
        for metric in [
          MetricKey.ogeRussianMeanMark, .ogeMathMeanMark, .vprRussianMeanMark, .vprMathMeanMark,
        ] {
          try builder.set(level.mark, school: id, year: AcademicYear(year), metric: metric)
        }
      }
      try builder.set(level.quality, school: id, year: 2022, metric: .resultsQualityPercent)
      try builder.set(80, school: id, year: 2022, metric: .continuationGrade10Percent)
    }
    return builder.build()
  }

  @Test func lowResultsNeedsTheCompositeAndOneSupportingCriterion() throws {
    let identifier = try Identifier(packs: [DefaultPacks.krasnoyarsk])
    let report = try identifier.identify(try cohort())
    #expect(report.schools(in: .lowResults).map(\.school.id) == ["A"])
    let a = try #require(report.schools.first)
    #expect(a.finding("krasnoyarsk.results_lowest_quarter")?.status == .met)
    #expect(a.finding("krasnoyarsk.quality_gap_over_10")?.status == .met)
    #expect(a.finding("krasnoyarsk.continuation_below_60")?.status == .notMet)
    // No social data at all: the ШНСУ rule is open for every school, never a silent "no".
    #expect(
      report.schools.allSatisfy { $0.undeterminedCategories == [.unfavourableSocialConditions] })
  }

  @Test func raisingMinSupportingToTwoTakesAOffTheList() throws {
    let identifier = try Identifier(packs: [DefaultPacks.krasnoyarsk])
    let report = try identifier.identify(
      try cohort(), overrides: ["krasnoyarsk.low_results.min_supporting": 2])
    // A meets one supporting criterion (quality); olympiad, satisfaction, success and the regional
    // gap have no data, so two supporting criteria are still possible: the category is open.
    #expect(report.schools(in: .lowResults).isEmpty)
    #expect(report.schools[0].undeterminedCategories.contains(.lowResults))
  }

  @Test func schoolsOutsideTheLowestQuarterAreNotLowResults() throws {
    let report = try Identifier(packs: [DefaultPacks.krasnoyarsk]).identify(try cohort())
    for outcome in report.schools.dropFirst() {
      #expect(outcome.finding("krasnoyarsk.results_lowest_quarter")?.status == .notMet)
      #expect(!outcome.categories.contains(.lowResults))
      #expect(!outcome.undeterminedCategories.contains(.lowResults))
    }
  }

  @Test func everyDefaultParameterIsTheDocumentsNumber() {
    let defaults = Dictionary(
      uniqueKeysWithValues: DefaultPacks.krasnoyarsk.allParameters.map { ($0.key, $0.defaultValue) }
    )
    // Section 2.1 of seed 003: 25 %, < 60 %, > 20 баллов, ≤ 0,5 %, ≤ 40 %, 10 %, 5 %.
    #expect(defaults["krasnoyarsk.results_lowest_quarter.share"] == 0.25)
    #expect(defaults["krasnoyarsk.continuation_below_60.threshold"] == 60)
    #expect(defaults["krasnoyarsk.gap_to_region_over_20.threshold"] == 20)
    #expect(defaults["krasnoyarsk.olympiad_at_most_0_5.threshold"] == 0.5)
    #expect(defaults["krasnoyarsk.satisfaction_at_most_40.threshold"] == 40)
    #expect(defaults["krasnoyarsk.quality_gap_over_10.threshold"] == 10)
    #expect(defaults["krasnoyarsk.success_gap_over_5.threshold"] == 5)
    #expect(defaults["krasnoyarsk.social_wellbeing_lowest_quarter.share"] == 0.25)
    #expect(defaults["krasnoyarsk.staffing_potential_lowest_quarter.share"] == 0.25)
    #expect(defaults["krasnoyarsk.educational_potential_lowest_quarter.share"] == 0.25)
    #expect(defaults["krasnoyarsk.low_results.min_supporting"] == 1)
    // The library's three context-adjustment parameters (issue 19), not the document's.
    #expect(defaults["context_adjusted.k"] == 1)
    #expect(defaults["context_adjusted.context_share"] == 0.25)
    #expect(defaults["context_adjusted.results_share"] == 0.25)
    #expect(defaults.count == 11 + 3)
  }
}
