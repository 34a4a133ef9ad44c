import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// Small-cell suppression over every year a value comes from (issue 17, item 1), and the default
/// report year (item 3), on hand-made datasets.
///
/// The identification dataset, for ``Fixtures/krasnoyarskLikePack(id:version:resultsIndex:)``
/// (olympiad participation: a 3-year window mean, met at ≤ 0.5):
///
/// | school | olympiad 2020, 2021, 2022 | ЕГЭ rus 2022 | enrolment 2020, 2021, 2022 |
/// |--------|---------------------------|--------------|----------------------------|
/// | S1…S4  | 1.0, 1.0, 1.0             | 40, 60, 70, 80 | 100, 100, 100            |
/// | A      | 0.2, 0.4, 0.6 (mean 0.4)  | 50           | 2, 2, 600                  |
/// | U      | 1.0, 1.0, 1.0             | 65           | —                          |
///
/// A's olympiad mean comes from 2019/2020 and 2020/2021, when it had 2 students: hidden, the
/// earliest small year named (2019/2020) although 2021/2022 has 600. U's enrolment is unknown:
/// hidden unless the host assumes large. «0,4» (A's mean) is printed nowhere.
@Suite("Suppression across years")
struct SuppressionAcrossYearsTests {
  static let pack = Fixtures.krasnoyarskLikePack()

  static func dataset() throws -> Dataset {
    var values: CohortValues = [:]
    let ege: [SchoolID: Double] = ["S1": 40, "S2": 60, "S3": 70, "S4": 80, "A": 50, "U": 65]
    for id in ["S1", "S2", "S3", "S4"] as [SchoolID] {
      values[id] = [
        .olympiadParticipationPercent: [2020: 1, 2021: 1, 2022: 1],
        .egeRussianMeanScore: [2022: ege[id] ?? 0],
        .contextEnrollment: [2020: 100, 2021: 100, 2022: 100],
      ]
    }
    values["A"] = [
      .olympiadParticipationPercent: [2020: 0.2, 2021: 0.4, 2022: 0.6],
      .egeRussianMeanScore: [2022: 50], .contextEnrollment: [2020: 2, 2021: 2, 2022: 600],
    ]
    values["U"] = [
      .olympiadParticipationPercent: [2020: 1, 2021: 1, 2022: 1], .egeRussianMeanScore: [2022: 65],
    ]
    return try Fixtures.dataset(values)
  }

  static func report(assumeLarge: Bool = false) throws -> IdentificationReport {
    var identifier = try Identifier(packs: [pack])
    identifier.assumeLargeWhenUnknown = assumeLarge
    return try identifier.identify(try dataset())
  }

  static func outcome(_ report: IdentificationReport, _ id: SchoolID) throws
    -> IdentificationReport.SchoolOutcome
  {
    try #require(report.schools.first { $0.school.id == id })
  }

  @Test("a school small in an earlier year of a window is suppressed; unknown enrolment too")
  func reasons() throws {
    let report = try Self.report()
    #expect(report.year == 2022)
    #expect(try Self.outcome(report, "A").suppression == .smallGroup(2020))
    #expect(try Self.outcome(report, "U").suppression == .unknownEnrollment(2020))
    for id in ["S1", "S2", "S3", "S4"] as [SchoolID] {
      #expect(try Self.outcome(report, id).mayShowValues)
    }
    // Identification itself does not change: A's 3-year mean 0.4 ≤ 0.5 is met.
    let olympiad = try #require(try Self.outcome(report, "A").finding("mini.olympiad_at_most_0_5"))
    #expect(olympiad.status == .met)
    #expect(abs((olympiad.result.evidence?.value ?? 0) - 0.4) < 1e-12)
    let summary = report.suppression
    #expect(summary.smallGroup == 1 && summary.unknownEnrollment == 1 && summary.total == 2)
  }

