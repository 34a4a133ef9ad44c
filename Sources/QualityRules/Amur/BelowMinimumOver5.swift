import QualityKit

extension Amur {
  /// «Доля обучающихся, получивших по итогам ОГЭ и ЕГЭ по обязательным предметам количество баллов
  /// ниже минимума, установленного Рособрнадзором - не более 5 %.» — the target missed.
  public static let belowMinimumOver5 = ThresholdCriterion(
    id: "amur.below_minimum_over_5",
    title: LocalizedText(
      ru: "Более 5 % участников ОГЭ или ЕГЭ по обязательному предмету набрали баллов ниже "
        + "минимума",
      en: "More than 5% of ОГЭ or ЕГЭ takers in a compulsory subject scored below the minimum"),
    rationale: LocalizedText(
      ru: "Целевой индикатор программы г. Свободного («не более 5 %») не достигнут школой: хотя бы "
        + "по одному обязательному предмету (русский язык, математика; ОГЭ или ЕГЭ) доля "
        + "участников ниже минимального балла в году Y больше 5 %. Основная школа без ЕГЭ "
        + "оценивается по ОГЭ.",
      en: "The school misses the Svobodny programme's target («не более 5 %»): in at least one "
        + "compulsory subject (Russian, mathematics; ОГЭ or ЕГЭ) more than 5% of takers in year Y "
        + "scored below the minimum. A basic school without ЕГЭ is judged on its ОГЭ."),
    provenance: svobodny(
      Section.passport,
      "Доля обучающихся, получивших по итогам ОГЭ и ЕГЭ по обязательным предметам количество "
        + "баллов ниже минимума, установленного Рособрнадзором - не более 5 %.", .derived,
      derivation: LocalizedText(
        ru:
          "Число 5 % — документа (целевой индикатор 6 паспорта, «не более»). Производные: индикатор используется как критерий для школы, а не только для муниципалитета; индикатор — одна доля по всем обязательным предметам, но численность участников по предметам в данных нет, поэтому целевое значение считается не достигнутым, если доля выше 5 % хотя бы по одному предмету и экзамену.",
        en: "The 5% is the document's (target indicator 6 of the passport, «не более»). Derived: "
          + "the indicator is used as a criterion for a school, not only for the municipality; it "
          + "is one share across the compulsory subjects, but the data have no per-subject "
          + "participant counts, so the target counts as missed when the share exceeds 5% in any "
          + "one subject and exam.")),
    metrics: [
      .egeRussianBelowMinPercent, .egeMathBelowMinPercent, .ogeRussianBelowMinPercent,
      .ogeMathBelowMinPercent,
    ],
    comparison: .greaterThan,
    threshold: PackParameter(
      key: "amur.below_minimum_over_5.threshold", defaultValue: 5, unit: .percent, range: 0...100,
      kind: .stated,
      rationale: LocalizedText(
        ru: "«…ниже минимума, установленного Рособрнадзором - не более 5 %»: цель не достигнута, "
          + "если доля строго больше 5.",
        en: "«…ниже минимума, установленного Рособрнадзором - не более 5 %»: the target is missed "
          + "when the share is strictly above 5.")),
    examples: [
      CriterionDescription.Example(
        "A: ЕГЭ mathematics 5.1 > 5 → met; B: exactly 5 in every subject meets the target → not "
          + "met; C, a basic school: ОГЭ mathematics 7.5 → met without ЕГЭ; D: everything ≤ 5 → "
          + "not met; E: values only for 2021 do not count for 2022",
        year: 2022,
        schools: [
          "A": [
            .egeRussianBelowMinPercent: [2022: 0], .egeMathBelowMinPercent: [2022: 5.1],
            .ogeRussianBelowMinPercent: [2022: 1], .ogeMathBelowMinPercent: [2022: 2],
          ],
          "B": repeating(
            [
              .egeRussianBelowMinPercent: 5, .egeMathBelowMinPercent: 5,
              .ogeRussianBelowMinPercent: 5, .ogeMathBelowMinPercent: 5,
            ], over: [2022]),
          "C": [.ogeRussianBelowMinPercent: [2022: 2], .ogeMathBelowMinPercent: [2022: 7.5]],
          "D": [
            .egeRussianBelowMinPercent: [2022: 0], .egeMathBelowMinPercent: [2022: 3],
            .ogeRussianBelowMinPercent: [2022: 1], .ogeMathBelowMinPercent: [2022: 4.9],
          ],
          "E": [.ogeMathBelowMinPercent: [2021: 12]],
        ],
        expected: [
          "A": .met, "B": .notMet, "C": .met, "D": .notMet, "E": .insufficientData,
        ])
    ])
}
