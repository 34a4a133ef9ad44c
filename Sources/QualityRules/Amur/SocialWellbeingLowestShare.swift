import QualityKit

extension Amur {
  /// The social wellbeing index: the nine factors of seed 000's Приложение 1 with their printed
  /// directions, and the eight factors of Приложение 2 as optional components, off by default.
  public static let socialWellbeingIndex = CompositeIndex(
    id: "index.amur.social_wellbeing",
    title: LocalizedText(
      ru: "индекс социального благополучия (ИСБ) по факторам Приложения 1 (г. Свободный)",
      en: "social wellbeing index (ИСБ) from the factors of Приложение 1 (Svobodny)"),
    components: [
      CompositeIndex.Component(.socialLargeFamilyPercent, .negative),
      CompositeIndex.Component(.socialNonNativeRussianPercent, .negative),
      CompositeIndex.Component(.socialOneParentHigherEdPercent, .positive),
      CompositeIndex.Component(.socialBothParentsHigherEdPercent, .positive),
      CompositeIndex.Component(.socialBothParentsUnemployedPercent, .negative),
      CompositeIndex.Component(.socialDisabledParentPercent, .negative),
      CompositeIndex.Component(.socialFosterOrGuardianshipPercent, .negative),
      CompositeIndex.Component(.socialSociallyDangerousFamilyPercent, .negative),
      CompositeIndex.Component(.socialJuvenileCommissionPercent, .negative),
    ]
      + optionalSocialFactors.map {
        CompositeIndex.Component($0.metric, .negative, enabledBy: $0.enabledBy)
      },
    provenance: svobodny(
      Section.appendix1,
      "доля обучающихся из многодетных семей (3 и более детей) отрицательное … доля обучающихся, "
        + "у которых один из родителей имеет высшее образование положительное … доля "
        + "обучающихся, состоящих на учете в комиссиях по делам несовершеннолетних отрицательное",
      .derived,
      derivation: LocalizedText(
        ru:
          "Факторы и направления влияния — документа (Приложение 1, девять факторов). Формула, веса и год не указаны: z-оценки внутри когорты за год Y, равные веса, индекс оценивается при наличии не менее половины факторов. Восемь факторов Приложения 2 («не оказывающие значимого влияния») доступны как отключённые по умолчанию слагаемые с напечатанным направлением «отрицательное».",
        en: "The factors and their directions are the document's (Приложение 1, nine factors). "
          + "No formula, weights or year are given: z-scores within the cohort in year Y, equal "
          + "weights, evaluable with at least half of the factors. The eight factors of "
          + "Приложение 2 («не оказывающие значимого влияния») are optional components, off by "
          + "default, with the printed direction «отрицательное».")))

