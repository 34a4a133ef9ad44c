import QualityKit

extension Krasnodar {
  /// «Мониторинг результатов: анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным предметам.» —
  /// the ОГЭ part.
  public static let ogeBelowReferences = BelowReferencesCriterion(
    id: "krasnodar.oge_below_references",
    title: LocalizedText(
      ru: "ОГЭ: три года ниже среднего по муниципалитету и по краю (русский язык или математика)",
      en: "ОГЭ: below both the municipal and the regional mean for three years (Russian or "
        + "mathematics)"),
    rationale: LocalizedText(
      ru: "Показывает, что низкие результаты школы приходятся на ОГЭ: средняя отметка по русскому "
        + "языку или математике строго ниже и среднего по муниципалитету, и краевого значения в "
        + "каждом из трёх последних лет. В правило ШНОР не входит.",
      en: "Shows that the school's low results lie in ОГЭ: the mean mark in Russian or mathematics "
        + "is strictly below both the municipal mean and the regional value in each of the last "
        + "three years. Not part of the ШНОР rule."),
    provenance: planProvenance(
      "Мониторинг результатов: анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным предметам.",
      derivation: LocalizedText(
        ru:
          "Мероприятие 2.3 называет ОГЭ среди отслеживаемых процедур, но не даёт порога: сравнение с обоими ориентирами за три года взято из вывода раздела 2, одного предмета из двух достаточно. Это находка для аналитика, а не критерий отнесения.",
        en: "Measure 2.3 names ОГЭ among the monitored procedures but gives no threshold: the "
          + "comparison with both references over three years is taken from the conclusion of "
          + "section 2, and one subject of the two is enough. A finding for the analyst, not a "
          + "criterion for the category.")),
    metrics: [.ogeRussianMeanMark, .ogeMathMeanMark],
    window: threeYears("krasnodar.oge_below_references"),
    minimumSubjects: oneOfTwoSubjects("krasnodar.oge_below_references"),
    examples: [
      CriterionDescription.Example(
        "regional 3.9 (Russian) and 3.7 (maths); municipal (3.5+4.0+4.2)/3 = 3.9 and "
          + "(3.6+3.2+4.3)/3 = 3.7: A below both in both subjects, B in maths (3.2), C in neither",
        year: 2022,
        schools: [
          "A": repeating([.ogeRussianMeanMark: 3.5, .ogeMathMeanMark: 3.6], over: exampleYears),
          "B": repeating([.ogeRussianMeanMark: 4.0, .ogeMathMeanMark: 3.2], over: exampleYears),
          "C": repeating([.ogeRussianMeanMark: 4.2, .ogeMathMeanMark: 4.3], over: exampleYears),
        ],
        benchmarks: references(.region, [.ogeRussianMeanMark: 3.9, .ogeMathMeanMark: 3.7]),
        expected: ["A": .met, "B": .met, "C": .notMet]),
      CriterionDescription.Example(
        "one year above a reference rules a subject out, a missing year leaves it open: municipal "
          + "3.8 and 3.6, regional 3.9 and 3.7, maths 4.0 (above both) everywhere; Russian 3.5 "
          + "each year (E), 3.85 in 2021 (D: above the municipal 3.8), missing in 2021 (F)",
        year: 2022,
        schools: [
          "D": byYear([
            2020: [.ogeRussianMeanMark: 3.5, .ogeMathMeanMark: 4.0],
            2021: [.ogeRussianMeanMark: 3.85, .ogeMathMeanMark: 4.0],
            2022: [.ogeRussianMeanMark: 3.5, .ogeMathMeanMark: 4.0],
          ]),
          "E": repeating([.ogeRussianMeanMark: 3.5, .ogeMathMeanMark: 4.0], over: exampleYears),
          "F": byYear([
            2020: [.ogeRussianMeanMark: 3.5, .ogeMathMeanMark: 4.0],
            2021: [.ogeMathMeanMark: 4.0],
            2022: [.ogeRussianMeanMark: 3.5, .ogeMathMeanMark: 4.0],
          ]),
        ],
        benchmarks: references(.region, [.ogeRussianMeanMark: 3.9, .ogeMathMeanMark: 3.7])
          + references(.municipality("М"), [.ogeRussianMeanMark: 3.8, .ogeMathMeanMark: 3.6]),
        expected: ["D": .notMet, "E": .met, "F": .insufficientData]),
    ])
}
