import Foundation
import QualityKitTestSupport
import Testing

@testable import QualityKit

/// ``IdentificationHistory`` and ``IdentificationHistory/ImprovementRanking`` on cohorts checked by hand.
///
/// **Lists.** A pack of two threshold rules: ШНОР when continuation < 60 in the year, ШНСУ when
/// satisfaction ≤ 40 in the year. Continuation, 2019…2023 (— = no value):
///
/// | school | 2019 | 2020 | 2021 | 2022 | 2023 | ШНОР status                 |
/// | ------ | ---- | ---- | ---- | ---- | ---- | --------------------------- |
/// | A      | 50   | 70   | 50   | 50   | 70   | on  off on  on  off         |
/// | B      | 70   | 50   | —    | 55   | 65   | off on  ?   on  off         |
/// | C      | 50   | —    | 70   | 70   | 70   | on  ?   off off off         |
/// | D      | —    | —    | 50   | 50   | 50   | ?   ?   on  on  on          |
/// | E      | 70   | 70   | 70   | 70   | 70   | off off off off off         |
///
/// Satisfaction: A 30 every year (ШНСУ every year), B, C, D 80 every year, E none (undetermined).
///
/// **Improvement.** An index of ЕГЭ Russian alone, window 1. Every year the values present are a
/// permutation of 45, 55, 60, 65, 75: mean 300 / 5 = 60, squared deviations 225 + 25 + 0 + 25 + 225
/// = 500, population SD √(500 / 5) = 10, so z = (x − 60) / 10 ∈ {−1.5, −0.5, 0, 0.5, 1.5}.
@Suite struct HistoryTests {
  static let continuation = Fixtures.threshold(
    "hist.continuation_below_60", metric: .continuationGrade10Percent, .lessThan, 60)
  static let satisfaction = Fixtures.threshold(
    "hist.satisfaction_at_most_40", metric: .satisfactionPercent, .atMost, 40)

  static let pack = RulePack(
    id: "hist", version: "1.0.0", title: Fixtures.text("history pack"),
    region: Fixtures.text("region"), sources: ["test"], criteria: [continuation, satisfaction],
    categoryRules: [
      CategoryRule(
        category: .lowResults, condition: .criterion(continuation.id),
        provenance: Fixtures.provenance, rationale: Fixtures.text("low results")),
      CategoryRule(
        category: .unfavourableSocialConditions, condition: .criterion(satisfaction.id),
        provenance: Fixtures.provenance, rationale: Fixtures.text("social")),
    ])

  static let listValues: CohortValues = {
    let continuation: [SchoolID: [Int: Double]] = [
      "A": [2019: 50, 2020: 70, 2021: 50, 2022: 50, 2023: 70],
      "B": [2019: 70, 2020: 50, 2022: 55, 2023: 65],
      "C": [2019: 50, 2021: 70, 2022: 70, 2023: 70],
      "D": [2021: 50, 2022: 50, 2023: 50],
      "E": [2019: 70, 2020: 70, 2021: 70, 2022: 70, 2023: 70],
    ]
    let years = 2019...2023
    var values: CohortValues = [:]
    for (id, series) in continuation { values[id] = [.continuationGrade10Percent: series] }
    values["A"]?[.satisfactionPercent] = Dictionary(uniqueKeysWithValues: years.map { ($0, 30) })
    for id: SchoolID in ["B", "C", "D"] {
      values[id]?[.satisfactionPercent] = Dictionary(uniqueKeysWithValues: years.map { ($0, 80) })
    }
    return values
  }()

  static func history(
    _ values: CohortValues = listValues, from: AcademicYear? = nil,
    through: AcademicYear? = nil, overrides: [ParameterKey: Double] = [:],
    improvement: CompositeIndex? = nil, top: Int = 10
  ) throws -> IdentificationHistory {
    // These cohorts leave enrolment out where it is not what a test is about: taken as large.
    var identifier = try Identifier(packs: [pack])
    identifier.assumeLargeWhenUnknown = true
    return try IdentificationHistory(
      identifier: identifier, dataset: try Fixtures.dataset(values),
      from: from, through: through, overrides: overrides, improvement: improvement, top: top)
  }

