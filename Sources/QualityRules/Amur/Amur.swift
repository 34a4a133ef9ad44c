import QualityKit

/// The Amur oblast rules, drawn from two municipal programmes: г. Свободный (seed
/// `000_2047c6b8ed2e3828.txt`, 2022–2024) and Михайловский район (seed `002_b8ad0e30ae99d723.txt`,
/// 2019–2021).
///
/// Neither document states a numeric identification criterion. Seed 000 lists the social factors
/// that lower results with their direction (Приложение 1), the target «не более 5 %» of students
/// below the minimum in compulsory subjects, and the markers of non-objective ВПР results; seed 002
/// speaks of «стабильно низкие результаты» over «нескольких последних лет», names the ИСБ without
/// components, and tells schools «в кризисной ситуации» from schools «в ситуации риска». Every rule
/// built on these is `derived` except the 5 % threshold, and every derived number is a parameter.
///
/// Each criterion is a `static let` in its own file; ``pack`` assembles them.
public enum Amur {
  /// Seed 000: г. Свободный, «Повышение качества образования в муниципальных общеобразовательных
  /// организациях г. Свободного на 2022-2024 годы».
  static let svobodny = "000_2047c6b8ed2e3828.txt"
  /// Seed 002: Михайловский район, «Программа повышения качества образования в общеобразовательных
  /// организациях Михайловского района, функционирующих в неблагоприятных социальных условиях».
  static let mikhailovsky = "002_b8ad0e30ae99d723.txt"

  /// Seed 000's sections, as printed.
  enum Section {
    /// The passport, with the target indicators.
    static let passport = "Раздел 1. Паспорт Программы"
    /// The analysis of the quality of education, where Приложение 1 and 2 are printed.
    static let analysis =
      "Раздел 2. Анализ состояния качества образования в образовательных организациях г. "
      + "Свободного на основе мониторинговых исследований"
    /// The factors with a significant influence on results.
    static let appendix1 = "Приложение 1"
    /// The factors without a significant influence on results.
    static let appendix2 = "Приложение 2"
    /// The ВПР 2021 analysis, with the markers of non-objective results.
    static let vpr = "Итоги Всероссийских проверочных работ 2021 года"
    /// Seed 002's «Актуальность», which follows the passport: the persistent-results and
    /// crisis-or-risk passages.
    static let mikhailovskyRelevance = "Актуальность"
    /// Seed 002's plan of measures.
    static let mikhailovskyMeasures = "Мероприятия Программы"
  }

  /// The years of the examples' three-year window ending in 2022.
  static let exampleYears = [2020, 2021, 2022]

  /// A provenance record in seed 000 (г. Свободный).
  static func svobodny(
    _ section: String, _ quote: String, _ kind: Provenance.Kind, derivation: LocalizedText? = nil
  ) -> Provenance {
    Provenance(
      source: svobodny, section: section, quote: quote, kind: kind, derivation: derivation)
  }

  /// A provenance record in seed 002 (Михайловский район).
  static func mikhailovsky(
    _ section: String, _ quote: String, _ kind: Provenance.Kind, derivation: LocalizedText? = nil
  ) -> Provenance {
    Provenance(
      source: mikhailovsky, section: section, quote: quote, kind: kind, derivation: derivation)
  }

  /// The provenance of an index; every Amur index has one. The empty fallback would fail the
  /// pack-invariant tests (quotes must be found in the seed).
  static func provenance(of index: CompositeIndex) -> Provenance {
    index.provenance ?? svobodny(Section.analysis, "", .derived)
  }

  /// A lowest-share parameter for the criterion `id`: the documents give no share, so a quarter.
  static func lowestShare(_ id: String) -> PackParameter {
    PackParameter(
      key: ParameterKey("\(id).share"), defaultValue: 0.25, unit: .share, range: 0.01...1,
      kind: .derived,
      rationale: LocalizedText(
        ru: "Документы Амурской области доли не называют; 0,25 — нижняя четверть когорты, как в "
          + "единственном документе корпуса, где доля указана (Красноярский край, «25% школ с "
          + "самыми низкими …»).",
        en: "The Amur documents give no share; 0.25 is the bottom quarter of the cohort, as in the "
          + "only document of the corpus that states one (Krasnoyarsk krai, «25% школ с самыми "
          + "низкими …»)."))
  }
}

extension Amur {
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
