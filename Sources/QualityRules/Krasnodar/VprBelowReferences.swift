import QualityKit

extension Krasnodar {
  /// «Мониторинг участия в … сопоставительных исследованиях … (ВПР, НИКО, РСОКО) и анализ
  /// результатов»; «…анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным предметам.» — the ВПР part.
  public static let vprBelowReferences = BelowReferencesCriterion(
    id: "krasnodar.vpr_below_references",
    title: LocalizedText(
      ru: "ВПР: три года ниже среднего по муниципалитету и по краю (русский язык или математика)",
      en: "ВПР: below both the municipal and the regional mean for three years (Russian or "
        + "mathematics)"),
    rationale: LocalizedText(
      ru: "Показывает, что низкие результаты школы приходятся на ВПР: средняя отметка по русскому "
        + "языку или математике строго ниже и среднего по муниципалитету, и краевого значения в "
        + "каждом из трёх последних лет. В правило ШНОР не входит.",
      en: "Shows that the school's low results lie in ВПР: the mean mark in Russian or mathematics "
        + "is strictly below both the municipal mean and the regional value in each of the last "
        + "three years. Not part of the ШНОР rule."),
    provenance: planProvenance(
      "Мониторинг участия в региональных, российских и международных сопоставительных "
        + "исследованиях образовательных достижений школьников начального, основного, среднего "
        + "общего образования (ВПР, НИКО, РСОКО) и анализ результатов … Мониторинг результатов: "
        + "анализ выполнения заданий ВПР, ОГЭ, ЕГЭ по учебным предметам.",
      derivation: LocalizedText(
        ru:
          "Мероприятия 2.2 и 2.3 называют ВПР среди отслеживаемых процедур, но не дают порога: сравнение с обоими ориентирами за три года взято из вывода раздела 2, одного предмета из двух достаточно. НИКО и РСОКО не входят: для них нет показателей школы. Это находка для аналитика, а не критерий отнесения.",
        en: "Measures 2.2 and 2.3 name ВПР among the monitored procedures but give no threshold: "
          + "the comparison with both references over three years is taken from the conclusion of "
          + "section 2, and one subject of the two is enough. НИКО and РСОКО are left out: there "
          + "are no school metrics for them. A finding for the analyst, not a criterion for the "
          + "category.")),
    metrics: [.vprRussianMeanMark, .vprMathMeanMark],
    window: threeYears("krasnodar.vpr_below_references"),
    minimumSubjects: oneOfTwoSubjects("krasnodar.vpr_below_references"),
    examples: [
      CriterionDescription.Example(
        "regional 3.5 (Russian) and 3.6 (maths); municipal (3.2+3.8+3.5)/3 = 3.5 and "
          + "(3.3+3.9+3.9)/3 = 3.7: A below both in both subjects; C's Russian 3.5 equals the "
          + "regional value (not strictly below); B above; D has no ВПР results at all",
        year: 2022,
        schools: [
          "A": repeating([.vprRussianMeanMark: 3.2, .vprMathMeanMark: 3.3], over: exampleYears),
          "B": repeating([.vprRussianMeanMark: 3.8, .vprMathMeanMark: 3.9], over: exampleYears),
          "C": repeating([.vprRussianMeanMark: 3.5, .vprMathMeanMark: 3.9], over: exampleYears),
          "D": repeating([.ogeRussianMeanMark: 3.5], over: exampleYears),
        ],
        benchmarks: references(.region, [.vprRussianMeanMark: 3.5, .vprMathMeanMark: 3.6]),
        expected: ["A": .met, "B": .notMet, "C": .notMet, "D": .insufficientData]),
      CriterionDescription.Example(
        "a basic school is decided by its ВПР like any other: municipal 3.6 and 3.7, regional "
          + "3.5 and 3.6; E's maths 3.4 is below both every year; F's Russian 3.55 and maths 3.65 "
          + "are below the municipal means only",
        year: 2022,
        schools: [
          "E": repeating(
            basicSchool(mark: 4.0).merging([.vprMathMeanMark: 3.4]) { $1 },
            over: exampleYears),
          "F": repeating(
            basicSchool(mark: 4.0).merging([.vprRussianMeanMark: 3.55, .vprMathMeanMark: 3.65]) {
              $1
            }, over: exampleYears),
        ],
        benchmarks: references(.region, [.vprRussianMeanMark: 3.5, .vprMathMeanMark: 3.6])
          + references(.municipality("М"), [.vprRussianMeanMark: 3.6, .vprMathMeanMark: 3.7]),
        expected: ["E": .met, "F": .notMet]),
    ])
}
