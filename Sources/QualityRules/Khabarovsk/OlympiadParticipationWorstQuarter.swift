import QualityKit

extension Khabarovsk {
  /// Indicator 7, the share of students taking part in olympiads, reviews and contests, in year Y.
  public static let olympiadParticipationIndex = CompositeIndex(
    id: "index.khabarovsk.olympiad_participation",
    title: LocalizedText(
      ru: "индекс участия в олимпиадах и конкурсах (z-оценка доли обучающихся)",
      en: "olympiad and contest participation index (z-score of the share of students)"),
    components: [CompositeIndex.Component(.olympiadParticipationPercent, .positive)],
    provenance: provenance(
      "7. Численность учащихся, принявIIIих r{астие в олимпиадах, смотрах, конкурсах различного "
        + "уровня, в общей численности rIащихся.",
      derivation: LocalizedText(
        ru: "Показатель 7 («Численность учащихся, принявших участие в олимпиадах, смотрах, "
          + "конкурсах различного уровня, в общей численности учащихся») назван без порога: "
          + "школа в худшей четверти когорты по этой доле в году Y. Документ говорит о конкурсах "
          + "«различного уровня», а ключ olympiad.participation_percent считает только "
          + "региональный и всероссийский уровни — ближайшая доступная мера.",
        en: "Indicator 7 (the share of students taking part in olympiads, reviews and contests "
          + "«различного уровня», of any level) is named without a threshold: the school is in the "
          + "worst quarter of the cohort by this share in year Y. The key "
          + "olympiad.participation_percent counts regional and all-Russian levels only — the "
          + "nearest measure the dictionary has.")))

  /// I7: the school is in the worst quarter of the cohort by olympiad and contest participation.
  public static let olympiadParticipationWorstQuarter = LowestShareCriterion(
    id: "khabarovsk.olympiad_participation_worst_quarter",
    title: LocalizedText(
      ru: "Участие в олимпиадах и конкурсах: худшая четверть когорты",
      en: "Olympiad and contest participation: worst quarter of the cohort"),
    rationale: LocalizedText(
      ru: "Подтверждающий признак ШНОР (показатель 7): мало участников олимпиад, смотров и "
        + "конкурсов. Значение за год Y; ключ считает региональный и всероссийский уровни.",
      en: "A supporting ШНОР criterion (indicator 7): few students in olympiads, reviews and "
        + "contests. The value of year Y; the key counts regional and all-Russian levels."),
    provenance: provenance(of: olympiadParticipationIndex),
    index: olympiadParticipationIndex,
    share: worstQuarterShare("khabarovsk.olympiad_participation_worst_quarter"),
    examples: [
      CriterionDescription.Example(
        "n = 4, k = ⌈0.25 × 4⌉ = 1: only the lowest share (0.4) is met; E's 2019 value is "
          + "outside year Y",
        year: 2022,
        schools: [
          "A": [.olympiadParticipationPercent: [2022: 0.4]],
          "B": [.olympiadParticipationPercent: [2022: 1.2]],
          "C": [.olympiadParticipationPercent: [2022: 2.0]],
          "D": [.olympiadParticipationPercent: [2022: 3.1]],
          "E": [.olympiadParticipationPercent: [2019: 0.1]],
        ],
        expected: [
          "A": .met, "B": .notMet, "C": .notMet, "D": .notMet, "E": .insufficientData,
        ])
    ])
}
