import QualityKit

extension Amur {
  /// The provenance of the two grades of ШНОР: seed 002 tells schools in crisis from schools at
  /// risk, without saying how.
  static func severityProvenance(_ derivation: LocalizedText) -> Provenance {
    mikhailovsky(
      Section.mikhailovskyRelevance,
      "…инструментов, которые позволяют выявлять школы. находящиеся в кризисной ситуации, и "
        + "школы - в ситуации риска",
      .derived, derivation: derivation)
  }

  /// ШНОР «в ситуации риска»: persistently low results.
  public static let lowResultsAtRiskRule = CategoryRule(
    category: .lowResults,
    condition: .criterion(persistentLowResults.id),
    provenance: severityProvenance(
      LocalizedText(
        ru:
          "Документ различает школы «в ситуации риска» и «в кризисной ситуации», не давая признаков. Прочтение: стабильно низкие результаты (amur.persistent_low_results) — ШНОР в ситуации риска.",
        en: "The document tells schools «в ситуации риска» from schools «в кризисной ситуации» "
          + "without giving signs. Reading: persistently low results "
          + "(amur.persistent_low_results) make a ШНОР at risk.")),
    rationale: LocalizedText(
      ru: "ШНОР в ситуации риска — школа в нижней четверти по сводному показателю ЕГЭ, ОГЭ и ВПР "
        + "не менее двух лет из трёх.",
      en: "ШНОР at risk: the school is in the bottom quarter of the ЕГЭ, ОГЭ and ВПР composite in "
        + "at least two of three years."),
    severity: .risk)

  /// ШНОР «в кризисной ситуации»: low results in every year of the window and the 5 % target
  /// missed.
  public static let lowResultsInCrisisRule = CategoryRule(
    category: .lowResults,
    condition: .all([.criterion(lowResultsEveryYear.id), .criterion(belowMinimumOver5.id)]),
    provenance: severityProvenance(
      LocalizedText(
        ru:
          "Прочтение: кризис — когда низкие результаты держатся все годы окна (amur.low_results_every_year) и к ним добавляется невыполнение целевого индикатора г. Свободного «не более 5 %» обучающихся ниже минимума по обязательному предмету (amur.below_minimum_over_5): результат ниже минимума по обязательному предмету уже оставляет выпускника без аттестата до пересдачи.",
        en: "Reading: a crisis is low results in every year of the window "
          + "(amur.low_results_every_year) plus the Svobodny target «не более 5 %» "
          + "of students below the minimum in a compulsory subject missed "
          + "(amur.below_minimum_over_5): a result below the minimum in a compulsory "
          + "subject already leaves a graduate without a certificate until a retake.")),
    rationale: LocalizedText(
      ru:
        "ШНОР в кризисной ситуации — нижняя четверть по сводному показателю все три года и больше "
        + "5 % участников ОГЭ или ЕГЭ ниже минимума хотя бы по одному обязательному предмету в году Y.",
      en: "ШНОР in crisis: the bottom quarter of the composite in all three years and more than 5% "
        + "of ОГЭ or ЕГЭ takers below the minimum in at least one compulsory subject in year Y."),
    severity: .crisis)

  /// ШНСУ: the social wellbeing index criterion.
  public static let unfavourableSocialConditionsRule = CategoryRule(
    category: .unfavourableSocialConditions,
    condition: .criterion(socialWellbeingLowestShare.id),
    provenance: svobodny(
      Section.analysis,
      "Внешняя среда, в которой функционирует образовательное учреждение, совокупность «факторов "
        + "влияния» может приводить к снижению результатов обучения. К таким факторам относится "
        + "социальный контекст, сложный контингент учащихся и др.", .derived,
      derivation: LocalizedText(
        ru:
          "Документ не даёт правила отнесения к ШНСУ; школа с самым неблагоприятным сочетанием факторов Приложения 1 (нижняя доля когорты по индексу) считается функционирующей в неблагоприятных социальных условиях.",
        en: "The document gives no rule for ШНСУ; a school with the least favourable combination "
          + "of the Приложение 1 factors (the bottom share of the cohort on the index) is read as "
          + "working in unfavourable social conditions.")),
    rationale: LocalizedText(
      ru: "ШНСУ — школа в нижней доле когорты (по умолчанию 25 %) по индексу социального "
        + "благополучия из девяти факторов Приложения 1.",
      en: "ШНСУ: the school is in the bottom share of the cohort (25% by default) on the social "
        + "wellbeing index of the nine Приложение 1 factors."))

