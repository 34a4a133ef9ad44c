import QualityKit

extension Krasnoyarsk {
  /// The parameter of the ШНОР rule: how many of the six supporting result criteria must be met
  /// besides the results composite.
  public static let minSupporting = PackParameter(
    key: "krasnoyarsk.low_results.min_supporting", defaultValue: 1, unit: .count, range: 0...6,
    kind: .derived,
    rationale: LocalizedText(
      ru:
        "Документ не говорит, нужен один показатель или все; одного подтверждающего критерия достаточно, чтобы подтвердить «устойчивые низкие результаты», не требуя всех признаков.",
      en: "The document does not say whether one or all indicators are needed; one supporting "
        + "criterion confirms «устойчивые низкие результаты» without requiring every symptom."))

  /// The six result criteria that can support the results composite.
  public static let supportingResultCriteria: [any IdentificationCriterion] = [
    continuationBelow60, gapToRegionOver20, olympiadAtMost05, satisfactionAtMost40,
    qualityGapOver10, successGapOver5,
  ]

  /// ШНОР: the results composite is in the lowest quarter and at least one other result criterion
  /// is met.
  public static let lowResultsRule = CategoryRule(
    category: .lowResults,
    condition: .all([
      .criterion(resultsLowestQuarter.id),
      .atLeast(
        .parameter(minSupporting.key), of: supportingResultCriteria.map { .criterion($0.id) }),
    ]),
    provenance: provenance(
      "Устойчивые низкие результаты обучения учащихся на всех ступенях образования, ведущие к "
        + "дезадаптации учащихся и препятствующие продолжению их образовательной и "
        + "профессиональной траектории", .derived,
      derivation: LocalizedText(
        ru:
          "Таблица перечисляет семь показателей, не говоря, сколько их нужно. Сводный показатель результатов обязателен (это и есть «устойчивые низкие результаты»), его подтверждает хотя бы один из шести других (параметр krasnoyarsk.low_results.min_supporting).",
        en: "The table lists seven indicators without saying how many are needed. The "
          + "results composite is required (it is the «устойчивые низкие результаты» itself) and at "
          + "least one of the other six (parameter krasnoyarsk.low_results.min_supporting) confirms it."
      )),
    rationale: LocalizedText(
      ru: "ШНОР — если школа в нижних 25 % по сводному показателю результатов и выполнен хотя бы "
        + "один из шести других критериев результатов.",
      en: "ШНОР when the school is in the lowest 25% of the results composite and at least one of "
        + "the six other result criteria is met."))

  /// ШНСУ: any of the three index criteria.
  public static let unfavourableSocialConditionsRule = CategoryRule(
    category: .unfavourableSocialConditions,
    condition: .any([
      .criterion(socialWellbeingLowestQuarter.id),
      .criterion(staffingPotentialLowestQuarter.id),
      .criterion(educationalPotentialLowestQuarter.id),
    ]),
    provenance: provenance(
      "Школы, обучающие наиболее сложные категории учащихся и работающие в сложных территориях, "
        + "как правило, в условиях ресурсных дефицитов", .derived,
      derivation: LocalizedText(
        ru:
          "Тип школы в таблице указан только в первой строке ШНСУ; все три строки индексов прочитаны как критерии ШНСУ, достаточно любого.",
        en: "The table fills the school-type cell only on the first ШНСУ row; all three "
          + "index rows are read as ШНСУ criteria, any one of them sufficient.")),
    rationale: LocalizedText(
      ru: "ШНСУ — если школа в нижних 25 % хотя бы по одному из трёх индексов: социального "
        + "благополучия, кадрового или образовательного потенциала.",
      en: "ШНСУ when the school is in the lowest 25% of at least one of the three indices: social "
        + "wellbeing, staffing potential, educational potential."))