  @Test("the host may take an unknown enrolment as large")
  func assumeLarge() throws {
    let report = try Self.report(assumeLarge: true)
    #expect(try Self.outcome(report, "U").mayShowValues)
    #expect(try Self.outcome(report, "A").suppression == .smallGroup(2020))
    #expect(report.suppression.total == 1 && report.suppression.assumeLargeWhenUnknown)
  }

  @Test("JSON: nulls for the suppressed school, its reason, and the counts")
  func json() throws {
    let json = try Self.report().render(.json)
    #expect(
      json.contains(
        "\"suppression\": {\"minimum_group_size\": 5, \"assume_large_when_unknown\": false, "
          + "\"schools\": 2, \"small_group\": 1, \"unknown_enrollment\": 1, \"reveals_groupmate\": 0}"
      ))
    #expect(json.contains("\"report_year_basis\": \"latest_with_half_of_schools\""))
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let schools = try #require(object["schools"] as? [[String: Any]])
    let a = try #require(schools.first { $0["id"] as? String == "A" })
    #expect(a["suppression"] as? String == "small_group")
    for finding in try #require(a["findings"] as? [[String: Any]]) {
      #expect(finding["value"] is NSNull)
    }
    let s1 = try #require(schools.first { $0["id"] as? String == "S1" })
    #expect(s1["suppression"] is NSNull)
  }

  @Test(
    "text, Markdown and HTML print neither A's mean nor U's values, and say why",
    arguments: [
      ReportFormat.text, .markdown, .html,
    ])
  func documents(_ format: ReportFormat) throws {
    let report = try Self.report()
    let text = report.render(format)
    #expect(!text.contains("0,4"))
    #expect(text.contains("Значения не выводятся у 2 школ"))
    if format != .text {
      // The cards: the full report only.
      #expect(text.contains("Значения не выводятся: в 2019/2020 в школе менее 5 обучающихся."))
      #expect(
        text.contains("Значения не выводятся: численность обучающихся за 2019/2020 неизвестна."))
    }
    let english = report.render(format, language: .english)
    #expect(english.contains("Values are not shown for 2 schools"))
  }

  // MARK: - A group of two

  /// Municipality «Пара»: P (3 students in 2022) and Q (500); «Много»: X, Y, Z (500 each). Quality
  /// 2022: P 40, Q 80, X 60, Y 70, Z 65. With `--cohort municipality`, Q's quality gap prints the
  /// pair's mean (60) and Q's 80, which give P's 40 away: Q is suppressed too. With `all`, the
  /// group has five schools and Q is shown.
  static func pair() throws -> Dataset {
    let quality: [SchoolID: Double] = ["P": 40, "Q": 80, "X": 60, "Y": 70, "Z": 65]
    var values: CohortValues = [:]
    for (id, value) in quality {
      values[id] = [
        .resultsQualityPercent: [2022: value], .contextEnrollment: [2022: id == "P" ? 3 : 500],
      ]
    }
    return try Fixtures.dataset(
      values, municipalities: ["P": "Пара", "Q": "Пара", "X": "Много", "Y": "Много", "Z": "Много"])
  }

  @Test("in a group of two with one school hidden, the other is hidden too")
  func groupOfTwo() throws {
    let identifier = try Identifier(packs: [Self.pack])
    let byMunicipality = try identifier.identify(try Self.pair(), cohort: .municipality)
    #expect(try Self.outcome(byMunicipality, "P").suppression == .smallGroup(2022))
    #expect(try Self.outcome(byMunicipality, "Q").suppression == .revealsGroupmate)
    for id in ["X", "Y", "Z"] as [SchoolID] {
      #expect(try Self.outcome(byMunicipality, id).mayShowValues)
    }
    #expect(byMunicipality.suppression.revealsGroupmate == 1)
    let markdown = byMunicipality.render(.markdown)
    // The pair's mean (40 + 80)/2 = 60 is printed for neither.
    #expect(markdown.contains("в группе сравнения две школы, и значения другой скрыты"))
    let all = try identifier.identify(try Self.pair(), cohort: .all)
    #expect(try Self.outcome(all, "Q").mayShowValues)
    #expect(all.suppression.total == 1)
  }

  // MARK: - The default report year

  /// Four schools with values in 2021 and 2022; one stray row of S1 in 2023.
  static func strayYear() throws -> Dataset {
    var values: CohortValues = [:]
    for (id, value) in [("S1", 40.0), ("S2", 60), ("S3", 70), ("S4", 80)] {
      values[SchoolID(id)] = [
        .egeRussianMeanScore: [2021: value, 2022: value],
        .contextEnrollment: [2021: 100, 2022: 100],
      ]
    }
    values["S1", default: [:]][.resultsQualityPercent] = [2023: 50]
    return try Fixtures.dataset(values)
  }

  @Test("a later year with values for fewer than half of the schools is not the default year")
  func strayRow() throws {
    let dataset = try Self.strayYear()
    #expect(dataset.schoolCountsByYear == [4, 4, 1])
    let chosen = try #require(dataset.defaultReportYear)
    #expect(chosen.year == 2022)
    #expect(chosen.basis == .latestWithHalf(schools: 4, of: 4))
    let report = try Identifier(packs: [Self.pack]).identify(dataset)
    #expect(report.year == 2022)
    #expect(report.yearBasis == .latestWithHalf(schools: 4, of: 4))
    let issue = try #require(report.issues.first { $0.code == "sparse_later_year" })
    #expect(issue.message.ru.contains("за 2022/2023 значения есть только у 1 из 4 школ"))
    #expect(issue.message.en.contains("only 1 of 4 schools have values for 2022/2023"))
    let text = report.render(.text)
    #expect(
      text.contains(
        "Год отчёта: 2021/2022 — последний год, за который есть значения не менее чем у половины "
          + "школ (4 из 4)"))
    // The results criterion is decided in 2022 for every school, not «недостаточно данных».
    #expect(
      report.schools.allSatisfy {
        $0.finding("mini.results_lowest_quarter")?.status != .insufficientData
      })
  }

  @Test("--year still chooses the sparse year, without the issue")
  func requestedYear() throws {
    let report = try Identifier(packs: [Self.pack]).identify(try Self.strayYear(), year: 2023)
    #expect(report.year == 2023)
    #expect(report.yearBasis == .requested)
    #expect(!report.issues.contains { $0.code == "sparse_later_year" })
    #expect(report.render(.json).contains("\"report_year_basis\": \"requested\""))
  }

  @Test("half exactly is enough; no year with half takes the year with the most schools")
  func halfBoundary() throws {
    var values: CohortValues = [:]
    values["S1"] = [.egeRussianMeanScore: [2021: 1, 2022: 1]]
    values["S2"] = [.egeRussianMeanScore: [2021: 1]]
    values["S3"] = [.egeRussianMeanScore: [2021: 1]]
    values["S4"] = [.egeRussianMeanScore: [2022: 1]]
    // 2022: S1 and S4, 2 of 4 — half.
    #expect(try Fixtures.dataset(values).defaultReportYear?.year == 2022)
    values["S5"] = [.egeRussianMeanScore: [2020: 1]]
    values["S6"] = [.egeRussianMeanScore: [2020: 1]]
    // Six schools: 2020 has 2, 2021 has 3 (half), 2022 has 2.
    #expect(try Fixtures.dataset(values).defaultReportYear?.year == 2021)
    values["S7"] = [.egeRussianMeanScore: [2020: 1]]
    // Seven schools: 2020 3, 2021 3, 2022 2 — none has half; the latest of the most, 2021.
    let chosen = try #require(try Fixtures.dataset(values).defaultReportYear)
    #expect(chosen.year == 2021 && chosen.basis == .mostSchools(schools: 3, of: 7))
  }
}
