import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// Every building block decoded from a small literal, checked field by field, its example run;
/// then the issues a pack file can cause, each at its path.
@Suite struct CriterionBlockJSONTests {
  /// The keys every block shares, for a block with id `id`.
  static func header(_ kind: String, _ id: String) -> String {
    """
    "kind": "\(kind)", "id": "\(id)", "title": {"ru": "заголовок", "en": "title"},
    "rationale": {"ru": "обоснование", "en": "rationale"},
    "provenance": {"source": "test", "section": "test", "quote": "test", "kind": "derived",
                   "derivation": {"ru": "d", "en": "d"}}
    """
  }

  /// A parameter object.
  static func parameterJSON(
    _ key: String, _ value: Double, unit: String = "percent", min: Double = 0, max: Double = 100
  ) -> String {
    """
    {"key": "\(key)", "default_value": \(value), "unit": "\(unit)",
     "range": {"min": \(min), "max": \(max)}, "kind": "stated",
     "rationale": {"ru": "п", "en": "p"}}
    """
  }

  /// The same parameter as a value.
  static func parameter(
    _ key: String, _ value: Double, unit: PackParameter.Unit = .percent,
    range: ClosedRange<Double> = 0...100
  ) -> PackParameter {
    PackParameter(
      key: ParameterKey(key), defaultValue: value, unit: unit, range: range, kind: .stated,
      rationale: LocalizedText(ru: "п", en: "p"))
  }

