/// Everything a reader — or `--describe` — needs to know about a target indicator: what it
/// measures, in which unit, at which level, which way is better, the target and where it comes from.
///
/// ```swift
/// let description = IndicatorDescription(
///   id: "amur.i6",
///   title: LocalizedText(ru: "Доля обучающихся ниже минимума ГИА", en: "Share below the ГИА minimum"),
///   unit: .percent, level: .school, better: .negative,
///   target: Target(comparison: .atMost, value: 5, by: 2024),
///   provenance: provenance, rationale: rationale)
/// description.target?.value(in: 2024)   // 5
/// ```
public struct IndicatorDescription: Sendable, Hashable {
  /// Stable id, unique within a run.
  public var id: IndicatorID
  /// Short title in Russian and English, close to the document's wording.
  public var title: LocalizedText
  /// The unit of the indicator's value: percent of schools or teachers, count, points….
  public var unit: MetricCatalog.Unit
  /// Whether the value is the municipality's or each school's.
  public var level: IndicatorDescription.Level
  /// Which way is better: `.positive` when more is better, `.negative` when less is better. It
  /// decides the sign of a trend, not whether a target is met (the target's comparison does).
  public var better: MetricCatalog.Direction
  /// The target, or `nil` when the document names the indicator without a value (seed 001).
  public var target: Target?
  /// Where the indicator and its target come from.
  public var provenance: Provenance
  /// Why the indicator is tracked and how it reads the document.
  public var rationale: LocalizedText
  /// How the municipal value is obtained from the schools' values, where that applies (a school
  /// indicator, or a municipal one computed from school data), e.g. «среднее по школам, взвешенное
  /// по числу обучающихся».
  public var aggregation: LocalizedText?
  /// What the school values behind a municipal value are, when they are not the indicator's value
  /// of each school — e.g. «изменение за год» for ``PositiveDynamicsIndicator``; `nil` otherwise.
  public var schoolValueMeaning: LocalizedText?

  /// Creates a description.
  public init(
    id: IndicatorID, title: LocalizedText, unit: MetricCatalog.Unit,
    level: IndicatorDescription.Level,
    better: MetricCatalog.Direction, target: Target?, provenance: Provenance,
    rationale: LocalizedText,
    aggregation: LocalizedText? = nil, schoolValueMeaning: LocalizedText? = nil
  ) {
    self.id = id
    self.title = title
    self.unit = unit
    self.level = level
    self.better = better
    self.target = target
    self.provenance = provenance
    self.rationale = rationale
    self.aggregation = aggregation
    self.schoolValueMeaning = schoolValueMeaning
  }
}
