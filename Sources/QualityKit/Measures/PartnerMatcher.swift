/// Pairs each identified school with a strong school («партнерские договоры ШНРО НСУ со школами с
/// высокими результатами обучения», seed 003), each strong school taking at most
/// ``PartnerMatcher/Options/capacity`` identified schools.
///
/// **Strong school.** Not placed in any category, no category left undetermined for want of data,
/// a strength (``PartnerMatcher/Options/strength``, computed over every school of the dataset in
/// the report's year) at or above the threshold (``PartnerMatcher/Options/strengthQuantile`` of all
/// strengths), and values that may be printed (at least the report's small-cell limit of students).
/// An identified school needs no strength data: it only needs a partner.
///
/// **Context.** Where the run has context-adjusted results (``IdentificationReport/contextAdjustment``),
/// a resilient strong school is offered first, then one whose results are above what its conditions
/// predict, then the others — within the school's own municipality before another's — and the
/// pair's explanation says which.
///
/// **Order.** Greedy and deterministic. Identified schools are served most need first: the more
/// serious severity («в кризисной ситуации» before «в ситуации риска» before ungraded), then more
/// categories, then the lower strength (a school without strength data after those with it: an
/// unknown is not read as the lowest), then the smaller id. Each takes the best partner with a free
/// place: one of its own municipality if there is any, otherwise one of another municipality; among
/// those, the closest social index (if the options name one; a partner without a value after every
/// partner with one, and a school without a value takes the strongest), then the higher strength,
/// then the smaller id.
///
/// **Result.** Every identified school ends in ``PartnerMatching/pairs`` or
/// ``PartnerMatching/unmatched``, never dropped; every pair says why this partner.
///
/// ```swift
/// let report = try Identifier(packs: [DefaultPacks.krasnoyarsk]).identify(dataset)
/// var options = PartnerMatcher.Options()
/// options.socialIndex = try PartnerMatcher.Options.index(
///   "index.social_wellbeing", in: [DefaultPacks.krasnoyarsk])
/// let matching = try PartnerMatcher(options: options).match(report, dataset: dataset)
/// ```
///
/// - Complexity: O(c · w · n + n log n) for n schools and indices of c components over w years: the
///   strengths and social indices, the sorts, a binary search per identified school, and amortised
///   O(α(n)) to skip the partners that are full (`PartnerFreeSlots`). No pair of schools is ever
///   compared in a nested loop.
public struct PartnerMatcher: Sendable {
  /// The options.
  public let options: PartnerMatcher.Options

  /// A matcher with `options`.
  ///
  /// - Throws: ``SupportPlanError`` for a capacity below 1, a quantile outside 0…1 or an index
  ///   without components.
  public init(options: PartnerMatcher.Options = PartnerMatcher.Options())
    throws(SupportPlanError)
  {
    try options.validate()
    self.options = options
  }

