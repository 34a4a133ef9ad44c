import QualityKit

extension Khabarovsk {
  /// The parameter of the ШНОР rule: how many of the seven supporting indicators must confirm the
  /// persistently low ГИА results.
  public static let minSupporting = PackParameter(
    key: "khabarovsk.low_results.min_supporting", defaultValue: 2, unit: .count, range: 0...7,
    kind: .derived,
    rationale: LocalizedText(
      ru: "Документ не говорит, сколько показателей нужно. Два из семи подтверждают, что низкие "
        + "результаты ГИА не случайны, и не дают одному показателю (например, олимпиадам) решить "
        + "дело.",
      en: "The document does not say how many indicators are needed. Two of seven confirm that low "
        + "ГИА results are not a fluke without letting one indicator (olympiads, say) decide."))

  /// The seven supporting indicators of the ШНОР rule, as conditions: indicators 1, 2 + 4, 5, 6, 7,
  /// 8 and 9. The two «more is worse» criteria count only with their guard, so that a tie at 0 on
  /// the cut-off never supports ШНОР.
  public static let supportingConditions: [CategoryRule.Condition] = [
    .criterion(qualityWorstQuarter.id),
    .all([.criterion(belowMinWorstQuarter.id), .criterion(belowMinPresent.id)]),
    .all([.criterion(noCertificateWorstQuarter.id), .criterion(noCertificatePresent.id)]),
    .criterion(honoursWorstQuarter.id),
    .criterion(olympiadParticipationWorstQuarter.id),
    .criterion(olympiadWinnersWorstQuarter.id),
    .criterion(qualityTrainingWorstQuarter.id),
  ]

  /// The criteria behind ``supportingConditions``, guards included, in pack order.
  public static let supportingCriteria: [any IdentificationCriterion] = [
    qualityWorstQuarter, belowMinWorstQuarter, belowMinPresent, noCertificateWorstQuarter,
    noCertificatePresent, honoursWorstQuarter, olympiadParticipationWorstQuarter,
    olympiadWinnersWorstQuarter, qualityTrainingWorstQuarter,
  ]

  /// ШНОР: persistently low mean ГИА results, confirmed by at least two of the seven other
  /// indicators.
  public static let lowResultsRule = CategoryRule(
    category: .lowResults,
    condition: .all([
      .criterion(giaMeanPersistentlyLow.id),
      .atLeast(.parameter(minSupporting.key), of: supportingConditions),
    ]),
    provenance: provenance(
      "Управление образования администрации г. Хабаровска, общеобразовательные организации "
        + "города, показавшие низкие образовательные результаты",
      section: passportSection,
      derivation: LocalizedText(
        ru: "Документ не даёт правила отнесения: список школ утверждён распоряжением № 309, "
          + "которое не воспроизведено. Основной признак — стабильно низкие средние результаты "
          + "ГИА (показатель 3); его подтверждают не менее двух из семи других показателей "
          + "(1, 2 и 4, 5, 6, 7, 8, 9) — параметр khabarovsk.low_results.min_supporting.",
        en: "The document gives no rule: the list of schools is approved by order № 309, which "
          + "is not reproduced. The main sign is persistently low mean ГИА results (indicator 3); "
          + "at least two of the seven other indicators (1, 2 and 4, 5, 6, 7, 8, 9) confirm it — "
          + "parameter khabarovsk.low_results.min_supporting.")),
    rationale: LocalizedText(
      ru: "ШНОР — если школа в нижней четверти по средним результатам ГИА в каждом из 3 последних "
        + "лет и в худшей четверти не менее чем по двум из семи других показателей программы в "
        + "году Y.",
      en: "ШНОР when the school is in the lowest quarter of mean ГИА results in each of the last 3 "
        + "years and in the worst quarter of at least two of the programme's seven other "
        + "indicators in year Y."))

