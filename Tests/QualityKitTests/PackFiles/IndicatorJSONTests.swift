import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// The pack-file blocks of the three indicator kinds, the description and target forms, and the
/// issues of an unusable block, with their paths.
///
/// The dataset of the actual-value checks: metric `results.quality_percent` in 2022 and
/// enrolment — A 60 (100 students), B 80 (300), C 70 (no enrolment); in 2021 A 50 and B 90.
/// - mean 2022: (60 + 80 + 70) / 3 = 70; weighted: (60·100 + 80·300) / 400 = 75, C left out;
/// - positive dynamics 2021 → 2022: A 50 → 60 up, B 90 → 80 down, C only 2022: 1 of 2 = 50 %.
@Suite struct IndicatorJSONTests {
  typealias F = IndicatorFixture

  static let provenance =
    #""provenance": {"source": "s.txt", "section": "1", "quote": "«…»", "kind": "derived", "derivation": {"ru": "д", "en": "d"}}"#
  static let common =
    #""id": "t.i", "title": {"ru": "Показатель", "en": "Indicator"}, \#(provenance), "rationale": {"ru": "р", "en": "r"}"#

  static let context: IndicatorContext = {
    let dataset = try? Fixtures.dataset([
      "A": [.resultsQualityPercent: [2021: 50, 2022: 60], .contextEnrollment: [2022: 100]],
      "B": [.resultsQualityPercent: [2021: 90, 2022: 80], .contextEnrollment: [2022: 300]],
      "C": [.resultsQualityPercent: [2022: 70]],
    ])
    return IndicatorContext(dataset: dataset)
  }()

  static let expectedProvenance = Provenance(
    source: "s.txt", section: "1", quote: "«…»", kind: .derived,
    derivation: LocalizedText(ru: "д", en: "d"))

  static func block(_ json: String) throws -> any Indicator {
    try JSONDecoder().decode(PackBlockKinds.IndicatorBlock.self, from: Data(json.utf8)).indicator
  }

