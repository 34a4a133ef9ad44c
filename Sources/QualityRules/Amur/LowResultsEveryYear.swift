import QualityKit

extension Amur {
  /// Low results in every year of the window: the stronger form of «стабильно низкие результаты»
  /// that, with the 5 % target missed, grades a ШНОР «в кризисной ситуации».
  public static let lowResultsEveryYear = PersistenceCriterion(
    id: "amur.low_results_every_year",
    title: LocalizedText(
      ru: "Низкие результаты каждый год: нижняя доля когорты по ЕГЭ, ОГЭ и ВПР во всех годах окна "
        + "(по умолчанию 3 из 3)",
      en: "Low results every year: bottom share of the cohort in ЕГЭ, ОГЭ and ВПР in every year of "
        + "the window (3 of 3 by default)"),
    rationale: LocalizedText(
      ru: "Тот же ежегодный рейтинг, что и у amur.persistent_low_results, но школа в нижней доле "
        + "все годы окна, без единого года улучшения. Служит признаком кризисной ситуации.",
      en: "The same yearly ranking as amur.persistent_low_results, but the school is in the "
        + "bottom share in every year of the window, with no year of improvement. It marks a "
        + "crisis."),
    provenance: severityProvenance(
      LocalizedText(
        ru:
          "Документ не говорит, чем кризис отличается от риска. Прочтение: кризис — когда низкие результаты держатся все годы окна (а не большинство лет) и к ним добавляется невыполнение целевого индикатора «не более 5 %».",
        en: "The document does not say how a crisis differs from a risk. Reading: a crisis is "
          + "low results in every year of the window (not just most years) together with the "
          + "target «не более 5 %» missed.")),
    condition: lowResultsInAYear,
    window: persistentLowResults.window,
    required: PackParameter(
      key: "amur.low_results_every_year.required", defaultValue: 3, unit: .count, range: 1...10,
      kind: .derived,
      rationale: LocalizedText(
        ru: "Все годы окна из трёх: ни одного года вне нижней доли. Значение больше окна читается "
          + "как «все годы».",
        en: "Every year of the three-year window: no year outside the bottom share. A value larger "
          + "than the window reads as «every year».")),
    examples: [
      CriterionDescription.Example(
        "four schools each year, k = ⌈0.25 × 4⌉ = 1: A is lowest in 2020, 2021 and 2022 → met "
          + "(3 of 3); B is second every year → not met",
        year: 2022,
        schools: [
          "A": repeating(results(level: 1), over: exampleYears),
          "B": repeating(results(level: 2), over: exampleYears),
          "C": repeating(results(level: 4), over: exampleYears),
          "D": repeating(results(level: 5), over: exampleYears),
        ],
        expected: ["A": .met, "B": .notMet, "C": .notMet, "D": .notMet]),
      CriterionDescription.Example(
        "A is lowest in 2020 and 2022 but second in 2021 (B lowest): 2 of 3 → not met, although "
          + "it meets amur.persistent_low_results. E has values for 2022 only and is lowest "
          + "there (with 5 schools k = 2: E and A); its 2020 and 2021 are undecided → "
          + "insufficient data",
        year: 2022,
        schools: [
          "A": byYear([2020: results(level: 1), 2021: results(level: 2), 2022: results(level: 1.5)]
          ),
          "B": byYear([2020: results(level: 2), 2021: results(level: 1), 2022: results(level: 3)]),
          "C": repeating(results(level: 4), over: exampleYears),
          "D": repeating(results(level: 5), over: exampleYears),
          "E": byYear([2022: results(level: 1)]),
        ],
        expected: [
          "A": .notMet, "B": .notMet, "C": .notMet, "D": .notMet, "E": .insufficientData,
        ]),
    ])
}
