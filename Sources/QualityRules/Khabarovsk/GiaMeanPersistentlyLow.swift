import QualityKit

extension Khabarovsk {
  /// Indicator 3, «Средний балл по итогам ГИА по обязательным предметам…», in one year: ЕГЭ Russian
  /// and profile mathematics (points) and ОГЭ Russian and mathematics (marks), standardised within the
  /// cohort and averaged.
  public static let giaMeanIndex = CompositeIndex(
    id: "index.khabarovsk.gia_mean",
    title: LocalizedText(
      ru: "индекс средних результатов ГИА за год (средняя z-оценка)",
      en: "mean ГИА results index in one year (mean z-score)"),
    components: [
      CompositeIndex.Component(.egeRussianMeanScore, .positive),
      CompositeIndex.Component(.egeMathProfileMeanScore, .positive),
      CompositeIndex.Component(.ogeRussianMeanMark, .positive),
      CompositeIndex.Component(.ogeMathMeanMark, .positive),
    ],
    provenance: provenance(
      "3. Средний ба_тlл по итогам ГИА по обязательным предметам, предметам по выбору.",
      derivation: LocalizedText(
        ru: "Показатель 3 («Средний балл по итогам ГИА по обязательным предметам, предметам по "
          + "выбору») назван без формулы: средние баллы ЕГЭ по русскому языку и профильной "
          + "математике и средние отметки ОГЭ по русскому языку и математике за год переводятся "
          + "в z-оценки внутри когорты и усредняются; нужно не менее 2 из 4 (у ООШ — только ОГЭ). "
          + "Других предметов по выбору в словаре показателей нет.",
        en: "Indicator 3 («Средний балл по итогам ГИА по обязательным предметам, предметам по "
          + "выбору», the mean ГИА result) is named without a formula: the ЕГЭ Russian and "
          + "profile mathematics means and the ОГЭ Russian and mathematics mean marks of one year "
          + "are turned into z-scores within the cohort and averaged; 2 of 4 are needed (a basic "
          + "school has ОГЭ only). The metric dictionary has no other elective subjects.")))

  /// The yearly condition of ``giaMeanPersistentlyLow``: the school is in the lowest quarter of
  /// ``giaMeanIndex`` in the year evaluated. Not a criterion of the pack on its own.
  public static let giaMeanLowestQuarterYearly = LowestShareCriterion(
    id: "khabarovsk.gia_mean_persistently_low.yearly",
    title: LocalizedText(
      ru: "Нижняя четверть когорты по средним результатам ГИА за год",
      en: "Lowest quarter of the cohort by mean ГИА results in one year"),
    rationale: LocalizedText(
      ru: "Годовое условие критерия стабильно низких результатов ГИА.",
      en: "The yearly condition of the persistently-low ГИА results criterion."),
    provenance: provenance(of: giaMeanIndex),
    index: giaMeanIndex,
    share: worstQuarterShare("khabarovsk.gia_mean_persistently_low"))

