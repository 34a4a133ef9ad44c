import Foundation
import QualityKitTestSupport
import Testing

@testable import QualityKit

/// Decisions by an authority on ``Fixtures/smallMunicipality()`` with the krasnoyarsk-like pack:
/// S1 is ШНОР and ШНСУ by the rules, S2 ШНСУ, S3–S5 nothing (see ``IdentifierTests``).
@Suite("Decisions")
struct DecisionsTests {
  static let header = "school_id;category;decision;act;date;reason\n"
  static let schools: [SchoolID] = ["S1", "S2", "S3", "S4", "S5"]
  static let categories: [SchoolCategory] = [.lowResults, .unfavourableSocialConditions]

  static func read(_ text: String, file: String = "d.csv") throws(CSVError) -> [Decision] {
    try DecisionsFile.read(
      CSVSource(name: file, text: text), schools: schools, categories: categories)
  }

  static func report() throws -> IdentificationReport {
    try Identifier(packs: [Fixtures.krasnoyarskLikePack()]).identify(
      try Fixtures.smallMunicipality())
  }

  static func date(_ text: String) -> CalendarDate {
    CalendarDate(text) ?? CalendarDate(clampingYear: 1900, month: 1, day: 1)
  }

  // MARK: - Reading

  @Test func readsRussianAndEnglishWordsAndBothDateForms() throws {
    let decisions = try Self.read(
      Self.header + """
        S3;ШНОР;включить;приказ № 309;15.08.2022;результаты ВПР ниже краевых
        S1;unfavourable_social_conditions;EXCLUDE;"приказ № 310; п. 2";2022-08-16;школа переехала
        S2;low_results;Include;распоряжение № 12;1.9.2022;по заявлению
        S4;шнсу;исключить;приказ № 311;01.09.2022;нет оснований

        """)
    #expect(decisions.map(\.school) == ["S3", "S1", "S2", "S4"])
    #expect(decisions.map(\.verdict) == [.include, .exclude, .include, .exclude])
    #expect(
      decisions.map(\.category.id) == [
        "low_results", "unfavourable_social_conditions", "low_results",
        "unfavourable_social_conditions",
      ])
    #expect(
      decisions.map(\.date)
        == ["2022-08-15", "2022-08-16", "2022-09-01", "2022-09-01"].map(Self.date))
    #expect(decisions[1].act == "приказ № 310; п. 2")
    #expect(decisions[0].reason == "результаты ВПР ниже краевых")
  }

  @Test func readsCommasAndAByteOrderMark() throws {
    let text =
      "\u{FEFF}school_id,category,decision,act,date,reason\nS3,low_results,include,приказ № 1,2022-08-15,причина\n"
    let decisions = try Self.read(text)
    #expect(decisions.count == 1)
    #expect(decisions[0].school == "S3")
  }

  // Columns: 1 school_id, 2 category, 3 decision, 4 act, 5 date, 6 reason. Line 2 is good.
  @Test(arguments: [
    ("S9;ШНОР;include;приказ № 1;15.08.2022;причина", 3, 1, CSVError.Kind.unknownSchool("S9")),
    (
      "S3;ШНОП;include;приказ № 1;15.08.2022;причина", 3, 2,
      .decisionProblem(
        .unknownCategory(
          "ШНОП",
          accepted: [
            "low_results", "unfavourable_social_conditions", "non_objective_results", "ШНОР",
            "ШНСУ",
          ]))
    ),
    (
      "S3;non_objective_results;include;приказ № 1;15.08.2022;причина", 3, 2,
      .decisionProblem(
        .categoryNotDecided(
          "non_objective_results", decided: ["low_results", "unfavourable_social_conditions"]))
    ),
    (
      "S3;ШНОР;добавить;приказ № 1;15.08.2022;причина", 3, 3,
      .decisionProblem(.unknownVerdict("добавить"))
    ),
    ("S3;ШНОР;include;;15.08.2022;причина", 3, 4, .missingValue(column: "act")),
    ("S3;ШНОР;include;приказ № 1;31.02.2022;причина", 3, 5, .invalidDate("31.02.2022")),
    ("S3;ШНОР;include;приказ № 1;15.08.22;причина", 3, 5, .invalidDate("15.08.22")),
    ("S3;ШНОР;include;приказ № 1;15.08.2022;", 3, 6, .missingValue(column: "reason")),
    (
      "S1;ШНСУ;исключить;приказ № 2;16.08.2022;причина", 3, 3,
      .decisionProblem(
        .conflictingDecision(school: "S1", category: "unfavourable_social_conditions", line: 2))
    ),
    (
      "S1;unfavourable_social_conditions;включить;приказ № 2;16.08.2022;причина", 3, 3,
      .decisionProblem(
        .repeatedDecision(school: "S1", category: "unfavourable_social_conditions", line: 2))
    ),
  ])
  func refusesABadRowAtItsCell(row: String, line: Int, column: Int, kind: CSVError.Kind) {
    let text = Self.header + "S1;ШНСУ;include;приказ № 1;15.08.2022;причина\n" + row + "\n"
    #expect(throws: CSVError(kind: kind, file: "d.csv", line: line, column: column)) {
      _ = try Self.read(text)
    }
  }

  @Test func errorsNameFileLineAndColumnInRussianAndEnglish() {
    let text = Self.header + "S3;ШНОР;both;приказ № 1;15.08.2022;причина\n"
    do {
      _ = try Self.read(text, file: "decisions.csv")
      Issue.record("no error")
    } catch {
      #expect(
        error.description
          == "decisions.csv:2:3: неизвестное решение «both»: ожидается одно из include, exclude, "
          + "включить, исключить")
      #expect(
        error.message(in: .english)
          == "unknown decision \"both\": expected one of include, exclude, включить, исключить")
    }
    let conflict = CSVError(
      kind: .decisionProblem(.conflictingDecision(school: "S1", category: "low_results", line: 2)),
      file: "d.csv", line: 3, column: 3)
    #expect(
      conflict.description
        == "d.csv:3:3: школа S1 и включена, и исключена в категории low_results: другое решение в строке 2"
    )
  }

  @Test func collectingModeSkipsBadRows() throws {
    var rejected: [CSVError] = []
    let decisions = try DecisionsFile.read(
      CSVSource(
        name: "d.csv",
        text: Self.header + "S9;ШНОР;include;a;15.08.2022;b\nS3;ШНОР;include;a;15.08.2022;b\n"),
      schools: Self.schools, categories: Self.categories, mode: .collecting, rejected: &rejected)
    #expect(decisions.map(\.school) == ["S3"])
    #expect(rejected == [CSVError(kind: .unknownSchool("S9"), file: "d.csv", line: 2, column: 1)])
  }

  @Test func aMissingOrExtraColumnIsAnError() {
    #expect(throws: CSVError(kind: .missingColumn("reason"), file: "d.csv", line: 1, column: 6)) {
      _ = try Self.read("school_id;category;decision;act;date\n")
    }
    #expect(
      throws: CSVError(kind: .unexpectedColumn("note"), file: "d.csv", line: 1, column: 7)
    ) {
      _ = try Self.read("school_id;category;decision;act;date;reason;note\n")
    }
  }

  // MARK: - Applying

  @Test func includesAndExcludesAfterTheRules() throws {
    let rules = try Self.report()
    #expect(rules.schools(in: .lowResults).map(\.school.id) == ["S1"])
    #expect(rules.schools(in: .unfavourableSocialConditions).map(\.school.id) == ["S1", "S2"])
    let decisions = try Self.read(
      Self.header + """
        S3;ШНОР;включить;приказ № 309;15.08.2022;по заявлению школы
        S2;ШНСУ;исключить;приказ № 309;15.08.2022;новое здание
        S1;ШНОР;include;приказ № 309;15.08.2022;подтверждено

        """)
    let decided = try rules.applying(decisions)
    #expect(decided.schools(in: .lowResults).map(\.school.id) == ["S1", "S3"])
    #expect(decided.schools(in: .unfavourableSocialConditions).map(\.school.id) == ["S1"])

    let s3 = decided.schools[2]
    let placed = try #require(s3.placement(in: .lowResults))
    #expect(placed.basis == .decision)
    #expect(placed.packs.isEmpty)
    #expect(placed.severity == nil)
    #expect(placed.decision == decisions[0])
    // A placement the rules make too keeps their packs and severity and cites the act.
    let s1 = try #require(decided.schools[0].placement(in: .lowResults))
    #expect(s1.basis == .decision)
    #expect(s1.packs == ["mini"])
    #expect(decided.schools[0].placement(in: .unfavourableSocialConditions)?.basis == .rule)
    // The excluded school keeps its findings and its decision.
    #expect(decided.schools[1].categories.isEmpty)
    #expect(decided.schools[1].decisions == [decisions[1]])
    #expect(decided.schools[1].findings == rules.schools[1].findings)
    #expect(decided.decisions.count == 3)
    // Schools nobody decided about are untouched.
    #expect(decided.schools[3] == rules.schools[3])
    #expect(decided.schools[4] == rules.schools[4])
  }

  @Test func applyingRefusesWhatTheFileReaderRefuses() throws {
    let report = try Self.report()
    let date = Self.date("2022-08-15")
    func decision(
      _ school: SchoolID, _ category: SchoolCategory = .lowResults,
      _ verdict: Decision.Verdict = .include, act: String = "приказ № 1", reason: String = "r"
    ) -> Decision {
      Decision(
        school: school, category: category, verdict: verdict, act: act, date: date,
        reason: reason)
    }
    #expect(throws: IdentificationError.unknownSchool("S9", known: Self.schools)) {
      _ = try report.applying([decision("S9")])
    }
    #expect(
      throws: IdentificationError(
        kind: .decision(
          decision("S3", .nonObjectiveResults),
          .categoryNotDecided(
            "non_objective_results", decided: ["low_results", "unfavourable_social_conditions"])))
    ) { _ = try report.applying([decision("S3", .nonObjectiveResults)]) }
    #expect(
      throws: IdentificationError(
        kind: .decision(
          decision("S3", .lowResults, .exclude),
          .conflictingDecision(school: "S3", category: "low_results", line: 0)))
    ) { _ = try report.applying([decision("S3"), decision("S3", .lowResults, .exclude)]) }
    #expect(throws: IdentificationError(kind: .decision(decision("S3", act: " "), .emptyAct))) {
      _ = try report.applying([decision("S3", act: " ")])
    }
    #expect(
      throws: IdentificationError(kind: .decision(decision("S3", reason: ""), .emptyReason))
    ) { _ = try report.applying([decision("S3", reason: "")]) }
    // Applied decisions count: the same decision again is a repeat.
    let once = try report.applying([decision("S3")])
    #expect(
      throws: IdentificationError(
        kind: .decision(
          decision("S3"), .repeatedDecision(school: "S3", category: "low_results", line: 0)))
    ) { _ = try once.applying([decision("S3")]) }
  }

  @Test func noDecisionsIsTheSameReport() throws {
    let report = try Self.report()
    let same = try report.applying([])
    #expect(same.schools == report.schools)
    #expect(
      ReportFormat.json.render(same, language: .russian)
        == ReportFormat.json.render(report, language: .russian))
  }

  // MARK: - Output

  static func decided() throws -> IdentificationReport {
    try Self.report().applying(
      Self.read(
        Self.header + """
          S3;ШНОР;включить;приказ министерства № 309;15.08.2022;причина <script>alert(1)</script>
          S2;ШНСУ;исключить;приказ министерства № 310;2022-08-16;новое здание

          """))
  }

  @Test func jsonGivesBasisActsAndEveryDecision() throws {
    let text = ReportFormat.json.render(try Self.decided(), language: .english)
    let root = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let summary = try #require(root["summary"] as? [String: Any])
    #expect(summary["decisions"] as? [String: Int] == ["included": 1, "excluded": 1])
    let schools = try #require(root["schools"] as? [[String: Any]])
    let s1 = try #require(schools[0]["placements"] as? [[String: Any]])
    #expect(s1.map { $0["basis"] as? String } == ["rule", "rule"])
    #expect(s1[0]["act"] == nil)
    let s3 = try #require(schools[2]["placements"] as? [[String: Any]])
    #expect(s3.count == 1)
    #expect(s3[0]["basis"] as? String == "decision")
    #expect(s3[0]["act"] as? String == "приказ министерства № 309")
    #expect(s3[0]["date"] as? String == "2022-08-15")
    #expect(s3[0]["reason"] as? String == "причина <script>alert(1)</script>")
    #expect(s3[0]["severity"] is NSNull)
    let s2 = try #require(schools[1]["decisions"] as? [[String: String]])
    #expect(
      s2 == [
        [
          "category": "unfavourable_social_conditions", "decision": "exclude",
          "act": "приказ министерства № 310", "date": "2022-08-16", "reason": "новое здание",
        ]
      ])
    #expect(schools[1]["categories"] as? [String] == [])
    #expect((schools[4]["decisions"] as? [Any])?.isEmpty == true)
  }

  @Test func textMarkdownAndHTMLSayIncludedAndExcluded() throws {
    let report = try Self.decided()
    let text = ReportFormat.text.render(report, language: .russian)
    #expect(text.contains("Решения органа управления: включено 1, исключено 1"))
    #expect(
      text.contains(
        "(S3) — включена: приказ министерства № 309 от 15.08.2022 — причина <script>alert(1)</script>"
      ))
    #expect(text.contains("Исключены решением органа управления:"))
    #expect(
      text.contains("(S2) — исключена: приказ министерства № 310 от 16.08.2022 — новое здание"))
    let english = ReportFormat.text.render(report, language: .english)
    #expect(english.contains("included: приказ министерства № 309 of 2022-08-15 — причина"))
    #expect(english.contains("excluded: приказ министерства № 310 of 2022-08-16 — новое здание"))
    let markdown = ReportFormat.markdown.render(report, language: .russian)
    // The excluded school (S2, whose name is tricky) has a card with the exclusion under its
    // category: the sentence is in the list and on the card.
    let exclusion = "исключена: приказ министерства № 310 от 16.08.2022 — новое здание"
    #expect(markdown.components(separatedBy: exclusion).count == 3)
    let html = ReportFormat.html.render(report, language: .russian)
    #expect(!html.contains("<script>alert(1)</script>"))
    #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(html.contains("включена: приказ министерства № 309 от 15.08.2022"))
  }

  @Test func theExplanationOfOneSchoolShowsTheDecision() throws {
    let explanation = try SchoolExplanation(try Self.decided(), school: "S3")
    #expect(explanation.decision(for: .lowResults)?.authority?.act == "приказ министерства № 309")
    #expect(explanation.decision(for: .lowResults)?.status == .placed)
    let text = ReportFormat.text.render(explanation, language: .russian)
    #expect(text.contains("да; включена: приказ министерства № 309 от 15.08.2022"))
    let json = ReportFormat.json.render(explanation, language: .russian)
    #expect(json.contains("\"authority\": {\"decision\": \"include\""))
  }

  // MARK: - History

  /// The history applies decisions to its last year only, where they count like the rules.
  @Test func theHistoryAppliesDecisionsToItsLastYear() throws {
    let dataset = try SyntheticCohort(seed: 3, schoolCount: 30).dataset()
    let identifier = try Identifier(packs: [Fixtures.krasnoyarskLikePack()])
    let plain = try IdentificationHistory(identifier: identifier, dataset: dataset)
    let last = try #require(plain.years.last)
    let rules = try identifier.identify(dataset, year: last)
    let placed = try #require(rules.schools(in: .lowResults).first)
    let outside = try #require(
      rules.schools.first { $0.placement(in: .lowResults) == nil })
    let decisions = [
      Decision(
        school: placed.school.id, category: .lowResults, verdict: .exclude, act: "приказ № 1",
        date: Self.date("2022-08-15"), reason: "r"),
      Decision(
        school: outside.school.id, category: .lowResults, verdict: .include, act: "приказ № 1",
        date: Self.date("2022-08-15"), reason: "r"),
    ]
    let decided = try IdentificationHistory(
      identifier: identifier, dataset: dataset, decisions: decisions)
    #expect(plain.decisionsYear == nil)
    #expect(decided.decisionsYear == last)
    for (before, after) in zip(plain.schools, decided.schools) {
      let old = try #require(before.track(.lowResults)).statuses
      let new = try #require(after.track(.lowResults)).statuses
      // Earlier years are as the rules left them.
      #expect(old.dropLast() == new.dropLast())
      switch before.school.id {
      case placed.school.id: #expect(new.last == .off)
      case outside.school.id: #expect(new.last == .on)
      default: #expect(old.last == new.last)
      }
    }
    let text = ReportFormat.text.render(decided, language: .russian)
    #expect(text.contains("с учётом решений органа управления (включено 1, исключено 1)"))
  }

  // MARK: - Property

  /// On generated cohorts, random decisions change exactly the placements they name: an included
  /// (school, category) is placed, an excluded one is not, and every other placement, every
  /// finding and every undetermined category elsewhere are as the rules left them.
  @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
  func decisionsChangeExactlyThePlacementsTheyName(seed: UInt64) throws {
    let dataset = try SyntheticCohort(seed: seed, schoolCount: 40).dataset()
    let rules = try Identifier(packs: [Fixtures.krasnoyarskLikePack()]).identify(dataset)
    var rng = SeededGenerator(seed: seed)
    var decisions: [Decision] = []
    var named = Set<String>()
    for outcome in rules.schools where rng.next() % 4 == 0 {
      let category = rules.categories[Int(rng.next() % UInt64(rules.categories.count))]
      let verdict: Decision.Verdict = rng.next() % 2 == 0 ? .include : .exclude
      decisions.append(
        Decision(
          school: outcome.school.id, category: category, verdict: verdict, act: "приказ № \(seed)",
          date: Self.date("2022-08-15"), reason: "проверка"))
      named.insert("\(outcome.school.id)/\(category.id)")
    }
    #expect(!decisions.isEmpty)
    let decided = try rules.applying(decisions)
    #expect(decided.schools.count == rules.schools.count)
    for (before, after) in zip(rules.schools, decided.schools) {
      #expect(before.school == after.school)
      #expect(before.findings == after.findings)
      #expect(before.mayShowValues == after.mayShowValues)
      for category in rules.categories {
        let key = "\(before.school.id)/\(category.id)"
        if let decision = decisions.first(where: {
          $0.school == before.school.id && $0.category == category
        }) {
          #expect((after.placement(in: category) != nil) == (decision.verdict == .include))
          #expect(!after.undeterminedCategories.contains(category))
          #expect(named.contains(key))
        } else {
          #expect(after.placement(in: category) == before.placement(in: category))
          #expect(
            after.undeterminedCategories.contains(category)
              == before.undeterminedCategories.contains(category))
        }
      }
      #expect(after.decisions == decisions.filter { $0.school == before.school.id })
    }
  }
}