  /// Decodes `json`, checks the shared keys and the single example, and returns the criterion
  /// as `T`.
  func decode<T: IdentificationCriterion>(_ json: String, as type: T.Type, id: CriterionID)
    throws -> T
  {
    let criterion = try #require(try PackJSON.criterion(json) as? T)
    let description = criterion.criterionDescription
    #expect(description.id == id)
    #expect(description.title == LocalizedText(ru: "заголовок", en: "title"))
    #expect(description.rationale == LocalizedText(ru: "обоснование", en: "rationale"))
    #expect(
      description.provenance
        == Provenance(
          source: "test", section: "test", quote: "test", kind: .derived,
          derivation: LocalizedText(ru: "d", en: "d")))
    #expect(description.examples.count == 1)
    for example in description.examples { try expectExample(example, of: criterion) }
    // And back: the same criterion, the same results.
    try expectSameCriterion(try PackJSON.criterion(try PackJSON.text(of: criterion)), criterion)
    return criterion
  }

  // MARK: - The seven kinds

  @Test func threshold() throws {
    // < 60: A 55 → met, B 60 → not met, C has no value → insufficient data.
    let json = """
      {\(Self.header("threshold", "t.continuation")), "metric": "continuation.grade10_percent",
       "comparison": "<", "threshold": \(Self.parameterJSON("t.continuation.threshold", 60)),
       "examples": [{"year": 2022,
         "schools": {"A": {"2022": {"continuation.grade10_percent": 55}},
                     "B": {"2022": {"continuation.grade10_percent": 60}}, "C": {}},
         "expected": {"A": "met", "B": "not_met", "C": "insufficient_data"}}]}
      """
    let criterion = try decode(json, as: ThresholdCriterion.self, id: "t.continuation")
    #expect(criterion.metrics == [.continuationGrade10Percent])
    #expect(criterion.comparison == .lessThan)
    #expect(criterion.threshold == Self.parameter("t.continuation.threshold", 60))
    #expect(criterion.criterionDescription.parameters == [criterion.threshold])
    #expect(criterion.criterionDescription.requiredMetrics == [.continuationGrade10Percent])
  }

  @Test func thresholdOverSeveralMetrics() throws {
    // ≤ 40 in either: A 30 in one metric → met; B 50 and 45 → not met.
    let json = """
      {\(Self.header("threshold", "t.below")),
       "metrics": ["ege.russian.below_min_percent", "ege.math.below_min_percent"],
       "comparison": "<=", "threshold": \(Self.parameterJSON("t.below.threshold", 40)),
       "examples": [{"year": 2022,
         "schools": {"A": {"2022": {"ege.russian.below_min_percent": 50,
                                    "ege.math.below_min_percent": 30}},
                     "B": {"2022": {"ege.russian.below_min_percent": 50,
                                    "ege.math.below_min_percent": 45}}},
         "expected": {"A": "met", "B": "not_met"}}]}
      """
    let criterion = try decode(json, as: ThresholdCriterion.self, id: "t.below")
    #expect(criterion.metrics == [.egeRussianBelowMinPercent, .egeMathBelowMinPercent])
    #expect(criterion.comparison == .atMost)
    // Several metrics are written back as `metrics`, one as `metric`.
    #expect(try PackJSON.text(of: criterion).contains(#""metrics":["#))
  }

  @Test func lowestShare() throws {
    // One component, so the score ranks as the value: 1, 2, 3, 4; k = ⌈0.25 × 4⌉ = 1 → only A.
    let json = """
      {\(Self.header("lowest_share", "t.lowest")),
       "index": {"id": "index.t", "title": {"ru": "и", "en": "i"},
                 "components": [{"metric": "results.quality_percent", "direction": "+"}]},
       "share": \(Self.parameterJSON("t.lowest.share", 0.25, unit: "share", min: 0.01, max: 1)),
       "examples": [{"year": 2022,
         "schools": {"A": {"2022": {"results.quality_percent": 1}},
                     "B": {"2022": {"results.quality_percent": 2}},
                     "C": {"2022": {"results.quality_percent": 3}},
                     "D": {"2022": {"results.quality_percent": 4}}},
         "expected": {"A": "met", "B": "not_met", "C": "not_met", "D": "not_met"}}]}
      """
    let criterion = try decode(json, as: LowestShareCriterion.self, id: "t.lowest")
    #expect(
      criterion.index
        == CompositeIndex(
          id: "index.t", title: LocalizedText(ru: "и", en: "i"),
          components: [CompositeIndex.Component(.resultsQualityPercent, .positive)]))
    #expect(
      criterion.share == Self.parameter("t.lowest.share", 0.25, unit: .share, range: 0.01...1))
    #expect(criterion.criterionDescription.requiredMetrics == [.resultsQualityPercent])
  }

  @Test func gap() throws {
    // Municipal mean of 50, 70, 90 is 70; gaps 20, 0, −20; more than 10 → only A.
    let json = """
      {\(Self.header("gap", "t.gap")), "metrics": ["results.quality_percent"],
       "reference": "municipal_mean", "side": "below",
       "threshold": \(Self.parameterJSON("t.gap.threshold", 10)),
       "examples": [{"year": 2022,
         "schools": {"A": {"2022": {"results.quality_percent": 50}},
                     "B": {"2022": {"results.quality_percent": 70}},
                     "C": {"2022": {"results.quality_percent": 90}}},
         "expected": {"A": "met", "B": "not_met", "C": "not_met"}}]}
      """
    let criterion = try decode(json, as: GapCriterion.self, id: "t.gap")
    #expect(criterion.metrics == [.resultsQualityPercent])
    #expect(criterion.reference == .municipalMean)
    #expect(criterion.side == .below)
    #expect(criterion.threshold == Self.parameter("t.gap.threshold", 10))
    #expect(!criterion.criterionDescription.requiresRegionalBenchmarks)
  }

  @Test func gapToARegionalBenchmarkNeedsBenchmarks() throws {
    // Regional 70, more than 20 below: A 49 (gap 21) → met, B 50 (gap 20) → not met.
    let json = """
      {\(Self.header("gap", "t.region")), "metrics": ["ege.russian.mean_score"],
       "reference": "regional_benchmark",
       "threshold": \(Self.parameterJSON("t.region.threshold", 20, unit: "points")),
       "examples": [{"year": 2022,
         "schools": {"A": {"2022": {"ege.russian.mean_score": 49}},
                     "B": {"2022": {"ege.russian.mean_score": 50}}},
         "benchmarks": [{"scope": "region", "year": 2022, "metric": "ege.russian.mean_score",
                         "value": 70}],
         "expected": {"A": "met", "B": "not_met"}}]}
      """
    let criterion = try decode(json, as: GapCriterion.self, id: "t.region")
    #expect(criterion.reference == .regionalBenchmark)
    #expect(criterion.side == .below)  // left out: below
    #expect(criterion.criterionDescription.requiresRegionalBenchmarks)
  }

  @Test func windowMean() throws {
    // Window 3 (2020–2022), ≤ 0.5: A 0.4 and 0.6 → mean 0.5 → met; B 0.7 → not met; C none.
    let json = """
      {\(Self.header("window_mean", "t.window")), "metric": "olympiad.participation_percent",
       "window": 3, "comparison": "<=", "threshold": \(Self.parameterJSON("t.window.threshold", 0.5)),
       "examples": [{"year": 2022,
         "schools": {"A": {"2021": {"olympiad.participation_percent": 0.4},
                           "2022": {"olympiad.participation_percent": 0.6}},
                     "B": {"2020": {"olympiad.participation_percent": 0.7}}, "C": {}},
         "expected": {"A": "met", "B": "not_met", "C": "insufficient_data"}}]}
      """
    let criterion = try decode(json, as: WindowMeanCriterion.self, id: "t.window")
    #expect(criterion.metric == .olympiadParticipationPercent)
    #expect(criterion.window == 3)
    #expect(criterion.comparison == .atMost)
    #expect(criterion.threshold == Self.parameter("t.window.threshold", 0.5))
  }

  static let persistenceJSON = """
    {\(header("persistence", "t.persistent")),
     "condition": {\(header("threshold", "t.persistent.yearly")),
                   "metric": "results.quality_percent", "comparison": "<",
                   "threshold": \(parameterJSON("t.persistent.threshold", 60))},
     "window": \(parameterJSON("t.persistent.window", 3, unit: "years", min: 1, max: 10)),
     "required": \(parameterJSON("t.persistent.required", 2, unit: "count", min: 1, max: 10)),
     "examples": [{"year": 2022,
       "schools": {"A": {"2020": {"results.quality_percent": 55},
                         "2021": {"results.quality_percent": 55},
                         "2022": {"results.quality_percent": 70}},
                   "B": {"2020": {"results.quality_percent": 70},
                         "2021": {"results.quality_percent": 70},
                         "2022": {"results.quality_percent": 55}},
                   "C": {"2022": {"results.quality_percent": 55}}},
       "expected": {"A": "met", "B": "not_met", "C": "insufficient_data"}}]}
    """

  @Test func persistence() throws {
    // 2 of 3 years below 60: A in 2020 and 2021 → met; B only in 2022, the others decided → not
    // met; C only in 2022, 2020 and 2021 open → insufficient data.
    let criterion = try decode(
      Self.persistenceJSON, as: PersistenceCriterion.self, id: "t.persistent")
    let condition = try #require(criterion.condition as? ThresholdCriterion)
    #expect(condition.id == "t.persistent.yearly")
    #expect(condition.metrics == [.resultsQualityPercent])
    #expect(
      criterion.window == Self.parameter("t.persistent.window", 3, unit: .years, range: 1...10))
    #expect(
      criterion.required == Self.parameter("t.persistent.required", 2, unit: .count, range: 1...10))
    // The condition's parameter, then n and m, as the Swift initialiser orders them.
    #expect(
      criterion.criterionDescription.parameters.map(\.key) == [
        "t.persistent.threshold", "t.persistent.window", "t.persistent.required",
      ])
  }

  @Test func objectivityMarkers() throws {
    // raised > 15 or confirmed < 40, k = 1: A raised 20 → met; B raised 5, confirmed 70 → not met;
    // C nothing → both markers open → insufficient data.
    let json = """
      {\(Self.header("objectivity_markers", "t.markers")),
       "markers": [
         {"kind": "above", "metric": "vpr.marks_raised_percent",
          "threshold": \(Self.parameterJSON("t.markers.raised", 15))},
         {"kind": "below", "metric": "vpr.marks_confirmed_percent",
          "threshold": \(Self.parameterJSON("t.markers.confirmed", 40))}],
       "minimum_markers": \(Self.parameterJSON("t.markers.minimum", 1, unit: "count", min: 1, max: 2)),
       "examples": [{"year": 2022,
         "schools": {"A": {"2022": {"vpr.marks_raised_percent": 20}},
                     "B": {"2022": {"vpr.marks_raised_percent": 5, "vpr.marks_confirmed_percent": 70}},
                     "C": {}},
         "expected": {"A": "met", "B": "not_met", "C": "insufficient_data"}}]}
      """
    let criterion = try decode(json, as: ObjectivityMarkersCriterion.self, id: "t.markers")
    #expect(
      criterion.markers == [
        .above(.vprMarksRaisedPercent, Self.parameter("t.markers.raised", 15)),
        .below(.vprMarksConfirmedPercent, Self.parameter("t.markers.confirmed", 40)),
      ])
    #expect(
      criterion.minimumMarkers == Self.parameter("t.markers.minimum", 1, unit: .count, range: 1...2)
    )
  }

  @Test func sharpChangeMarker() throws {
    let json = """
      {"kind": "sharp_change", "metric": "vpr.russian.mean_mark",
       "threshold": \(Self.parameterJSON("t.change", 0.5, unit: "mark", min: 0, max: 3))}
      """
    let marker = try PackJSON.decoder().decode(
      ObjectivityMarkersCriterion.Marker.self, from: Data(json.utf8))
    #expect(
      marker
        == .sharpChange(
          .vprRussianMeanMark, Self.parameter("t.change", 0.5, unit: .mark, range: 0...3)))
  }

  @Test func belowReferences() throws {
    // Window 1, k = 1: municipal mean of 60 and 80 is 70, regional 70: A 60 is below both → met;
    // B 80 → not met.
    let json = """
      {\(Self.header("below_references", "t.below_refs")), "metrics": ["ege.russian.mean_score"],
       "window": \(Self.parameterJSON("t.below_refs.window", 1, unit: "years", min: 1, max: 10)),
       "minimum_subjects": \(Self.parameterJSON("t.below_refs.minimum", 1, unit: "count", min: 1, max: 5)),
       "examples": [{"year": 2022,
         "schools": {"A": {"2022": {"ege.russian.mean_score": 60}},
                     "B": {"2022": {"ege.russian.mean_score": 80}}},
         "benchmarks": [{"scope": "region", "year": 2022, "metric": "ege.russian.mean_score",
                         "value": 70}],
         "expected": {"A": "met", "B": "not_met"}}]}
      """
    let criterion = try decode(json, as: BelowReferencesCriterion.self, id: "t.below_refs")
    #expect(criterion.metrics == [.egeRussianMeanScore])
    #expect(
      criterion.window == Self.parameter("t.below_refs.window", 1, unit: .years, range: 1...10))
    #expect(
      criterion.minimumSubjects
        == Self.parameter("t.below_refs.minimum", 1, unit: .count, range: 1...5))
    #expect(criterion.criterionDescription.requiresRegionalBenchmarks)
  }

  @Test func everyKindIsRegistered() {
    #expect(
      PackBlockKinds.standard.criteria.keys.sorted() == [
        "below_references", "gap", "lowest_share", "objectivity_markers", "persistence",
        "threshold", "window_mean",
      ])
  }
}
