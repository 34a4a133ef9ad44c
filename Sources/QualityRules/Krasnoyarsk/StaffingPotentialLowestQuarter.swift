import QualityKit

extension Krasnoyarsk {
  /// ИККП — индекс качества кадрового потенциала, in year Y.
  public static let staffingPotentialIndex = CompositeIndex(
    id: "index.staffing_potential",
    title: LocalizedText(
      ru: "индекс качества кадрового потенциала", en: "staffing potential index"),
    components: [
      CompositeIndex.Component(.staffCategoryConfirmed3yPercent, .positive),
      CompositeIndex.Component(.staffLoadOver15Percent, .negative),
      CompositeIndex.Component(.staffCompetition3yPercent, .positive),
      CompositeIndex.Component(.staffNonProfilePercent, .negative),
    ],
    provenance: provenance(
      "25% школ с самым низким Индексом качества кадрового потенциала, рассчитанного на основе "
        + "комплекса показателей: доля учителей, подтвердивших или повысивших за последние 3 года "
        + "квалификационную категорию; доля учителей, работающих на 1,5 ставки и более; доля "
        + "учителей, принявших участие за последние 3 года в профессиональных конкурсах "
        + "регионального, всероссийского уровня; доля учителей, преподающие предметы, не "
        + "соответствующие профильному образованию…", .derived,
      derivation: LocalizedText(
        ru:
          "Направления не указаны: подтверждённые категории и участие в конкурсах повышают индекс, нагрузка 1,5 ставки и более и преподавание не по профилю понижают; веса равные, z-оценки за год Y.",
        en: "Directions are not stated: confirmed categories and contest participation "
          + "raise the index, overload and teaching outside one's profile lower it; equal weights, "
          + "z-scores in year Y.")))

  /// «25% школ с самым низким Индексом качества кадрового потенциала…»
  public static let staffingPotentialLowestQuarter = LowestShareCriterion(
    id: "krasnoyarsk.staffing_potential_lowest_quarter",
    title: LocalizedText(
      ru: "25 % школ с самым низким индексом качества кадрового потенциала",
      en: "Lowest 25% of schools by the staffing potential index"),
    rationale: LocalizedText(
      ru: "Критерий ШНСУ: школы с низким качеством кадрового потенциала и затруднениями в "
        + "укомплектовании штата. Индекс оценивается при наличии не менее 2 из 4 показателей.",
      en: "A ШНСУ criterion: schools with weak staffing and difficulty recruiting qualified "
        + "teachers. The index is evaluable with at least 2 of its 4 components."),
    provenance: provenance(of: staffingPotentialIndex),
    index: staffingPotentialIndex,
    share: lowestQuarterShare("krasnoyarsk.staffing_potential_lowest_quarter"),
    examples: [
      CriterionDescription.Example(
        "A is weakest on all four components: lowest of four; E has 1 of 4 and is not evaluable",
        year: 2022,
        schools: [
          "A": byYear([2022: staffing(category: 30, overload: 30, contests: 0, offProfile: 20)]),
          "B": byYear([2022: staffing(category: 40, overload: 20, contests: 5, offProfile: 15)]),
          "C": byYear([2022: staffing(category: 50, overload: 10, contests: 10, offProfile: 10)]),
          "D": byYear([2022: staffing(category: 60, overload: 0, contests: 15, offProfile: 5)]),
          "E": byYear([2022: [.staffCategoryConfirmed3yPercent: 45]]),
        ],
        expected: [
          "A": .met, "B": .notMet, "C": .notMet, "D": .notMet, "E": .insufficientData,
        ])
    ])

  /// The four staffing components of one school.
  static func staffing(category: Double, overload: Double, contests: Double, offProfile: Double)
    -> [MetricKey: Double]
  {
    [
      .staffCategoryConfirmed3yPercent: category, .staffLoadOver15Percent: overload,
      .staffCompetition3yPercent: contests, .staffNonProfilePercent: offProfile,
    ]
  }
}