  static func track(
    _ history: IdentificationHistory, _ id: SchoolID, _ category: SchoolCategory = .lowResults
  ) throws -> IdentificationHistory.CategoryTrack {
    try #require(history.school(id)?.track(category))
  }

  static func transitions(_ list: [IdentificationHistory.Transition]) -> [[Int]] {
    list.map { [$0.year.endYear, $0.since.endYear] }
  }

  // MARK: - Lists

  @Test("every year of the dataset is run, oldest first, and categories are in rule order")
  func years() throws {
    let history = try Self.history()
    #expect(history.years == [2019, 2020, 2021, 2022, 2023])
    #expect(history.yearsRun == history.years)
    #expect(history.categories == [.lowResults, .unfavourableSocialConditions])
    #expect(history.schools.map(\.school.id) == ["A", "B", "C", "D", "E"])
    #expect(history.issues.isEmpty)
    #expect(history.improvement == nil)
  }

  @Test("statuses year by year: missing data is undetermined, never off")
  func statuses() throws {
    let history = try Self.history()
    let expected: [SchoolID: [IdentificationHistory.Status]] = [
      "A": [.on, .off, .on, .on, .off],
      "B": [.off, .on, .undetermined, .on, .off],
      "C": [.on, .undetermined, .off, .off, .off],
      "D": [.undetermined, .undetermined, .on, .on, .on],
      "E": [.off, .off, .off, .off, .off],
    ]
    for (id, statuses) in expected {
      #expect(try Self.track(history, id).statuses == statuses, "\(id)")
    }
    #expect(try Self.track(history, "B").status(in: 2021) == .undetermined)
    #expect(try Self.track(history, "B").status(in: 2018) == nil)
    #expect(try Self.track(history, "B").status(in: 2024) == nil)
  }

  @Test("A enters, leaves and re-enters; its first year on the list is not an entry")
  func enteringLeavingReentering() throws {
    // on off on on off: 2019 is the starting state; off in 2020 after on in 2019 is an exit;
    // on in 2021 after off in 2020 an entry; off in 2023 after on in 2022 an exit.
    let a = try Self.track(try Self.history(), "A")
    #expect(a.yearsOnList == [2019, 2021, 2022])
    #expect(a.yearsOffList == [2020, 2023])
    #expect(Self.transitions(a.entries) == [[2021, 2020]])
    #expect(Self.transitions(a.exits) == [[2020, 2019], [2023, 2022]])
    #expect(a.undeterminedYears.isEmpty)
    #expect(a.entries.allSatisfy { !$0.spansUndeterminedYears })
  }

  @Test("B: a missing-data year between two years on the list is neither an exit nor an entry")
  func missingYearIsNotAnExit() throws {
    // off on ? on off: the entry is 2020 (after 2019 off); 2021 is open; 2022 follows the last
    // known status (2020 on), so it is no entry; 2023 off after 2022 on is the only exit.
    let b = try Self.track(try Self.history(), "B")
    #expect(b.yearsOnList == [2020, 2022])
    #expect(b.undeterminedYears == [2021])
    #expect(Self.transitions(b.entries) == [[2020, 2019]])
    #expect(Self.transitions(b.exits) == [[2023, 2022]])
    #expect(!b.exited(in: 2021) && !b.entered(in: 2022))
  }

  @Test("C: an exit seen after an undetermined year is dated by the year that shows it")
  func exitAcrossAnUndeterminedYear() throws {
    // on ? off off off: the exit is observed in 2021, the last known year before it is 2019.
    let c = try Self.track(try Self.history(), "C")
    #expect(Self.transitions(c.exits) == [[2021, 2019]])
    #expect(c.exits.first?.spansUndeterminedYears == true)
    #expect(c.entries.isEmpty)
    #expect(c.undeterminedYears == [2020])
  }

  @Test("D: on the list from its first known year — not an entry; E: never on the list")
  func firstKnownYearIsTheStartingState() throws {
    let history = try Self.history()
    let d = try Self.track(history, "D")
    #expect(d.undeterminedYears == [2019, 2020])
    #expect(d.yearsOnList == [2021, 2022, 2023])
    #expect(d.entries.isEmpty && d.exits.isEmpty)
    let e = try Self.track(history, "E")
    #expect(e.yearsOnList.isEmpty && e.entries.isEmpty && e.exits.isEmpty)
  }

