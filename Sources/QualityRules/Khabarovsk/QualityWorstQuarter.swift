import QualityKit

extension Khabarovsk {
  /// Indicator 1, the share of students with «4» and «5» at interim attestation, in year Y.
  public static let qualityIndex = CompositeIndex(
    id: "index.khabarovsk.quality",
    title: LocalizedText(
      ru: "индекс качества обученности (z-оценка доли на «4» и «5»)",
      en: "quality of learning index (z-score of the share with 4s and 5s)"),
    components: [CompositeIndex.Component(.resultsQualityPercent, .positive)],
    provenance: provenance(
      "1. Численность )лащихся, успевающих на к4> и к5> по результатаIчI IIромежуtочной "
        + "аттестации, в общей числецности r{ащихся.",
      derivation: LocalizedText(
        ru: "Показатель 1 («Численность учащихся, успевающих на «4» и «5» по результатам "
          + "промежуточной аттестации, в общей численности учащихся») назван без порога: школа в "
          + "худшей четверти когорты по этой доле в году Y; больше — лучше.",
        en: "Indicator 1 (the share of students with only 4s and 5s at interim attestation) is "
          + "named without a threshold: the school is in the worst quarter of the cohort by this "
          + "share in year Y; more is better.")))

  /// I1: the school is in the worst quarter of the cohort by the quality of learning in year Y.
  public static let qualityWorstQuarter = LowestShareCriterion(
    id: "khabarovsk.quality_worst_quarter",
    title: LocalizedText(
      ru: "Качество обученности (доля на «4» и «5»): худшая четверть когорты",
      en: "Quality of learning (share with 4s and 5s): worst quarter of the cohort"),
    rationale: LocalizedText(
      ru: "Подтверждающий признак ШНОР (показатель 1): низкая доля обучающихся на «4» и «5» по "
        + "итогам промежуточной аттестации. Значение за год Y.",
      en: "A supporting ШНОР criterion (indicator 1): few students with 4s and 5s at interim "
        + "attestation. The value of year Y."),
    provenance: provenance(of: qualityIndex),
    index: qualityIndex,
    share: worstQuarterShare("khabarovsk.quality_worst_quarter"),
    examples: [
      CriterionDescription.Example(
        "n = 5, k = ⌈0.25 × 5⌉ = ⌈1.25⌉ = 2: the two lowest shares (30, 38) are met; F has a "
          + "value in 2021 only, is insufficient and not counted in n",
        year: 2022,
        schools: [
          "A": [.resultsQualityPercent: [2022: 30]],
          "B": [.resultsQualityPercent: [2022: 38]],
          "C": [.resultsQualityPercent: [2022: 45]],
          "D": [.resultsQualityPercent: [2022: 52]],
          "E": [.resultsQualityPercent: [2022: 60]],
          "F": [.resultsQualityPercent: [2021: 20]],
        ],
        expected: [
          "A": .met, "B": .met, "C": .notMet, "D": .notMet, "E": .notMet, "F": .insufficientData,
        ])
    ])
}
