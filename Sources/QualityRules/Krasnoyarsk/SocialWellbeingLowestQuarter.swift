import QualityKit

extension Krasnoyarsk {
  /// ИСБ — индекс социального благополучия, in year Y.
  public static let socialWellbeingIndex = CompositeIndex(
    id: "index.social_wellbeing",
    title: LocalizedText(
      ru: "индекс социального благополучия (ИСБ)", en: "social wellbeing index (ИСБ)"),
    components: [
      CompositeIndex.Component(.socialLowSesFamilyPercent, .negative),
      CompositeIndex.Component(.socialDeviantBehaviourPercent, .negative),
      CompositeIndex.Component(.socialLowMotivationPercent, .negative),
      CompositeIndex.Component(.socialWeakRussianPercent, .negative),
      CompositeIndex.Component(.contextDistanceToCenterKm, .negative),
      CompositeIndex.Component(.contextEnrollment, .positive),
    ],
    provenance: provenance(
      "25% школ с самым низким Индексом социального благополучия, рассчитанного на основе: доли "
        + "семей учащихся с низким социально-экономическим и культурно-образовательным уровнем; "
        + "доли учащихся с девиантным поведением, отсутствием учебной мотивации, слабым знанием "
        + "русского языка; а также отдаленность школы от других образовательных центров, "
        + "малокомплектность и т.д.", .derived,
      derivation: LocalizedText(
        ru:
          "Документ перечисляет факторы, но не даёт формулы, направлений и весов: z-оценки за год Y, все факторы снижают благополучие, кроме численности (малокомплектность снижает); веса равные; «и т.д.» не расширяется.",
        en: "The document lists the factors but gives no formula, directions or weights: "
          + "z-scores in year Y, every factor lowering wellbeing except enrolment (small schools, "
          + "«малокомплектность», lower it), equal weights; «и т.д.» is not extended.")))

  /// «25% школ с самым низким Индексом социального благополучия…»
  public static let socialWellbeingLowestQuarter = LowestShareCriterion(
    id: "krasnoyarsk.social_wellbeing_lowest_quarter",
    title: LocalizedText(
      ru: "25 % школ с самым низким индексом социального благополучия",
      en: "Lowest 25% of schools by the social wellbeing index"),
    rationale: LocalizedText(
      ru: "Критерий ШНСУ: школы, обучающие наиболее сложные категории учащихся и работающие в "
        + "сложных территориях. Индекс оценивается при наличии не менее 3 из 6 показателей.",
      en: "A ШНСУ criterion: schools teaching the hardest student groups in difficult territories. "
        + "The index is evaluable with at least 3 of its 6 components."),
    provenance: provenance(of: socialWellbeingIndex),
    index: socialWellbeingIndex,
    share: lowestQuarterShare("krasnoyarsk.social_wellbeing_lowest_quarter"),
    examples: [
      CriterionDescription.Example(
        "A is worst on every factor (most low-SES families, farthest, smallest): lowest of four; "
          + "E has 2 of 6 factors and is not evaluable",
        year: 2022,
        schools: [
          "A": byYear([
            2022: wellbeing(
              lowSES: 40, deviant: 8, motivation: 25, russian: 10, km: 40, pupils: 100)
          ]),
          "B": byYear([
            2022: wellbeing(
              lowSES: 30, deviant: 6, motivation: 20, russian: 7.5, km: 30, pupils: 200)
          ]),
          "C": byYear([
            2022: wellbeing(lowSES: 20, deviant: 4, motivation: 15, russian: 5, km: 20, pupils: 300)
          ]),
          "D": byYear([
            2022: wellbeing(
              lowSES: 10, deviant: 2, motivation: 10, russian: 2.5, km: 10, pupils: 400)
          ]),
          "E": byYear([2022: [.socialLowSesFamilyPercent: 25, .contextEnrollment: 250]]),
        ],
        expected: [
          "A": .met, "B": .notMet, "C": .notMet, "D": .notMet, "E": .insufficientData,
        ])
    ])

  /// The six ИСБ factors of one school.
  static func wellbeing(
    lowSES: Double, deviant: Double, motivation: Double, russian: Double, km: Double, pupils: Double
  ) -> [MetricKey: Double] {
    [
      .socialLowSesFamilyPercent: lowSES, .socialDeviantBehaviourPercent: deviant,
      .socialLowMotivationPercent: motivation, .socialWeakRussianPercent: russian,
      .contextDistanceToCenterKm: km, .contextEnrollment: pupils,
    ]
  }
}
