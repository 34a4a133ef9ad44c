import Foundation
import QualityKit
import Testing

@Suite("Target")
struct TargetTests {
  // Every comparison against its target: the boundary value itself, one value on each side.
  // Distance ≥ 0 is the good side: actual − target for «не менее», target − actual for «не более»,
  // −|actual − target| for «равно».
  @Test(arguments: [
    // «не менее 90»
    (Comparison.atLeast, 90.0, 90.0, ProgressReport.Status.achieved, 0.0),
    (.atLeast, 90, 89.5, .notAchieved, -0.5),  // 89.5 − 90
    (.atLeast, 90, 92, .achieved, 2),  // 92 − 90
    // «не более 5»
    (.atMost, 5, 5, .achieved, 0),
    (.atMost, 5, 5.5, .notAchieved, -0.5),  // 5 − 5.5
    (.atMost, 5, 3, .achieved, 2),  // 5 − 3
    // «равно 100» / a bare «100 %»
    (.equal, 100, 100, .achieved, 0),
    (.equal, 100, 99, .notAchieved, -1),  // −|99 − 100|
    (.equal, 100, 101, .notAchieved, -1),  // −|101 − 100|: above is off target too
    // strict comparisons: the boundary is distance 0 and not achieved
    (.greaterThan, 60, 60, .notAchieved, 0),
    (.greaterThan, 60, 61, .achieved, 1),
    (.lessThan, 60, 60, .notAchieved, 0),
    (.lessThan, 60, 59, .achieved, 1),
  ])
  func everyComparisonAtAndAroundItsBoundary(
    comparison: Comparison, target: Double, actual: Double, status: ProgressReport.Status,
    distance: Double
  ) {
    let goal = Target(comparison: comparison, value: target, by: 2024)
    #expect(goal.status(of: actual, in: 2024) == status)
    #expect(goal.distance(of: actual, from: target) == distance)
  }

  @Test func aFloatingPointMeanOnTheBoundaryMeetsTheTarget() {
    // 0.1 + 0.2 is 0.30000000000000004 in binary: «не более 0,3» is met, within 10⁻⁹.
    let atMost = Target(comparison: .atMost, value: 0.3, by: 2022)
    #expect(0.1 + 0.2 > 0.3)
    #expect(atMost.status(of: 0.1 + 0.2, in: 2022) == .achieved)
    #expect(atMost.distance(of: 0.1 + 0.2, from: 0.3) == 0)
    let equal = Target(comparison: .equal, value: 80, by: 2022)
    #expect(equal.status(of: 80 + 1e-10, in: 2022) == .achieved)
    #expect(equal.status(of: 80 + 1e-8, in: 2022) == .notAchieved)
    #expect(equal.distance(of: 80 + 1e-10, from: 80) == 0)
    let atLeast = Target(comparison: .atLeast, value: 90, by: 2022)
    #expect(atLeast.status(of: 90 - 1e-12, in: 2022) == .achieved)
    #expect(atLeast.status(of: 90 - 1e-6, in: 2022) == .notAchieved)
  }

  @Test func aPerYearPlanIsInForceYearByYearAndKeepsItsLastValue() {
    // Seed 004, T1: 6 in 2021, planned 12, 21, 29 in 2022–2024; read as «не менее».
    let plan = Target(comparison: .atLeast, plan: [2021: 6, 2022: 12, 2023: 21, 2024: 29])
    #expect(plan.plannedYears == [2021, 2022, 2023, 2024])
    #expect(plan.value(in: 2020) == nil)
    #expect(plan.value(in: 2021) == 6)
    #expect(plan.value(in: 2022) == 12)
    #expect(plan.value(in: 2023) == 21)
    #expect(plan.value(in: 2024) == 29)
    #expect(plan.value(in: 2025) == 29)
    #expect(plan.value(in: 2030) == 29)
    #expect(plan.status(of: 12, in: 2022) == .achieved)
    #expect(plan.status(of: 11, in: 2022) == .notAchieved)
    #expect(plan.status(of: 20, in: 2023) == .notAchieved)
    #expect(plan.status(of: 29, in: 2026) == .achieved)
    #expect(plan.status(of: 28, in: 2026) == .notAchieved)
  }

