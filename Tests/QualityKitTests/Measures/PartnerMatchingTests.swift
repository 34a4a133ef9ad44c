import QualityKitTestSupport
import Testing

@testable import QualityKit

/// Small hand-built datasets for the partner tests: each school a row, identified by a tiny pack.
///
/// The pack (year 2022): `p.low` — `satisfaction.percent` ≤ 40 puts a school in ШНОР without a
/// severity; `p.crisis` — ≤ 20 puts it there «в кризисной ситуации»; `p.social` —
/// `additional_education.coverage_percent` ≤ 10 puts it in ШНСУ. A school's satisfaction and
/// coverage default to 50 (in no category); a missing satisfaction leaves ШНОР undetermined.
///
/// Strength is the z-score of the ЕГЭ Russian mean alone and the social index the z-score of
/// `social.low_ses_family_percent` alone, so every ordering by strength or index difference is the
/// ordering of the raw values, which the comments check by hand.
enum PartnerFixture {
  /// One school.
  struct Row {
    var id: SchoolID
    var municipality = "М"
    var satisfaction: Double? = 50
    var coverage: Double? = 50
    var ege: Double?
    var ses: Double?
    var enrollment: Double? = 100
  }

  /// ШНОР: satisfaction at most 40.
  static func low(_ id: SchoolID, _ municipality: String = "М", ege: Double?, ses: Double? = nil)
    -> Row
  {
    Row(id: id, municipality: municipality, satisfaction: 35, ege: ege, ses: ses)
  }

  /// Not identified.
  static func fine(_ id: SchoolID, _ municipality: String = "М", ege: Double?, ses: Double? = nil)
    -> Row
  {
    Row(id: id, municipality: municipality, ege: ege, ses: ses)
  }

  static let pack: RulePack = {
    let low = Fixtures.threshold("p.low", metric: .satisfactionPercent, .atMost, 40)
    let crisis = Fixtures.threshold("p.crisis", metric: .satisfactionPercent, .atMost, 20)
    let social = Fixtures.threshold(
      "p.social", metric: .additionalEducationCoveragePercent, .atMost, 10)
    return RulePack(
      id: "p", version: "1.0.0", title: Fixtures.text("p"), region: Fixtures.text("r"),
      sources: [], criteria: [low, crisis, social],
      categoryRules: [
        CategoryRule(
          category: .lowResults, condition: .criterion(low.id), provenance: Fixtures.provenance,
          rationale: Fixtures.text("low")),
        CategoryRule(
          category: .lowResults, condition: .criterion(crisis.id),
          provenance: Fixtures.provenance, rationale: Fixtures.text("crisis"), severity: .crisis),
        CategoryRule(
          category: .unfavourableSocialConditions, condition: .criterion(social.id),
          provenance: Fixtures.provenance, rationale: Fixtures.text("social")),
      ])
  }()

  static let strength = CompositeIndex(
    id: "t.strength", title: LocalizedText(ru: "сила", en: "strength"),
    components: [CompositeIndex.Component(.egeRussianMeanScore, .positive)], minimumCoverage: 0)

  static let social = CompositeIndex(
    id: "t.social", title: LocalizedText(ru: "индекс среды", en: "context index"),
    components: [CompositeIndex.Component(.socialLowSesFamilyPercent, .positive)])

  static func options(capacity: Int = 2, social: Bool = true, quantile: Double = 0.5)
    -> PartnerMatcher.Options
  {
    PartnerMatcher.Options(
      capacity: capacity, strength: strength, strengthQuantile: quantile,
      socialIndex: social ? Self.social : nil)
  }

  /// The dataset of `rows`, its schools and values given to the builder in the order of `rows`.
  static func dataset(_ rows: [Row]) throws -> Dataset {
    var builder = try Dataset.Builder(
      schools: rows.map { Fixtures.school($0.id, municipality: $0.municipality) })
    for row in rows {
      let cells: [(MetricKey, Double?)] = [
        (.satisfactionPercent, row.satisfaction),
        (.additionalEducationCoveragePercent, row.coverage),
        (.egeRussianMeanScore, row.ege), (.socialLowSesFamilyPercent, row.ses),
        (.contextEnrollment, row.enrollment),
      ]
      for case (let metric, let value?) in cells {
        try builder.set(value, school: row.id, year: 2022, metric: metric)
      }
    }
    return builder.build()
  }