  /// Pairs the identified schools of `report` with strong schools of `dataset`.
  ///
  /// - Parameters:
  ///   - report: the identification run; its year, cohort and parameter values are used.
  ///   - dataset: the data the report was made from.
  /// - Returns: the pairs, the identified schools left without a partner and why, and every strong
  ///   school's load.
  /// - Throws: ``SupportPlanError`` when the report and the dataset do not have the same
  ///   schools, or an index switch cannot be read.
  /// - Complexity: O(c · w · n + n log n), see the type.
  public func match(_ report: IdentificationReport, dataset: Dataset)
    throws(SupportPlanError) -> PartnerMatching
  {
    let positions = try Self.positions(of: report, in: dataset)
    let strengths = try scores(of: options.strength, cohort: .all, report, dataset)
    let socials: [Double?]
    if let index = options.socialIndex {
      socials = try scores(of: index, cohort: report.cohort, report, dataset)
    } else {
      socials = [Double?](repeating: nil, count: dataset.schoolCount)
    }
    let threshold = Self.quantile(
      strengths.compactMap { $0 }.sorted(), options.strengthQuantile)

    var candidates: [PartnerCandidatePool.Candidate] = []
    var tiers: [Int] = []  // per candidate: 0 resilient, 1 above expectation, 2 the others
    var identified: [Int] = []  // positions in report.schools
    var undetermined = 0
    var noData = 0
    var small = 0
    var below = 0
    // A school hidden only because its identification values would give a groupmate's away
    // (``SmallGroupRule/Reason/revealsGroupmate``) is not small: the partner report prints the
    // strength index's z-scores, not the identification's cut-offs and means.
    func showsOwnValues(_ outcome: IdentificationReport.SchoolOutcome) -> Bool {
      outcome.suppression.map { $0 == .revealsGroupmate } ?? true
    }
    for (position, outcome) in report.schools.enumerated() {
      let school = positions[position]
      if !outcome.placements.isEmpty {
        identified.append(position)
      } else if !outcome.undeterminedCategories.isEmpty {
        undetermined += 1
      } else if strengths[school] == nil {
        noData += 1
      } else if !showsOwnValues(outcome) {
        small += 1
      } else if let strength = strengths[school], let threshold, strength >= threshold {
        candidates.append(.init(school: school, strength: strength, social: socials[school]))
        tiers.append(Self.tier(of: report.contextAdjusted(outcome)))
      } else {
        below += 1
      }
    }

    // Served most need first; see the type's documentation. Each school's need is worked out once,
    // not at every comparison of the sort.
    struct Need {
      let position: Int
      let severity: Int
      let categories: Int
      let strength: Double?
      let school: Int
    }
    let needs = identified.map { position in
      let placements = report.schools[position].placements
      return Need(
        position: position, severity: placements.compactMap(\.severity).max()?.rank ?? 0,
        categories: placements.count, strength: strengths[positions[position]],
        school: positions[position])
    }
    let order = needs.sorted { x, y in
      if x.severity != y.severity { return x.severity > y.severity }
      if x.categories != y.categories { return x.categories > y.categories }
      switch (x.strength, y.strength) {
      case (let p?, let q?) where p != q: return p < q
      case (.some, nil): return true
      case (nil, .some): return false
      default: return x.school < y.school
      }
    }.map(\.position)

    // One pool per tier, per municipality and for all: a school takes the first tier with a free
    // partner, so a resilient partner comes before one above expectation, which comes before the
    // rest; without context-adjusted results every candidate is in the last tier.
    var members: [String: [Int]] = [:]
    for (number, candidate) in candidates.enumerated() {
      members[dataset.schools[candidate.school].municipality, default: []].append(number)
    }
    func tiered(_ numbers: [Int]) -> [PartnerCandidatePool] {
      (0..<Self.tierCount).map { tier in
        PartnerCandidatePool(members: numbers.filter { tiers[$0] == tier }, of: candidates)
      }
    }
    var pools = members.mapValues(tiered)
    var everywhere = tiered(Array(candidates.indices))
    func best(in pools: inout [PartnerCandidatePool], for social: Double?)
      -> (pick: PartnerCandidatePool.Pick, tier: Int)?
    {
      for tier in pools.indices {
        if let pick = pools[tier].best(for: social, in: candidates) { return (pick, tier) }
      }
      return nil
    }
    var taken = [[SchoolID]](repeating: [], count: candidates.count)

    let writer = PartnerExplanation(
      options: options, threshold: threshold, year: report.year,
      minimumGroupSize: report.minimumGroupSize)
    func profile(_ school: Int, _ mayShowValues: Bool) -> PartnerMatching.Profile {
      PartnerMatching.Profile(
        school: dataset.schools[school], strength: strengths[school], socialIndex: socials[school],
        mayShowValues: mayShowValues)
    }
    /// A pair before its explanation.
    struct Matched: Sendable {
      let priority: Int
      let school: PartnerMatching.Profile
      let categories: [SchoolCategory]
      let severity: Severity?
      let partner: PartnerMatching.Profile
      let choice: PartnerMatching.Choice
      let difference: Double?
      let tiedWith: SchoolID?
      let tier: Int
    }
    var matched: [Matched] = []
    var unmatched: [PartnerMatching.Unmatched] = []
    for (rank, position) in order.enumerated() {
      let outcome = report.schools[position]
      let school = positions[position]
      let municipality = dataset.schools[school].municipality
      let own = profile(school, showsOwnValues(outcome))
      let severity = outcome.placements.compactMap(\.severity).max()
      var choice = PartnerMatching.Choice.sameMunicipality
      var found: (pick: PartnerCandidatePool.Pick, tier: Int)?
      // In place (a copy of the pool would copy its lists on the first removal).
      found = best(in: &pools[municipality, default: []], for: socials[school])
      if found == nil {
        choice = members[municipality] == nil ? .otherMunicipalityNoStrong : .otherMunicipalityFull
        found = best(in: &everywhere, for: socials[school])
      }
      guard let (pick, tier) = found else {
        let reason: PartnerMatching.UnmatchedReason =
          candidates.isEmpty ? .noStrongSchool : .noFreeCapacity
        unmatched.append(
          PartnerMatching.Unmatched(
            priority: rank + 1, school: own, categories: outcome.categories, severity: severity,
            reason: reason,
            explanation: writer.unmatched(reason, strongSchools: candidates.count)))
        continue
      }
      let chosen = candidates[pick.candidate]
      taken[pick.candidate].append(outcome.school.id)
      if taken[pick.candidate].count >= options.capacity {
        let home = dataset.schools[chosen.school].municipality
        pools[home]?[tier].remove(pick.candidate)
        everywhere[tier].remove(pick.candidate)
      }
      let partner = profile(chosen.school, true)
      let tiedWith = pick.tiedWith.map { dataset.schools[candidates[$0].school].id }
      matched.append(
        Matched(
          priority: rank + 1, school: own, categories: outcome.categories, severity: severity,
          partner: partner, choice: choice, difference: pick.difference, tiedWith: tiedWith,
          tier: tier))
    }
    // The explanations, a third of the matching's time, are written on all cores once the pairs
    // are made: each reads its own pair only.
    let tiered = report.contextAdjustment?.model != nil
    let made = matched
    let pairs = Parallel.array(count: made.count, chunkSize: 256) { range, slots in
      for index in range {
        let pair = made[index]
        slots.initializeElement(
          at: index,
          to: PartnerMatching.Pair(
            priority: pair.priority, school: pair.school, categories: pair.categories,
            severity: pair.severity, partner: pair.partner, choice: pair.choice,
            socialDifference: pair.difference, tiedWith: pair.tiedWith,
            explanation: writer.pair(
              school: pair.school, partner: pair.partner, choice: pair.choice,
              difference: pair.difference, tiedWith: pair.tiedWith,
              context: tiered ? PartnerExplanation.Tier(pair.tier) : nil)))
      }
    }

    let loads = candidates.indices.map { number in
      PartnerMatching.Load(
        partner: profile(candidates[number].school, true), schools: taken[number])
    }
    return PartnerMatching(
      year: report.year, options: options, strengthThreshold: threshold,
      minimumGroupSize: report.minimumGroupSize,
      candidates: PartnerMatching.Candidates(
        schools: report.schools.count, identified: identified.count, undetermined: undetermined,
        noStrengthData: noData, smallGroup: small, belowThreshold: below,
        strong: candidates.count),
      pairs: pairs, unmatched: unmatched, loads: loads)
  }