  @Test("ШНСУ: A on every year, E undetermined every year with no transition")
  func secondCategory() throws {
    let history = try Self.history()
    let a = try Self.track(history, "A", .unfavourableSocialConditions)
    #expect(a.yearsOnList == [2019, 2020, 2021, 2022, 2023])
    #expect(a.entries.isEmpty && a.exits.isEmpty)
    let e = try Self.track(history, "E", .unfavourableSocialConditions)
    #expect(e.statuses == Array(repeating: .undetermined, count: 5))
    #expect(e.entries.isEmpty && e.exits.isEmpty)
  }

  @Test("per category: schools on the list, entries, exits and undetermined, year by year")
  func categorySummary() throws {
    let summary = try #require(try Self.history().summary(of: .lowResults))
    let years = summary.years
    #expect(years.map(\.year) == [2019, 2020, 2021, 2022, 2023])
    #expect(years.allSatisfy { $0.wasRun })
    // Read off the statuses table in the suite's comment, column by column.
    #expect(years.map(\.onList) == [["A", "C"], ["B"], ["A", "D"], ["A", "B", "D"], ["D"]])
    #expect(years.map(\.entries) == [[], ["B"], ["A"], [], []])
    #expect(years.map(\.exits) == [[], ["A"], ["C"], [], ["A", "B"]])
    #expect(years.map(\.undetermined) == [["D"], ["C", "D"], ["B"], [], []])
    let social = try #require(try Self.history().summary(of: .unfavourableSocialConditions))
    #expect(social.years.map(\.onList) == Array(repeating: ["A"], count: 5))
    #expect(social.years.map(\.undetermined) == Array(repeating: ["E"], count: 5))
  }

  @Test("each year of the history is that year's identification run alone")
  func sameAsSingleYearRuns() throws {
    let history = try Self.history()
    let identifier = try Identifier(packs: [Self.pack])
    let dataset = try Fixtures.dataset(Self.listValues)
    for (offset, year) in history.years.enumerated() {
      let report = try identifier.identify(dataset, year: year)
      for (school, outcome) in zip(history.schools, report.schools) {
        for track in school.tracks {
          let expected: IdentificationHistory.Status =
            outcome.categories.contains(track.category)
            ? .on : outcome.undeterminedCategories.contains(track.category) ? .undetermined : .off
          #expect(track.statuses[offset] == expected, "\(school.school.id) \(year)")
        }
      }
    }
  }

  @Test("years of the span without values are undetermined for everyone, with an issue")
  func yearsWithoutValues() throws {
    let history = try Self.history(from: 2018, through: 2024)
    #expect(history.years == [2018, 2019, 2020, 2021, 2022, 2023, 2024])
    #expect(history.yearsRun == [2019, 2020, 2021, 2022, 2023])
    let a = try Self.track(history, "A")
    #expect(a.statuses.first == .undetermined && a.statuses.last == .undetermined)
    // The transitions are those of the five-year history: 2018 is no "off" before 2019, and 2024
    // is no exit after 2023.
    #expect(Self.transitions(a.entries) == [[2021, 2020]])
    #expect(Self.transitions(a.exits) == [[2020, 2019], [2023, 2022]])
    let d = try Self.track(history, "D")
    #expect(d.exits.isEmpty)
    let summary = try #require(history.summary(of: .lowResults))
    #expect(summary.years.first?.wasRun == false)
    #expect(summary.years.last?.undetermined == ["A", "B", "C", "D", "E"])
    #expect(summary.years.last?.onList == [])
    #expect(history.issues.map(\.code) == ["year_without_values", "year_without_values"])
    #expect(history.issues.contains { $0.message.ru.contains("2023/2024") })
  }

