import QualityKit

extension Amur {
  /// The results composite of one year: ЕГЭ Russian and profile mathematics, ОГЭ Russian and
  /// mathematics, ВПР Russian and mathematics, standardised within the cohort and averaged.
  public static let yearlyResultsIndex = CompositeIndex(
    id: "index.amur.results_yearly",
    title: LocalizedText(
      ru: "сводный показатель результатов ЕГЭ, ОГЭ и ВПР по русскому языку и математике за год",
      en: "composite of ЕГЭ, ОГЭ and ВПР Russian and mathematics results in one year"),
    components: [
      CompositeIndex.Component(.egeRussianMeanScore, .positive),
      CompositeIndex.Component(.egeMathProfileMeanScore, .positive),
      CompositeIndex.Component(.ogeRussianMeanMark, .positive),
      CompositeIndex.Component(.ogeMathMeanMark, .positive),
      CompositeIndex.Component(.vprRussianMeanMark, .positive),
      CompositeIndex.Component(.vprMathMeanMark, .positive),
    ],
    provenance: svobodny(
      Section.analysis,
      "Ежегодно в муниципалитете проводится мониторинг результатов оценочных процедур различного "
        + "уровня: федерального, регионального, представляются результаты ЕГЭ и ОГЭ … ведутся "
        + "мониторинги по результатам всероссийских проверочных работ.", .derived,
      derivation: LocalizedText(
        ru:
          "Документ называет ЕГЭ, ОГЭ и ВПР источниками ежегодного мониторинга, но не говорит, как их свести: обязательные предметы (русский язык и математика; для ЕГЭ — профильная), z-оценки внутри когорты за год, среднее по имеющимся из 6 показателей; школа оценивается при наличии не менее 3 (основная школа без ЕГЭ — по ОГЭ и ВПР).",
        en: "The document names ЕГЭ, ОГЭ and ВПР as the sources of the yearly monitoring but not "
          + "how to combine them: the compulsory subjects (Russian and mathematics; profile level "
          + "for ЕГЭ), z-scores within the cohort in one year, averaged over the 6 results present; "
          + "evaluable with at least 3 (a basic school without ЕГЭ by its ОГЭ and ВПР).")))

  /// The yearly condition counted by ``persistentLowResults``: the school is in the bottom share of
  /// the cohort on ``yearlyResultsIndex`` in one year. Not a criterion of the pack on its own.
  public static let lowResultsInAYear = LowestShareCriterion(
    id: "amur.persistent_low_results.yearly",
    title: LocalizedText(
      ru: "нижняя доля когорты по сводному показателю результатов за год",
      en: "bottom share of the cohort on the results composite in a year"),
    rationale: LocalizedText(
      ru: "Результаты ЕГЭ, ОГЭ и ВПР по русскому языку и математике за один год переводятся в "
        + "z-оценки и усредняются; отмечается нижняя доля когорты (по умолчанию 25 %).",
      en: "One year's ЕГЭ, ОГЭ and ВПР Russian and mathematics results are turned into z-scores "
        + "and averaged; the bottom share of the cohort (25% by default) is met."),
    provenance: provenance(of: yearlyResultsIndex),
    index: yearlyResultsIndex,
    share: lowestShare("amur.persistent_low_results"))

