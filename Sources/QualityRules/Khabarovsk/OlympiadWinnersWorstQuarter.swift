import QualityKit

extension Khabarovsk {
  /// Indicator 8, the share of students who are winners and prize-winners of olympiads, reviews and
  /// contests, in year Y.
  public static let olympiadWinnersIndex = CompositeIndex(
    id: "index.khabarovsk.olympiad_winners",
    title: LocalizedText(
      ru: "индекс победителей и призёров олимпиад и конкурсов (z-оценка доли)",
      en: "olympiad and contest winners index (z-score of the share)"),
    components: [CompositeIndex.Component(.olympiadWinnersPercent, .positive)],
    provenance: provenance(
      "8. Численность уrащихся, ставших победителями и призерами олимпиад, смотров, конкурсов, в "
        + "общей численности г{атцихся.",
      derivation: LocalizedText(
        ru: "Показатель 8 («Численность учащихся, ставших победителями и призерами олимпиад, "
          + "смотров, конкурсов, в общей численности учащихся») назван без порога: школа в "
          + "худшей четверти когорты по этой доле в году Y; больше — лучше.",
        en: "Indicator 8 (the share of students who are winners and prize-winners of olympiads, "
          + "reviews and contests) is named without a threshold: the school is in the worst "
          + "quarter of the cohort by this share in year Y; more is better.")))

  /// I8: the school is in the worst quarter of the cohort by its share of olympiad winners.
  public static let olympiadWinnersWorstQuarter = LowestShareCriterion(
    id: "khabarovsk.olympiad_winners_worst_quarter",
    title: LocalizedText(
      ru: "Победители и призёры олимпиад и конкурсов: худшая четверть когорты",
      en: "Olympiad and contest winners: worst quarter of the cohort"),
    rationale: LocalizedText(
      ru: "Подтверждающий признак ШНОР (показатель 8): мало победителей и призёров. Значение за "
        + "год Y. Школы без победителей (0) делят отсечение и все отмечаются, даже если их больше "
        + "четверти: «ни одного победителя» — худшее значение показателя.",
      en: "A supporting ШНОР criterion (indicator 8): few winners and prize-winners. The value of "
        + "year Y. Schools with none (0) tie at the cut-off and are all flagged, even when they are "
        + "more than a quarter: «no winner at all» is the indicator's worst value."),
    provenance: provenance(of: olympiadWinnersIndex),
    index: olympiadWinnersIndex,
    share: worstQuarterShare("khabarovsk.olympiad_winners_worst_quarter"),
    examples: [
      CriterionDescription.Example(
        "ties at 0: n = 8, k = 2, the 2nd smallest is 0 and all three schools at 0 are met "
          + "(3 of 8); I has no value",
        year: 2022,
        schools: inYear2022(
          .olympiadWinnersPercent,
          ["A": 0, "B": 0, "C": 0, "D": 3, "E": 5, "F": 7, "G": 9, "H": 12]
        ).merging(["I": [:]]) { $1 },
        expected: [
          "A": .met, "B": .met, "C": .met, "D": .notMet, "E": .notMet, "F": .notMet,
          "G": .notMet, "H": .notMet, "I": .insufficientData,
        ])
    ])
}
