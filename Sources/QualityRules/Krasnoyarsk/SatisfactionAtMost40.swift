import QualityKit

extension Krasnoyarsk {
  /// «40 % и ниже показатели удовлетворенности качеством образовательных услуг…»
  public static let satisfactionAtMost40 = ThresholdCriterion(
    id: "krasnoyarsk.satisfaction_at_most_40",
    title: LocalizedText(
      ru: "Удовлетворённость качеством образовательных услуг 40 % и ниже (НОКО)",
      en: "Satisfaction with educational services 40% or lower (independent assessment)"),
    rationale: LocalizedText(
      ru: "Низкая оценка школы потребителями по результатам независимой оценки качества. "
        + "Значение берётся за год Y.",
      en: "Low satisfaction in the independent quality assessment. The value of year Y is used."),
    provenance: provenance(
      "40 % и ниже показатели удовлетворенности качеством образовательных услуг, "
        + "предоставляемых школой, по результатам независимой оценки качества их образовательной "
        + "деятельности.", .stated),
    metric: .satisfactionPercent,
    comparison: .atMost,
    threshold: PackParameter(
      key: "krasnoyarsk.satisfaction_at_most_40.threshold", defaultValue: 40, unit: .percent,
      range: 0...100, kind: .stated,
      rationale: LocalizedText(
        ru: "«40 % и ниже»: не более.",
        en: "«40 % и ниже»: at most.")),
    examples: [
      CriterionDescription.Example(
        "40 is «40 % и ниже»; 40.1 is not; missing is insufficient data",
        year: 2022,
        schools: [
          "A": [.satisfactionPercent: [2022: 40]],
          "B": [.satisfactionPercent: [2022: 40.1]],
          "C": [:],
        ],
        expected: ["A": .met, "B": .notMet, "C": .insufficientData])
    ])
}