  @Test("a year missing inside the data: the exit after it names the year before it")
  func gapYearInsideTheData() throws {
    // A on the list in 2019 (50), nothing at all in 2020, off in 2021 (70).
    let values: CohortValues = [
      "A": [.continuationGrade10Percent: [2019: 50, 2021: 70], .satisfactionPercent: [2019: 80]],
      "B": [.continuationGrade10Percent: [2019: 70, 2021: 50]],
    ]
    let history = try Self.history(values)
    #expect(history.years == [2019, 2020, 2021])
    #expect(history.yearsRun == [2019, 2021])
    let a = try Self.track(history, "A")
    #expect(a.statuses == [.on, .undetermined, .off])
    #expect(Self.transitions(a.exits) == [[2021, 2019]])
    let b = try Self.track(history, "B")
    #expect(Self.transitions(b.entries) == [[2021, 2019]])
  }

  @Test("bad spans, empty datasets and bad overrides are typed errors")
  func errors() throws {
    #expect(throws: IdentificationError.emptySpan(from: 2023, through: 2019)) {
      try Self.history(from: 2023, through: 2019)
    }
    #expect(throws: IdentificationError.spanTooLong(from: 1900, through: 2023, limit: 50)) {
      try Self.history(from: 1900)
    }
    #expect(throws: IdentificationError.noSchools) {
      try IdentificationHistory(
        identifier: try Identifier(packs: [Self.pack]), dataset: try Fixtures.dataset([:]))
    }
    #expect(throws: IdentificationError.noValues) {
      try IdentificationHistory(
        identifier: try Identifier(packs: [Self.pack]),
        dataset: try Fixtures.dataset([:], names: ["A": "A"]))
    }
    do {
      _ = try Self.history(overrides: ["hist.unknown": 1])
      Issue.record("an unknown key was accepted")
    } catch {
      guard case .parameter(let parameter)? = (error as? IdentificationError)?.kind else {
        Issue.record("unexpected \(error)")
        return
      }
      #expect(parameter.key == "hist.unknown")
    }
    #expect(
      IdentificationError.emptySpan(from: 2023, through: 2019).description.contains("2022/2023"))
  }

  @Test("overrides reach the packs: a threshold of 55 takes B's 55 in 2022 off the list")
  func overrides() throws {
    let history = try Self.history(overrides: ["hist.continuation_below_60.threshold": 55])
    // B: 70, 50, —, 55, 65 against < 55: off on ? off off → the exit is 2022, since 2020.
    let b = try Self.track(history, "B")
    #expect(b.statuses == [.off, .on, .undetermined, .off, .off])
    #expect(Self.transitions(b.exits) == [[2022, 2020]])
    #expect(
      history.parameters.first { $0.key == "hist.continuation_below_60.threshold" }?.value == 55)
  }

  // MARK: - Improvement

  static let resultsIndex = CompositeIndex(
    id: "index.hist.results", title: Fixtures.text("results"),
    components: [CompositeIndex.Component(.egeRussianMeanScore, .positive)])

  /// ЕГЭ Russian, 2020…2022, and the z-scores (x − 60) / 10:
  ///
  /// | school | 2020      | 2021      | 2022      | steps        | change | steady        |
  /// | ------ | --------- | --------- | --------- | ------------ | ------ | ------------- |
  /// | A      | 55 (−0.5) | 60 (0)    | 65 (0.5)  | +0.5, +0.5   | +1     | yes           |
  /// | B      | 60 (0)    | 75 (1.5)  | 60 (0)    | +1.5, −1.5   | 0      | no            |
  /// | C      | 75 (1.5)  | 65 (0.5)  | 55 (−0.5) | −1, −1       | −2     | no            |
  /// | D      | 45 (−1.5) | —         | 75 (1.5)  | (gap)        | +3     | no: a gap     |
  /// | E      | 65 (0.5)  | 45 (−1.5) | 45 (−1.5) | −2, 0        | −2     | no            |
  /// | F      | —         | 55 (−0.5) | —         |              | —      | no: one year  |
  ///
  /// Each year is a permutation of 45, 55, 60, 65, 75 (2021: A 60, B 75, C 65, E 45, F 55).
  static let improvementValues: CohortValues = {
    let ege: [SchoolID: [Int: Double]] = [
      "A": [2020: 55, 2021: 60, 2022: 65],
      "B": [2020: 60, 2021: 75, 2022: 60],
      "C": [2020: 75, 2021: 65, 2022: 55],
      "D": [2020: 45, 2022: 75],
      "E": [2020: 65, 2021: 45, 2022: 45],
      "F": [2021: 55],
    ]
    // Enrolment 100 in every year with a score: every school's values may be shown.
    return ege.mapValues {
      [.egeRussianMeanScore: $0, .contextEnrollment: $0.mapValues { _ in 100 }]
    }
  }()

  static func ranking(
    _ values: CohortValues = improvementValues, from: AcademicYear? = nil, top: Int = 10
  ) throws -> IdentificationHistory.ImprovementRanking {
    try IdentificationHistory.ImprovementRanking(
      index: resultsIndex, dataset: try Fixtures.dataset(values), from: from, top: top)
  }

  @Test("scores per year are z-scores within the year's cohort")
  func improvementScores() throws {
    let ranking = try Self.ranking()
    #expect(ranking.years == [2020, 2021, 2022])
    #expect(ranking.school("A")?.scores == [-0.5, 0, 0.5])
    #expect(ranking.school("D")?.scores == [-1.5, nil, 1.5])
    #expect(ranking.school("F")?.scores == [nil, -0.5, nil])
    #expect(ranking.school("E")?.scores == [0.5, -1.5, -1.5])
  }

  @Test("ranked by change first→last, ties by id; steady needs every step > 0 and no gap")
  func improvementRanking() throws {
    let ranking = try Self.ranking()
    // D +3, A +1, B 0, C −2 and E −2 (tie: C before E), then F without a change.
    #expect(ranking.schools.map(\.school.id) == ["D", "A", "B", "C", "E", "F"])
    #expect(ranking.schools.map(\.change) == [3, 1, 0, -2, -2, nil])
    #expect(ranking.schools.map(\.isSteady) == [false, true, false, false, false, false])
    #expect(ranking.school("D")?.hasGap == true)
    #expect(ranking.school("D")?.firstYear == 2020 && ranking.school("D")?.lastYear == 2022)
    #expect(ranking.school("F")?.firstYear == 2021 && ranking.school("F")?.lastYear == 2021)
    #expect(ranking.school("F")?.yearCount == 1)
    // D improved most but not steadily (a gap); A is the only steady improver.
    #expect(ranking.steadyImprovers.map(\.school.id) == ["A"])
  }

  /// P and Q: 40 → 60; R and S: 60 → 40. Mean 50, SD 10 each year: z −1 → +1 (+2) or +1 → −1.
  static let tiedValues: CohortValues = [
    "P": [
      .egeRussianMeanScore: [2021: 40, 2022: 60], .contextEnrollment: [2021: 300, 2022: 300],
    ],
    "Q": [.egeRussianMeanScore: [2021: 40, 2022: 60], .contextEnrollment: [2021: 3]],
    "R": [.egeRussianMeanScore: [2021: 60, 2022: 40]],
    "S": [.egeRussianMeanScore: [2021: 60, 2022: 40]],
  ]

  @Test("tied steady improvers are ordered by id, and top N cuts the list")
  func tiesAndTop() throws {
    #expect(try Self.ranking(Self.tiedValues).schools.map(\.school.id) == ["P", "Q", "R", "S"])
    #expect(try Self.ranking(Self.tiedValues).schools.map(\.change) == [2, 2, -2, -2])
    #expect(
      try Self.ranking(Self.tiedValues, top: 2).steadyImprovers.map(\.school.id) == ["P", "Q"])
    #expect(try Self.ranking(Self.tiedValues, top: 1).steadyImprovers.map(\.school.id) == ["P"])
    #expect(try Self.ranking(Self.tiedValues, top: 0).steadyImprovers.isEmpty)
    let negative = try Self.ranking(Self.tiedValues, top: -3)
    #expect(negative.top == 0 && negative.steadyImprovers.isEmpty)
  }

  @Test("years without a score before the first one are not a gap")
  func leadingMissingYears() throws {
    // From 2020: nobody has a 2020 score, P is −1 → +1 over 2021–2022, still steady.
    let ranking = try Self.ranking(Self.tiedValues, from: 2020)
    #expect(ranking.years == [2020, 2021, 2022])
    let p = try #require(ranking.school("P"))
    #expect(p.scores == [nil, -1, 1])
    #expect(!p.hasGap && p.isSteady && p.change == 2)
  }

  @Test("a year without change is not an improvement")
  func flatYearIsNotSteady() throws {
    // Each year two schools at 40 (z −1) and two at 60 (z +1).
    // P −1, −1, +1: steps 0, +2; Q −1, +1, +1: steps +2, 0. Both +2 overall, neither steady.
    let values: CohortValues = [
      "P": [.egeRussianMeanScore: [2020: 40, 2021: 40, 2022: 60]],
      "Q": [.egeRussianMeanScore: [2020: 40, 2021: 60, 2022: 60]],
      "R": [.egeRussianMeanScore: [2020: 60, 2021: 60, 2022: 40]],
      "S": [.egeRussianMeanScore: [2020: 60, 2021: 40, 2022: 40]],
    ]
    let ranking = try Self.ranking(values)
    #expect(ranking.schools.map(\.change) == [2, 2, -2, -2])
    #expect(ranking.steadyImprovers.isEmpty)
  }

  @Test("small cells: the school is ranked, its values are flagged")
  func improvementSmallCells() throws {
    let ranking = try Self.ranking(Self.tiedValues)
    #expect(ranking.school("Q")?.mayShowValues == false)  // 3 students in 2021
    #expect(ranking.school("P")?.mayShowValues == true)
    #expect(ranking.school("R")?.mayShowValues == false)  // enrolment unknown: counts as small
  }

  @Test("the history ranks the index over its own years")
  func historyWithImprovement() throws {
    var values = Self.improvementValues
    values["A"]?[.continuationGrade10Percent] = [2022: 50]
    let history = try Self.history(values, improvement: Self.resultsIndex, top: 3)
    let ranking = try #require(history.improvement)
    #expect(ranking.years == history.years)
    #expect(ranking == (try Self.ranking(top: 3)))
    #expect(ranking.steadyImprovers.map(\.school.id) == ["A"])
  }

  @Test("an index switch is an override of the history; a missing index metric is an issue")
  func improvementSwitches() throws {
    let flag = Fixtures.parameter("index.hist.use_math", 0, unit: .flag, range: 0...1)
    let index = CompositeIndex(
      id: "index.hist.switched", title: Fixtures.text("switched"),
      components: [
        CompositeIndex.Component(.egeRussianMeanScore, .positive),
        CompositeIndex.Component(.ogeMathMeanMark, .positive, enabledBy: flag),
      ])
    let indexIssue = { (issue: DataIssue) in issue.message.en.contains("needed by index") }
    let off = try Self.history(Self.improvementValues, improvement: index)
    #expect(!off.issues.contains(where: indexIssue))
    #expect(off.parameters.contains { $0.key == "index.hist.use_math" && $0.value == 0 })
    // Switched on, ОГЭ mathematics is absent: every score still has 1 of 2 cells (the half).
    let on = try Self.history(
      Self.improvementValues, overrides: ["index.hist.use_math": 1], improvement: index)
    #expect(on.issues.filter(indexIssue).map(\.code) == ["metric_absent"])
    #expect(on.issues.filter(indexIssue).first?.message.ru.contains("oge.math.mean_mark") == true)
    #expect(on.improvement?.school("A")?.scores == [-0.5, 0, 0.5])
  }

  // MARK: - Writers

  static func render(_ format: ReportFormat, language: Language = .russian) throws
    -> String
  {
    var values = listValues
    for (id, series) in improvementValues where values[id] != nil {
      values[id]?[.egeRussianMeanScore] = series[.egeRussianMeanScore]
    }
    return format.render(
      try history(values, improvement: resultsIndex, top: 2), language: language)
  }

  @Test("text report in Russian: years on the list, entries, exits, undetermined years")
  func textReport() throws {
    let text = try Self.render(.text)
    #expect(text.contains("История идентификации школ: 2018/2019 – 2022/2023"))
    #expect(
      text.contains(
        "A (A): годы в списке: 2018/2019, 2020/2021, 2021/2022; вошла: 2020/2021; "
          + "вышла: 2019/2020, 2022/2023"))
    #expect(
      text.contains(
        "B (B): годы в списке: 2019/2020, 2021/2022; вошла: 2019/2020; вышла: 2022/2023; "
          + "не определено: 2020/2021"))
    #expect(
      text.contains(
        "вышла: 2020/2021 (последний известный год до этого — 2018/2019); "
          + "не определено: 2019/2020"))
    #expect(text.contains("D (D): годы в списке: 2020/2021, 2021/2022, 2022/2023; не определено"))
    #expect(text.contains("Остальные школы (1) не были в списке ни в один год."))
    #expect(text.contains("Наибольшее и устойчивое улучшение: results"))
    // ШНОР leaves E out (off every year); ШНСУ lists it, undetermined every year.
    #expect(
      text.contains(
        "E (E): годы в списке: нет; не определено: 2018/2019, 2019/2020, 2020/2021, 2021/2022, "
          + "2022/2023"))
    #expect(text.contains("Остальные школы (3) не были в списке ни в один год."))
  }

  @Test("text report: the per-year table and the improvement section")
  func textTables() throws {
    let text = try Self.render(.text)
    // год | в списке | вошли | вышли | не определено — the first year has no transitions.
    let rows = text.split(separator: "\n").map(String.init)
    let first = try #require(rows.first { $0.hasPrefix("2018/2019 ") })
    #expect(first.split(separator: " ").map(String.init) == ["2018/2019", "2", "—", "—", "1"])
    let last = try #require(rows.first { $0.hasPrefix("2022/2023 ") })
    #expect(last.split(separator: " ").map(String.init) == ["2022/2023", "1", "0", "2", "0"])
    // Improvement over 2019–2023 of A…E (F is not in the list cohort): A's scores exist only in
    // 2020–2022, as in the improvement cohort without F; A is still the only steady improver.
    #expect(text.contains("1. A (A): "))
    #expect(!rows.contains { $0.hasPrefix("2. ") })
  }

  @Test("Markdown and English")
  func markdownAndEnglish() throws {
    let markdown = try Self.render(.markdown)
    #expect(markdown.contains("# История идентификации школ"))
    #expect(markdown.contains("| год | в списке | вошли | вышли | не определено |"))
    let english = try Self.render(.text, language: .english)
    #expect(english.contains("years on the list: 2018/2019, 2020/2021, 2021/2022"))
    #expect(english.contains("left: 2020/2021 (last known year before it: 2018/2019)"))
    #expect(english.contains("Largest and steady improvement"))
  }

  @Test("JSON: the qualitykit.history/1 document")
  func json() throws {
    let text = try Self.render(.json)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(root["schema"] as? String == "qualitykit.history/1")
    #expect(root["years"] as? [Int] == [2019, 2020, 2021, 2022, 2023])
    #expect(root["years_run"] as? [Int] == [2019, 2020, 2021, 2022, 2023])
    let categories = try #require(root["categories"] as? [[String: Any]])
    #expect(
      categories.map { $0["id"] as? String } == ["low_results", "unfavourable_social_conditions"])
    let years = try #require(categories.first?["years"] as? [[String: Any]])
    #expect(years.map { $0["exits"] as? [String] } == [[], ["A"], ["C"], [], ["A", "B"]])
    #expect(years.map { $0["entries"] as? [String] } == [[], ["B"], ["A"], [], []])
    let schools = try #require(root["schools"] as? [[String: Any]])
    #expect(schools.map { $0["id"] as? String } == ["A", "B", "C", "D", "E"])
    let c = try #require((schools[2]["categories"] as? [[String: Any]])?.first)
    #expect(c["statuses"] as? [String] == ["on", "undetermined", "off", "off", "off"])
    #expect(c["years_on_list"] as? [Int] == [2019])
    #expect(c["exits"] as? [[String: Int]] == [["year": 2021, "since": 2019]])
    #expect(c["undetermined"] as? [Int] == [2020])
    let improvement = try #require(root["improvement"] as? [String: Any])
    #expect(improvement["index"] as? String == "index.hist.results")
    #expect(improvement["steady_improvers"] as? [String] == ["A"])
    #expect(improvement["top"] as? Int == 2)
    let ranked = try #require(improvement["schools"] as? [[String: Any]])
    #expect(ranked.first?["id"] as? String == "D")
    #expect(ranked.first?["gap"] as? Bool == true)
    #expect(ranked.first?["change"] as? Double == 3)
    #expect((root["issues"] as? [Any])?.isEmpty == true)
  }

  @Test("JSON: no index gives null; small cells are suppressed")
  func jsonNullsAndSuppression() throws {
    let plain = ReportFormat.json.render(try Self.history())
    #expect(plain.contains("\"improvement\": null,"))
    let ranking = try Self.history(Self.tiedValues, improvement: Self.resultsIndex)
    let text = ReportFormat.json.render(ranking)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let ranked = try #require(
      (root["improvement"] as? [String: Any])?["schools"] as? [[String: Any]])
    let q = try #require(ranked.first { $0["id"] as? String == "Q" })
    #expect(q["suppressed"] as? Bool == true)
    #expect(q["change"] is NSNull)
    #expect(q["steady"] as? Bool == true)
    let p = try #require(ranked.first { $0["id"] as? String == "P" })
    #expect(p["scores"] as? [Double] == [-1, 1])
    #expect(p["suppressed"] == nil)
  }

  // MARK: - Determinism

  @Test("the same cohort fed in another order gives byte-identical output")
  func rowOrder() throws {
    var values = Self.listValues
    for (id, series) in Self.improvementValues where values[id] != nil {
      values[id]?[.egeRussianMeanScore] = series[.egeRussianMeanScore]
    }
    let forward = try Self.history(values, improvement: Self.resultsIndex)
    // The same cells, schools and values given in reverse order.
    let schools = try Fixtures.dataset(values).schools
    var builder = try Dataset.Builder(schools: schools.reversed())
    for id in values.keys.sorted().reversed() {
      for (metric, series) in (values[id] ?? [:]).sorted(by: { $0.key > $1.key }) {
        for (year, value) in series.sorted(by: { $0.key > $1.key }) {
          try builder.set(value, school: id, year: AcademicYear(year), metric: metric)
        }
      }
    }
    var identifier = try Identifier(packs: [Self.pack])
    identifier.assumeLargeWhenUnknown = true  // as `history(_:)` does
    let backward = try IdentificationHistory(
      identifier: identifier, dataset: builder.build(),
      improvement: Self.resultsIndex)
    for format in [ReportFormat.text, .markdown, .json] {
      #expect(format.render(forward) == format.render(backward))
    }
  }

  @Test("generated data: shuffled input gives the same JSON; exits never come from missing data")
  func generated() throws {
    let cohort = SyntheticCohort(
      seed: 20_230_501, schoolCount: 120, years: [2019, 2020, 2021, 2022])
    let identifier = try Identifier(packs: [Fixtures.krasnoyarskLikePack()])
    let index = CompositeIndex(
      id: "index.generated", title: Fixtures.text("generated"),
      components: [
        CompositeIndex.Component(.egeRussianMeanScore, .positive),
        CompositeIndex.Component(.ogeMathMeanMark, .positive),
      ])
    func run(_ dataset: Dataset) throws -> IdentificationHistory {
      try IdentificationHistory(
        identifier: identifier, dataset: dataset, improvement: index, top: 5)
    }
    let plain = try run(try cohort.dataset())
    let shuffled = try run(try cohort.dataset(shuffledWith: 7))
    #expect(ReportFormat.json.render(plain) == ReportFormat.json.render(shuffled))
    var exits = 0
    for school in plain.schools {
      for track in school.tracks {
        for exit in track.exits {
          exits += 1
          #expect(track.status(in: exit.year) == .off)
          #expect(track.status(in: exit.since) == .on)
          // Every year in between is undetermined.
          for year in (exit.since.endYear + 1)..<exit.year.endYear {
            #expect(track.status(in: AcademicYear(year)) == .undetermined)
          }
        }
        for entry in track.entries {
          #expect(track.status(in: entry.year) == .on)
          #expect(track.status(in: entry.since) == .off)
        }
      }
    }
    #expect(exits > 0)
    let statuses = Set(plain.schools.flatMap { $0.tracks.flatMap(\.statuses) })
    #expect(statuses == [.on, .off, .undetermined])
    #expect(plain.improvement?.steadyImprovers.count ?? 0 <= 5)
  }
}
