import QualityKit

extension Khabarovsk {
  /// Indicator 5, the share of grade 9 and 11 graduates without a certificate, in year Y; more is
  /// worse.
  public static let noCertificateIndex = CompositeIndex(
    id: "index.khabarovsk.no_certificate",
    title: LocalizedText(
      ru: "индекс выпускников без аттестата (−z доли выпускников)",
      en: "graduates without a certificate index (−z of the share)"),
    components: [CompositeIndex.Component(.giaNoCertificatePercent, .negative)],
    provenance: provenance(
      "5. Численность вьшускников 9-х, 11-х классов, не получивrrlих аттестаты об основном общем "
        + "образовании, о среднем общем образовании, в общей .плсленности вьшускников.",
      derivation: LocalizedText(
        ru: "Показатель 5 («Численность выпускников 9-х, 11-х классов, не получивших аттестаты "
          + "об основном общем образовании, о среднем общем образовании, в общей численности "
          + "выпускников») назван без порога: школа в худшей четверти когорты по этой доле в году "
          + "Y; больше — хуже.",
        en: "Indicator 5 (the share of grade 9 and 11 graduates without a basic or secondary "
          + "general education certificate) is named without a threshold: the school is in the "
          + "worst quarter of the cohort by this share in year Y; more is worse.")))

  /// I5: the school is in the worst quarter of the cohort by its share of graduates without a
  /// certificate.
  public static let noCertificateWorstQuarter = LowestShareCriterion(
    id: "khabarovsk.no_certificate_worst_quarter",
    title: LocalizedText(
      ru: "Выпускники без аттестата: худшая четверть когорты",
      en: "Graduates without a certificate: worst quarter of the cohort"),
    rationale: LocalizedText(
      ru: "Подтверждающий признак ШНОР (показатель 5): высокая доля выпускников 9 и 11 классов, "
        + "не получивших аттестат. Значение за год Y. В правиле ШНОР действует вместе с "
        + "khabarovsk.no_certificate_present: школы с долей 0 делят отсечение, если их больше "
        + "трёх четвертей когорты.",
      en: "A supporting ШНОР criterion (indicator 5): a high share of grade 9 and 11 graduates "
        + "without a certificate. The value of year Y. In the ШНОР rule it acts together with "
        + "khabarovsk.no_certificate_present: schools at 0 tie at the cut-off when they are more "
        + "than three quarters of the cohort."),
    provenance: provenance(of: noCertificateIndex),
    index: noCertificateIndex,
    share: worstQuarterShare("khabarovsk.no_certificate_worst_quarter"),
    examples: [
      CriterionDescription.Example(
        "more is worse: n = 5, k = ⌈1.25⌉ = 2, the two highest shares (4 and 3) are met; F has a "
          + "value in 2021 only",
        year: 2022,
        schools: [
          "A": [.giaNoCertificatePercent: [2022: 0.5]],
          "B": [.giaNoCertificatePercent: [2022: 1]],
          "C": [.giaNoCertificatePercent: [2022: 2]],
          "D": [.giaNoCertificatePercent: [2022: 3]],
          "E": [.giaNoCertificatePercent: [2022: 4]],
          "F": [.giaNoCertificatePercent: [2021: 9]],
        ],
        expected: [
          "A": .notMet, "B": .notMet, "C": .notMet, "D": .met, "E": .met, "F": .insufficientData,
        ]),
      CriterionDescription.Example(
        "ties at 0: four of five schools have every graduate certified; k = 2 falls on their tie "
          + "and all five are met — the ШНОР rule therefore also requires "
          + "khabarovsk.no_certificate_present, which only A meets",
        year: 2022,
        schools: inYear2022(.giaNoCertificatePercent, ["A": 2, "B": 0, "C": 0, "D": 0, "E": 0]),
        expected: ["A": .met, "B": .met, "C": .met, "D": .met, "E": .met]),
    ])
}
