import QualityKit

extension Krasnoyarsk {
  /// «10% расхождение показателей качества обученности от среднего показателя по муниципалитету;»
  public static let qualityGapOver10 = GapCriterion(
    id: "krasnoyarsk.quality_gap_over_10",
    title: LocalizedText(
      ru: "Качество обученности ниже среднего по муниципалитету более чем на 10 п.п.",
      en: "Quality of learning more than 10 p.p. below the municipal mean"),
    rationale: LocalizedText(
      ru: "Доля обучающихся на «4» и «5» заметно ниже, чем в среднем по муниципалитету (среднее "
        + "по школам когорты за год Y или значение, заданное пользователем).",
      en: "The share of students with 4s and 5s is well below the municipal mean (the mean over "
        + "the cohort's schools in year Y, or the host's benchmark)."),
    provenance: provenance(
      "10% расхождение показателей качества обученности от среднего показателя по "
        + "муниципалитету;", .derived,
      derivation: LocalizedText(
        ru:
          "«10% расхождение» понимается как отставание школы от среднего по муниципалитету более чем на 10 процентных пунктов; знак, пункты или проценты и строгость неравенства в документе не указаны.",
        en: "«10% расхождение» is read as the school more than 10 percentage points below "
          + "the municipal mean; the document states neither the sign, nor points vs relative, nor > vs ≥."
      )),
    metrics: [.resultsQualityPercent],
    reference: .municipalMean,
    threshold: PackParameter(
      key: "krasnoyarsk.quality_gap_over_10.threshold", defaultValue: 10,
      unit: .percentagePoints, range: 0...100, kind: .stated,
      rationale: LocalizedText(
        ru: "«10% расхождение»; прочтение в процентных пунктах — производное.",
        en: "«10% расхождение»; the percentage-point reading is derived.")),
    examples: [
      CriterionDescription.Example(
        "municipal mean (50 + 70 + 75 + 65) / 4 = 65: A is 15 below; D exactly at the mean",
        year: 2022,
        schools: [
          "A": [.resultsQualityPercent: [2022: 50]],
          "B": [.resultsQualityPercent: [2022: 70]],
          "C": [.resultsQualityPercent: [2022: 75]],
          "D": [.resultsQualityPercent: [2022: 65]],
          "E": [.resultsQualityPercent: [2021: 20]],
        ],
        expected: [
          "A": .met, "B": .notMet, "C": .notMet, "D": .notMet, "E": .insufficientData,
        ]),
      CriterionDescription.Example(
        "per-municipality cohort: М1 mean 56 (A 6 below), М2 mean 71 (D 11 below)",
        year: 2022,
        schools: [
          "A": [.resultsQualityPercent: [2022: 50]],
          "B": [.resultsQualityPercent: [2022: 62]],
          "C": [.resultsQualityPercent: [2022: 82]],
          "D": [.resultsQualityPercent: [2022: 60]],
        ],
        municipalities: ["A": "М1", "B": "М1", "C": "М2", "D": "М2"],
        cohort: .municipality,
        expected: ["A": .notMet, "B": .notMet, "C": .notMet, "D": .met]),
      CriterionDescription.Example(
        "a host-supplied municipal mean of 80 replaces the computed 69.5: 70 is exactly 10 below, "
          + "69 is 11 below",
        year: 2022,
        schools: [
          "A": [.resultsQualityPercent: [2022: 70]],
          "B": [.resultsQualityPercent: [2022: 69]],
        ],
        benchmarks: [
          .init(scope: .municipality("М"), year: 2022, metric: .resultsQualityPercent, value: 80)
        ],
        expected: ["A": .notMet, "B": .met]),
    ])
}