  /// The `khabarovsk` pack: ten criteria (the anchor, seven indicators, two guards), eight indices,
  /// one category rule (ШНОР). It has no ШНСУ rule: the document gives no social criterion.
  public static let pack = RulePack(
    id: "khabarovsk",
    version: "1.0.0",
    title: LocalizedText(
      ru: "Хабаровский край: показатели программы для ШНОР (г. Хабаровск)",
      en: "Khabarovsk krai: programme indicators for ШНОР (Khabarovsk)"),
    region: LocalizedText(ru: "Хабаровский край", en: "Khabarovsk krai"),
    sources: [source],
    sourceTitles: [
      source: LocalizedText(
        ru: "программа по повышению качества образования в общеобразовательных организациях "
          + "города Хабаровска с низкими результатами обучения и школ, функционирующих в "
          + "неблагоприятных социальных условиях, на 2020-2023 годы",
        en: "the Khabarovsk programme for raising the quality of education in schools with low "
          + "learning results and schools in unfavourable social conditions, 2020–2023")
    ],
    listing: .act(
      LocalizedText(
        ru: "распоряжение министерства образования и науки Хабаровского края от 16.03.2020 "
          + "№ 309 «Об утверждении списка школ с низкими результатами обучения и школ, "
          + "функционирующих в неблагоприятных социальных условиях»",
        en: "order № 309 of 16.03.2020 of the Khabarovsk krai ministry of education and "
          + "science approving the list of schools with low learning results and schools in "
          + "unfavourable social conditions"),
      provenance: Provenance(
        source: source, section: passportSection,
        quote: "16.03.2020 г. Ns 309 \"Об утверждении списка школ с низкими", kind: .stated,
        derivation: LocalizedText(
          ru: "Список ШНОР и ШНСУ утверждён распоряжением № 309, которое документ называет среди "
            + "оснований программы и не воспроизводит; правило пакета — предложение библиотеки "
            + "к этому списку.",
          en: "The ШНОР and ШНСУ list is approved by order № 309, which the document names "
            + "among the programme's grounds and does not reproduce; the pack's rule is the "
            + "library's proposal for that list."))),
    criteria: [giaMeanPersistentlyLow] + supportingCriteria,
    indices: [
      giaMeanIndex, qualityIndex, belowMinIndex, noCertificateIndex, honoursIndex,
      olympiadParticipationIndex, olympiadWinnersIndex, qualityTrainingIndex,
    ],
    // The document measures no conditions: run with a pack that does, the results index is set
    // against that pack's index of conditions.
    contextIndices: ContextIndexPair(results: giaMeanIndex.id, context: nil),
    categoryRules: [lowResultsRule],
    parameters: [minSupporting],
    indicators: indicators,
    monitoring: monitoring,
    measures: measures,
    expectedResults: expectedResults,
    stages: stages,
    risks: risks,
    notes: LocalizedText(
      ru: "Документ не содержит ни числовых, ни социальных критериев: список ШНОР и ШНСУ "
        + "утверждён распоряжением министерства образования и науки Хабаровского края от "
        + "16.03.2020 № 309, которое в документе не воспроизведено. Все правила пакета — "
        + "производные (derived) от девяти показателей (индикаторов) программы и слов «стабильно "
        + "низкие результаты»; доли, окно и число подтверждающих показателей вынесены в параметры. "
        + "Правила ШНСУ (unfavourable_social_conditions) в пакете нет: категорию можно получить, "
        + "добавив индекс другого пакета (например, Krasnoyarsk.socialWellbeingLowestQuarter) и "
        + "правило к нему."
        + " Этапы программы (подготовительный, практический, обобщающий) документ не датирует — у этапов пакета нет сроков; рисков документ не называет.",
      en: "The document states neither numeric nor social criteria: the list of ШНОР and ШНСУ "
        + "is approved by order № 309 of the Khabarovsk krai ministry of education of 16.03.2020, "
        + "which the document does not reproduce. Every rule of the pack is derived from the "
        + "programme's nine indicators and the words «стабильно низкие результаты»; shares, the "
        + "window and the number of supporting indicators are parameters. The pack has no ШНСУ "
        + "(unfavourable_social_conditions) rule: a host gets one by adding another pack's index "
        + "(e.g. Krasnoyarsk.socialWellbeingLowestQuarter) and a rule over it."
        + " The document gives its stages (preparatory, practical, summarising) no dates — the pack's stages have none; the document names no risks."
    ))
}
