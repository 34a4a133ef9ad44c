import QualityKit
import QualityKitTestSupport
import Testing

/// Hand-checked cohorts for ``GapCriterion``: municipal means, host benchmarks, regional
/// benchmarks, several metrics, the side and the strict comparison.
@Suite struct GapCriterionTests {
  static let quality = MetricKey.resultsQualityPercent
  static let russian = MetricKey.egeRussianMeanScore
  static let math = MetricKey.egeMathProfileMeanScore

  static let municipal = Fixtures.gap(metrics: [quality], reference: .municipalMean, threshold: 10)
  static let regional = Fixtures.gap(
    metrics: [russian, math], reference: .regionalBenchmark, threshold: 20)

  static func regionalBenchmarks(russian: Double?, math: Double?) -> [Benchmarks.Entry] {
    var entries: [Benchmarks.Entry] = []
    if let russian {
      entries.append(.init(scope: .region, year: 2022, metric: Self.russian, value: russian))
    }
    if let math {
      entries.append(.init(scope: .region, year: 2022, metric: Self.math, value: math))
    }
    return entries
  }

  @Test("municipal mean over the schools with the value; gap = mean − school")
  func municipalMean() throws {
    var values = Fixtures.oneMetric(Self.quality, year: 2022, ["A": 50, "B": 70, "C": 75, "D": 65])
    values["E"] = [.resultsSuccessPercent: [2022: 90]]  // no quality: not in the mean
    let results = try Fixtures.evaluate(Self.municipal, values, year: 2022)
    // mean (50 + 70 + 75 + 65)/4 = 260/4 = 65 (E left out; counted as 0 it would be 52)
    // gaps: A 15 > 10 met; B −5; C −10; D 0
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .notMet, "C": .notMet, "D": .notMet, "E": .insufficientData,
      ])
    let evidence = try #require(results["A"]?.evidence)
    #expect(evidence.value == 15)
    #expect(evidence.reference == 65)
    #expect(evidence.threshold == 10)
    #expect(evidence.metric == Self.quality)
    #expect(evidence.years == [2022])
    #expect(
      results["E"]
        == .insufficientData(
          missing: [CriterionResult.MissingData(metric: Self.quality, year: 2022)], years: [2022]))
  }

  @Test("the school itself is part of the municipal mean")
  func schoolIncludedInItsMean() throws {
    let values = Fixtures.oneMetric(Self.quality, year: 2022, ["A": 54, "B": 66, "C": 66])
    let results = try Fixtures.evaluate(Self.municipal, values, year: 2022)
    // with A: mean (54 + 66 + 66)/3 = 62, gap 8 ≤ 10 → not met.
    // (without A the mean would be 66 and the gap 12 → met)
    #expect(results["A"]?.status == .notMet)
    #expect(results["A"]?.evidence?.reference == 62)
    #expect(results["A"]?.evidence?.value == 8)
  }

  @Test("a municipality:<name> benchmark replaces the computed mean for that municipality only")
  func municipalBenchmarkOverrides() throws {
    let values = Fixtures.oneMetric(
      Self.quality, year: 2022, ["A": 70, "B": 69, "C": 60, "D": 70])
    let results = try Fixtures.evaluate(
      Self.municipal, values, year: 2022,
      municipalities: ["A": "М", "B": "М", "C": "М2", "D": "М2"],
      benchmarks: [
        .init(scope: .municipality("М"), year: 2022, metric: Self.quality, value: 80)
      ])
    // М: benchmark 80 → A gap 10 (not > 10), B gap 11 → met
    #expect(results["A"]?.status == .notMet)
    #expect(results["B"]?.status == .met)
    #expect(results["B"]?.evidence?.reference == 80)
    // М2 has no benchmark: computed mean over the cohort (all schools) = (70+69+60+70)/4 = 67.25;
    // C gap 7.25 → not met
    #expect(results["C"]?.evidence?.reference == 67.25)
    #expect(results["C"]?.evidence?.value == 7.25)
    #expect(results["C"]?.status == .notMet)
  }

  @Test("a benchmark for another year is not used")
  func benchmarkOfAnotherYear() throws {
    let values = Fixtures.oneMetric(Self.quality, year: 2022, ["A": 70, "B": 50])
    let results = try Fixtures.evaluate(
      Self.municipal, values, year: 2022,
      benchmarks: [.init(scope: .municipality("М"), year: 2021, metric: Self.quality, value: 95)])
    // the 2022 mean (70 + 50)/2 = 60 is used: B gap 10, not met
    #expect(results["B"]?.evidence?.reference == 60)
    #expect(results["B"]?.status == .notMet)
  }

  @Test("a regional reference without a benchmark is insufficient_data, never a guess")
  func regionalWithoutBenchmark() throws {
    let values: CohortValues = ["A": [Self.russian: [2022: 20]]]
    let criterion = Fixtures.gap(
      metrics: [Self.russian], reference: .regionalBenchmark, threshold: 20)
    let results = try Fixtures.evaluate(criterion, values, year: 2022)
    guard case .insufficientData(let missing, let years) = results["A"] else {
      Issue.record("expected insufficient_data, got \(String(describing: results["A"]))")
      return
    }
    #expect(years == [2022])
    #expect(missing.count == 1)
    #expect(missing.first?.source == .regionalBenchmark)
    #expect(missing.first?.metric == Self.russian)
  }

  @Test("several metrics: met if any passes, insufficient only when none has both values")
  func severalMetrics() throws {
    let values: CohortValues = [
      "A": [Self.russian: [2022: 49], Self.math: [2022: 50]],  // 70−49 = 21 > 20 ✓; 55−50 = 5
      "B": [Self.russian: [2022: 50], Self.math: [2022: 40]],  // 20 (not > 20); 15
      "C": [Self.math: [2022: 30]],  // only math: 55−30 = 25 ✓
      "D": [.ogeRussianMeanMark: [2022: 3.1]],  // no ЕГЭ at all
      "E": [Self.russian: [2022: 60]],  // only Russian: 10
      "F": [Self.russian: [2022: 45], Self.math: [2022: 20]],  // 25 ✓; 35 ✓
    ]
    let results = try Fixtures.evaluate(
      Self.regional, values, year: 2022,
      benchmarks: Self.regionalBenchmarks(russian: 70, math: 55))
    #expect(
      Fixtures.statuses(results) == [
        "A": .met, "B": .notMet, "C": .met, "D": .insufficientData, "E": .notMet, "F": .met,
      ])
    // the evidence names the deciding metric: the passing one, the largest passing gap, or
    // (when none passes) the largest gap
    #expect(results["A"]?.evidence?.metric == Self.russian)
    #expect(results["A"]?.evidence?.value == 21)
    #expect(results["A"]?.evidence?.reference == 70)
    #expect(results["B"]?.evidence?.value == 20)
    #expect(results["C"]?.evidence?.metric == Self.math)
    #expect(results["C"]?.evidence?.value == 25)
    #expect(results["F"]?.evidence?.metric == Self.math)
    #expect(results["F"]?.evidence?.value == 35)
    guard case .insufficientData(let missing, _) = results["D"] else {
      Issue.record("D must be insufficient_data")
      return
    }
    #expect(
      Set(missing) == [
        CriterionResult.MissingData(metric: Self.russian, year: 2022),
        CriterionResult.MissingData(metric: Self.math, year: 2022),
      ])
  }

  @Test("a metric without its benchmark is skipped; the others decide")
  func partialBenchmarks() throws {
    let values: CohortValues = [
      "G": [Self.russian: [2022: 60], Self.math: [2022: 10]],
      "H": [Self.math: [2022: 10]],
    ]
    let results = try Fixtures.evaluate(
      Self.regional, values, year: 2022,
      benchmarks: Self.regionalBenchmarks(russian: 70, math: nil))
    // G: Russian 70 − 60 = 10 ≤ 20; mathematics has no benchmark → not met (not met on the metric
    // that has both values, whatever mathematics would give)
    #expect(results["G"]?.status == .notMet)
    // H: Russian has no school value, mathematics no benchmark → no metric has both values
    guard case .insufficientData(let missing, _) = results["H"] else {
      Issue.record("H must be insufficient_data")
      return
    }
    #expect(
      Set(missing) == [
        CriterionResult.MissingData(metric: Self.russian, year: 2022, source: .school),
        CriterionResult.MissingData(metric: Self.math, year: 2022, source: .regionalBenchmark),
      ])
  }

  @Test("Side.above: gap = school − reference")
  func sideAbove() throws {
    let metric = MetricKey.egeRussianBelowMinPercent
    let criterion = Fixtures.gap(
      metrics: [metric], reference: .municipalMean, side: .above, threshold: 5)
    let values = Fixtures.oneMetric(metric, year: 2022, ["A": 20, "B": 10, "C": 0])
    let results = try Fixtures.evaluate(criterion, values, year: 2022)
    // mean 10: A 20 − 10 = 10 > 5 met; B 0; C −10 (10 below, which counts only for .below)
    #expect(Fixtures.statuses(results) == ["A": .met, "B": .notMet, "C": .notMet])
    #expect(results["A"]?.evidence?.value == 10)
  }

  @Test("the comparison is strict: a gap equal to the threshold is not met")
  func strictAtTheBoundary() throws {
    let criterion = Fixtures.gap(metrics: [Self.quality], reference: .municipalMean, threshold: 5)
    let values = Fixtures.oneMetric(Self.quality, year: 2022, ["A": 88, "B": 98])
    // mean (88 + 98)/2 = 93; A gap 5, not > 5
    let results = try Fixtures.evaluate(criterion, values, year: 2022)
    #expect(results["A"]?.status == .notMet)
    #expect(results["A"]?.evidence?.value == 5)
    let lowered = try Fixtures.evaluate(
      criterion, values, year: 2022, overrides: ["t.gap.threshold": 4.5])
    #expect(lowered["A"]?.status == .met)  // 5 > 4.5
  }

  @Test("percent metrics are compared in percentage points, not relative to the mean")
  func percentagePoints() throws {
    let values = Fixtures.oneMetric(Self.quality, year: 2022, ["A": 44, "B": 56])
    let results = try Fixtures.evaluate(Self.municipal, values, year: 2022)
    // mean 50; A is 6 p.p. below (6 ≤ 10 → not met) although 6/50 = 12 % relative would pass
    #expect(results["A"]?.status == .notMet)
    #expect(results["A"]?.evidence?.value == 6)
  }

  @Test("cohort .municipality: each municipality's own mean")
  func perMunicipality() throws {
    let values = Fixtures.oneMetric(
      Self.quality, year: 2022, ["A": 50, "B": 62, "C": 82, "D": 60])
    let municipalities: [SchoolID: String] = ["A": "М1", "B": "М1", "C": "М2", "D": "М2"]
    let split = try Fixtures.evaluate(
      Self.municipal, values, year: 2022, cohort: .municipality, municipalities: municipalities)
    // М1 mean (50 + 62)/2 = 56: A 6 below; М2 mean (82 + 60)/2 = 71: D 11 below
    #expect(Fixtures.statuses(split) == ["A": .notMet, "B": .notMet, "C": .notMet, "D": .met])
    #expect(split["D"]?.evidence?.reference == 71)
    let whole = try Fixtures.evaluate(
      Self.municipal, values, year: 2022, cohort: .all, municipalities: municipalities)
    // all four: mean 254/4 = 63.5: A 13.5 below → met; D 3.5 below → not met
    #expect(Fixtures.statuses(whole) == ["A": .met, "B": .notMet, "C": .notMet, "D": .notMet])
  }

  @Test("no school of the group has the value: the municipal reference is reported missing")
  func noMunicipalReference() throws {
    let values: CohortValues = [
      "A": [Self.quality: [2022: 50]], "B": [.resultsSuccessPercent: [2022: 90]],
    ]
    let results = try Fixtures.evaluate(
      Self.municipal, values, year: 2022, cohort: .municipality,
      municipalities: ["A": "М1", "B": "М2"])
    guard case .insufficientData(let missing, _) = results["B"] else {
      Issue.record("B must be insufficient_data")
      return
    }
    #expect(
      Set(missing) == [
        CriterionResult.MissingData(metric: Self.quality, year: 2022, source: .school),
        CriterionResult.MissingData(metric: Self.quality, year: 2022, source: .municipalReference),
      ])
    // A is alone in М1: its mean is its own value, gap 0
    #expect(results["A"]?.status == .notMet)
  }

  @Test("the explanation states the gap as a distance: above the mean is not «below by −12»")
  func explanationOfASchoolAboveTheMean() throws {
    let values = Fixtures.oneMetric(Self.quality, year: 2022, ["A": 56, "B": 80])
    let results = try Fixtures.evaluate(Self.municipal, values, year: 2022)
    // mean (56 + 80)/2 = 68: A is 12 below (met), B is 12 above (not met)
    let below = try #require(results["A"]?.explanation(in: .russian))
    #expect(below.contains(": 56 при среднем по муниципалитету 68; школа ниже на 12 — более 10."))
    let above = try #require(results["B"]).explanation(in: .russian)
    let aboveEnglish = try #require(results["B"]).explanation(in: .english)
    #expect(!above.contains("на -12"), "\(above)")
    #expect(!aboveEnglish.contains("-12 below"), "\(aboveEnglish)")
    #expect(above.contains("12"))
  }

  @Test("each region's school compares with its own region's benchmark (region:<name>)")
  func namedRegions() throws {
    let criterion = Fixtures.gap(
      metrics: [Self.russian], reference: .regionalBenchmark, threshold: 20)
    let schools = [
      Fixtures.school("A", region: "Амурская область"),
      Fixtures.school("B", region: "Хабаровский край"),
      Fixtures.school("C", region: "Р"),
    ]
    var builder = try Dataset.Builder(schools: schools)
    for id: SchoolID in ["A", "B"] {
      try builder.set(49, school: id, year: 2022, metric: Self.russian)
    }
    try builder.set(44, school: "C", year: 2022, metric: Self.russian)
    let data = builder.build()
    let benchmarks: [Benchmarks.Entry] = [
      .init(scope: .namedRegion("Амурская область"), year: 2022, metric: Self.russian, value: 70),
      .init(scope: .namedRegion("Хабаровский край"), year: 2022, metric: Self.russian, value: 60),
      .init(scope: .region, year: 2022, metric: Self.russian, value: 65),
    ]
    let context = try Fixtures.context(
      data, year: 2022, cohort: .region, benchmarks: benchmarks,
      declared: criterion.criterionDescription.parameters)
    let results = Fixtures.results(criterion.evaluate(in: context), in: data)
    // A: 70 − 49 = 21 > 20, met. B: 60 − 49 = 11, not met. C has no named region's value: the
    // bare regional 65 − 44 = 21, met. With the bare 65 for all, A's gap would be 16: not met.
    #expect(Fixtures.statuses(results) == ["A": .met, "B": .notMet, "C": .met])
    #expect(results["A"]?.evidence?.reference == 70)
    #expect(results["B"]?.evidence?.reference == 60)
    #expect(results["C"]?.evidence?.reference == 65)
    #expect(Benchmarks.Scope("region:Амурская область") == .namedRegion("Амурская область"))
    #expect(Benchmarks.Scope("region:") == nil)
    #expect(Benchmarks.Scope.namedRegion("X").description == "region:X")
  }
}
