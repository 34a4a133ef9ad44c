import QualityKit

/// The Krasnodar krai rules, drawn from the Тбилисский район network programme for schools with
/// low results (seed `004_a21e3c7c7266135d.txt`).
///
/// The document states no numeric criterion. It concludes that «за последние три года по ряду
/// предметов выпускники показывают результаты ниже муниципальных и краевых» and, in its plan,
/// names the procedures it monitors (ВПР, ОГЭ, ЕГЭ). The pack turns the conclusion into one derived
/// criterion (``belowReferences``) and reports, per procedure, where the low results come from.
///
/// Each criterion is a `static let` in its own file; ``pack`` assembles them.
public enum Krasnodar {
  /// The seed file every Krasnodar rule cites.
  static let source = "004_a21e3c7c7266135d.txt"
  /// The section with the situation analysis and its conclusion, as printed in the seed.
  static let situationSection =
    "2. Описание текущей ситуации и обоснование необходимости реализации Программы"
  /// The plan module with the monitoring measures 2.2 and 2.3, as printed in the seed.
  static let organisationalModule = "2. Организационный модуль"
  /// The years of the examples' three-year window ending in 2022.
  static let exampleYears = [2020, 2021, 2022]

  /// A provenance record in the situation analysis (section 2) of seed 004.
  static func provenance(_ quote: String, _ kind: Provenance.Kind, derivation: LocalizedText? = nil)
    -> Provenance
  {
    Provenance(
      source: source, section: situationSection, quote: quote, kind: kind, derivation: derivation)
  }

  /// A provenance record in the plan's organisational module (measures 2.2 and 2.3) of seed 004.
  static func planProvenance(_ quote: String, derivation: LocalizedText) -> Provenance {
    Provenance(
      source: source, section: organisationalModule, quote: quote, kind: .derived,
      derivation: derivation)
  }

  /// The window parameter of the criterion `id`: «за последние три года».
  static func threeYears(_ id: String) -> PackParameter {
    PackParameter(
      key: ParameterKey("\(id).window"), defaultValue: 3, unit: .years, range: 1...10,
      kind: .stated,
      rationale: LocalizedText(
        ru: "«за последние три года»: школа ниже в каждом из трёх лет Y−2 … Y.",
        en: "«за последние три года»: the school is below in each of the three years Y−2 … Y."))
  }

  /// The subject-count parameter of a procedure criterion `id`: one of its two subjects.
  static func oneOfTwoSubjects(_ id: String) -> PackParameter {
    PackParameter(
      key: ParameterKey("\(id).min_subjects"), defaultValue: 1, unit: .count, range: 1...2,
      kind: .derived,
      rationale: LocalizedText(
        ru: "Документ не даёт числа: одного предмета из двух достаточно, чтобы указать, по какой "
          + "процедуре школа ниже обоих ориентиров.",
        en: "The document gives no number: one subject of the two is enough to show which "
          + "procedure the school is below both references in."))
  }
}

extension Krasnodar {
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

  /// The same reference values in `scope` for each of `years`: the examples' benchmarks file.
  static func references(
    _ scope: Benchmarks.Scope, _ values: [MetricKey: Double], over years: [Int] = exampleYears
  ) -> [Benchmarks.Entry] {
    years.flatMap { year in
      values.sorted { $0.key < $1.key }.map {
        Benchmarks.Entry(scope: scope, year: AcademicYear(year), metric: $0.key, value: $0.value)
      }
    }
  }

  /// The six subjects with regional benchmarks: both ЕГЭ subjects at `points`, the four ОГЭ and ВПР
  /// marks at `mark`.
  static func sixSubjects(points: Double, mark: Double) -> [MetricKey: Double] {
    [
      .egeRussianMeanScore: points, .egeMathProfileMeanScore: points, .ogeRussianMeanMark: mark,
      .ogeMathMeanMark: mark, .vprRussianMeanMark: mark, .vprMathMeanMark: mark,
    ]
  }

  /// The four ОГЭ and ВПР marks at `mark`: a basic school (ООШ), which sits no ЕГЭ.
  static func basicSchool(mark: Double) -> [MetricKey: Double] {
    [
      .ogeRussianMeanMark: mark, .ogeMathMeanMark: mark, .vprRussianMeanMark: mark,
      .vprMathMeanMark: mark,
    ]
  }
}
