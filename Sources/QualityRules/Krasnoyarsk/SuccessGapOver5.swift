import QualityKit

extension Krasnoyarsk {
  /// «5% расхождение показателей стандарта обученности от среднего показателя по муниципалитету.»
  public static let successGapOver5 = GapCriterion(
    id: "krasnoyarsk.success_gap_over_5",
    title: LocalizedText(
      ru: "Успеваемость (стандарт обученности) ниже среднего по муниципалитету более чем на 5 п.п.",
      en: "Success rate (standard of learning) more than 5 p.p. below the municipal mean"),
    rationale: LocalizedText(
      ru: "«Стандарт обученности» понимается как успеваемость — доля обучающихся без "
        + "неудовлетворительных отметок.",
      en: "«Стандарт обученности» is read as the success rate: the share of students without "
        + "failing marks."),
    provenance: provenance(
      "5% расхождение показателей стандарта обученности от среднего показателя по "
        + "муниципалитету.", .derived,
      derivation: LocalizedText(
        ru:
          "«Стандарт обученности» не определён: понимается как успеваемость; «5% расхождение» — как отставание от среднего по муниципалитету более чем на 5 процентных пунктов.",
        en: "«стандарт обученности» is not defined: read as успеваемость; «5% расхождение» "
          + "as the school more than 5 percentage points below the municipal mean.")),
    metrics: [.resultsSuccessPercent],
    reference: .municipalMean,
    threshold: PackParameter(
      key: "krasnoyarsk.success_gap_over_5.threshold", defaultValue: 5, unit: .percentagePoints,
      range: 0...100, kind: .stated,
      rationale: LocalizedText(
        ru: "«5% расхождение»; прочтение в процентных пунктах — производное.",
        en: "«5% расхождение»; the percentage-point reading is derived.")),
    examples: [
      CriterionDescription.Example(
        "mean (87 + 95 + 97 + 93) / 4 = 93: A is 6 below",
        year: 2022,
        schools: [
          "A": [.resultsSuccessPercent: [2022: 87]],
          "B": [.resultsSuccessPercent: [2022: 95]],
          "C": [.resultsSuccessPercent: [2022: 97]],
          "D": [.resultsSuccessPercent: [2022: 93]],
        ],
        expected: ["A": .met, "B": .notMet, "C": .notMet, "D": .notMet]),
      CriterionDescription.Example(
        "strictly more than 5: mean (88 + 98) / 2 = 93, A exactly 5 below",
        year: 2022,
        schools: [
          "A": [.resultsSuccessPercent: [2022: 88]],
          "B": [.resultsSuccessPercent: [2022: 98]],
        ],
        expected: ["A": .notMet, "B": .notMet]),
    ])
}