  /// «…в течение нескольких последних лет образовалась группа школ со стабильно низкими результатами
  /// обучения.»
  public static let persistentLowResults = PersistenceCriterion(
    id: "amur.persistent_low_results",
    title: LocalizedText(
      ru: "Стабильно низкие результаты: нижняя доля когорты по ЕГЭ, ОГЭ и ВПР в m из n последних "
        + "лет (по умолчанию 2 из 3, доля 25 %)",
      en: "Persistently low results: bottom share of the cohort in ЕГЭ, ОГЭ and ВПР in m of the "
        + "last n years (2 of 3 and 25% by default)"),
    rationale: LocalizedText(
      ru: "Основной критерий ШНОР. Каждый год последних трёх школа ранжируется по сводному "
        + "показателю результатов; «стабильно низкие» — школа в нижней четверти не менее двух "
        + "лет из трёх. Год без данных не считается ни «низким», ни «не низким».",
      en: "The main ШНОР criterion. In each of the last three years the school is ranked on the "
        + "results composite; «стабильно низкие» means in the bottom quarter in at least two of "
        + "the three years. A year without data counts neither as low nor as not low."),
    provenance: mikhailovsky(
      Section.mikhailovskyRelevance,
      "в течение нескольких последних лет образовалась группа школ со стабильно низкими "
        + "результатами обучения.", .derived,
      derivation: LocalizedText(
        ru:
          "Оба документа говорят о «стабильно низких результатах» (г. Свободный: «есть и образовательные организации, показывающие стабильно низкие результаты») без окна, порога и показателей. Прочтение: нижняя доля когорты по сводному показателю ЕГЭ, ОГЭ и ВПР не менее чем в m из n последних лет; n = 3, m = 2 и доля 0,25 — параметры.",
        en: "Both documents speak of «стабильно низкие результаты» (Svobodny: «есть и "
          + "образовательные организации, показывающие стабильно низкие результаты») with no "
          + "window, threshold or indicators. Reading: the bottom share of the cohort on the ЕГЭ, "
          + "ОГЭ and ВПР composite in at least m of the last n years; n = 3, m = 2 and the share "
          + "0.25 are parameters.")),
    condition: lowResultsInAYear,
    window: PackParameter(
      key: "amur.persistent_low_results.window", defaultValue: 3, unit: .years, range: 1...10,
      kind: .derived,
      rationale: LocalizedText(
        ru: "«в течение нескольких последних лет»: «несколько» — не меньше трёх; три года — "
          + "наименьшее такое окно и обычная глубина сравнения результатов ГИА и ВПР.",
        en: "«в течение нескольких последних лет»: «несколько» (several) is at least three; three "
          + "years is the smallest such window and the usual depth of ГИА and ВПР comparisons.")),
    required: PackParameter(
      key: "amur.persistent_low_results.required", defaultValue: 2, unit: .count, range: 1...10,
      kind: .derived,
      rationale: LocalizedText(
        ru: "«стабильно»: низкий результат больше чем в одном году — большинство лет окна (2 из "
          + "3); один слабый выпуск не делает школу ШНОР, один сильный или один год без данных не "
          + "снимает её.",
        en:
          "«стабильно» (persistently): low in more than one year — a majority of the window (2 of "
          + "3); one weak cohort does not make a school ШНОР, one strong year or one year without "
          + "data does not clear it.")),
    examples: [
      CriterionDescription.Example(
        "n = 3, m = 2. 2020 and 2021: four schools, k = ⌈0.25 × 4⌉ = 1 — A lowest in 2020, B in "
          + "2021. 2022: E reports too, n = 5, k = ⌈1.25⌉ = 2 — E and A lowest. A: 2 of 3 → met; "
          + "B: 1 of 3 with every year decided → not met; E: 1 met, 2020 and 2021 undecided → "
          + "insufficient data",
        year: 2022,
        schools: [
          "A": byYear([2020: results(level: 1), 2021: results(level: 2), 2022: results(level: 2)]),
          "B": byYear([2020: results(level: 2), 2021: results(level: 1), 2022: results(level: 3)]),
          "C": repeating(results(level: 4), over: exampleYears),
          "D": repeating(results(level: 5), over: exampleYears),
          "E": byYear([2022: results(level: 1)]),
        ],
        expected: [
          "A": .met, "B": .notMet, "C": .notMet, "D": .notMet, "E": .insufficientData,
        ]),
      CriterionDescription.Example(
        "a basic school without ЕГЭ (B: 4 of 6 results) is ranked by its ОГЭ and ВПР; with m = 1 "
          + "one low year of three is enough: B is lowest only in 2021 and is met; A, lowest "
          + "in 2020 and 2022, is met too; C and D never",
        year: 2022,
        schools: [
          "A": byYear([2020: results(level: 1), 2021: results(level: 2), 2022: results(level: 1)]),
          "B": byYear([
            2020: basicSchoolResults(level: 2), 2021: basicSchoolResults(level: 1),
            2022: basicSchoolResults(level: 2),
          ]),
          "C": repeating(results(level: 4), over: exampleYears),
          "D": repeating(results(level: 5), over: exampleYears),
        ],
        parameters: ["amur.persistent_low_results.required": 1],
        expected: ["A": .met, "B": .met, "C": .notMet, "D": .notMet]),
      CriterionDescription.Example(
        "values before the window are ignored: with n = 3, A's lowest place in 2019 does not "
          + "count; A is lowest only in 2022 of 2020–2022 → not met",
        year: 2022,
        schools: [
          "A": byYear([
            2019: results(level: 1), 2020: results(level: 3), 2021: results(level: 3),
            2022: results(level: 1),
          ]),
          "B": byYear([
            2019: results(level: 2), 2020: results(level: 1), 2021: results(level: 1),
            2022: results(level: 2),
          ]),
          "C": repeating(results(level: 4), over: [2019] + exampleYears),
          "D": repeating(results(level: 5), over: [2019] + exampleYears),
        ],
        expected: ["A": .notMet, "B": .met, "C": .notMet, "D": .notMet]),
    ])

  /// The six results of the composite at `level` (higher is better): ЕГЭ 40 + 5·level points,
  /// marks 3 + 0.1·level. Every result is affine in `level`, so the composite ranks by `level`.
  static func results(level: Double) -> [MetricKey: Double] {
    basicSchoolResults(level: level).merging([
      .egeRussianMeanScore: 40 + 5 * level, .egeMathProfileMeanScore: 40 + 5 * level,
    ]) { $1 }
  }

  /// The four results of a basic school (ООШ, no grade 11): ОГЭ and ВПР at `level`.
  static func basicSchoolResults(level: Double) -> [MetricKey: Double] {
    [
      .ogeRussianMeanMark: 3 + 0.1 * level, .ogeMathMeanMark: 3 + 0.1 * level,
      .vprRussianMeanMark: 3 + 0.1 * level, .vprMathMeanMark: 3 + 0.1 * level,
    ]
  }
}
