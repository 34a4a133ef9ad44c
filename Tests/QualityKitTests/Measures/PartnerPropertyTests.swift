import QualityKitTestSupport
import Testing

@testable import QualityKit

/// Properties of ``PartnerMatcher`` on generated data (``SyntheticCohort``: 200 schools in four
/// municipalities, about 5 % of cells missing, many ties — textbook shares are multiples of 5, so
/// the social index used here ties often): no partner over capacity, no identified or undetermined
/// partner, every identified school exactly once, the result equal to a plain quadratic reading of
/// the documented rules, and independent of the input order.
@Suite struct PartnerPropertyTests {
  static let social = CompositeIndex(
    id: "t.textbooks", title: Fixtures.text("textbooks"),
    components: [CompositeIndex.Component(.resourcesRecentTextbooksPercent, .positive)])

  /// A coarse strength: ОГЭ mathematics marks 2.8–4.5 in steps of 0.1, 18 values over about 190
  /// schools, so equal strengths (and, with the textbook index, full ties) are common.
  static let coarse = CompositeIndex(
    id: "t.coarse", title: Fixtures.text("coarse"),
    components: [CompositeIndex.Component(.ogeMathMeanMark, .positive)], minimumCoverage: 0)

  static let cases:
    [(seed: UInt64, capacity: Int, social: Bool, cohort: Cohort.Scope, coarse: Bool)] = [
      (1, 2, true, .all, false), (2, 1, true, .municipality, false), (3, 3, false, .all, false),
      (4, 2, false, .all, true), (5, 1, false, .municipality, true),
      (6, 2, true, .municipality, true),
      (7, 1, true, .all, true),
    ]

  static func options(_ number: Int) -> PartnerMatcher.Options {
    let c = cases[number]
    return PartnerMatcher.Options(
      capacity: c.capacity, strength: c.coarse ? coarse : PartnerMatcher.Options.defaultStrength,
      socialIndex: c.social ? Self.social : nil)
  }

  static func run(_ number: Int) throws -> (IdentificationReport, Dataset, PartnerMatching) {
    let c = cases[number]
    let data = try SyntheticCohort(seed: c.seed).dataset()
    let report = try Identifier(packs: [Fixtures.krasnoyarskLikePack()]).identify(
      data, cohort: c.cohort)
    return (
      report, data, try PartnerMatcher(options: options(number)).match(report, dataset: data)
    )
  }

