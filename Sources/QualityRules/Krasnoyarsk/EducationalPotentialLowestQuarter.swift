import QualityKit

extension Krasnoyarsk {
  /// ИКОП — индекс качества образовательного потенциала, in year Y: one component.
  public static let educationalPotentialIndex = CompositeIndex(
    id: "index.educational_potential",
    title: LocalizedText(
      ru: "индекс качества образовательного потенциала", en: "educational potential index"),
    components: [CompositeIndex.Component(.resourcesRecentTextbooksPercent, .positive)],
    provenance: provenance(
      "25% школ с самым низким Индексом качества образовательного  потенциала, рассчитанного на "
        + "основе комплекса показателей: доля учебной литературы среди учебных библиотечных "
        + "фондов  не старше 3 лет.", .derived,
      // The document names the one indicator but not which way is better: the direction is ours.
      derivation: LocalizedText(
        ru:
          "Документ называет показатель, но не говорит, какое его значение лучше. Прочтение: больше доля учебной литературы не старше 3 лет — лучше (индекс растёт с ней). Индекс из одного показателя ранжирует школы так же, как сама эта доля.",
        en: "The document names the indicator but not which way is better. Reading: a larger "
          + "share of textbooks no older than 3 years is better (the index grows with it). A "
          + "one-component index ranks schools exactly as that share itself.")))

  /// «25% школ с самым низким Индексом качества образовательного потенциала…»
  public static let educationalPotentialLowestQuarter = LowestShareCriterion(
    id: "krasnoyarsk.educational_potential_lowest_quarter",
    title: LocalizedText(
      ru: "25 % школ с самым низким индексом качества образовательного потенциала",
      en: "Lowest 25% of schools by the educational potential index"),
    rationale: LocalizedText(
      ru:
        "Критерий ШНСУ: низкая ресурсная обеспеченность — доля учебной литературы не старше 3 лет.",
      en: "A ШНСУ criterion: poor resources — the share of textbooks no older than 3 years."),
    provenance: provenance(of: educationalPotentialIndex),
    index: educationalPotentialIndex,
    share: lowestQuarterShare("krasnoyarsk.educational_potential_lowest_quarter"),
    examples: [
      CriterionDescription.Example(
        "n = 5, k = ⌈1.25⌉ = 2: the two lowest shares are met; F has no value",
        year: 2022,
        schools: [
          "A": [.resourcesRecentTextbooksPercent: [2022: 10]],
          "B": [.resourcesRecentTextbooksPercent: [2022: 30]],
          "C": [.resourcesRecentTextbooksPercent: [2022: 50]],
          "D": [.resourcesRecentTextbooksPercent: [2022: 70]],
          "E": [.resourcesRecentTextbooksPercent: [2022: 90]],
          "F": [.resourcesRecentTextbooksPercent: [2021: 5]],
        ],
        expected: [
          "A": .met, "B": .met, "C": .notMet, "D": .notMet, "E": .notMet, "F": .insufficientData,
        ])
    ])
}