  static func encode<T: Encodable>(_ value: T) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return String(decoding: try encoder.encode(value), as: UTF8.self)
  }

  /// The issue decoding `json` as `T` gives; records one when it decodes or fails otherwise.
  static func issue<T: Decodable>(_ json: String, as type: T.Type) -> PackFileError.FormatIssue? {
    do {
      _ = try JSONDecoder().decode(T.self, from: Data(json.utf8))
      Issue.record("decoded: \(json)")
    } catch let issue as PackFileError.FormatIssue {
      return issue
    } catch {
      Issue.record("not a PackFileError.FormatIssue: \(error)")
    }
    return nil
  }

  @Test("aggregate: every field, the derived aggregation text, the weighted mean")
  func aggregate() throws {
    let indicator = try Self.block(
      #"{"kind": "aggregate", \#(Self.common), "unit": "percent", "level": "school", "better": "+", "target": {"comparison": ">=", "plan": {"2024": 60}}, "metric": "results.quality_percent", "aggregation": "enrolment_weighted_mean"}"#
    )
    let aggregate = try #require(indicator as? AggregateIndicator)
    let d = aggregate.indicatorDescription
    #expect(d.id == "t.i")
    #expect(d.title == LocalizedText(ru: "Показатель", en: "Indicator"))
    #expect(d.unit == .percent)
    #expect(d.level == .school)
    #expect(d.better == .positive)
    #expect(d.target == Target(comparison: .atLeast, value: 60, by: 2024))
    #expect(d.provenance == Self.expectedProvenance)
    #expect(d.rationale == LocalizedText(ru: "р", en: "r"))
    #expect(aggregate.metric == .resultsQualityPercent)
    #expect(aggregate.aggregation == .enrolmentWeightedMean)
    // The text the Swift initialiser derives, not a copy from the file.
    let swift = AggregateIndicator(
      id: "t.i", title: d.title, unit: .percent, level: .school, better: .positive,
      target: d.target, provenance: d.provenance, rationale: d.rationale,
      metric: .resultsQualityPercent, aggregation: .enrolmentWeightedMean)
    #expect(d == swift.indicatorDescription)
    #expect(
      d.aggregation?.en.hasPrefix("The mean of results.quality_percent over the schools") == true)
    #expect(aggregate.actual(in: 2022, context: Self.context).value == 75)
    #expect(
      try Self.encode(PackBlockKinds.IndicatorBlock(aggregate))
        == #"{"aggregation":"enrolment_weighted_mean","better":"+","id":"t.i","kind":"aggregate","level":"school","metric":"results.quality_percent","provenance":{"derivation":{"en":"d","ru":"д"},"kind":"derived","quote":"«…»","section":"1","source":"s.txt"},"rationale":{"en":"r","ru":"р"},"target":{"comparison":">=","plan":{"2024":60}},"title":{"en":"Indicator","ru":"Показатель"},"unit":"percent"}"#
    )
  }

  @Test("positive_dynamics: no unit, level or better; metric_better; 1 of 2 schools improved")
  func positiveDynamics() throws {
    let indicator = try Self.block(
      #"{"kind": "positive_dynamics", \#(Self.common), "metric": "results.quality_percent", "metric_better": "+"}"#
    )
    let dynamics = try #require(indicator as? PositiveDynamicsIndicator)
    #expect(dynamics.metric == .resultsQualityPercent)
    #expect(dynamics.metricBetter == .positive)
    #expect(dynamics.indicatorDescription.unit == .percent)
    #expect(dynamics.indicatorDescription.level == .municipality)
    #expect(dynamics.indicatorDescription.target == nil)
    #expect(
      dynamics.indicatorDescription.schoolValueMeaning?.en
        == "change of results.quality_percent since the previous year")
    #expect(dynamics.actual(in: 2022, context: Self.context).value == 50)
    let json = try Self.encode(PackBlockKinds.IndicatorBlock(dynamics))
    #expect(!json.contains("\"unit\"") && !json.contains("\"target\""))
    #expect(
      json.contains(
        #""kind":"positive_dynamics","metric":"results.quality_percent","metric_better":"+""#))
  }

  @Test("reported: the default aggregation is derived and not written; another one is kept")
  func reported() throws {
    let plain = try #require(
      try Self.block(
        #"{"kind": "reported", \#(Self.common), "unit": "count", "level": "school", "better": "-"}"#
      ) as? ReportedIndicator)
    #expect(plain.indicatorDescription.unit == .count)
    #expect(plain.indicatorDescription.level == .school)
    #expect(plain.indicatorDescription.better == .negative)
    let swift = ReportedIndicator(
      id: "t.i", title: LocalizedText(ru: "Показатель", en: "Indicator"), unit: .count,
      level: .school, better: .negative, target: nil, provenance: Self.expectedProvenance,
      rationale: LocalizedText(ru: "р", en: "r"))
    #expect(plain.indicatorDescription == swift.indicatorDescription)
    #expect(
      plain.indicatorDescription.aggregation?.en.hasPrefix(
        "The municipality's value where reported, otherwise the sum") == true)
    #expect(!(try Self.encode(PackBlockKinds.IndicatorBlock(plain))).contains("aggregation"))

    let own = LocalizedText(ru: "По отчёту управления.", en: "From the department's report.")
    let custom = try #require(
      try Self.block(
        #"{"kind": "reported", \#(Self.common), "unit": "percent", "level": "municipality", "better": "+", "aggregation": {"ru": "По отчёту управления.", "en": "From the department's report."}}"#
      ) as? ReportedIndicator)
    #expect(custom.indicatorDescription.aggregation == own)
    #expect(
      try Self.encode(PackBlockKinds.IndicatorBlock(custom)).hasPrefix(
        #"{"aggregation":{"en":"From the department's report.","ru":"По отчёту управления."},"#))
  }

  @Test("every kind round-trips through its block, with equal descriptions and actual values")
  func roundTrips() throws {
    let target = Target(comparison: .atMost, plan: [2022: 12.5, 2024: 0.1 + 0.2])
    let indicators: [any Indicator] = [
      F.aggregate(.mean, target: target), F.aggregate(.enrolmentWeightedMean),
      F.dynamics(metric: .resultsQualityPercent, metricBetter: .negative, target: target),
      F.reported("t.r", unit: .count, level: .school, better: .negative, target: target),
    ]
    for indicator in indicators {
      let data = try JSONEncoder().encode(PackBlockKinds.IndicatorBlock(indicator))
      let back = try JSONDecoder().decode(PackBlockKinds.IndicatorBlock.self, from: data).indicator
      #expect(type(of: back) == type(of: indicator))
      #expect(back.indicatorDescription == indicator.indicatorDescription)
      // 0.1 + 0.2 = 0.30000000000000004 survives exactly.
      #expect(
        back.indicatorDescription.target?.plan[2024]
          == indicator.indicatorDescription.target?.plan[2024])
      for year: AcademicYear in [2021, 2022] {
        #expect(
          back.actual(in: year, context: Self.context)
            == indicator.actual(in: year, context: Self.context))
      }
    }
  }

  @Test("the description's own form has snake_case keys and round-trips")
  func description() throws {
    let description = F.dynamics(
      target: Target(
        comparison: .atLeast, value: 90, by: 2024, reading: Fixtures.text("голое число"))
    ).indicatorDescription
    let json = try Self.encode(description)
    #expect(json.contains(#""school_value_meaning":{"#))
    #expect(
      json.contains(
        #""target":{"comparison":">=","plan":{"2024":90},"reading":{"en":"голое число","ru":"голое число"}}"#
      ))
    #expect(
      try JSONDecoder().decode(IndicatorDescription.self, from: Data(json.utf8)) == description)
  }

  @Test("target: years as keys in order; an empty plan or a key that is not a year is refused")
  func targets() throws {
    #expect(
      try Self.encode(Target(comparison: .atLeast, plan: [2024: 29, 2021: 6, 2022: 12]))
        == #"{"comparison":">=","plan":{"2021":6,"2022":12,"2024":29}}"#)
    let plan = try JSONDecoder().decode(
      Target.self, from: Data(#"{"comparison": "=", "plan": {"2023": 21, "2022": 12}}"#.utf8))
    #expect(plan == Target(comparison: .equal, plan: [2022: 12, 2023: 21]))
    let empty = Self.issue(#"{"comparison": ">=", "plan": {}}"#, as: Target.self)
    #expect(empty?.path == ["plan"])
    let notAYear = Self.issue(#"{"comparison": ">=", "plan": {"2024/25": 5}}"#, as: Target.self)
    #expect(notAYear?.path == ["plan", "2024/25"])
    if case .invalidValue(let value, _)? = notAYear?.kind {
      #expect(value == "2024/25")
    } else {
      Issue.record("expected invalidValue")
    }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(
        Target.self, from: Data(#"{"comparison": "~", "plan": {"2024": 5}}"#.utf8))
    }
  }

  @Test("an unknown kind is named with the kinds there are, at the block's kind")
  func unknownKind() throws {
    let json =
      #"[{"kind": "reported", \#(Self.common), "unit": "count", "level": "school", "better": "+"}, {"kind": "computed", "id": "t.x"}]"#
    let issue = try #require(Self.issue(json, as: [PackBlockKinds.IndicatorBlock].self))
    #expect(issue.path == ["[1]", "kind"])
    #expect(
      issue.kind
        == .unknownKind("computed", expected: ["aggregate", "positive_dynamics", "reported"]))
    #expect(
      PackBlockKinds.standard.indicators.keys.sorted() == [
        "aggregate", "positive_dynamics", "reported",
      ])
  }

  @Test("an empty id or metric and a target without years are invalid values at their keys")
  func invalidValues() throws {
    let emptyID =
      #"{"kind": "reported", "id": "", "title": {"ru": "", "en": ""}, \#(Self.provenance), "rationale": {"ru": "", "en": ""}, "unit": "count", "level": "school", "better": "+"}"#
    #expect(Self.issue(emptyID, as: PackBlockKinds.IndicatorBlock.self)?.path == ["id"])
    let emptyMetric =
      #"{"kind": "aggregate", \#(Self.common), "unit": "percent", "level": "school", "better": "+", "metric": "", "aggregation": "mean"}"#
    #expect(Self.issue(emptyMetric, as: PackBlockKinds.IndicatorBlock.self)?.path == ["metric"])
    let noYears =
      #"[{"kind": "positive_dynamics", \#(Self.common), "target": {"comparison": ">=", "plan": {}}, "metric": "m", "metric_better": "+"}]"#
    #expect(
      Self.issue(noYears, as: [PackBlockKinds.IndicatorBlock].self)?.path == [
        "[0]", "target", "plan",
      ])
    #expect(throws: DecodingError.self) {
      try Self.block(
        #"{"kind": "aggregate", \#(Self.common), "unit": "percent", "level": "school", "better": "+", "metric": "m", "aggregation": "median"}"#
      )
    }
  }
}
