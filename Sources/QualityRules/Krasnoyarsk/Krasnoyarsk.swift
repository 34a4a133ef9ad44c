import QualityKit

/// The Krasnoyarsk krai rules, drawn from the Lesosibirsk municipal programme (seed
/// `003_2156e850bfcb12b0.txt`), the only document of the five that states numeric identification
/// criteria (section 2.1, table «Общий подход к идентификации ШНРО/ШНСУ»).
///
/// Each criterion is a `static let` in its own file; ``pack`` assembles them.
public enum Krasnoyarsk {
  /// The seed file every Krasnoyarsk rule cites.
  static let source = "003_2156e850bfcb12b0.txt"
  /// The section of the identification table, as printed in the seed.
  static let identificationSection = "2.1.Организация процесса идентификации ШНОР/ШНСУ"
  /// The three-year window of «за последние 3 года».
  static let window = 3
  /// The years of the examples' three-year window ending in 2022.
  static let exampleYears = [2020, 2021, 2022]

  /// A provenance record in section 2.1 of seed 003.
  static func provenance(_ quote: String, _ kind: Provenance.Kind, derivation: LocalizedText? = nil)
    -> Provenance
  {
    Provenance(
      source: source, section: identificationSection, quote: quote, kind: kind,
      derivation: derivation)
  }

  /// The provenance of a criterion that ranks `index`: the index's own. Every Krasnoyarsk index has
  /// one; the empty fallback would fail the pack-invariant tests (quotes must be found in the seed).
  static func provenance(of index: CompositeIndex) -> Provenance {
    index.provenance ?? provenance("", .derived)
  }

  /// A lowest-share parameter for the criterion `id` («25% школ с самыми низкими …»).
  static func lowestQuarterShare(_ id: String) -> PackParameter {
    PackParameter(
      key: ParameterKey("\(id).share"), defaultValue: 0.25, unit: .share, range: 0.01...1,
      kind: .stated,
      rationale: LocalizedText(
        ru: "«25% школ с самыми низкими …»: доля когорты снизу.",
        en: "«25% школ с самыми низкими …»: the share of the cohort at the bottom."))
  }
}

extension Krasnoyarsk {
  /// See ``CriterionDescription/Example/repeating(_:over:)``.
  static func repeating(_ values: [MetricKey: Double], over years: [Int])
    -> [MetricKey: [Int: Double]]
  {
    CriterionDescription.Example.repeating(values, over: years)
  }

  /// See ``CriterionDescription/Example/byYear(_:)``.
  static func byYear(_ values: [Int: [MetricKey: Double]]) -> [MetricKey: [Int: Double]] {
    CriterionDescription.Example.byYear(values)
  }
}
