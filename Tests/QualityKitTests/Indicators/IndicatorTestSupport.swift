import QualityKit
import QualityKitTestSupport

/// Shared fixtures of the indicator tests.
enum IndicatorFixture {
  static let provenance = Fixtures.provenance
  static let rationale = Fixtures.text("test")

  /// An indicator reported by hand.
  static func reported(
    _ id: IndicatorID, unit: MetricCatalog.Unit = .percent,
    level: IndicatorDescription.Level = .municipality,
    better: MetricCatalog.Direction = .positive, target: Target? = nil
  ) -> ReportedIndicator {
    ReportedIndicator(
      id: id, title: Fixtures.text("indicator \(id)"), unit: unit, level: level, better: better,
      target: target, provenance: provenance, rationale: rationale)
  }

  /// An indicator aggregated from a dataset metric.
  static func aggregate(
    _ aggregation: AggregateIndicator.Aggregation, id: IndicatorID = "t.aggregate",
    metric: MetricKey = .resultsQualityPercent, target: Target? = nil
  ) -> AggregateIndicator {
    AggregateIndicator(
      id: id, title: Fixtures.text("aggregate"), unit: .percent, better: .positive,
      target: target, provenance: provenance, rationale: rationale, metric: metric,
      aggregation: aggregation)
  }

  /// A positive-dynamics indicator.
  static func dynamics(
    _ id: IndicatorID = "t.dynamics",
    metric: MetricKey = .additionalEducationCoveragePercent,
    metricBetter: MetricCatalog.Direction = .positive,
    target: Target? = nil
  ) -> PositiveDynamicsIndicator {
    PositiveDynamicsIndicator(
      id: id, title: Fixtures.text("dynamics"), target: target, provenance: provenance,
      rationale: rationale, metric: metric, metricBetter: metricBetter)
  }

  /// Reported values from (indicator, year, school, value) tuples.
  static func values(_ rows: [(IndicatorID, Int, SchoolID?, Double)]) throws -> ReportedValues {
    try ReportedValues(
      rows.map { .init(indicator: $0.0, year: AcademicYear($0.1), school: $0.2, value: $0.3) })
  }
}

extension IndicatorActual {
  /// The Russian note, for `contains` checks.
  var ru: String { note.ru }
}