  @Test func yearsBeforeAPerYearPlanAndBetweenPlannedYearsHaveNoTargetSet() {
    let plan = Target(comparison: .atLeast, plan: [2021: 6, 2024: 29])
    #expect(plan.status(of: 100, in: 2020) == .targetNotSet)
    #expect(plan.status(of: 6, in: 2021) == .achieved)
    // 2022 and 2023 have no value of their own: neither 6 carried forward nor an interpolation.
    #expect(plan.value(in: 2022) == nil)
    #expect(plan.value(in: 2023) == nil)
    #expect(plan.status(of: 0, in: 2022) == .targetNotSet)
    #expect(plan.status(of: 100, in: 2023) == .targetNotSet)
    #expect(plan.status(of: 29, in: 2024) == .achieved)
    #expect(ProgressReport.Status.targetNotSet.title(in: .russian) == "цель не установлена")
  }

  @Test func aBaselineIsReportedBesideThePlanAndNeverJudged() throws {
    // Seed 004, indicator 1: «Значение 2021 г.» 6, «плановое значение» 12, 21, 29 for 2022–2024.
    let target = Target(
      comparison: .atLeast, plan: [2022: 12, 2023: 21, 2024: 29],
      baseline: Target.Baseline(year: 2021, value: 6))
    try target.validate()
    #expect(target.value(in: 2021) == nil)
    // 2021 is the baseline year: no target, whatever the value (6 would have «met» a plan of 6).
    #expect(target.status(of: 6, in: 2021) == .targetNotSet)
    #expect(target.status(of: 5, in: 2020) == .targetNotSet)
    #expect(target.status(of: 11, in: 2022) == .notAchieved)
    #expect(target.plannedYears == [2022, 2023, 2024])
    #expect(
      target.text(in: .russian)
        == "не менее: 2021/2022 — 12; 2022/2023 — 21; 2023/2024 — 29; база 2020/2021 — 6")
    #expect(throws: IndicatorError.baselineNotBeforePlan(year: 2022)) {
      try Target(
        comparison: .atLeast, plan: [2022: 12], baseline: Target.Baseline(year: 2022, value: 6)
      ).validate()
    }
    // Before a single horizon with a baseline: the baseline year has no target; a later year
    // waits for the horizon.
    let horizon = Target(
      comparison: .atLeast, plan: [2024: 90], start: 2021,
      baseline: Target.Baseline(year: 2021, value: 70))
    #expect(horizon.status(of: 70, in: 2021) == .targetNotSet)
    #expect(horizon.status(of: 80, in: 2022) == .notYetDue)
  }

  @Test func aRelativeTargetIsTheBindingBenchmarkOfItsYear() throws {
    // Seed 003: «не выше средних по региону и РФ», from 2023. Region 4.0, Russia 3.5 in 2023:
    // «не более» both is «не более» 3.5, the lower.
    let key: MetricKey = "local.failing_share"
    let target = Target(
      comparison: .atMost,
      relativeTo: Target.Relative(scopes: [.region, .country], key: key, from: 2023))
    try target.validate()
    let benchmarks = try Benchmarks([
      .init(scope: .region, year: 2023, metric: key, value: 4.0),
      .init(scope: .country, year: 2023, metric: key, value: 3.5),
      .init(scope: .region, year: 2024, metric: key, value: 4.2),
    ])
    #expect(target.value(in: 2023, benchmarks: benchmarks) == 3.5)
    #expect(target.status(of: 3.8, in: 2023, benchmarks: benchmarks) == .notAchieved)
    #expect(target.status(of: 3.5, in: 2023, benchmarks: benchmarks) == .achieved)
    #expect(target.distance(of: 3.8, from: 3.5) < 0)
    // Before 2023 the target is not due; in 2024 Russia's mean is missing: no target value.
    #expect(target.status(of: 1, in: 2022, benchmarks: benchmarks) == .notYetDue)
    #expect(target.value(in: 2024, benchmarks: benchmarks) == nil)
    #expect(target.status(of: 3, in: 2024, benchmarks: benchmarks) == .noData)
    // «не менее» the two would be the higher.
    var atLeast = target
    atLeast.comparison = .atLeast
    #expect(atLeast.value(in: 2023, benchmarks: benchmarks) == 4.0)
    #expect(
      target.text(in: .russian) == "не более среднего по региону и по РФ (с 2022/2023)")
    #expect(throws: IndicatorError.relativeWithPlan) {
      var both = target
      both.plan = [2023: 3]
      try both.validate()
    }
  }

  @Test func aSingleHorizonTargetIsDueInItsYearAndKeptAfter() {
    // Seed 000, I1: «К 2024 году … не менее 90», in a programme «на 2022-2024 годы».
    let horizon = Target(comparison: .atLeast, value: 90, by: 2024, start: 2022)
    #expect(horizon.status(of: 95, in: 2022) == .notYetDue)
    #expect(horizon.status(of: 10, in: 2023) == .notYetDue)
    // 2020/2021 is before the programme: no target is set for it.
    #expect(horizon.status(of: 10, in: 2021) == .targetNotSet)
    // Without a start the library cannot tell the programme has begun.
    #expect(
      Target(comparison: .atLeast, value: 90, by: 2024).status(of: 95, in: 2022) == .targetNotSet)
    #expect(throws: IndicatorError.startAfterPlan(year: 2025)) {
      try Target(comparison: .atLeast, value: 90, by: 2024, start: 2025).validate()
    }
    #expect(horizon.status(of: 90, in: 2024) == .achieved)
    #expect(horizon.status(of: 85, in: 2025) == .notAchieved)
  }

  @Test func aMissingActualIsNoDataOnlyWhenATargetIsDue() {
    let horizon = Target(comparison: .atMost, value: 5, by: 2024, start: 2022)
    #expect(horizon.status(of: nil, in: 2023) == .notYetDue)
    #expect(horizon.status(of: nil, in: 2024) == .noData)
    #expect(horizon.status(of: nil, in: 2027) == .noData)
    #expect(horizon.status(of: .nan, in: 2024) == .noData)
    #expect(horizon.status(of: .infinity, in: 2024) == .noData)
  }

  @Test func validationRejectsAnEmptyPlanAndNonFiniteValues() throws {
    #expect(throws: IndicatorError.emptyPlan) {
      try Target(comparison: .atLeast, plan: [:]).validate()
    }
    #expect(throws: IndicatorError.notFiniteTarget(year: 2023)) {
      try Target(comparison: .atLeast, plan: [2022: 1, 2023: .nan, 2024: .infinity]).validate()
    }
    try Target(comparison: .atLeast, plan: [2022: 1]).validate()
    // An empty plan sets no target.
    #expect(Target(comparison: .atLeast, plan: [:]).status(of: 1, in: 2022) == .targetNotSet)
    #expect(IndicatorError.emptyPlan.description.contains("нет ни одного года"))
  }

  @Test func theTargetInWords() {
    #expect(
      Target(comparison: .atLeast, value: 90, by: 2024).text(in: .russian)
        == "не менее 90 (2023/2024)")
    #expect(
      Target(comparison: .atMost, value: 5.5, by: 2024).text(in: .russian)
        == "не более 5,5 (2023/2024)")
    #expect(
      Target(comparison: .atMost, value: 5.5, by: 2024).text(in: .english)
        == "at most 5.5 (2023/2024)")
    #expect(
      Target(comparison: .atLeast, plan: [2022: 12, 2021: 6]).text(in: .russian)
        == "не менее: 2020/2021 — 6; 2021/2022 — 12")
  }

  @Test func roundTripsThroughJSON() throws {
    let target = Target(
      comparison: .equal, plan: [2022: 12, 2024: 29],
      reading: LocalizedText(ru: "голое число", en: "a bare number"))
    let data = try JSONEncoder().encode(target)
    #expect(try JSONDecoder().decode(Target.self, from: data) == target)
  }
}
