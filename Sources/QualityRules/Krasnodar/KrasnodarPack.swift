import QualityKit

extension Krasnodar {
  /// The three procedure criteria (ЕГЭ, ОГЭ, ВПР): reported findings that show which procedure a
  /// school's low results come from; no category rule uses them.
  public static let procedureCriteria: [any IdentificationCriterion] = [
    egeBelowReferences, ogeBelowReferences, vprBelowReferences,
  ]

  /// ШНОР: the school is below both references in several subjects for three years.
  public static let lowResultsRule = CategoryRule(
    category: .lowResults,
    condition: .criterion(belowReferences.id),
    provenance: provenance(
      "в список общеобразовательных организаций с низкими образовательными результатами вошли 9 "
        + "школ (№ 2, 3, 4, 5, 6, 8, 12, 14, 15) из 14. … за последние три года по ряду "
        + "предметов выпускники показывают результаты ниже муниципальных и краевых", .derived,
      derivation: LocalizedText(
        ru:
          "Документ не называет ни процедур, ни порогов, по которым составлен список 9 школ из 14. ШНОР — школа, выполняющая основной критерий, выведенный из заключения раздела 2. Критерии по процедурам (ЕГЭ, ОГЭ, ВПР) в правило не входят: заключение считает предметы, а не процедуры; план называет процедуры как предмет мониторинга; условие «не менее m процедур» засчитывало бы те же предметы второй раз и у основной школы зависело бы от ЕГЭ, которого у неё нет.",
        en: "The document names neither the procedures nor the thresholds behind its list of 9 "
          + "schools of 14. ШНОР is a school that meets the main criterion, derived from the "
          + "conclusion of section 2. The procedure criteria (ЕГЭ, ОГЭ, ВПР) are not in the rule: "
          + "the conclusion counts subjects, not procedures; the plan names the procedures as "
          + "objects of monitoring; a condition «at least m procedures» would count the same "
          + "subjects a second time and, for a basic school, would hinge on the ЕГЭ it does not "
          + "sit.")),
    rationale: LocalizedText(
      ru:
        "ШНОР — если школа три года подряд ниже и среднего по муниципалитету, и краевого значения "
        + "не менее чем по трём из шести предметов ЕГЭ, ОГЭ и ВПР (параметр "
        + "krasnodar.below_references.min_subjects).",
      en: "ШНОР when the school is below both the municipal mean and the regional value for three "
        + "years running in at least three of the six ЕГЭ, ОГЭ and ВПР subjects (parameter "
        + "krasnodar.below_references.min_subjects)."))

