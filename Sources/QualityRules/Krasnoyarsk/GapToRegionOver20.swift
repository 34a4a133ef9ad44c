import QualityKit

extension Krasnoyarsk {
  /// «Расхождение между средним баллом ЕГЭ, ОГЭ и ВПР по региону и средним баллом школы составляет
  /// более 20 баллов.»
  public static let gapToRegionOver20 = GapCriterion(
    id: "krasnoyarsk.gap_to_region_over_20",
    title: LocalizedText(
      ru: "Средний балл ЕГЭ школы ниже регионального более чем на 20 баллов",
      en: "School ЕГЭ mean more than 20 points below the regional mean"),
    rationale: LocalizedText(
      ru: "Школа отстаёт от региона. Сравниваются ЕГЭ по русскому языку и профильной математике "
        + "(100-балльная шкала); достаточно одного предмета. Региональное среднее задаёт "
        + "пользователь; без него — «недостаточно данных».",
      en:
        "The school lags behind the region. ЕГЭ Russian and profile mathematics (100-point scale) "
        + "are compared; one subject is enough. The host supplies the regional mean; without it the "
        + "result is insufficient data."),
    provenance: provenance(
      "Расхождение между средним баллом ЕГЭ, ОГЭ и ВПР по региону и средним баллом школы "
        + "составляет более 20 баллов.", .derived,
      derivation: LocalizedText(
        ru:
          "Знак расхождения не указан: школа ниже региона. Разница в 20 баллов имеет смысл только для 100-балльной шкалы ЕГЭ, поэтому отметки ОГЭ и ВПР (2–5) не сравниваются.",
        en: "The sign is not stated: read as the school below the region. A 20-point gap "
          + "fits only the 100-point ЕГЭ scale, so ОГЭ and ВПР marks (2–5) are not compared.")),
    metrics: [.egeRussianMeanScore, .egeMathProfileMeanScore],
    reference: .regionalBenchmark,
    threshold: PackParameter(
      key: "krasnoyarsk.gap_to_region_over_20.threshold", defaultValue: 20, unit: .points,
      range: 0...100, kind: .stated,
      rationale: LocalizedText(
        ru: "«…составляет более 20 баллов»: строго больше.",
        en: "«…составляет более 20 баллов»: strictly more.")),
    examples: [
      CriterionDescription.Example(
        "regional means 70 and 55: a gap of 21 passes, exactly 20 does not; one subject is enough; "
          + "no ЕГЭ at all is insufficient data",
        year: 2022,
        schools: [
          "A": [.egeRussianMeanScore: [2022: 49], .egeMathProfileMeanScore: [2022: 50]],
          "B": [.egeRussianMeanScore: [2022: 50], .egeMathProfileMeanScore: [2022: 40]],
          "C": [.egeMathProfileMeanScore: [2022: 30]],
          "D": [.ogeRussianMeanMark: [2022: 3.1]],
        ],
        benchmarks: [
          .init(scope: .region, year: 2022, metric: .egeRussianMeanScore, value: 70),
          .init(scope: .region, year: 2022, metric: .egeMathProfileMeanScore, value: 55),
        ],
        expected: ["A": .met, "B": .notMet, "C": .met, "D": .insufficientData]),
      CriterionDescription.Example(
        "without a regional benchmark the gap is never guessed",
        year: 2022,
        schools: ["A": [.egeRussianMeanScore: [2022: 20]]],
        expected: ["A": .insufficientData]),
    ])
}
