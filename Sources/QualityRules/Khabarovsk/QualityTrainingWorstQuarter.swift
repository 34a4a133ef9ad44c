import QualityKit

extension Khabarovsk {
  /// Indicator 9, heads and teachers trained on the quality of education, as a share of staff, in
  /// year Y.
  public static let qualityTrainingIndex = CompositeIndex(
    id: "index.khabarovsk.quality_training",
    title: LocalizedText(
      ru: "индекс повышения квалификации по качеству образования (z-оценка доли)",
      en: "staff training on quality index (z-score of the share)"),
    components: [CompositeIndex.Component(.staffQualityTrainingPercent, .positive)],
    provenance: provenance(
      "9. Численность руководящих и педагогических работников, повысивших квалификацию по "
        + "проблеме формирования качества образования.",
      derivation: LocalizedText(
        ru: "Показатель 9 — численность работников, повысивших квалификацию по проблеме "
          + "формирования качества образования; численность зависит от размера коллектива, "
          + "поэтому берётся доля (staff.quality_training_percent). Порога нет: школа в худшей "
          + "четверти когорты в году Y; больше — лучше.",
        en: "Indicator 9 is a count of heads and teachers trained on the quality of education; a "
          + "count depends on the size of the staff, so the share is used "
          + "(staff.quality_training_percent). No threshold: the school is in the worst quarter "
          + "of the cohort in year Y; more is better.")))

  /// I9: the school is in the worst quarter of the cohort by staff trained on quality.
  public static let qualityTrainingWorstQuarter = LowestShareCriterion(
    id: "khabarovsk.quality_training_worst_quarter",
    title: LocalizedText(
      ru: "Повышение квалификации по качеству образования: худшая четверть когорты",
      en: "Staff training on the quality of education: worst quarter of the cohort"),
    rationale: LocalizedText(
      ru: "Подтверждающий признак ШНОР (показатель 9): мало руководителей и педагогов прошли "
        + "повышение квалификации по качеству образования. Это показатель условий, а не "
        + "результатов обучения; значение за год Y.",
      en: "A supporting ШНОР criterion (indicator 9): few heads and teachers trained on the "
        + "quality of education. It measures conditions, not learning results; the value of "
        + "year Y."),
    provenance: provenance(of: qualityTrainingIndex),
    index: qualityTrainingIndex,
    share: worstQuarterShare("khabarovsk.quality_training_worst_quarter"),
    examples: [
      CriterionDescription.Example(
        "n = 5, k = ⌈1.25⌉ = 2: the two lowest shares (15 and 25) are met; F has no value",
        year: 2022,
        schools: inYear2022(
          .staffQualityTrainingPercent, ["A": 15, "B": 25, "C": 40, "D": 55, "E": 70]
        ).merging(["F": [:]]) { $1 },
        expected: [
          "A": .met, "B": .met, "C": .notMet, "D": .notMet, "E": .notMet, "F": .insufficientData,
        ])
    ])
}