  /// Identifies `rows` and matches them.
  static func match(
    _ rows: [Row], _ options: PartnerMatcher.Options = options()
  ) throws -> PartnerMatching {
    let data = try dataset(rows)
    let report = try Identifier(packs: [pack]).identify(data)
    return try PartnerMatcher(options: options).match(report, dataset: data)
  }

  /// Each identified school's partner id, or the unmatched reason's code.
  static func outcome(_ matching: PartnerMatching) -> [SchoolID: String] {
    var result: [SchoolID: String] = [:]
    for pair in matching.pairs { result[pair.school.school.id] = pair.partner.school.id.rawValue }
    for entry in matching.unmatched { result[entry.school.school.id] = entry.reason.rawValue }
    return result
  }
}

/// ``PartnerMatcher``: capacity, ties, no partner, municipality preference and fallback, the social
/// index, the order of service, exclusions and errors — each on a dataset checked by hand.
@Suite struct PartnerMatchingTests {
  typealias F = PartnerFixture

  @Test("3 identified, 1 strong school, capacity 2: the two neediest paired, the third unmatched")
  func capacityLimit() throws {
    // ЕГЭ 30, 40, 42, 44, 80: median 42 (h = 4 · 0.5 = 2, the third value). W (30) is below it,
    // S (80) is the only strong school. Order: A1 (40), A2 (42), A3 (44) — lower strength first.
    let matching = try F.match(
      [
        F.low("A1", ege: 40), F.low("A2", ege: 42), F.low("A3", ege: 44),
        F.fine("S", ege: 80), F.fine("W", ege: 30),
      ], F.options(social: false))
    #expect(F.outcome(matching) == ["A1": "S", "A2": "S", "A3": "no_free_capacity"])
    #expect(matching.pairs.map(\.priority) == [1, 2])
    #expect(matching.unmatched.map(\.priority) == [3])
    #expect(matching.loads.map(\.partner.school.id) == ["S"])
    #expect(matching.loads.map(\.schools) == [["A1", "A2"]])
    #expect(matching.candidates.strong == 1)
    #expect(matching.candidates.belowThreshold == 1)
    #expect(matching.candidates.identified == 3)
    let reason = try #require(matching.unmatched.first).explanation
    #expect(
      reason.ru
        == "Партнёр не назначен: все сильные школы (1) уже заняты — каждая принимает не более 2, "
        + "а школы с большей потребностью распределены раньше.")
  }

  @Test("capacity 1 and 3 move the cut accordingly")
  func otherCapacities() throws {
    let rows = [
      F.low("A1", ege: 40), F.low("A2", ege: 42), F.low("A3", ege: 44),
      F.fine("S", ege: 80), F.fine("W", ege: 30),
    ]
    let one = try F.match(rows, F.options(capacity: 1, social: false))
    #expect(
      F.outcome(one) == ["A1": "S", "A2": "no_free_capacity", "A3": "no_free_capacity"])
    let three = try F.match(rows, F.options(capacity: 3, social: false))
    #expect(F.outcome(three) == ["A1": "S", "A2": "S", "A3": "S"])
  }

  @Test("equal index difference and strength: the smaller id wins, and the explanation says so")
  func tieOnIndexAndStrength() throws {
    // ses 10, 20, 30 (only these three have it): mean 20, so z(A) = 0 and z(B) = −z(C) exactly;
    // |0 − z(B)| = |z(C) − 0|. ЕГЭ 40, 80, 80: median 80, B and C strong with equal strength.
    let matching = try F.match([
      F.low("A", ege: 40, ses: 20), F.fine("B", ege: 80, ses: 10), F.fine("C", ege: 80, ses: 30),
    ])
    let pair = try #require(matching.pair(of: "A"))
    #expect(pair.partner.school.id == "B")
    #expect(pair.tiedWith == "C")
    #expect(
      pair.explanation.ru.hasSuffix(
        "Школа C равна партнёру по разнице индекса и силе результатов; выбрана школа с меньшим "
          + "кодом."))
    #expect(
      pair.explanation.en.hasSuffix(
        "School C equals the partner in index difference and strength; the smaller id was "
          + "chosen."))
  }

  @Test("ties on the same side of the index and without an index")
  func tiesElsewhere() throws {
    // B and C have the same ses (10) and strength: the next one in the same sorted list ties.
    let sameSide = try F.match([
      F.low("A", ege: 40, ses: 30), F.fine("C", ege: 80, ses: 10), F.fine("B", ege: 80, ses: 10),
    ])
    #expect(sameSide.pair(of: "A")?.partner.school.id == "B")
    #expect(sameSide.pair(of: "A")?.tiedWith == "C")
    // No index: equal strength, smaller id.
    let noIndex = try F.match(
      [F.low("A", ege: 40), F.fine("C", ege: 80), F.fine("B", ege: 80)], F.options(social: false))
    #expect(noIndex.pair(of: "A")?.partner.school.id == "B")
    #expect(noIndex.pair(of: "A")?.tiedWith == "C")
    #expect(
      noIndex.pair(of: "A")?.explanation.ru.contains("равна партнёру по силе результатов;") == true)
    // Not a tie: C is stronger, so it wins although its id is larger.
    let stronger = try F.match(
      [F.low("A", ege: 40), F.fine("C", ege: 90), F.fine("B", ege: 80)], F.options(social: false))
    #expect(stronger.pair(of: "A")?.partner.school.id == "C")
    #expect(stronger.pair(of: "A")?.tiedWith == nil)
  }

  @Test("no eligible partner at all: every identified school is reported with the reason")
  func noStrongSchool() throws {
    // ЕГЭ 30, 60, 90: mean 60, so the median's z is exactly 0; the only school that is not
    // identified (W, 30) is below it.
    let below = try F.match([F.low("A", ege: 90), F.low("B", ege: 60), F.fine("W", ege: 30)])
    #expect(F.outcome(below) == ["A": "no_strong_school", "B": "no_strong_school"])
    #expect(below.loads.isEmpty)
    #expect(below.candidates.strong == 0)
    #expect(
      below.unmatched.first?.explanation.ru
        == "Партнёр не назначен: сильных школ нет — ни одна невыявленная школа с полными данными "
        + "не достигает порога «сила» 0.")
    // No strength data at all: no threshold; the sentence says that data is missing.
    let noData = try F.match([F.low("A", ege: nil), F.fine("W", ege: nil)])
    #expect(F.outcome(noData) == ["A": "no_strong_school"])
    #expect(noData.strengthThreshold == nil)
    #expect(noData.candidates.noStrengthData == 1)
    #expect(
      noData.unmatched.first?.explanation.ru
        == "Партнёр не назначен: ни у одной школы нет данных для расчёта «сила» за 2021/2022 "
        + "учебный год.")
    // Every school identified.
    let all = try F.match([F.low("A", ege: 40), F.low("B", ege: 80)])
    #expect(F.outcome(all) == ["A": "no_strong_school", "B": "no_strong_school"])
  }

  @Test("a partner in the same municipality beats a closer index elsewhere")
  func sameMunicipalityFirst() throws {
    // A (М1, ses 20): C in М2 has the same ses (difference 0), B in М1 has ses 40. ЕГЭ 40, 80,
    // 80: median 80, B and C strong.
    let matching = try F.match([
      F.low("A", "М1", ege: 40, ses: 20), F.fine("B", "М1", ege: 80, ses: 40),
      F.fine("C", "М2", ege: 80, ses: 20),
    ])
    let pair = try #require(matching.pair(of: "A"))
    #expect(pair.partner.school.id == "B")
    #expect(pair.choice == .sameMunicipality)
    #expect(pair.sameMunicipality)
    #expect(pair.explanation.ru.hasPrefix("Тот же муниципалитет (М1)."))
  }

  @Test("within the municipality the closest index wins over a stronger school")
  func closestIndexFirst() throws {
    // A ses 20; B ses 25 (ЕГЭ 70), C ses 50 (ЕГЭ 90). ЕГЭ 40, 70, 90: median 70, both strong.
    // |20 − 25| < |20 − 50|: B, although C is stronger. Without the index: C.
    let rows = [
      F.low("A", ege: 40, ses: 20), F.fine("B", ege: 70, ses: 25), F.fine("C", ege: 90, ses: 50),
    ]
    #expect(try F.match(rows).pair(of: "A")?.partner.school.id == "B")
    let noIndex = try F.match(rows, F.options(social: false))
    #expect(noIndex.pair(of: "A")?.partner.school.id == "C")
    #expect(noIndex.pair(of: "A")?.socialDifference == nil)
    #expect(noIndex.pair(of: "A")?.partner.socialIndex == nil)
    #expect(
      noIndex.pair(of: "A")?.explanation.ru.contains(
        "Социальный индекс не задан: выбрана школа с наибольшей силой результатов среди сильных "
          + "школ муниципалитета со свободными местами.") == true)
  }

  @Test("no strong school in the municipality: a partner elsewhere, explained")
  func fallbackNoStrong() throws {
    let matching = try F.match([
      F.low("A", "М1", ege: 40, ses: 20), F.fine("B", "М2", ege: 80, ses: 40),
      F.fine("C", "М3", ege: 80, ses: 25),
    ])
    let pair = try #require(matching.pair(of: "A"))
    // Elsewhere the same order applies: C (|20 − 25|) before B (|20 − 40|).
    #expect(pair.partner.school.id == "C")
    #expect(pair.choice == .otherMunicipalityNoStrong)
    #expect(
      pair.explanation.ru.hasPrefix(
        "Другой муниципалитет (М3): в муниципалитете М1 нет сильных школ. "))
    #expect(pair.explanation.ru.contains("наименьшая среди сильных школ других муниципалитетов"))
    #expect(
      pair.explanation.en.hasPrefix(
        "Another municipality (М3): municipality М1 has no strong school. "))
  }

  @Test("the municipality's strong schools are full: a partner elsewhere, explained")
  func fallbackFull() throws {
    // Capacity 1. ЕГЭ 40, 42, 80, 80: median 61 (h = 1.5: 42 + 0.5 · 38); B (М1) and C (М2)
    // strong. A1 (40) is served first and takes B; A2 finds М1 full and takes C.
    let matching = try F.match(
      [
        F.low("A1", "М1", ege: 40), F.low("A2", "М1", ege: 42), F.fine("B", "М1", ege: 80),
        F.fine("C", "М2", ege: 80),
      ], F.options(capacity: 1, social: false))
    #expect(F.outcome(matching) == ["A1": "B", "A2": "C"])
    #expect(matching.strengthThreshold.map { $0 > 0 } == true)
    let pair = try #require(matching.pair(of: "A2"))
    #expect(pair.choice == .otherMunicipalityFull)
    #expect(
      pair.explanation.ru.hasPrefix(
        "Другой муниципалитет (М2): все сильные школы муниципалитета М1 уже заняты (каждая "
          + "принимает не более 1)."))
  }

  @Test("missing index values: the school takes the strongest; a partner without one comes last")
  func missingIndexValues() throws {
    // A has no ses: the strongest of the municipality (C, 90) regardless of ses.
    let noOwn = try F.match([
      F.low("A", ege: 40), F.fine("B", ege: 70, ses: 20), F.fine("C", ege: 90),
    ])
    #expect(noOwn.pair(of: "A")?.partner.school.id == "C")
    #expect(noOwn.pair(of: "A")?.explanation.ru.contains("у школы нет данных") == true)
    // A has ses 20: B (ses 50, weaker) has a known difference, C (no ses) has none: B first; with
    // capacity 1 the second school A2 gets C, and the sentence says why.
    let partnerMissing = try F.match(
      [
        F.low("A1", ege: 40, ses: 20), F.low("A2", ege: 41, ses: 20),
        F.fine("B", ege: 70, ses: 50), F.fine("C", ege: 90),
      ], F.options(capacity: 1))
    // ЕГЭ 40, 41, 70, 90: median 55.5; B and C strong.
    #expect(F.outcome(partnerMissing) == ["A1": "B", "A2": "C"])
    #expect(partnerMissing.pair(of: "A2")?.socialDifference == nil)
    #expect(
      partnerMissing.pair(of: "A2")?.explanation.ru.contains(
        "у партнёра нет данных — сильных школ с известным значением и свободными местами здесь "
          + "нет") == true)
  }

  @Test("most need first: crisis, then more categories, then lower strength, then id")
  func needOrder() throws {
    // ЕГЭ 30, 40, 50, 60, 80, 85: median 55 (h = 2.5: 50 + 0.5 · 10). W (40) below; S1 (80)
    // and S2 (85) strong. Capacity 1: Z (crisis) takes the strongest, S2; Y (ШНОР + ШНСУ) S1;
    // X (ШНОР only, the weakest) is left without, although its strength is the lowest.
    var z = F.low("Z", ege: 60)
    z.satisfaction = 15
    var y = F.low("Y", ege: 50)
    y.coverage = 5
    let matching = try F.match(
      [
        F.low("X", ege: 30), y, z, F.fine("S1", ege: 80), F.fine("S2", ege: 85),
        F.fine("W", ege: 40),
      ],
      F.options(capacity: 1, social: false))
    #expect(F.outcome(matching) == ["Z": "S2", "Y": "S1", "X": "no_free_capacity"])
    #expect(matching.pairs.map(\.school.school.id) == ["Z", "Y"])
    #expect(matching.pairs.first?.severity == .crisis)
    #expect(matching.pairs.last?.categories == [.lowResults, .unfavourableSocialConditions])
    // Equal need and no strength data: the school with data first, then by id.
    let unknown = try F.match(
      [F.low("B", ege: nil), F.low("C", ege: 45), F.low("A", ege: nil), F.fine("S", ege: 80)],
      F.options(capacity: 1, social: false))
    #expect(unknown.pairs.map(\.school.school.id) == ["C"])
    #expect(unknown.unmatched.map(\.school.school.id) == ["A", "B"])
  }

  @Test("undetermined, small and data-less schools are not partners, and are counted")
  func exclusions() throws {
    // U: satisfaction missing, ШНОР undetermined; T: 3 students; N: no ЕГЭ. ЕГЭ 40, 80, 90, 95:
    // median 85 — only U (90) and T (95) would pass, and neither may be a partner.
    var u = F.fine("U", ege: 90)
    u.satisfaction = nil
    var t = F.fine("T", ege: 95)
    t.enrollment = 3
    let matching = try F.match(
      [F.low("A", ege: 40), u, t, F.fine("N", ege: nil), F.fine("B", ege: 80)])
    #expect(F.outcome(matching) == ["A": "no_strong_school"])
    #expect(
      matching.candidates
        == PartnerMatching.Candidates(
          schools: 5, identified: 1, undetermined: 1, noStrengthData: 1, smallGroup: 1,
          belowThreshold: 1, strong: 0))
  }

  @Test("the explanation of a pair, numbers checked by hand, decimal comma in Russian")
  func explanationNumbers() throws {
    // ЕГЭ 40, 80: mean 60, SD 20, z −1 and 1; quantile 0.6: −1 + 0.6 · 2 = 0.2. ses 10, 30:
    // z −1 and 1, difference 2.
    let matching = try F.match(
      [F.low("A", ege: 40, ses: 10), F.fine("B", ege: 80, ses: 30)], F.options(quantile: 0.6))
    let pair = try #require(matching.pair(of: "A"))
    #expect(pair.socialDifference == 2)
    #expect(pair.school.strength == -1)
    #expect(pair.partner.strength == 1)
    #expect(matching.strengthThreshold.map { abs($0 - 0.2) < 1e-12 } == true)
    #expect(
      pair.explanation.ru
        == "Тот же муниципалитет (М). Индекс среды: у школы -1, у партнёра 1, разница 2 — "
        + "наименьшая среди сильных школ муниципалитета со свободными местами. Сила результатов: "
        + "у партнёра 1, у школы -1 (порог сильной школы 0,2).")
    #expect(
      pair.explanation.en
        == "Same municipality (М). Context index: school -1, partner 1, difference 2 — the "
        + "smallest among the strong schools of the municipality with a free place. Strength of "
        + "results: partner 1, school -1 (a strong school has at least 0.2).")
  }

  @Test("a small identified school gets a partner, but its values are not written")
  func smallIdentifiedSchool() throws {
    var a = F.low("A", ege: 40, ses: 10)
    a.enrollment = 3
    let matching = try F.match([a, F.fine("B", ege: 80, ses: 30)])
    let pair = try #require(matching.pair(of: "A"))
    #expect(pair.partner.school.id == "B")
    #expect(!pair.school.mayShowValues)
    #expect(
      pair.explanation.ru
        == "Тот же муниципалитет (М). Индекс среды: разница с партнёром наименьшая среди сильных "
        + "школ муниципалитета со свободными местами (значения школы не выводятся: менее 5 "
        + "обучающихся или численность неизвестна). Сила результатов: у партнёра 1, у школы не "
        + "выводится (порог сильной школы 0).")
  }

  @Test("the same result whatever the order of the schools in the input")
  func determinism() throws {
    let rows = [
      F.low("A1", "М1", ege: 40, ses: 20), F.low("A2", "М1", ege: 40, ses: 20),
      F.low("A3", "М2", ege: 35, ses: 10), F.fine("B", "М1", ege: 80, ses: 15),
      F.fine("C", "М1", ege: 80, ses: 25), F.fine("D", "М2", ege: 85, ses: 5),
      F.fine("E", "М3", ege: 60, ses: 20), F.low("A4", "М3", ege: nil, ses: 30),
    ]
    let baseline = try F.match(rows, F.options(capacity: 1))
    let text = ReportFormat.json.render(baseline)
    for permutation in [rows.reversed(), Array(rows[3...] + rows[..<3]), rows.shuffledBySwaps()] {
      let again = try F.match(Array(permutation), F.options(capacity: 1))
      #expect(again == baseline)
      #expect(ReportFormat.json.render(again) == text)
    }
  }

  @Test("invalid options are typed errors")
  func invalidOptions() throws {
    #expect(throws: SupportPlanError.invalidCapacity(0)) {
      try PartnerMatcher(options: PartnerMatcher.Options(capacity: 0))
    }
    #expect(throws: SupportPlanError.invalidCapacity(-3)) {
      try PartnerMatcher(options: PartnerMatcher.Options(capacity: -3))
    }
    #expect(throws: SupportPlanError.invalidStrengthQuantile(1.5)) {
      try PartnerMatcher(options: PartnerMatcher.Options(strengthQuantile: 1.5))
    }
    #expect(throws: SupportPlanError.self) {
      try PartnerMatcher(options: PartnerMatcher.Options(strengthQuantile: .nan))
    }
    let empty = CompositeIndex(id: "empty", title: Fixtures.text("e"), components: [])
    #expect(throws: SupportPlanError.emptyIndex("empty")) {
      try PartnerMatcher(options: PartnerMatcher.Options(socialIndex: empty))
    }
    #expect(
      SupportPlanError.invalidCapacity(0).message(in: .russian)
        == "вместимость партнёра должна быть не меньше 1, получено 0")
  }

  @Test("a report and a dataset with different schools are a typed error")
  func mismatchedInput() throws {
    let data = try F.dataset([F.low("A", ege: 40), F.fine("B", ege: 80)])
    let report = try Identifier(packs: [F.pack]).identify(data)
    let other = try F.dataset([F.low("A", ege: 40), F.fine("B", ege: 80), F.fine("C", ege: 1)])
    #expect(throws: SupportPlanError.schoolNotInReport("C")) {
      try PartnerMatcher().match(report, dataset: other)
    }
    let fewer = try F.dataset([F.low("A", ege: 40)])
    #expect(throws: SupportPlanError.schoolNotInDataset("B")) {
      try PartnerMatcher().match(report, dataset: fewer)
    }
  }

  @Test("a pack's index by id, and an unknown id")
  func indexByID() throws {
    let pack = Fixtures.krasnoyarskLikePack()
    let index = try PartnerMatcher.Options.index("index.mini.results", in: [pack])
    #expect(index.id == "index.mini.results")
    #expect(throws: SupportPlanError.unknownIndex("nope", known: ["index.mini.results"])) {
      try PartnerMatcher.Options.index("nope", in: [pack])
    }
  }

  @Test("the default options: capacity 2, the four exam means, the median, no social index")
  func defaults() {
    let options = PartnerMatcher.Options()
    #expect(options.capacity == 2)
    #expect(options.strengthQuantile == 0.5)
    #expect(options.socialIndex == nil)
    #expect(
      options.strength.components.map(\.metric) == [
        .egeRussianMeanScore, .egeMathProfileMeanScore, .ogeRussianMeanMark, .ogeMathMeanMark,
      ])
    #expect(options.strength.components.allSatisfy { $0.direction == .positive })
    #expect(options.strength.provenance?.kind == .derived)
  }

  @Test("the default strength averages the z-scores a school has: a basic school on ОГЭ alone")
  func defaultStrength() throws {
    // ЕГЭ Russian 50, 70 (A, B; C has none): z −1, 1. ОГЭ Russian 3, 4, 5: mean 4, SD √(2/3),
    // z −1.2247, 0, 1.2247. A: (−1 − 1.2247) / 2; B: (1 + 0) / 2 = 0.5; C: 1.2247.
    var builder = try Dataset.Builder(schools: ["A", "B", "C"].map { Fixtures.school($0) })
    try builder.set(50, school: "A", year: 2022, metric: .egeRussianMeanScore)
    try builder.set(70, school: "B", year: 2022, metric: .egeRussianMeanScore)
    for (id, mark) in [("A", 3.0), ("B", 4), ("C", 5)] {
      try builder.set(mark, school: SchoolID(id), year: 2022, metric: .ogeRussianMeanMark)
      try builder.set(100, school: SchoolID(id), year: 2022, metric: .contextEnrollment)
      try builder.set(50, school: SchoolID(id), year: 2022, metric: .satisfactionPercent)
      try builder.set(
        50, school: SchoolID(id), year: 2022, metric: .additionalEducationCoveragePercent)
    }
    let data = builder.build()
    let report = try Identifier(packs: [F.pack]).identify(data)
    let matching = try PartnerMatcher().match(report, dataset: data)
    let strengths = Dictionary(
      uniqueKeysWithValues: matching.loads.map {
        ($0.partner.school.id, $0.partner.strength ?? .nan)
      })
    let z = 1 / (2.0 / 3).squareRoot()
    // Median of (−1 − z)/2 ≈ −1.11, 0.5 and z ≈ 1.22 is 0.5: B and C strong, A not.
    #expect(Set(strengths.keys) == ["B", "C"])
    #expect(abs((strengths["B"] ?? 0) - 0.5) < 1e-12)
    #expect(abs((strengths["C"] ?? 0) - z) < 1e-12)
    #expect(matching.strengthThreshold.map { abs($0 - 0.5) < 1e-12 } == true)
  }

  @Test("quantiles interpolate between order statistics (type 7)")
  func quantiles() {
    #expect(PartnerMatcher.quantile([], 0.5) == nil)
    #expect(PartnerMatcher.quantile([7], 0.9) == 7)
    #expect(PartnerMatcher.quantile([1, 2, 3, 4], 0.5) == 2.5)  // h = 1.5
    #expect(PartnerMatcher.quantile([1, 2, 3, 4], 0.25) == 1.75)  // h = 0.75
    #expect(PartnerMatcher.quantile([1, 2, 3, 4], 0) == 1)
    #expect(PartnerMatcher.quantile([1, 2, 3, 4], 1) == 4)
    #expect(PartnerMatcher.quantile([1, 2, 3], 0.5) == 2)  // h = 1
  }
}

extension Array {
  /// A fixed permutation: swap each element with the one `count / 2` places on, wrapping.
  fileprivate func shuffledBySwaps() -> [Element] {
    var copy = self
    for index in copy.indices { copy.swapAt(index, (index + count / 2) % count) }
    return copy
  }
}
