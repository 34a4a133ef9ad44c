import QualityKit

extension Khabarovsk {
  /// Indicator 6, the share of grade 9 and 11 graduates with an honours certificate, in year Y.
  public static let honoursIndex = CompositeIndex(
    id: "index.khabarovsk.honours",
    title: LocalizedText(
      ru: "индекс аттестатов с отличием (z-оценка доли выпускников)",
      en: "honours certificates index (z-score of the share of graduates)"),
    components: [CompositeIndex.Component(.giaHonoursPercent, .positive)],
    provenance: provenance(
      "6. Численность выпускников 9-х, 11-х классов, поJцrчивших аттестат с отличием, в общей "
        + "численности вьшускников.",
      derivation: LocalizedText(
        ru: "Показатель 6 («Численность выпускников 9-х, 11-х классов, получивших аттестат с "
          + "отличием, в общей численности выпускников») назван без порога: школа в худшей "
          + "четверти когорты по этой доле в году Y; больше — лучше.",
        en: "Indicator 6 (the share of grade 9 and 11 graduates with an honours certificate) is "
          + "named without a threshold: the school is in the worst quarter of the cohort by this "
          + "share in year Y; more is better.")))

  /// I6: the school is in the worst quarter of the cohort by its share of honours certificates.
  public static let honoursWorstQuarter = LowestShareCriterion(
    id: "khabarovsk.honours_worst_quarter",
    title: LocalizedText(
      ru: "Аттестаты с отличием: худшая четверть когорты",
      en: "Honours certificates: worst quarter of the cohort"),
    rationale: LocalizedText(
      ru: "Подтверждающий признак ШНОР (показатель 6): мало выпускников с аттестатом с отличием. "
        + "Значение за год Y. Школы без единого такого аттестата (0) делят отсечение и все "
        + "отмечаются, даже если их больше четверти.",
      en: "A supporting ШНОР criterion (indicator 6): few graduates with an honours certificate. "
        + "The value of year Y. Schools with none (0) tie at the cut-off and are all flagged, even "
        + "when they are more than a quarter."),
    provenance: provenance(of: honoursIndex),
    index: honoursIndex,
    share: worstQuarterShare("khabarovsk.honours_worst_quarter"),
    examples: [
      CriterionDescription.Example(
        "n = 5, k = ⌈1.25⌉ = 2: the two lowest shares (0 and 2) are met; F has no value",
        year: 2022,
        schools: [
          "A": [.giaHonoursPercent: [2022: 0]],
          "B": [.giaHonoursPercent: [2022: 2]],
          "C": [.giaHonoursPercent: [2022: 5]],
          "D": [.giaHonoursPercent: [2022: 8]],
          "E": [.giaHonoursPercent: [2022: 11]],
          "F": [:],
        ],
        expected: [
          "A": .met, "B": .met, "C": .notMet, "D": .notMet, "E": .notMet, "F": .insufficientData,
        ])
    ])
}
