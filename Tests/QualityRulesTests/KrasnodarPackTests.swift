import Foundation
import QualityKit
import QualityRules
import Testing

/// Hand-checked cohorts for the Krasnodar category rule, beyond the per-criterion examples.
///
/// Unless a test says otherwise the references are the same in 2020, 2021 and 2022 for every
/// subject: municipal (host-supplied `municipality:М`) 65 points for ЕГЭ and 3.8 for the ОГЭ and
/// ВПР marks; regional 70 points and 4.0. A school at 60 points or 3.5 is below both; at 80 or 4.5
/// above both.
@Suite struct KrasnodarPackTests {
  static let years = [2020, 2021, 2022]
  static let ege: [MetricKey] = [.egeRussianMeanScore, .egeMathProfileMeanScore]
  static let oge: [MetricKey] = [.ogeRussianMeanMark, .ogeMathMeanMark]
  static let vpr: [MetricKey] = [.vprRussianMeanMark, .vprMathMeanMark]
  static let subjects = ege + oge + vpr

  /// One school's values: metric → (year → value).
  typealias Values = [MetricKey: [Int: Double]]

  /// `points` for the ЕГЭ subjects and `mark` for the others, in `metrics`, every year.
  static func values(_ metrics: [MetricKey], points: Double, mark: Double) -> Values {
    Dictionary(
      uniqueKeysWithValues: metrics.map { metric in
        let value = ege.contains(metric) ? points : mark
        return (metric, Dictionary(uniqueKeysWithValues: years.map { ($0, value) }))
      })
  }

  /// `points`/`mark` in every subject of `below`, 80/4.5 (above both references) in the rest.
  static func below(_ below: [MetricKey], points: Double = 60, mark: Double = 3.5) -> Values {
    values(subjects, points: 80, mark: 4.5).merging(values(below, points: points, mark: mark)) {
      $1
    }
  }

  /// Reference values for every subject and year in `scope`.
  static func references(_ scope: Benchmarks.Scope, points: Double, mark: Double)
    -> [Benchmarks.Entry]
  {
    years.flatMap { year in
      subjects.map { metric in
        Benchmarks.Entry(
          scope: scope, year: AcademicYear(year), metric: metric,
          value: ege.contains(metric) ? points : mark)
      }
    }
  }

  /// The default references: municipal 65 / 3.8, regional 70 / 4.0.
  static let standardReferences =
    references(.municipality("М"), points: 65, mark: 3.8)
    + references(.region, points: 70, mark: 4.0)

  /// A dataset of `schools` (all in municipality «М»); `basic` lists the basic schools (ООШ).
  static func dataset(_ schools: [String: Values], basic: Set<String> = []) throws -> Dataset {
    let list = schools.keys.sorted().map {
      School(
        id: SchoolID($0), name: "Школа \($0)", municipality: "М",
        kind: basic.contains($0) ? .basic : .secondary)
    }
    var builder = try Dataset.Builder(schools: list)
    for (id, metrics) in schools {
      for (metric, byYear) in metrics {
        for (year, value) in byYear {
          try builder.set(value, school: SchoolID(id), year: AcademicYear(year), metric: metric)
        }
      }
    }
    return builder.build()
  }

  /// Runs the `krasnodar` pack for 2022.
  static func identify(
    _ schools: [String: Values], basic: Set<String> = [],
    benchmarks: [Benchmarks.Entry] = standardReferences, overrides: [ParameterKey: Double] = [:]
  ) throws -> IdentificationReport {
    try Identifier(packs: [DefaultPacks.krasnodar]).identify(
      try dataset(schools, basic: basic), benchmarks: try Benchmarks(benchmarks), year: 2022,
      overrides: overrides)
  }

  static func outcome(_ report: IdentificationReport, _ id: String) throws
    -> IdentificationReport.SchoolOutcome
  {
    try #require(report.schools.first { $0.school.id == SchoolID(id) })
  }

  /// A: below both in ЕГЭ and ОГЭ (4 subjects ≥ 3) → ШНОР; the findings say ЕГЭ and ОГЭ, not ВПР.
  /// B: below both in the two ВПР subjects only (2 < 3) → not ШНОР, though its ВПР finding is met.
  /// C: above both everywhere.
  @Test func lowResultsIsTheMainCriterionAndTheProceduresTellWhere() throws {
    let report = try Self.identify([
      "A": Self.below(Self.ege + Self.oge),
      "B": Self.below(Self.vpr),
      "C": Self.below([]),
    ])
    #expect(report.schools(in: .lowResults).map(\.school.id) == ["A"])
    let a = try Self.outcome(report, "A")
    #expect(a.finding("krasnodar.below_references")?.result.evidence?.value == 4)
    #expect(a.finding("krasnodar.ege_below_references")?.status == .met)
    #expect(a.finding("krasnodar.oge_below_references")?.status == .met)
    #expect(a.finding("krasnodar.vpr_below_references")?.status == .notMet)
    let b = try Self.outcome(report, "B")
    #expect(b.finding("krasnodar.vpr_below_references")?.status == .met)
    #expect(b.finding("krasnodar.below_references")?.status == .notMet)
    for outcome in report.schools {
      #expect(outcome.undeterminedCategories.isEmpty, "\(outcome.school.id) is decided")
    }
    #expect(report.issues.isEmpty)
  }