  /// The `krasnoyarsk` pack: ten criteria, three indices, two category rules.
  public static let pack = RulePack(
    id: "krasnoyarsk",
    version: "1.0.0",
    title: LocalizedText(
      ru: "Красноярский край: критерии идентификации ШНОР/ШНСУ (г. Лесосибирск)",
      en: "Krasnoyarsk krai: ШНОР/ШНСУ identification criteria (Lesosibirsk)"),
    region: LocalizedText(ru: "Красноярский край", en: "Krasnoyarsk krai"),
    sources: [source],
    sourceTitles: [
      source: LocalizedText(
        ru: "муниципальная программа «Совершенствование условий для получения качественного "
          + "образования в образовательных учреждениях с низкими результатами обучения в школах "
          + "и школах, функционирующих в неблагоприятных социальных условиях города Лесосибирска "
          + "на 2020 – 2023 гг», утверждённая начальником отдела образования администрации "
          + "г. Лесосибирска 12.08.2020",
        en: "the Lesosibirsk municipal programme «Совершенствование условий для получения "
          + "качественного образования…» (better conditions for quality education in schools "
          + "with low learning results and schools in unfavourable social conditions, "
          + "2020–2023), approved by the head of the Lesosibirsk education department on "
          + "12.08.2020")
    ],
    listing: .rules(
      provenance: Provenance(
        source: source, section: identificationSection,
        quote: "Общий подход к идентификации ШНРО/ШНСУ является следующим (см. таблицу ниже)",
        kind: .stated,
        derivation: LocalizedText(
          ru: "Список даёт таблица критериев документа; методический центр затем согласует "
            + "перечень («согласование перечня школ с низкими результатами обучения», план-"
            + "график) — согласование приходит в отчёт как решения органа управления.",
          en: "The document's table of criteria gives the list; the methodical centre then "
            + "agrees it («согласование перечня школ с низкими результатами обучения», the "
            + "plan-schedule) — the agreement comes into the report as decisions of an "
            + "authority."))),
    criteria: [resultsLowestQuarter] + supportingResultCriteria + [
      socialWellbeingLowestQuarter, staffingPotentialLowestQuarter,
      educationalPotentialLowestQuarter,
    ],
    indices: [
      resultsIndex, socialWellbeingIndex, staffingPotentialIndex, educationalPotentialIndex,
    ],
    // Results and conditions for context-adjusted results: the results composite of the ШНОР
    // criterion against the ИСБ of the ШНСУ criterion (the library's method, derived).
    contextIndices: ContextIndexPair(results: resultsIndex.id, context: socialWellbeingIndex.id),
    categoryRules: [lowResultsRule, unfavourableSocialConditionsRule],
    parameters: [minSupporting],
    indicators: indicators,
    monitoring: monitoring,
    measures: measures,
    expectedResults: expectedResults,
    stages: stages,
    risks: risks,
    notes: LocalizedText(
      ru: "Документ не указывает способ объединения ЕГЭ, ОГЭ и ВПР, направления и веса "
        + "показателей индексов, знак расхождений и число критериев, необходимых для отнесения "
        + "школы к ШНОР; эти решения помечены как производные (derived) и вынесены в параметры."
        + " Рисков документ не называет (условия успеха компонентов «дорожной карты» — предпосылки, а не риски). Этапы датированы учебными годами 2021/2022–2023 и расходятся с датами 2020 года в ожидаемых результатах и плане-графике; третий этап («2023») прочитан как 2023/2024 (derived).",
      en: "The document does not state how ЕГЭ, ОГЭ and ВПР are combined, the directions and "
        + "weights of index components, the sign of the gaps, or how many criteria make a school "
        + "ШНОР; these choices are marked derived and exposed as parameters."
        + " The document names no risks (the roadmap components' conditions of success are preconditions, not risks). Its stages are dated by academic years 2021/2022–2023 and disagree with the 2020 dates of the expected results and the plan-schedule; the third stage («2023») is read as 2023/2024 (derived)."
    ))
}
