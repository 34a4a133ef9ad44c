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
        + "фондов  не старше 3 лет.", .stated,
      derivation: LocalizedText(
        ru:
          "Индекс из одного показателя ранжирует школы так же, как сама доля учебников не старше 3 лет; больше — лучше.",
        en: "A one-component index ranks schools exactly as the share of recent textbooks "
          + "itself; more recent textbooks is better.")))

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
