import QualityKit

extension Krasnoyarsk {
  /// The results composite: ЕГЭ and ОГЭ Russian and mathematics and ВПР Russian and mathematics, each
  /// year of the last three, standardised within the cohort and averaged.
  public static let resultsIndex = CompositeIndex(
    id: "index.krasnoyarsk.results",
    title: LocalizedText(
      ru: "сводный показатель результатов ЕГЭ, ОГЭ и ВПР за 3 года",
      en: "composite of ЕГЭ, ОГЭ and ВПР results over 3 years"),
    components: [
      CompositeIndex.Component(.egeRussianMeanScore, .positive),
      CompositeIndex.Component(.egeMathProfileMeanScore, .positive),
      CompositeIndex.Component(.ogeRussianMeanMark, .positive),
      CompositeIndex.Component(.ogeMathMeanMark, .positive),
      CompositeIndex.Component(.vprRussianMeanMark, .positive),
      CompositeIndex.Component(.vprMathMeanMark, .positive),
    ],
    window: window,
    provenance: provenance(
      "25% школ с самыми низкими результатами ЕГЭ, ОГЭ русскому языку, математике и ВПР (по "
        + "согласованию) за последние 3 года.", .derived,
      derivation: LocalizedText(
        ru:
          "Документ не говорит, как ЕГЭ, ОГЭ и ВПР сводятся в один рейтинг: z-оценки внутри когорты, усреднённые по имеющимся из 18 ячеек (предмет, год).",
        en: "The document does not say how ЕГЭ, ОГЭ and ВПР are combined into one ranking: "
          + "z-scores within the cohort, averaged over the 18 (subject, year) cells present.")))

  /// «25% школ с самыми низкими результатами ЕГЭ, ОГЭ русскому языку, математике и ВПР … за последние
  /// 3 года.»
  public static let resultsLowestQuarter = LowestShareCriterion(
    id: "krasnoyarsk.results_lowest_quarter",
    title: LocalizedText(
      ru: "25 % школ с самыми низкими результатами ЕГЭ, ОГЭ и ВПР по русскому языку и математике "
        + "за 3 года",
      en: "Lowest 25% of schools in ЕГЭ, ОГЭ and ВПР Russian and mathematics over 3 years"),
    rationale: LocalizedText(
      ru: "Основной критерий ШНОР. Шесть показателей за три года переводятся в z-оценки внутри "
        + "когорты и усредняются; школа оценивается, если есть не менее половины из 18 ячеек.",
      en: "The main ШНОР criterion. Six results over three years are turned into z-scores within "
        + "the cohort and averaged; a school is evaluable with at least half of the 18 cells."),
    provenance: provenance(of: resultsIndex),
    index: resultsIndex,
    share: lowestQuarterShare("krasnoyarsk.results_lowest_quarter"),
    examples: [
      CriterionDescription.Example(
        "evenly spaced results: the lowest of four (k = ⌈0.25 × 4⌉ = 1) is met; a school with "
          + "1 of 18 cells is not evaluable and not counted in n",
        year: 2022,
        schools: [
          "A": repeating(resultsCells(points: 40, mark: 3.0), over: exampleYears),
          "B": repeating(resultsCells(points: 50, mark: 3.5), over: exampleYears),
          "C": repeating(resultsCells(points: 60, mark: 4.0), over: exampleYears),
          "D": repeating(resultsCells(points: 70, mark: 4.5), over: exampleYears),
          "E": [.egeRussianMeanScore: [2022: 55]],
        ],
        expected: ["A": .met, "B": .notMet, "C": .notMet, "D": .notMet, "E": .insufficientData]),
      CriterionDescription.Example(
        "ties at the cut-off are all met: n = 8, k = 2, B and C tie at the 2nd smallest; "
          + "9 of 18 cells (three subjects) is exactly half and evaluable",
        year: 2022,
        schools: [
          "A": repeating(threeSubjects(10), over: exampleYears),
          "B": repeating(threeSubjects(20), over: exampleYears),
          "C": repeating(threeSubjects(20), over: exampleYears),
          "D": repeating(threeSubjects(30), over: exampleYears),
          "E": repeating(threeSubjects(40), over: exampleYears),
          "F": repeating(threeSubjects(50), over: exampleYears),
          "G": repeating(threeSubjects(60), over: exampleYears),
          "H": repeating(threeSubjects(70), over: exampleYears),
        ],
        expected: [
          "A": .met, "B": .met, "C": .met, "D": .notMet, "E": .notMet, "F": .notMet, "G": .notMet,
          "H": .notMet,
        ]),
      CriterionDescription.Example(
        "values before the window are ignored: within 2020–2022 A is ahead of B in one cell, so B "
          + "is the lowest of two; A's weak 2019 results would reverse that if they counted",
        year: 2022,
        schools: [
          "A": byYear([
            2019: resultsCells(points: 10, mark: 2.0),
            2020: resultsCells(points: 50, mark: 3.5),
            2021: resultsCells(points: 50, mark: 3.5),
            2022: resultsCells(points: 50, mark: 3.5).merging([.egeRussianMeanScore: 55]) { $1 },
          ]),
          "B": repeating(resultsCells(points: 50, mark: 3.5), over: [2019] + exampleYears),
        ],
        expected: ["A": .notMet, "B": .met]),
    ])

  /// The six results of the composite with ЕГЭ at `points` and the marks at `mark`.
  static func resultsCells(points: Double, mark: Double) -> [MetricKey: Double] {
    [
      .egeRussianMeanScore: points, .egeMathProfileMeanScore: points, .ogeRussianMeanMark: mark,
      .ogeMathMeanMark: mark, .vprRussianMeanMark: mark, .vprMathMeanMark: mark,
    ]
  }

  /// Three of the six results (ЕГЭ Russian and mathematics, ОГЭ Russian): half of the cells.
  static func threeSubjects(_ points: Double) -> [MetricKey: Double] {
    [
      .egeRussianMeanScore: points, .egeMathProfileMeanScore: points,
      .ogeRussianMeanMark: 2 + points / 25,
    ]
  }
}