  /// The anchor of the ШНОР rule: «школ, показывающих стабильно низкие результаты» — in the lowest
  /// quarter of the mean ГИА results in at least m of the last n years (every one of the last three
  /// by default).
  public static let giaMeanPersistentlyLow = PersistenceCriterion(
    id: "khabarovsk.gia_mean_persistently_low",
    title: LocalizedText(
      ru: "Стабильно низкие средние результаты ГИА: нижняя четверть когорты в каждом из 3 "
        + "последних лет",
      en: "Persistently low mean ГИА results: lowest quarter of the cohort in each of the last 3 "
        + "years"),
    rationale: LocalizedText(
      ru: "Основной признак ШНОР. Каждый год из последних n школа ранжируется по средним "
        + "результатам ГИА (ЕГЭ и ОГЭ по русскому языку и математике); критерий выполнен, если она "
        + "в нижней четверти не менее чем в m годах. Год без данных не считается «не низким».",
      en: "The main ШНОР criterion. In each of the last n years the school is ranked by its mean "
        + "ГИА results (ЕГЭ and ОГЭ Russian and mathematics); the criterion is met when it is in the "
        + "lowest quarter in at least m of them. A year without data never counts as «not low»."),
    provenance: provenance(
      "школ, пок€вывzlющих стабильно низкие результаты … показывающих устой.пrво низкие результаты",
      section: roadmapSection,
      derivation: LocalizedText(
        ru: "«Стабильно низкие результаты» («показывающих стабильно / устойчиво низкие "
          + "результаты») — без числа лет и без порога: низким считается год, в котором школа в "
          + "нижней четверти по средним результатам ГИА (показатель 3); «стабильно» — не менее "
          + "чем в m из n последних лет (параметры window и required, по умолчанию каждый из 3).",
        en: "«Стабильно низкие результаты» (persistently low results) comes with no number of "
          + "years and no threshold: a year is low when the school is in the lowest quarter of the "
          + "mean ГИА results (indicator 3); «стабильно» is at least m of the last n years "
          + "(parameters window and required, each of the last 3 by default).")),
    condition: giaMeanLowestQuarterYearly,
    window: PackParameter(
      key: "khabarovsk.gia_mean_persistently_low.window", defaultValue: 3, unit: .years,
      range: 1...5, kind: .derived,
      rationale: LocalizedText(
        ru: "n: три последних экзаменационных года — наименьшее окно, в котором повторение "
          + "низкого результата отличимо от случайного года; документ числа лет не даёт.",
        en: "n: the last three exam years, the shortest window in which a repeated low result "
          + "can be told from one bad year; the document gives no number of years.")),
    required: PackParameter(
      key: "khabarovsk.gia_mean_persistently_low.required", defaultValue: 3, unit: .count,
      range: 1...5, kind: .derived,
      rationale: LocalizedText(
        ru: "m: «стабильно» — в каждом году окна (3 из 3): один удачный год снимает признак. С 2 "
          + "из 3 на синтетических данных в ШНОР попадает более 20 % школ.",
        en: "m: «стабильно» as every year of the window (3 of 3): one good year clears the sign. "
          + "With 2 of 3 more than 20% of schools are ШНОР on synthetic data.")),
    examples: [
      CriterionDescription.Example(
        "n = 5 each year, k = ⌈0.25 × 5⌉ = ⌈1.25⌉ = 2: A is among the two lowest in all three "
          + "years (met); B in 2020 and 2022 only (2 of 3, not met: every year is required); C in "
          + "2021 only",
        year: 2022,
        schools: [
          "A": repeating(gia(level: 0), over: exampleYears),
          "B": byYear([2020: gia(level: 1), 2021: gia(level: 2), 2022: gia(level: 1)]),
          "C": byYear([2020: gia(level: 2), 2021: gia(level: 1), 2022: gia(level: 2)]),
          "D": repeating(gia(level: 3), over: exampleYears),
          "E": repeating(gia(level: 4), over: exampleYears),
        ],
        expected: ["A": .met, "B": .notMet, "C": .notMet, "D": .notMet, "E": .notMet]),
      CriterionDescription.Example(
        "required = 2 (2 of 3 years): the same cohort, B is now met too",
        year: 2022,
        schools: [
          "A": repeating(gia(level: 0), over: exampleYears),
          "B": byYear([2020: gia(level: 1), 2021: gia(level: 2), 2022: gia(level: 1)]),
          "C": byYear([2020: gia(level: 2), 2021: gia(level: 1), 2022: gia(level: 2)]),
          "D": repeating(gia(level: 3), over: exampleYears),
          "E": repeating(gia(level: 4), over: exampleYears),
        ],
        parameters: ["khabarovsk.gia_mean_persistently_low.required": 2],
        expected: ["A": .met, "B": .met, "C": .notMet, "D": .notMet, "E": .notMet]),
      CriterionDescription.Example(
        "a missing year stays open: 2020 n = 3 (A and C have no data), k = 1 → B; 2021 and 2022 "
          + "n = 5, k = 2 → A and B. A: low in 2021 and 2022, 2020 unknown → insufficient data; "
          + "C: 2020 unknown but not low in 2021 → 3 of 3 is out of reach, not met",
        year: 2022,
        schools: [
          "A": byYear([2021: gia(level: 0), 2022: gia(level: 1)]),
          "B": byYear([2020: gia(level: 0), 2021: gia(level: 1), 2022: gia(level: 0)]),
          "C": byYear([2021: gia(level: 2), 2022: gia(level: 2)]),
          "D": repeating(gia(level: 3), over: exampleYears),
          "E": repeating(gia(level: 4), over: exampleYears),
        ],
        expected: [
          "A": .insufficientData, "B": .met, "C": .notMet, "D": .notMet, "E": .notMet,
        ]),
      CriterionDescription.Example(
        "one year (window = 1, required = 1): D, a basic school with ОГЭ only (2 of 4 cells, "
          + "exactly half), is ranked on ОГЭ: its z = −1.34 is below A's (−1.22 − 1.22 − 0.45 − "
          + "0.45) / 4 = −0.84, so D is the lowest of four (k = 1)",
        year: 2022,
        schools: [
          "A": byYear([2022: gia(level: 1)]),
          "B": byYear([2022: gia(level: 2)]),
          "C": byYear([2022: gia(level: 3)]),
          "D": byYear([2022: oge(level: 0)]),
        ],
        parameters: [
          "khabarovsk.gia_mean_persistently_low.window": 1,
          "khabarovsk.gia_mean_persistently_low.required": 1,
        ],
        expected: ["A": .notMet, "B": .notMet, "C": .notMet, "D": .met]),
    ])

  /// The four results at one level: each is a linear function of `level` with a positive slope, so
  /// every component gives a school the same z-score and the index ranks schools by level.
  static func gia(level: Double) -> [MetricKey: Double] {
    [.egeRussianMeanScore: 60 + 5 * level, .egeMathProfileMeanScore: 45 + 5 * level]
      .merging(oge(level: level)) { $1 }
  }

  /// The two ОГЭ results at one level (a basic school has no ЕГЭ).
  static func oge(level: Double) -> [MetricKey: Double] {
    [.ogeRussianMeanMark: 3.4 + 0.2 * level, .ogeMathMeanMark: 3.2 + 0.2 * level]
  }
}