  /// Computed municipal means, regional values below them: regional 60 / 3.5; municipal
  /// (64 + 84 + 50 + 82) / 4 = 70 and (3.6 + 4.6 + 3.0 + 4.4) / 4 = 3.9. A (64, 3.6) is below the
  /// municipal mean in all six subjects and all three years but never below the regional value, so
  /// not one subject counts — not even with k = 1. C (50, 3.0) is below both.
  @Test func belowOnlyTheMunicipalMeanIsNotCounted() throws {
    let schools = [
      "A": Self.values(Self.subjects, points: 64, mark: 3.6),
      "B": Self.values(Self.subjects, points: 84, mark: 4.6),
      "C": Self.values(Self.subjects, points: 50, mark: 3.0),
      "D": Self.values(Self.subjects, points: 82, mark: 4.4),
    ]
    let regional = Self.references(.region, points: 60, mark: 3.5)
    for k in [3.0, 1.0] {
      let report = try Self.identify(
        schools, benchmarks: regional, overrides: ["krasnodar.below_references.min_subjects": k])
      #expect(report.schools(in: .lowResults).map(\.school.id) == ["C"], "k = \(k)")
      let a = try Self.outcome(report, "A")
      #expect(a.finding("krasnodar.below_references")?.status == .notMet)
      #expect(a.finding("krasnodar.below_references")?.result.evidence?.value == 0)
      #expect(a.undeterminedCategories.isEmpty)
    }
  }

  /// Every school is below both in exactly three subjects (ЕГЭ Russian, ЕГЭ maths, ОГЭ Russian)
  /// except in one year of one subject. The regional ОГЭ Russian value for 2020 is 3.7 here, below
  /// the municipal 3.8, so that a value can sit between the two either way round.
  /// A: ЕГЭ maths 68 in 2021 — above the municipal 65, below the regional 70.
  /// B: ОГЭ Russian 3.75 in 2020 — below the municipal 3.8, above the regional 3.7.
  /// C: ЕГЭ Russian 72 in 2022 — above both. E: ЕГЭ maths exactly 65 in 2021 — not strictly below.
  /// Each keeps 2 subjects and has none open, 2 < 3: decided, not ШНОР. D, with no exception, is.
  @Test func oneYearAtOrAboveEitherReferenceRulesTheSubjectOut() throws {
    let three = Self.below([.egeRussianMeanScore, .egeMathProfileMeanScore, .ogeRussianMeanMark])
    func with(_ metric: MetricKey, _ year: Int, _ value: Double) -> Values {
      var values = three
      values[metric]?[year] = value
      return values
    }
    let benchmarks =
      Self.standardReferences.filter {
        !($0.scope == .region && $0.metric == .ogeRussianMeanMark && $0.year == 2020)
      } + [Benchmarks.Entry(scope: .region, year: 2020, metric: .ogeRussianMeanMark, value: 3.7)]
    let report = try Self.identify(
      [
        "A": with(.egeMathProfileMeanScore, 2021, 68),
        "B": with(.ogeRussianMeanMark, 2020, 3.75),
        "C": with(.egeRussianMeanScore, 2022, 72),
        "D": three,
        "E": with(.egeMathProfileMeanScore, 2021, 65),
      ], benchmarks: benchmarks)
    #expect(report.schools(in: .lowResults).map(\.school.id) == ["D"])
    for id in ["A", "B", "C", "E"] {
      let outcome = try Self.outcome(report, id)
      #expect(outcome.finding("krasnodar.below_references")?.result.evidence?.value == 2, "\(id)")
      #expect(outcome.undeterminedCategories.isEmpty, "\(id) is decided")
    }
  }

  /// No regional values at all: every subject stays open, so a school below the municipal mean
  /// everywhere is undetermined for ШНОР — never a silent "no".
  @Test func noRegionalBenchmarkLeavesTheCategoryOpen() throws {
    let report = try Self.identify(
      ["A": Self.below(Self.subjects)],
      benchmarks: Self.references(.municipality("М"), points: 65, mark: 3.8))
    let a = try Self.outcome(report, "A")
    #expect(a.finding("krasnodar.below_references")?.status == .insufficientData)
    #expect(a.categories.isEmpty)
    #expect(a.undeterminedCategories == [.lowResults])
    #expect(report.issues.contains { $0.code == "missing_regional_benchmark" })
  }

