import QualityKit

extension Khabarovsk {
  /// The guard of ``belowMinWorstQuarter`` in the ШНОР rule: the school has some ГИА result below
  /// the minimum in a compulsory subject in year Y.
  public static let belowMinPresent = ThresholdCriterion(
    id: "khabarovsk.below_min_present",
    title: LocalizedText(
      ru: "Есть результаты ГИА ниже минимального балла по обязательному предмету",
      en: "Some ГИА results below the minimum score in a compulsory subject"),
    rationale: LocalizedText(
      ru: "Страховка от ничьих: школа, у которой ни по одному обязательному предмету нет "
        + "участников ниже минимального балла, не подтверждает ШНОР по показателям 2 и 4, даже "
        + "если ничья на нуле попала на отсечение худшей четверти. Достаточно одного предмета.",
      en: "A guard against ties: a school with no participant below the minimum in any compulsory "
        + "subject does not support ШНОР through indicators 2 and 4, even when a tie at zero "
        + "lands on the worst-quarter cut-off. One subject is enough."),
    provenance: provenance(
      "2. Численность вьшускников 9-х, 11-х классов, получивших неудовлетворительные результаты "
        + "на ГИА по обязательным предмsтам.",
      derivation: LocalizedText(
        ru: "Показатель 2 считает выпускников с неудовлетворительными результатами; если их нет "
          + "(доля 0 по всем предметам), худший результат по этому показателю невозможен. "
          + "Порог 0 — производный параметр.",
        en: "Indicator 2 counts graduates with unsatisfactory results; a school with none (a share "
          + "of 0 in every subject) cannot be among the worst on it. The floor of 0 is a derived "
          + "parameter.")),
    metrics: [
      .egeRussianBelowMinPercent, .egeMathBelowMinPercent, .ogeRussianBelowMinPercent,
      .ogeMathBelowMinPercent,
    ],
    comparison: .greaterThan,
    threshold: PackParameter(
      key: "khabarovsk.below_min_present.floor", defaultValue: 0, unit: .percent, range: 0...100,
      kind: .derived,
      rationale: LocalizedText(
        ru: "Доля ниже минимума строго больше 0 хотя бы по одному предмету: у школы есть "
          + "неудовлетворительные результаты.",
        en: "A share below the minimum strictly above 0 in at least one subject: the school has "
          + "unsatisfactory results.")),
    examples: [
      CriterionDescription.Example(
        "A has 1.5 % in ОГЭ mathematics (one subject is enough); B and the basic school C are 0 "
          + "everywhere; D has no value",
        year: 2022,
        schools: [
          "A": byYear([
            2022: belowMin(ege: 0, oge: 0).merging([.ogeMathBelowMinPercent: 1.5]) { $1 }
          ]),
          "B": byYear([2022: belowMin(ege: 0, oge: 0)]),
          "C": byYear([2022: [.ogeRussianBelowMinPercent: 0, .ogeMathBelowMinPercent: 0]]),
          "D": [:],
        ],
        expected: ["A": .met, "B": .notMet, "C": .notMet, "D": .insufficientData])
    ])
}