  /// «…индекса социального благополучия (ИСБ) школ»: the lowest share of the cohort on the index.
  public static let socialWellbeingLowestShare = LowestShareCriterion(
    id: "amur.social_wellbeing_lowest_share",
    title: LocalizedText(
      ru: "Школы с самым низким индексом социального благополучия (нижняя доля когорты)",
      en: "Schools with the lowest social wellbeing index (bottom share of the cohort)"),
    rationale: LocalizedText(
      ru: "Критерий ШНСУ: социальный контекст и сложный контингент снижают результаты (Приложение "
        + "1 документа г. Свободного). Девять значимых факторов за год Y сводятся в индекс; "
        + "школа оценивается при наличии не менее 5 из 9; отмечается нижняя доля когорты "
        + "(по умолчанию 25 %).",
      en: "A ШНСУ criterion: the social context and a difficult student body lower results "
        + "(Приложение 1 of the Svobodny document). The nine significant factors in year Y make the "
        + "index; a school is evaluable with at least 5 of 9; the bottom share of the cohort "
        + "(25% by default) is met."),
    provenance: mikhailovsky(
      Section.mikhailovskyMeasures,
      "в соответствии с критериями оценки эффективности работы школ … индекса социального "
        + "благополучия (ИСБ) школ", .derived,
      derivation: LocalizedText(
        ru:
          "Документ Михайловского района называет диагностику ИСБ, не давая состава и формулы; индекс строится из факторов Приложения 1 документа г. Свободного (та же область). Отнесение нижней доли когорты к ШНСУ и сама доля (параметр, 0,25) — производные: ни один из документов доли не называет.",
        en: "The Mikhailovsky document names an ИСБ diagnostic without components or formula; the "
          + "index is built from the factors of Приложение 1 of the Svobodny document (same "
          + "oblast). Reading the bottom share of the cohort as ШНСУ and the share itself "
          + "(a parameter, 0.25) are derived: neither document states a share.")),
    index: socialWellbeingIndex,
    share: lowestShare("amur.social_wellbeing_lowest_share"),
    examples: [
      CriterionDescription.Example(
        "every factor evenly spaced, A worst on all nine (most large families, fewest parents "
          + "with higher education): lowest of four, k = ⌈0.25 × 4⌉ = 1; E has 4 of 9 factors "
          + "(fewer than half) and is not evaluable, not counted in n",
        year: 2022,
        schools: [
          "A": byYear([2022: socialFactors(level: 3)]),
          "B": byYear([2022: socialFactors(level: 2)]),
          "C": byYear([2022: socialFactors(level: 1)]),
          "D": byYear([2022: socialFactors(level: 0)]),
          "E": byYear([
            2022: [
              .socialLargeFamilyPercent: 40, .socialNonNativeRussianPercent: 20,
              .socialSociallyDangerousFamilyPercent: 10, .socialJuvenileCommissionPercent: 10,
            ]
          ]),
        ],
        expected: [
          "A": .met, "B": .notMet, "C": .notMet, "D": .notMet, "E": .insufficientData,
        ]),
      CriterionDescription.Example(
        "two schools, so every z is ±1: A is worse on 5 of the 9 factors, B on 4, so A scores "
          + "(−5 + 4) / 9 = −1/9 and B +1/9; k = ⌈0.25 × 2⌉ = 1 → A. B's many single-parent "
          + "and bused pupils do not count: those factors are off by default",
        year: 2022,
        schools: ["A": byYear([2022: switchCohortA]), "B": byYear([2022: switchCohortB])],
        expected: ["A": .met, "B": .notMet]),
      CriterionDescription.Example(
        "the same two schools with the single-parent and school-bus factors switched on: A "
          + "is better on both, so A scores (−5 + 4 + 2) / 11 = +1/11 and B −1/11 → B is "
          + "now the lowest",
        year: 2022,
        schools: ["A": byYear([2022: switchCohortA]), "B": byYear([2022: switchCohortB])],
        parameters: [
          "amur.social_wellbeing_lowest_share.include_single_parent": 1,
          "amur.social_wellbeing_lowest_share.include_school_bus": 1,
        ],
        expected: ["A": .notMet, "B": .met]),
    ])

  /// An optional factor of Приложение 2 and its switch.
  public struct OptionalSocialFactor: Sendable {
    /// The metric.
    public let metric: MetricKey
    /// The `.flag` parameter that switches it on.
    public let enabledBy: PackParameter
  }

  /// The eight factors of Приложение 2, «не оказывающие значимого влияния на результаты», each
  /// with its switch (default 0 = off).
  public static let optionalSocialFactors: [OptionalSocialFactor] = [
    optionalFactor(
      .socialSingleParentPercent, "single_parent",
      printed: "доля обучающихся, проживающих в неполных семьях (воспитываются одним родителем)",
      en: "students in single-parent families"),
    optionalFactor(
      .socialBelowSubsistencePercent, "below_subsistence",
      printed: "доля обучающихся из семей, где доход на одного члена семьи ниже прожиточного "
        + "минимума",
      en: "students from families with income per member below the subsistence minimum"),
    optionalFactor(
      .socialOneParentUnemployedPercent, "one_parent_unemployed",
      printed: "доля обучающихся из семей, в которых только один из родителей является "
        + "безработным",
      en: "students from families where only one parent is unemployed"),
    optionalFactor(
      .socialPoorHousingPercent, "poor_housing",
      printed: "доля обучающихся из семей, проживающих в неблагоустроенном жилье",
      en: "students from families in substandard housing"),
    optionalFactor(
      .socialPartlyPoorHousingPercent, "partly_poor_housing",
      printed: "доля обучающихся из семей, проживающих в неблагоустроенном и частично "
        + "благоустроенном жилье",
      en: "students from families in substandard or partly equipped housing"),
    optionalFactor(
      .socialSchoolBusPercent, "school_bus",
      printed: "доля обучающихся, которых ежедневно подвозят в 0 0 [ОО] на школьном автобусе",
      en: "students brought to school daily by school bus"),
    optionalFactor(
      .socialDisabledOrAdaptedPercent, "disabled_or_adapted",
      printed: "доля детей-инвалидов и детей, обучающихся по адаптированным программам",
      en: "disabled children and children on adapted programmes"),
    optionalFactor(
      .socialInternalRegisterPercent, "internal_register",
      printed: "доля обучающихся, состоящих на внутришкольном учете",
      en: "students on the in-school register"),
  ]