  /// The number of preference tiers among strong schools.
  static let tierCount = 3

  /// A strong school's tier: 0 resilient, 1 above what its conditions predict, 2 otherwise (also
  /// without context-adjusted results).
  static func tier(of adjusted: ContextAdjustment.Outcome?) -> Int {
    guard let result = adjusted?.result else { return 2 }
    return result.resilient ? 0 : result.band == .aboveExpected ? 1 : 2
  }

  /// For each school of the report, its position in the dataset; both must hold the same schools.
  private static func positions(of report: IdentificationReport, in dataset: Dataset)
    throws(SupportPlanError) -> [Int]
  {
    var positions: [Int] = []
    positions.reserveCapacity(report.schools.count)
    for outcome in report.schools {
      guard let position = dataset.index(of: outcome.school.id) else {
        throw .schoolNotInDataset(outcome.school.id)
      }
      positions.append(position)
    }
    if dataset.schoolCount != report.schools.count {
      let reported = Set(report.schools.map(\.school.id))
      if let extra = dataset.schools.first(where: { !reported.contains($0.id) }) {
        throw .schoolNotInReport(extra.id)
      }
    }
    return positions
  }

  /// Every dataset school's score of `index` in the report's year, read the way the run read it:
  /// optional components switched as in the report's parameters.
  private func scores(
    of index: CompositeIndex, cohort: Cohort.Scope, _ report: IdentificationReport,
    _ dataset: Dataset
  ) throws(SupportPlanError) -> [Double?] {
    let switches = index.switches
    let keys = Set(switches.map(\.key))
    var overrides: [ParameterKey: Double] = [:]
    for (key, value) in report.parameters where keys.contains(key) { overrides[key] = value }
    let parameters: ParameterValues
    do {
      parameters = try ParameterValues(declared: switches, overrides: overrides)
    } catch {
      throw .parameter(error)
    }
    let context = EvaluationContext(
      dataset: dataset, year: report.year, cohort: cohort, parameters: parameters)
    return index.scores(in: context).map { score in score.value.flatMap { $0.isFinite ? $0 : nil } }
  }

  /// The `q`-quantile of ascending `values`, interpolated linearly between order statistics
  /// (Hyndman–Fan type 7: h = (m − 1)·q), or `nil` for no values.
  ///
  /// - Complexity: O(1).
  static func quantile(_ values: [Double], _ q: Double) -> Double? {
    guard let first = values.first else { return nil }
    guard values.count > 1 else { return first }
    let h = Double(values.count - 1) * q
    let lower = Int(h.rounded(.down))
    let upper = min(lower + 1, values.count - 1)
    return values[lower] + (h - Double(lower)) * (values[upper] - values[lower])
  }
}