  /// The `krasnodar` pack: one ШНОР criterion, three procedure findings, one category rule.
  public static let pack = RulePack(
    id: "krasnodar",
    version: "1.0.0",
    title: LocalizedText(
      ru: "Краснодарский край: школы с низкими результатами обучения (Тбилисский район)",
      en: "Krasnodar krai: schools with low learning results (Tbilissky district)"),
    region: LocalizedText(ru: "Краснодарский край", en: "Krasnodar krai"),
    sources: [source],
    // The document has no title page: it opens with «1. Паспорт программы»; the title below is
    // its passport's aim, district and «Срок действия Программы 2021-2024 год».
    sourceTitles: [
      source: LocalizedText(
        ru: "программа управления образованием муниципального образования Тбилисский район для "
          + "школ с низкими результатами обучения, 2021–2024 годы (название по паспорту "
          + "программы)",
        en: "the Tbilissky district education department's programme for schools with low "
          + "learning results, 2021–2024 (named from its passport; the document has no title)")
    ],
    listing: .act(
      LocalizedText(
        ru: "школы № 2, 3, 4, 5, 6, 8, 12, 14, 15, названные в разделе 2 программы (по "
          + "результатам оценочных процедур за 2018–2019 учебный год)",
        en: "schools № 2, 3, 4, 5, 6, 8, 12, 14, 15, named in section 2 of the programme (from "
          + "the assessments of 2018/2019)"),
      provenance: provenance(
        "в список общеобразовательных организаций с низкими образовательными результатами "
          + "вошли 9 школ (№ 2, 3, 4, 5, 6, 8, 12, 14, 15) из 14", .stated,
        derivation: LocalizedText(
          ru: "Документ называет девять школ списка, но не процедуры и пороги, по которым он "
            + "составлен; правило пакета — предложение библиотеки к такому списку.",
          en: "The document names the nine schools of its list but not the procedures and "
            + "thresholds behind it; the pack's rule is the library's proposal for such a "
            + "list."))),
    criteria: [belowReferences] + procedureCriteria,
    indices: [],
    categoryRules: [lowResultsRule],
    parameters: [],
    indicators: indicators,
    monitoring: monitoring,
    measures: measures,
    expectedResults: expectedResults,
    stages: stages,
    risks: risks,
    notes: LocalizedText(
      ru: "Документ не задаёт числовых критериев. Список ШНОР (9 школ из 14: № 2, 3, 4, 5, 6, 8, "
        + "12, 14, 15) составлен «по результатам различных оценочных процедур» за 2018-2019 "
        + "учебный год без указания процедур и порогов и по данным не воспроизводится. Основной "
        + "критерий выведен из заключения «за последние три года по ряду предметов выпускники "
        + "показывают результаты ниже муниципальных и краевых»; число предметов (3 из 6) — "
        + "производный параметр. Критерии по ЕГЭ, ОГЭ и ВПР (мероприятия 2.2 и 2.3 плана) — "
        + "находки для аналитика: они показывают, по какой процедуре у школы низкие результаты, "
        + "и в правило ШНОР не входят. ШНСУ не определяются: документ называет причины "
        + "(«социальные условия, сложный контингент учащихся, недостаточный уровень квалификации "
        + "педагогов») и «отрицательную динамику результатов» у школ в сложных социальных "
        + "условиях, но не даёт показателей. Признаков необъективности нет: «проект механизма "
        + "объективного мониторинга качества подготовки обучающихся» только подготовлен. Краевые "
        + "значения задаёт пользователь; без них критерии дают «недостаточно данных». Основная "
        + "школа без ЕГЭ решается по ОГЭ и ВПР, если отстаёт по трём или четырём из них (да) или "
        + "ни по одному (нет); при одном-двух предметах она не определена: критерий не знает "
        + "типа школы, и два предмета ЕГЭ остаются открытыми."
        + " Этапов и рисков документ не называет: план делится на три модуля (управленческий, организационный, информационно-методический), а не на этапы, — у пакета нет ни этапов, ни рисков.",
      en: "The document states no numeric criterion. Its ШНОР list (9 schools of 14: № 2, 3, 4, "
        + "5, 6, 8, 12, 14, 15) comes «по результатам различных оценочных процедур» for 2018/2019, "
        + "with neither procedures nor thresholds named, and cannot be reproduced from data. The "
        + "main criterion is derived from the conclusion «за последние три года по ряду предметов "
        + "выпускники показывают результаты ниже муниципальных и краевых»; the number of subjects "
        + "(3 of 6) is a derived parameter. The ЕГЭ, ОГЭ and ВПР criteria (plan measures 2.2 and "
        + "2.3) are findings for the analyst: they show which procedure the low results come "
        + "from and are not part of the ШНОР rule. ШНСУ are not identified: the document names "
        + "causes (social conditions, a difficult student body, insufficient teacher "
        + "qualification) and «отрицательная динамика результатов» in schools in difficult "
        + "social conditions, but no indicators. There is no objectivity rule: the «проект "
        + "механизма объективного мониторинга качества подготовки обучающихся» is only a draft. "
        + "The host supplies the regional values; without them the criteria give insufficient "
        + "data. A basic school without ЕГЭ is decided by ОГЭ and ВПР when it is below in three "
        + "or four of them (yes) or in none (no); with one or two it is undetermined: the "
        + "criterion does not know the school kind, so the two ЕГЭ subjects stay open."
        + " The document names neither stages nor risks: its plan has three modules (management, organisational, information and methodical), not stages — the pack has neither stages nor risks."
    ))
}
