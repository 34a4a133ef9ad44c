import QualityKit

extension Krasnoyarsk {
  /// «0,5% и ниже учащихся за последние 3 года, принимавших участие в региональных и всероссийских
  /// олимпиадах и конкурсах.»
  public static let olympiadAtMost05 = WindowMeanCriterion(
    id: "krasnoyarsk.olympiad_at_most_0_5",
    title: LocalizedText(
      ru: "0,5 % и менее учащихся — участники региональных и всероссийских олимпиад за 3 года",
      en: "0.5% or fewer students in regional and national olympiads over 3 years"),
    rationale: LocalizedText(
      ru: "Почти полное отсутствие участия в олимпиадах и конкурсах. Берётся среднее долей за годы "
        + "последних трёх, в которых есть значение.",
      en: "Almost no participation in olympiads and contests. The mean of the yearly shares over "
        + "the years of the last three that have a value."),
    provenance: provenance(
      "0,5% и ниже учащихся за последние 3 года, принимавших участие в региональных и "
        + "всероссийских олимпиадах и конкурсах.", .derived,
      derivation: LocalizedText(
        ru:
          "«за последние 3 года» понимается как среднее трёх годовых долей (документ не говорит, накопленная это доля или годовая).",
        en: "«за последние 3 года» is read as the mean of the three yearly shares (the "
          + "document does not say whether the share is cumulative or yearly).")),
    metric: .olympiadParticipationPercent,
    window: window,
    comparison: .atMost,
    threshold: PackParameter(
      key: "krasnoyarsk.olympiad_at_most_0_5.threshold", defaultValue: 0.5, unit: .percent,
      range: 0...100, kind: .stated,
      rationale: LocalizedText(
        ru: "«0,5% и ниже»: не более.",
        en: "«0,5% и ниже»: at most.")),
    examples: [
      CriterionDescription.Example(
        "mean of the years present: 0.4, 0.5, 0.6 → 0.5 (met, at most); 0.4, —, 0.7 → 0.55; "
          + "only 2020 → 0.3; a value in 2019 only is outside the window",
        year: 2022,
        schools: [
          "A": [.olympiadParticipationPercent: [2020: 0.4, 2021: 0.5, 2022: 0.6]],
          "B": [.olympiadParticipationPercent: [2020: 0.4, 2022: 0.7]],
          "C": [.olympiadParticipationPercent: [2020: 0.3]],
          "D": [.olympiadParticipationPercent: [2019: 0.1]],
        ],
        expected: ["A": .met, "B": .notMet, "C": .met, "D": .insufficientData])
    ])
}
