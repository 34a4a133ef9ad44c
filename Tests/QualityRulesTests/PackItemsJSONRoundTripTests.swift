import Foundation
import QualityKit
import QualityKitTestSupport
import QualityRules
import Testing

/// Every category rule, indicator, monitoring procedure and support measure of the four default
/// packs survives its pack-file JSON form: encoded with `JSONEncoder` (`.sortedKeys`, as packs are
/// exported) and decoded with `JSONDecoder`, it compares equal — for indicators, equal
/// descriptions and fields and the same actual values on a small dataset — and encodes to the same
/// bytes again.
@Suite struct PackItemsJSONRoundTripTests {
  static func encoder() -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }

  /// `value` encoded, decoded as `T`, and the decoded value encoded again.
  static func roundTrip<T: Codable>(_ value: T) throws -> (T, first: Data, second: Data) {
    let first = try encoder().encode(value)
    let decoded = try JSONDecoder().decode(T.self, from: first)
    return (decoded, first, try encoder().encode(decoded))
  }

  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func categoryRules(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    for rule in pack.categoryRules {
      let (decoded, first, second) = try Self.roundTrip(rule)
      #expect(decoded == rule)
      // Categories compare by id: check the titles too.
      #expect(decoded.category.title == rule.category.title)
      #expect(decoded.severity?.title == rule.severity?.title)
      #expect(first == second)
    }
  }

  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func monitoringProcedures(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    for procedure in pack.monitoring {
      let (decoded, first, second) = try Self.roundTrip(procedure)
      #expect(decoded == procedure)
      #expect(first == second)
    }
  }

  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func measures(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    #expect(!pack.measures.isEmpty)
    for measure in pack.declaredMeasures {
      let (decoded, first, second) = try Self.roundTrip(measure)
      #expect(decoded == measure, "\(measure.id)")
      if case .categories(let original) = measure.condition,
        case .categories(let back) = decoded.condition
      {
        #expect(back.map(\.title) == original.map(\.title))
      }
      #expect(first == second)
    }
  }

  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func indicators(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    let context = try Self.context(for: pack.indicators)
    for indicator in pack.indicators {
      let first = try Self.encoder().encode(PackBlockKinds.IndicatorBlock(indicator))
      let decoded = try JSONDecoder().decode(PackBlockKinds.IndicatorBlock.self, from: first)
        .indicator
      #expect(type(of: decoded) == type(of: indicator), "\(indicator.id)")
      #expect(decoded.indicatorDescription == indicator.indicatorDescription, "\(indicator.id)")
      #expect(Self.fields(of: decoded) == Self.fields(of: indicator), "\(indicator.id)")
      for year: AcademicYear in [2021, 2022, 2023] {
        #expect(
          decoded.actual(in: year, context: context)
            == indicator.actual(in: year, context: context),
          "\(indicator.id) in \(year)")
      }
      #expect(try Self.encoder().encode(PackBlockKinds.IndicatorBlock(decoded)) == first)
    }
  }

  /// The stored fields of the library's indicator kinds beyond the description, as text.
  static func fields(of indicator: any Indicator) -> String {
    switch indicator {
    case let aggregate as AggregateIndicator: "\(aggregate.metric) \(aggregate.aggregation)"
    case let dynamics as PositiveDynamicsIndicator: "\(dynamics.metric) \(dynamics.metricBetter)"
    case is ReportedIndicator: "reported"
    default: "\(type(of: indicator))"
    }
  }

  /// Three schools with a value of every metric the indicators read in 2021 and 2022 (A rises,
  /// B falls, C has 2022 only), enrolments 100, 300 and none, and reported values: the
  /// municipality's in 2022, two schools' in 2021 — so every kind computes a value in some year
  /// and has no data in another.
  static func context(for indicators: [any Indicator]) throws -> IndicatorContext {
    var metrics: Set<MetricKey> = []
    for indicator in indicators {
      if let aggregate = indicator as? AggregateIndicator { metrics.insert(aggregate.metric) }
      if let dynamics = indicator as? PositiveDynamicsIndicator { metrics.insert(dynamics.metric) }
    }
    var values: CohortValues = ["A": [.contextEnrollment: [2022: 100]], "B": [:], "C": [:]]
    values["B"]?[.contextEnrollment] = [2022: 300]
    for metric in metrics {
      values["A"]?[metric] = [2021: 40, 2022: 45]
      values["B"]?[metric] = [2021: 60, 2022: 50]
      values["C"]?[metric] = [2022: 70]
    }
    var rows: [ReportedValues.Entry] = []
    for indicator in indicators where indicator is ReportedIndicator {
      rows.append(.init(indicator: indicator.id, year: 2022, school: nil, value: 12))
      rows.append(.init(indicator: indicator.id, year: 2021, school: "A", value: 7))
      rows.append(.init(indicator: indicator.id, year: 2021, school: "B", value: 9))
    }
    return IndicatorContext(
      dataset: try Fixtures.dataset(values), reported: try ReportedValues(rows))
  }

  /// The describe report writes each measure in the pack-file form plus its additions (a schedule
  /// `summary`, `null` for absent optionals): without them, the two agree key by key.
  @Test func describeReportWritesTheMeasureForm() throws {
    var text = ""
    ReportFormat.json.write(PackDescription(packs: DefaultPacks.all), to: &text)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let packs = try #require(root["packs"] as? [[String: Any]])
    var compared = 0
    for (pack, described) in zip(DefaultPacks.all, packs) {
      let measures = try #require(described["measures"] as? [[String: Any]])
      #expect(measures.count == pack.measures.count)
      for (measure, object) in zip(pack.declaredMeasures, measures) {
        var report = object.filter { !($0.value is NSNull) }
        var schedule = try #require(report["schedule"] as? [String: Any])
        schedule["summary"] = nil
        report["schedule"] = schedule
        let encoded = try JSONSerialization.jsonObject(with: try Self.encoder().encode(measure))
        #expect(try Self.canonical(report) == Self.canonical(encoded), "\(measure.id)")
        compared += 1
      }
    }
    #expect(compared == DefaultPacks.all.map(\.measures.count).reduce(0, +))
  }

  /// A JSON object's text with sorted keys, for comparing two parsed objects.
  static func canonical(_ object: Any) throws -> String {
    String(
      decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
      as: UTF8.self)
  }
}
