import QualityKit

extension Khabarovsk {
  /// The guard of ``noCertificateWorstQuarter`` in the ШНОР rule: some graduate of year Y left
  /// without a certificate.
  public static let noCertificatePresent = ThresholdCriterion(
    id: "khabarovsk.no_certificate_present",
    title: LocalizedText(
      ru: "Есть выпускники 9 или 11 класса без аттестата",
      en: "Some grade 9 or 11 graduates without a certificate"),
    rationale: LocalizedText(
      ru: "Страховка от ничьих: школа, все выпускники которой получили аттестат, не подтверждает "
        + "ШНОР по показателю 5, даже если ничья на нуле попала на отсечение худшей четверти.",
      en: "A guard against ties: a school whose graduates all received a certificate does not "
        + "support ШНОР through indicator 5, even when a tie at zero lands on the worst-quarter "
        + "cut-off."),
    provenance: provenance(
      "5. Численность вьшускников 9-х, 11-х классов, не получивrrlих аттестаты об основном общем "
        + "образовании, о среднем общем образовании",
      derivation: LocalizedText(
        ru: "Если выпускников без аттестата нет (доля 0), худший результат по показателю 5 "
          + "невозможен. Порог 0 — производный параметр.",
        en: "A school with no graduate left without a certificate (a share of 0) cannot be among "
          + "the worst on indicator 5. The floor of 0 is a derived parameter.")),
    metric: .giaNoCertificatePercent,
    comparison: .greaterThan,
    threshold: PackParameter(
      key: "khabarovsk.no_certificate_present.floor", defaultValue: 0, unit: .percent,
      range: 0...100, kind: .derived,
      rationale: LocalizedText(
        ru: "Доля без аттестата строго больше 0: в школе есть выпускники без аттестата.",
        en: "A share without a certificate strictly above 0: the school has such graduates.")),
    examples: [
      CriterionDescription.Example(
        "0.8 is above 0; exactly 0 is not; missing is insufficient data",
        year: 2022,
        schools: [
          "A": [.giaNoCertificatePercent: [2022: 0.8]],
          "B": [.giaNoCertificatePercent: [2022: 0]],
          "C": [:],
        ],
        expected: ["A": .met, "B": .notMet, "C": .insufficientData])
    ])
}
