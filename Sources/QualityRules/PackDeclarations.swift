import QualityKit

/// Declares the target indicators and monitoring procedures of a default pack from the document's
/// words and one reading of them.
///
/// A pack's indicator or procedure says where it comes from (seed file, section, verbatim quote,
/// `stated` or `derived`) and, where the document leaves something open, how the library read it.
/// That one reading is the target's reading, the provenance's derivation and the rationale (or a
/// procedure's notes), so it is written once here and cannot drift between the three.
enum PackDeclarations {
  /// The rationale of an indicator the document states without comment.
  static let statedAsWritten = LocalizedText(
    ru: "Показатель программы в том виде, в каком его записывает документ.",
    en: "The programme's indicator as the document writes it.")

  /// The provenance of a pack item, `reading` as its derivation (the pack invariant tests require
  /// one for every derived item).
  static func provenance(
    source: String, section: String, quote: String, kind: Provenance.Kind,
    reading: LocalizedText?
  ) -> Provenance {
    Provenance(source: source, section: section, quote: quote, kind: kind, derivation: reading)
  }

  /// The target, read with `reading`, or `nil` when the document sets none.
  static func target(
    _ comparison: Comparison?, _ plan: [Int: Double], reading: LocalizedText?
  ) -> Target? {
    comparison.map { Target(comparison: $0, plan: plan, reading: reading) }
  }

  /// An indicator reported by hand.
  static func reported(
    id: IndicatorID, title: LocalizedText, unit: MetricUnit, level: IndicatorLevel,
    better: Direction, comparison: Comparison? = nil, plan: [Int: Double] = [:],
    source: String, section: String, quote: String, kind: Provenance.Kind,
    reading: LocalizedText? = nil
  ) -> ReportedIndicator {
    ReportedIndicator(
      id: id, title: title, unit: unit, level: level, better: better,
      target: target(comparison, plan, reading: reading),
      provenance: provenance(
        source: source, section: section, quote: quote, kind: kind, reading: reading),
      rationale: reading ?? statedAsWritten)
  }

  /// An indicator computed from the schools' values of `metric`.
  static func aggregate(
    id: IndicatorID, title: LocalizedText, unit: MetricUnit, level: IndicatorLevel,
    better: Direction, comparison: Comparison? = nil, plan: [Int: Double] = [:],
    source: String, section: String, quote: String, kind: Provenance.Kind,
    reading: LocalizedText? = nil, metric: MetricKey, aggregation: AggregateIndicator.Aggregation
  ) -> AggregateIndicator {
    AggregateIndicator(
      id: id, title: title, unit: unit, level: level, better: better,
      target: target(comparison, plan, reading: reading),
      provenance: provenance(
        source: source, section: section, quote: quote, kind: kind, reading: reading),
      rationale: reading ?? statedAsWritten, metric: metric, aggregation: aggregation)
  }

  /// The share of schools whose `metric` improved on the year before.
  static func positiveDynamics(
    id: IndicatorID, title: LocalizedText, comparison: Comparison? = nil,
    plan: [Int: Double] = [:], source: String, section: String, quote: String,
    kind: Provenance.Kind, reading: LocalizedText? = nil, metric: MetricKey
  ) -> PositiveDynamicsIndicator {
    PositiveDynamicsIndicator(
      id: id, title: title, target: target(comparison, plan, reading: reading),
      provenance: provenance(
        source: source, section: section, quote: quote, kind: kind, reading: reading),
      rationale: reading ?? statedAsWritten, metric: metric)
  }

  /// A monitoring procedure; `reading` (how its timing was read) is its notes and derivation.
  static func procedure(
    id: MonitoringProcedureID, title: LocalizedText, periodicity: Periodicity,
    responsible: LocalizedText? = nil, source: String, section: String, quote: String,
    kind: Provenance.Kind, reading: LocalizedText? = nil
  ) -> MonitoringProcedure {
    MonitoringProcedure(
      id: id, title: title, periodicity: periodicity, responsible: responsible,
      provenance: provenance(
        source: source, section: section, quote: quote, kind: kind, reading: reading),
      notes: reading)
  }
}