  /// An optional factor with the switch `amur.social_wellbeing_lowest_share.include_<name>`.
  static func optionalFactor(_ metric: MetricKey, _ name: String, printed: String, en: String)
    -> OptionalSocialFactor
  {
    OptionalSocialFactor(
      metric: metric,
      enabledBy: PackParameter(
        key: ParameterKey("amur.social_wellbeing_lowest_share.include_\(name)"), defaultValue: 0,
        unit: .flag,
        range: 0...1, kind: .stated,
        rationale: LocalizedText(
          ru: "«\(printed)» — Приложение 2 относит фактор к не оказывающим значимого влияния на "
            + "результаты, поэтому по умолчанию он выключен (0); 1 включает его в индекс с "
            + "напечатанным направлением «отрицательное».",
          en: "\(en.prefix(1).uppercased() + en.dropFirst()): Приложение 2 lists the factor as "
            + "having no significant influence on results, so it is off by default (0); 1 adds it "
            + "to the index with the printed direction «отрицательное» (negative).")))
  }

  /// The nine factors of one school, each `level` steps worse than a favourable base: more large
  /// families, non-native speakers, unemployed or disabled parents, foster children, СОП and КДН,
  /// fewer parents with higher education. Every factor is affine in `level`, so every component's
  /// signed z-score is the same and the index ranks schools by `level` (higher is lower).
  static func socialFactors(level: Double) -> [MetricKey: Double] {
    [
      .socialLargeFamilyPercent: 10 + 5 * level,
      .socialNonNativeRussianPercent: 2 + 2 * level,
      .socialOneParentHigherEdPercent: 40 - 5 * level,
      .socialBothParentsHigherEdPercent: 20 - 5 * level,
      .socialBothParentsUnemployedPercent: 2 + 2 * level,
      .socialDisabledParentPercent: 1 + level,
      .socialFosterOrGuardianshipPercent: 1 + level,
      .socialSociallyDangerousFamilyPercent: 1 + level,
      .socialJuvenileCommissionPercent: 1 + level,
    ]
  }

  /// School A of the switch examples: worse than B on large families, non-native speakers,
  /// unemployed and disabled parents and foster children (5 of 9); better on both higher-education
  /// factors, СОП and КДН (4 of 9), on single parents and on the school bus.
  static let switchCohortA: [MetricKey: Double] = [
    .socialLargeFamilyPercent: 20, .socialNonNativeRussianPercent: 6,
    .socialOneParentHigherEdPercent: 40, .socialBothParentsHigherEdPercent: 20,
    .socialBothParentsUnemployedPercent: 6, .socialDisabledParentPercent: 3,
    .socialFosterOrGuardianshipPercent: 3, .socialSociallyDangerousFamilyPercent: 1,
    .socialJuvenileCommissionPercent: 1, .socialSingleParentPercent: 15,
    .socialSchoolBusPercent: 0,
  ]

  /// School B of the switch examples: the mirror of A (see ``switchCohortA``).
  static let switchCohortB: [MetricKey: Double] = [
    .socialLargeFamilyPercent: 10, .socialNonNativeRussianPercent: 2,
    .socialOneParentHigherEdPercent: 30, .socialBothParentsHigherEdPercent: 10,
    .socialBothParentsUnemployedPercent: 2, .socialDisabledParentPercent: 1,
    .socialFosterOrGuardianshipPercent: 1, .socialSociallyDangerousFamilyPercent: 3,
    .socialJuvenileCommissionPercent: 3, .socialSingleParentPercent: 30,
    .socialSchoolBusPercent: 40,
  ]
}
