import QualityKit

extension Krasnoyarsk {
  /// «Менее 60% учащихся, продолживших обучение на старшей ступени образования.»
  public static let continuationBelow60 = ThresholdCriterion(
    id: "krasnoyarsk.continuation_below_60",
    title: LocalizedText(
      ru: "Менее 60 % учащихся продолжили обучение на старшей ступени",
      en: "Fewer than 60% of students continue to upper secondary"),
    // The document does not say 60 % of whom; the metric's denominator is the library's reading.
    rationale: LocalizedText(
      ru: "Низкая доля продолжающих обучение на старшей ступени — признак того, что низкие "
        + "результаты препятствуют образовательной траектории. Документ не говорит, от какого "
        + "числа считаются 60 %; прочтение библиотеки — доля выпускников 9 класса, продолживших "
        + "обучение в 10 классе. Значение берётся за год Y.",
      en: "Few students continuing to upper secondary signals that low results block their "
        + "educational path. The document does not say 60% of whom; the library reads it as the "
        + "share of grade 9 graduates who continue in grade 10. The value of year Y is used."),
    provenance: provenance(
      "Менее 60% учащихся, продолживших обучение на старшей ступени образования.", .stated),
    metric: .continuationGrade10Percent,
    comparison: .lessThan,
    threshold: PackParameter(
      key: "krasnoyarsk.continuation_below_60.threshold", defaultValue: 60, unit: .percent,
      range: 0...100, kind: .stated,
      rationale: LocalizedText(
        ru: "«Менее 60% учащихся…»: строго меньше.",
        en: "«Менее 60% учащихся…»: strictly below.")),
    examples: [
      CriterionDescription.Example(
        "59.9 is below 60; exactly 60 is not; a value only in 2021 does not count for 2022",
        year: 2022,
        schools: [
          "A": [.continuationGrade10Percent: [2022: 59.9]],
          "B": [.continuationGrade10Percent: [2022: 60]],
          "C": [.continuationGrade10Percent: [2021: 30]],
        ],
        expected: ["A": .met, "B": .notMet, "C": .insufficientData])
    ])
}