  /// The regional ЕГЭ maths value is missing for 2022 only. A is below both in ЕГЭ maths, ЕГЭ
  /// Russian and ОГЭ Russian: 2 subjects count and ЕГЭ maths is open, 2 + 1 ≥ 3 → undetermined.
  /// B is below in ЕГЭ maths and ОГЭ Russian only: 1 + 1 open < 3 → decided "no" all the same.
  @Test func oneMissingRegionalValueLeavesOnlyItsSubjectOpen() throws {
    let benchmarks = Self.standardReferences.filter {
      !($0.scope == .region && $0.metric == .egeMathProfileMeanScore && $0.year == 2022)
    }
    let report = try Self.identify(
      [
        "A": Self.below([.egeRussianMeanScore, .egeMathProfileMeanScore, .ogeRussianMeanMark]),
        "B": Self.below([.egeMathProfileMeanScore, .ogeRussianMeanMark]),
      ], benchmarks: benchmarks)
    let a = try Self.outcome(report, "A")
    #expect(a.finding("krasnodar.below_references")?.status == .insufficientData)
    #expect(a.undeterminedCategories == [.lowResults])
    let b = try Self.outcome(report, "B")
    #expect(b.finding("krasnodar.below_references")?.status == .notMet)
    #expect(b.undeterminedCategories.isEmpty && b.categories.isEmpty)
    #expect(report.issues.contains { $0.code == "missing_regional_benchmark" })
  }

  /// Basic schools (ООШ) sit no ЕГЭ (`School.sitsExam(of:)`): their ЕГЭ subjects are left out, not
  /// open. With k = 3 over their four subjects: E below in all four ОГЭ and ВПР subjects is ШНОР;
  /// F below in none is "no"; G below in the two ОГЭ subjects is "no" too (2 < 3, nothing open).
  /// The ЕГЭ criterion has no subject to count at a basic school: not met (0 < 1), never open.
  @Test func basicSchoolsAreDecidedByOgeAndVprWhenTheyDecide() throws {
    let noEge: (Values) -> Values = { $0.filter { !Self.ege.contains($0.key) } }
    let report = try Self.identify(
      [
        "E": noEge(Self.below(Self.oge + Self.vpr)),
        "F": noEge(Self.below([])),
        "G": noEge(Self.below(Self.oge)),
      ], basic: ["E", "F", "G"])
    #expect(report.schools(in: .lowResults).map(\.school.id) == ["E"])
    let f = try Self.outcome(report, "F")
    #expect(f.undeterminedCategories.isEmpty)
    let g = try Self.outcome(report, "G")
    #expect(g.undeterminedCategories.isEmpty && g.categories.isEmpty)
    for id in ["E", "F", "G"] {
      let outcome = try Self.outcome(report, id)
      #expect(outcome.finding("krasnodar.ege_below_references")?.status == .notMet)
    }
    #expect(try Self.outcome(report, "E").finding("krasnodar.oge_below_references")?.status == .met)
    #expect(
      try Self.outcome(report, "G").finding("krasnodar.vpr_below_references")?.status == .notMet)
  }

  @Test func packShape() throws {
    let pack = DefaultPacks.krasnodar
    #expect(pack.id == "krasnodar")
    #expect(pack.version == "1.0.0")
    #expect(pack.region.ru == "Краснодарский край")
    #expect(pack.sources == ["004_a21e3c7c7266135d.txt"])
    #expect(
      pack.criteria.map(\.id.rawValue) == [
        "krasnodar.below_references", "krasnodar.ege_below_references",
        "krasnodar.oge_below_references", "krasnodar.vpr_below_references",
      ])
    // One rule, ШНОР only: the document gives no ШНСУ or objectivity indicator.
    #expect(pack.categoryRules.map(\.category) == [.lowResults])
    #expect(pack.categoryRules.first?.condition.criteria == ["krasnodar.below_references"])
    #expect(pack.categoryRules.first?.severity == nil)
    #expect(pack.notes != nil)
  }

  @Test func defaultParameters() {
    let pack = DefaultPacks.krasnodar
    let defaults = Dictionary(
      uniqueKeysWithValues: pack.allParameters.map { ($0.key, $0.defaultValue) })
    let kinds = Dictionary(uniqueKeysWithValues: pack.allParameters.map { ($0.key, $0.kind) })
    // «за последние три года» is the document's; the subject counts are derived.
    for id in [
      "below_references", "ege_below_references", "oge_below_references",
      "vpr_below_references",
    ] {
      #expect(defaults[ParameterKey("krasnodar.\(id).window")] == 3)
      #expect(kinds[ParameterKey("krasnodar.\(id).window")] == .stated)
      #expect(kinds[ParameterKey("krasnodar.\(id).min_subjects")] == .derived)
    }
    #expect(defaults["krasnodar.below_references.min_subjects"] == 3)
    #expect(defaults["krasnodar.ege_below_references.min_subjects"] == 1)
    #expect(defaults["krasnodar.oge_below_references.min_subjects"] == 1)
    #expect(defaults["krasnodar.vpr_below_references.min_subjects"] == 1)
    #expect(defaults.count == 8)
  }
}
