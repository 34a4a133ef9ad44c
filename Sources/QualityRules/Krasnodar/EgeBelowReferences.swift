import QualityKit

extension Krasnodar {
  /// «Мониторинг результатов: анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным предметам.» —
  /// the ЕГЭ part.
  public static let egeBelowReferences = BelowReferencesCriterion(
    id: "krasnodar.ege_below_references",
    title: LocalizedText(
      ru: "ЕГЭ: три года ниже среднего по муниципалитету и по краю (русский язык или профильная "
        + "математика)",
      en: "ЕГЭ: below both the municipal and the regional mean for three years (Russian or "
        + "profile mathematics)"),
    rationale: LocalizedText(
      ru: "Показывает, что низкие результаты школы приходятся на ЕГЭ: средний балл по русскому "
        + "языку или профильной математике строго ниже и среднего по муниципалитету, и краевого "
        + "значения в каждом из трёх последних лет. В правило ШНОР не входит. Основная школа ЕГЭ "
        + "не сдаёт: считать нечего, критерий для неё не выполнен.",
      en: "Shows that the school's low results lie in ЕГЭ: the mean score in Russian or profile "
        + "mathematics is strictly below both the municipal mean and the regional value in each "
        + "of the last three years. Not part of the ШНОР rule. A basic school sits no ЕГЭ: there is "
        + "nothing to count, and the criterion is not met."),
    provenance: planProvenance(
      "Мониторинг результатов: анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным предметам.",
      derivation: LocalizedText(
        ru:
          "Мероприятие 2.3 называет ЕГЭ среди отслеживаемых процедур, но не даёт порога: сравнение с обоими ориентирами за три года взято из вывода раздела 2, одного предмета из двух достаточно. Это находка для аналитика, а не критерий отнесения.",
        en: "Measure 2.3 names ЕГЭ among the monitored procedures but gives no threshold: the "
          + "comparison with both references over three years is taken from the conclusion of "
          + "section 2, and one subject of the two is enough. A finding for the analyst, not a "
          + "criterion for the category.")),
    metrics: [.egeRussianMeanScore, .egeMathProfileMeanScore],
    window: threeYears("krasnodar.ege_below_references"),
    minimumSubjects: oneOfTwoSubjects("krasnodar.ege_below_references"),
    examples: [
      CriterionDescription.Example(
        "regional 70 (Russian) and 55 (maths); municipal (60+78+81)/3 = 73 and (60+42+63)/3 = 55: "
          + "A below both in Russian, B in maths (42), C in neither; D, a basic school, sits no ЕГЭ "
          + "(not met: no subject to count); E, a secondary school without ЕГЭ data, is open",
        year: 2022,
        schools: [
          "A": repeating(
            [.egeRussianMeanScore: 60, .egeMathProfileMeanScore: 60], over: exampleYears),
          "B": repeating(
            [.egeRussianMeanScore: 78, .egeMathProfileMeanScore: 42], over: exampleYears),
          "C": repeating(
            [.egeRussianMeanScore: 81, .egeMathProfileMeanScore: 63], over: exampleYears),
          "D": repeating(basicSchool(mark: 3.5), over: exampleYears),
          "E": repeating(basicSchool(mark: 3.5), over: exampleYears),
        ],
        kinds: ["D": .basic],
        benchmarks: references(
          .region, [.egeRussianMeanScore: 70, .egeMathProfileMeanScore: 55]),
        expected: ["A": .met, "B": .met, "C": .notMet, "D": .notMet, "E": .insufficientData]),
      CriterionDescription.Example(
        "strictly below: municipal 72 and 52, regional 70 and 55; A's Russian 70 equals the "
          + "regional value and its maths 60 is above both; B's Russian 69.9 is below both",
        year: 2022,
        schools: [
          "A": repeating(
            [.egeRussianMeanScore: 70, .egeMathProfileMeanScore: 60], over: exampleYears),
          "B": repeating(
            [.egeRussianMeanScore: 69.9, .egeMathProfileMeanScore: 60], over: exampleYears),
        ],
        benchmarks: references(.region, [.egeRussianMeanScore: 70, .egeMathProfileMeanScore: 55])
          + references(
            .municipality("М"), [.egeRussianMeanScore: 72, .egeMathProfileMeanScore: 52]),
        expected: ["A": .notMet, "B": .met]),
    ])
}
