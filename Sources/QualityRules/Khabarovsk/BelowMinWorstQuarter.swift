import QualityKit

extension Khabarovsk {
  /// Indicators 2 and 4: the shares of ЕГЭ and ОГЭ participants below the minimum score in the
  /// compulsory subjects (Russian and mathematics), in year Y; more is worse.
  public static let belowMinIndex = CompositeIndex(
    id: "index.khabarovsk.below_min",
    title: LocalizedText(
      ru: "индекс результатов ГИА ниже минимума (−z долей по обязательным предметам)",
      en: "below-minimum ГИА index (−z of the shares in compulsory subjects)"),
    components: [
      CompositeIndex.Component(.egeRussianBelowMinPercent, .negative),
      CompositeIndex.Component(.egeMathBelowMinPercent, .negative),
      CompositeIndex.Component(.ogeRussianBelowMinPercent, .negative),
      CompositeIndex.Component(.ogeMathBelowMinPercent, .negative),
    ],
    provenance: provenance(
      "2. Численность вьшускников 9-х, 11-х классов, получивших неудовлетворительные результаты "
        + "на ГИА по обязательным предмsтам. … 4. Численность выпускников 9-х, 11-х кJIассов, "
        + "получивших результаты ниже установлеЕного миЕимального количества баллов ГИА по "
        + "обязательным предметам, в общей tмсленности выпускников.",
      derivation: LocalizedText(
        ru: "Показатель 2 — численность выпускников с неудовлетворительными результатами ГИА по "
          + "обязательным предметам; численность несопоставима между школами разного размера, а "
          + "неудовлетворительный результат ГИА — это результат ниже минимального балла, поэтому "
          + "показатель 2 читается через долю показателя 4. Доли ниже минимума по ЕГЭ и ОГЭ по "
          + "русскому языку и математике за год Y — z-оценки со знаком «−», усреднённые; нужно не "
          + "менее 2 из 4 (у ООШ — только ОГЭ).",
        en: "Indicator 2 is a count of graduates with unsatisfactory ГИА results in compulsory "
          + "subjects; a count is not comparable across schools of different size, and an "
          + "unsatisfactory ГИА result is a result below the minimum score, so indicator 2 is read "
          + "through indicator 4's share. The ЕГЭ and ОГЭ Russian and mathematics shares below the "
          + "minimum in year Y enter as −z and are averaged; 2 of 4 are needed (a basic school has "
          + "ОГЭ only).")))

  /// I2 + I4: the school is in the worst quarter of the cohort by its shares below the ГИА minimum.
  public static let belowMinWorstQuarter = LowestShareCriterion(
    id: "khabarovsk.below_min_worst_quarter",
    title: LocalizedText(
      ru: "Результаты ГИА ниже минимального балла по обязательным предметам: худшая четверть "
        + "когорты",
      en: "ГИА results below the minimum score in compulsory subjects: worst quarter of the cohort"),
    rationale: LocalizedText(
      ru: "Подтверждающий признак ШНОР (показатели 2 и 4): много выпускников 9 и 11 классов ниже "
        + "минимального балла по русскому языку и математике. Значения за год Y. В правиле ШНОР "
        + "действует вместе с khabarovsk.below_min_present: при большой доле школ без единого "
        + "результата ниже минимума они делят отсечение и все оказались бы «в худшей четверти».",
      en: "A supporting ШНОР criterion (indicators 2 and 4): many grade 9 and 11 graduates below "
        + "the minimum score in Russian and mathematics. Values of year Y. In the ШНОР rule it acts "
        + "together with khabarovsk.below_min_present: when many schools have no result below the "
        + "minimum they tie at the cut-off and would all be «in the worst quarter»."),
    provenance: provenance(of: belowMinIndex),
    index: belowMinIndex,
    share: worstQuarterShare("khabarovsk.below_min_worst_quarter"),
    examples: [
      CriterionDescription.Example(
        "every share equal within a school, so the index ranks by it: n = 4, k = 1, D (4 %) is "
          + "the worst; E has 1 of 4 cells (less than half) and is not counted",
        year: 2022,
        schools: [
          "A": byYear([2022: belowMin(ege: 1, oge: 1)]),
          "B": byYear([2022: belowMin(ege: 2, oge: 2)]),
          "C": byYear([2022: belowMin(ege: 3, oge: 3)]),
          "D": byYear([2022: belowMin(ege: 4, oge: 4)]),
          "E": [.egeRussianBelowMinPercent: [2022: 9]],
        ],
        expected: [
          "A": .notMet, "B": .notMet, "C": .notMet, "D": .met, "E": .insufficientData,
        ]),
      CriterionDescription.Example(
        "a basic school (ОГЭ only, 2 of 4 cells) is ranked on ОГЭ: D's 9 % gives −z = −1.69, "
          + "below C's −(1.22 + 1.22 − 0.24 − 0.24) / 4 = −0.49; n = 4, k = 1",
        year: 2022,
        schools: [
          "A": byYear([2022: belowMin(ege: 1, oge: 1)]),
          "B": byYear([2022: belowMin(ege: 2, oge: 2)]),
          "C": byYear([2022: belowMin(ege: 3, oge: 3)]),
          "D": byYear([2022: [.ogeRussianBelowMinPercent: 9, .ogeMathBelowMinPercent: 9]]),
        ],
        expected: ["A": .notMet, "B": .notMet, "C": .notMet, "D": .met]),
      CriterionDescription.Example(
        "ties at 0: four of five schools have no result below the minimum; k = ⌈1.25⌉ = 2 falls "
          + "on their tie, so all five are met — the ШНОР rule therefore also requires "
          + "khabarovsk.below_min_present, which only A meets",
        year: 2022,
        schools: [
          "A": byYear([2022: belowMin(ege: 2, oge: 2)]),
          "B": byYear([2022: belowMin(ege: 0, oge: 0)]),
          "C": byYear([2022: belowMin(ege: 0, oge: 0)]),
          "D": byYear([2022: belowMin(ege: 0, oge: 0)]),
          "E": byYear([2022: belowMin(ege: 0, oge: 0)]),
        ],
        expected: ["A": .met, "B": .met, "C": .met, "D": .met, "E": .met]),
    ])

  /// The four shares below the minimum: ЕГЭ Russian and mathematics at `ege`, ОГЭ at `oge`.
  static func belowMin(ege: Double, oge: Double) -> [MetricKey: Double] {
    [
      .egeRussianBelowMinPercent: ege, .egeMathBelowMinPercent: ege,
      .ogeRussianBelowMinPercent: oge, .ogeMathBelowMinPercent: oge,
    ]
  }
}