  /// Schools with signs of non-objective results: the markers criterion.
  public static let nonObjectiveResultsRule = CategoryRule(
    category: .nonObjectiveResults,
    condition: .criterion(objectivityMarkers.id),
    provenance: svobodny(
      Section.vpr,
      "выявить школы с необъективными результатами и организовать профилактическую работу с "
        + "данными учреждениями.", .derived,
      derivation: LocalizedText(
        ru:
          "Документ ставит задачу выявлять школы с необъективными результатами по маркерам, не говоря, сколько маркеров нужно; школа с числом маркеров не меньше параметра amur.objectivity_markers.minimum_markers (по умолчанию 1) относится к категории.",
        en: "The document aims to find schools with non-objective results by markers without "
          + "saying how many are needed; a school with at least "
          + "amur.objectivity_markers.minimum_markers markers (1 by default) is in the category.")),
    rationale: LocalizedText(
      ru: "Школа с признаками необъективности — выполнен хотя бы один маркер необъективности ВПР.",
      en: "A school with signs of non-objective results: at least one ВПР objectivity marker "
        + "holds."))

  /// The `amur` pack: four criteria, two indices, four category rules (ШНОР graded at risk and in
  /// crisis).
  public static let pack = RulePack(
    id: "amur",
    version: "1.0.0",
    title: LocalizedText(
      ru: "Амурская область: ШНОР, ШНСУ и необъективные результаты (г. Свободный, Михайловский "
        + "район)",
      en: "Amur oblast: ШНОР, ШНСУ and non-objective results (Svobodny, Mikhailovsky district)"),
    region: LocalizedText(ru: "Амурская область", en: "Amur oblast"),
    sources: [svobodny, mikhailovsky],
    sourceTitles: [
      svobodny: LocalizedText(
        ru: "муниципальная программа «Повышение качества образования в муниципальных "
          + "общеобразовательных организациях г. Свободного на 2022-2024 годы», утверждённая "
          + "приказом управления образования администрации г. Свободного от 01.07.2022 № 385",
        en: "the municipal programme «Повышение качества образования в муниципальных "
          + "общеобразовательных организациях г. Свободного на 2022-2024 годы» (raising the "
          + "quality of education in Svobodny schools, 2022–2024), approved by order No. 385 of "
          + "the Svobodny education department of 01.07.2022"),
      mikhailovsky: LocalizedText(
        ru: "программа повышения качества образования в общеобразовательных организациях "
          + "Михайловского района, функционирующих в неблагоприятных социальных условиях, на "
          + "2019-2021 годы",
        en: "the Mikhailovsky district programme for raising the quality of education in schools "
          + "in unfavourable social conditions, 2019–2021"),
    ],
    listing: .rules(
      provenance: mikhailovsky(
        "Основные организационно-методические мероприятия реализации Программы",
        "Проведение идентификации школ с низкими результатами обучения и школ, "
          + "функционирующих в неблагоприятных социальных условиях по критериям и показателям.",
        .stated,
        derivation: LocalizedText(
          ru: "Оба документа отбирают школы сами, без списка, утверждённого актом: 002 — «по "
            + "критериям и показателям», 000 — SWOT-анализом раз в год. Сами критерии документы "
            + "не приводят: правила пакета выведены библиотекой (см. каждое правило).",
          en: "Both documents select the schools themselves, with no list fixed by an act: 002 "
            + "«by criteria and indicators», 000 by a yearly SWOT analysis. Neither gives the "
            + "criteria: the pack's rules are derived by the library (see each rule)."))),
    criteria: [
      persistentLowResults, lowResultsEveryYear, belowMinimumOver5, socialWellbeingLowestShare,
      objectivityMarkers,
    ],
    indices: [yearlyResultsIndex, socialWellbeingIndex],
    contextIndices: ContextIndexPair(
      results: yearlyResultsIndex.id, context: socialWellbeingIndex.id),
    categoryRules: [
      lowResultsAtRiskRule, lowResultsInCrisisRule, unfavourableSocialConditionsRule,
      nonObjectiveResultsRule,
    ],
    indicators: indicators,
    monitoring: monitoring,
    measures: measures,
    expectedResults: expectedResults,
    stages: stages,
    risks: risks,
    notes: LocalizedText(
      ru: "Документы Амурской области не дают числовых критериев отнесения к ШНОР и ШНСУ. "
        + "Собственный инструмент г. Свободного — SWOT-анализ раз в год — экспертный и не "
        + "кодируется. ИСБ Михайловского района назван без состава, поэтому индекс строится из "
        + "девяти факторов Приложения 1 документа г. Свободного (восемь факторов Приложения 2 "
        + "доступны, но выключены). Окно и число лет «стабильно низких» результатов, доли "
        + "когорты, пороги маркеров необъективности и признаки «кризисной ситуации» — "
        + "производные (derived) и вынесены в параметры; единственное число документов — "
        + "целевой индикатор «не более 5 %».",
      en: "The Amur documents give no numeric criteria for ШНОР or ШНСУ. Svobodny's own tool, a "
        + "SWOT analysis once a year, is expert judgement and is not encoded. The Mikhailovsky ИСБ "
        + "is named without components, so the index is built from the nine factors of "
        + "Приложение 1 of the Svobodny document (the eight of Приложение 2 are available but "
        + "off). The window and number of years of «стабильно низкие» results, the cohort shares, "
        + "the objectivity-marker thresholds and the signs of a «кризисная ситуация» are derived "
        + "and exposed as parameters; the documents' only number is the target «не более 5 %»."))
}