  @Test("capacity, eligibility and completeness hold", arguments: 0..<7)
  func invariants(_ number: Int) throws {
    let c = Self.cases[number]
    let (report, _, matching) = try Self.run(number)
    let identified = Set(report.schools.filter { !$0.placements.isEmpty }.map(\.school.id))
    #expect(identified.count > 10)  // the property says something
    let paired = matching.pairs.map(\.school.school.id)
    let left = matching.unmatched.map(\.school.school.id)
    #expect(paired.count + left.count == identified.count)
    #expect(Set(paired + left) == identified)
    #expect(Set(paired).isDisjoint(with: left))
    #expect(
      (matching.pairs.map(\.priority) + matching.unmatched.map(\.priority)).sorted()
        == Array(1...identified.count))
    var perPartner: [SchoolID: Int] = [:]
    for pair in matching.pairs { perPartner[pair.partner.school.id, default: 0] += 1 }
    let outcomes = Dictionary(uniqueKeysWithValues: report.schools.map { ($0.school.id, $0) })
    for load in matching.loads {
      let id = load.partner.school.id
      #expect(load.count <= c.capacity)
      #expect(perPartner[id, default: 0] == load.count)
      #expect(outcomes[id]?.placements.isEmpty == true, "\(id) is identified")
      #expect(outcomes[id]?.undeterminedCategories.isEmpty == true)
      #expect(outcomes[id]?.mayShowValues == true)
      if let strength = load.partner.strength, let threshold = matching.strengthThreshold {
        #expect(strength >= threshold)
      } else {
        Issue.record("a partner without strength or threshold: \(id)")
      }
    }
    #expect(Set(perPartner.keys).isSubset(of: Set(matching.loads.map(\.partner.school.id))))
    #expect(matching.candidates.strong == matching.loads.count)
    for pair in matching.pairs {
      let same = pair.school.school.municipality == pair.partner.school.municipality
      #expect(same == pair.sameMunicipality)
    }
  }

  @Test("the result is the quadratic reading of the rules", arguments: 0..<7)
  func equalsQuadraticReference(_ number: Int) throws {
    let c = Self.cases[number]
    let (report, data, matching) = try Self.run(number)
    let expected = try Self.reference(report, data, Self.options(number))
    var actual: [SchoolID: String] = [:]
    for pair in matching.pairs {
      actual[pair.school.school.id] =
        "\(pair.partner.school.id) \(pair.choice.rawValue) \(pair.tiedWith?.rawValue ?? "-")"
    }
    for entry in matching.unmatched { actual[entry.school.school.id] = entry.reason.rawValue }
    #expect(actual == expected.outcomes)
    let paired = Set(matching.pairs.map(\.school.school.id))
    #expect(matching.pairs.map(\.school.school.id) == expected.order.filter(paired.contains))
    #expect(
      matching.unmatched.map(\.school.school.id) == expected.order.filter { !paired.contains($0) })
    // With the coarse strength ties happen, so the id rule is exercised.
    if c.coarse { #expect(matching.pairs.contains { $0.tiedWith != nil }) }
  }

  @Test("shuffled input gives an equal result and byte-identical JSON")
  func shuffled() throws {
    let cohort = SyntheticCohort(seed: 9)
    let options = PartnerMatcher.Options(capacity: 2, socialIndex: Self.social)
    func run(_ data: Dataset) throws -> PartnerMatching {
      let report = try Identifier(packs: [Fixtures.krasnoyarskLikePack()]).identify(data)
      return try PartnerMatcher(options: options).match(report, dataset: data)
    }
    let baseline = try run(try cohort.dataset())
    for seed: UInt64 in [1, 42, 77] {
      let again = try run(try cohort.dataset(shuffledWith: seed))
      #expect(again == baseline)
      #expect(ReportFormat.json.render(again) == ReportFormat.json.render(baseline))
    }
  }

  /// The documented rules read literally, with a scan over every strong school for every
  /// identified one: O(n²), which is the point of comparing.
  static func reference(
    _ report: IdentificationReport, _ data: Dataset, _ options: PartnerMatcher.Options
  ) throws -> (outcomes: [SchoolID: String], order: [SchoolID]) {
    let capacity = options.capacity
    let social = options.socialIndex != nil
    let strength = options.strength.scores(
      in: EvaluationContext(
        dataset: data, year: report.year, cohort: .all,
        parameters: try ParameterValues(declared: []))
    ).map(\.value)
    let index: [Double?] =
      social
      ? Self.social.scores(
        in: EvaluationContext(
          dataset: data, year: report.year, cohort: report.cohort,
          parameters: try ParameterValues(declared: []))
      ).map(\.value)
      : [Double?](repeating: nil, count: data.schoolCount)
    let sorted = strength.compactMap { $0 }.sorted()
    // Type 7 median.
    let h = Double(sorted.count - 1) * 0.5
    let lower = Int(h)
    let threshold =
      sorted[lower] + (h - Double(lower))
      * (sorted[min(lower + 1, sorted.count - 1)] - sorted[lower])
    var strong: [Int] = []
    var identified: [Int] = []
    for (school, outcome) in report.schools.enumerated() {
      if !outcome.placements.isEmpty {
        identified.append(school)
      } else if outcome.undeterminedCategories.isEmpty, outcome.mayShowValues,
        let value = strength[school], value >= threshold
      {
        strong.append(school)
      }
    }
    func need(_ school: Int) -> (Int, Int) {
      let placements = report.schools[school].placements
      return (placements.compactMap(\.severity).map(\.rank).max() ?? 0, placements.count)
    }
    let order = identified.sorted { a, b in
      if need(a) != need(b) { return need(a) > need(b) }
      switch (strength[a], strength[b]) {
      case (let x?, let y?) where x != y: return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      default: return a < b
      }
    }
    var load = [Int: Int]()
    var outcomes: [SchoolID: String] = [:]
    for school in order {
      let municipality = data.schools[school].municipality
      func key(_ candidate: Int) -> (Int, Double, Double, Int) {
        let difference = index[school].flatMap { own in index[candidate].map { abs($0 - own) } }
        if index[school] == nil {
          return (0, 0, -(strength[candidate] ?? 0), candidate)
        }
        return (
          difference == nil ? 1 : 0, difference ?? 0, -(strength[candidate] ?? 0), candidate
        )
      }
      let free = strong.filter { load[$0, default: 0] < capacity }
      let own = free.filter { data.schools[$0].municipality == municipality }
      let pool = own.isEmpty ? free : own
      guard let best = pool.min(by: { key($0) < key($1) }) else {
        outcomes[data.schools[school].id] = strong.isEmpty ? "no_strong_school" : "no_free_capacity"
        continue
      }
      let choice =
        !own.isEmpty
        ? "same_municipality"
        : strong.contains { data.schools[$0].municipality == municipality }
          ? "other_municipality_full" : "other_municipality_no_strong"
      // A tie: another free school of the same pool with the same key but for the id.
      let tied = pool.filter {
        $0 != best && key($0).0 == key(best).0 && key($0).1 == key(best).1
          && key($0).2 == key(best).2
      }.min()
      load[best, default: 0] += 1
      outcomes[data.schools[school].id] =
        "\(data.schools[best].id) \(choice) \(tied.map { data.schools[$0].id.rawValue } ?? "-")"
    }
    return (outcomes, order.map { data.schools[$0].id })
  }
}
