import QualityKit

/// The Khabarovsk krai rules, drawn from the г. Хабаровск programme for schools with low results and
/// schools in unfavourable social conditions, 2020–2023 (seed `001_a2b6d671e86258ea.txt`).
///
/// The document states no identification criterion: its target schools are those on a list approved
/// by a regional order (№ 309 of 16.03.2020) that it does not reproduce. It names nine result
/// indicators («основные показатели (индикаторы)») without targets or thresholds, and speaks of
/// schools «показывающих стабильно низкие результаты». Every rule here is therefore `derived` from
/// those indicators, and every number is a parameter. There is no social criterion, so the pack has
/// no ШНСУ rule.
///
/// Each criterion is a `static let` in its own file; ``pack`` assembles them.
public enum Khabarovsk {
  /// The seed file every Khabarovsk rule cites.
  static let source = "001_a2b6d671e86258ea.txt"
  /// The passport row of the nine indicators, as printed (lines 137–138 of the seed).
  static let indicatorsSection = "основные показатели (индикаторы)"
  /// The roadmap heading, as printed (OCR damage included: «щорожная» is «Дорожная»).
  static let roadmapSection =
    "щорожная карта программы повышения качества образования в школах города хабаровска с низкими "
    + "результатами обучения"
  /// The passport heading.
  static let passportSection = "Паспорт программы"
  /// The years of the examples' three-year window ending in 2022.
  static let exampleYears = [2020, 2021, 2022]

  /// A derived provenance record in `section` of seed 001 (the indicators by default): every rule of
  /// the pack is the library's reading, so the derivation is required.
  static func provenance(
    _ quote: String, section: String = indicatorsSection, derivation: LocalizedText
  ) -> Provenance {
    Provenance(
      source: source, section: section, quote: quote, kind: .derived, derivation: derivation)
  }

  /// The provenance of a criterion that ranks `index`: the index's own. Every Khabarovsk index has
  /// one; the empty fallback would fail the pack-invariant tests (quotes must be found in the seed).
  static func provenance(of index: CompositeIndex) -> Provenance {
    index.provenance ?? Provenance(source: source, section: "", quote: "", kind: .derived)
  }

  /// The worst-share parameter of the criterion `id`: a quarter of the cohort, derived (the document
  /// names the indicator, not a cut-off).
  static func worstQuarterShare(_ id: String) -> PackParameter {
    PackParameter(
      key: ParameterKey("\(id).share"), defaultValue: 0.25, unit: .share, range: 0.01...1,
      kind: .derived,
      rationale: LocalizedText(
        ru: "Документ называет показатель без порога; худшая четверть когорты — производное "
          + "значение, та же доля, что в региональных методиках вида «25 % школ с самыми "
          + "низкими…».",
        en: "The document names the indicator without a cut-off; the worst quarter of the cohort "
          + "is derived, the share regional methods state as «25 % школ с самыми низкими…»."))
  }
}

extension Khabarovsk {
  /// See ``CriterionDescription/Example/repeating(_:over:)``.
  static func repeating(_ values: [MetricKey: Double], over years: [Int])
    -> [MetricKey: [Int: Double]]
  {
    CriterionDescription.Example.repeating(values, over: years)
  }

  /// See ``CriterionDescription/Example/byYear(_:)``.
  static func byYear(_ values: [Int: [MetricKey: Double]]) -> [MetricKey: [Int: Double]] {
    CriterionDescription.Example.byYear(values)
  }

  /// One metric in 2022 for each school: `inYear2022(.giaHonoursPercent, ["A": 1, "B": 2])`.
  static func inYear2022(_ metric: MetricKey, _ values: [SchoolID: Double])
    -> [SchoolID: [MetricKey: [Int: Double]]]
  {
    values.mapValues { [metric: [2022: $0]] }
  }
}
