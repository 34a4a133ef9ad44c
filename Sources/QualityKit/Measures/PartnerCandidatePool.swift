/// The strong schools of one municipality (or of all of them) that still have a free place, kept
/// so that "the best free partner for this school" costs O(log k + α(k)) instead of a scan.
///
/// "Best" is, in this order: the smallest |social index difference| (a known difference before an
/// unknown one), the higher strength, the smaller school (dataset position, which is id order).
/// The candidates are kept in four sorted lists, each with `PartnerFreeSlots` to skip the full
/// ones:
/// - with a social index, ascending by (index, −strength, position): the nearest at or above the
///   school's value is the first free one from a binary-searched start;
/// - with a social index, descending by (index, then −strength, position): the nearest below;
/// - without a social index, by (−strength, position);
/// - all of them by (−strength, position), for a school without a social value or a run without an
///   index.
///
/// A candidate is never compared with a school of another pool: ``PartnerMatcher`` keeps one pool
/// per municipality and one for all, and takes a full candidate out of both.
struct PartnerCandidatePool {
  /// A strong school.
  struct Candidate {
    /// Its position in the dataset (school id order).
    let school: Int
    /// Its strength.
    let strength: Double
    /// Its social index, if the run has one and the school a value.
    let social: Double?
  }

  /// The pool's pick for one school.
  struct Pick {
    /// The number of the chosen candidate (an index into the matcher's candidate array).
    let candidate: Int
    /// The |social difference|, when both values are known.
    let difference: Double?
    /// A free candidate exactly as good that lost on position, if any.
    let tiedWith: Int?
  }

  private let ascending: [Int]
  private let ascendingValues: [Double]
  private let descending: [Int]
  private let descendingValues: [Double]
  private let unindexed: [Int]
  private let byStrength: [Int]
  private var ascendingSlots: PartnerFreeSlots
  private var descendingSlots: PartnerFreeSlots
  private var unindexedSlots: PartnerFreeSlots
  private var strengthSlots: PartnerFreeSlots
  /// Per member, its position in each list (−1 where it is not in the list).
  private var positions: [Int: (ascending: Int, descending: Int, unindexed: Int, strength: Int)]

  /// A pool of `members` (numbers into `candidates`).
  ///
  /// - Complexity: O(k log k) for k members.
  init(members: [Int], of candidates: [Candidate]) {
    func strongerFirst(_ a: Int, _ b: Int) -> Bool {
      let x = candidates[a]
      let y = candidates[b]
      return x.strength != y.strength ? x.strength > y.strength : x.school < y.school
    }
    let indexed = members.filter { candidates[$0].social != nil }
    ascending = indexed.sorted { a, b in
      let (x, y) = (candidates[a].social ?? 0, candidates[b].social ?? 0)
      return x != y ? x < y : strongerFirst(a, b)
    }
    descending = indexed.sorted { a, b in
      let (x, y) = (candidates[a].social ?? 0, candidates[b].social ?? 0)
      return x != y ? x > y : strongerFirst(a, b)
    }
    ascendingValues = ascending.map { candidates[$0].social ?? 0 }
    descendingValues = descending.map { candidates[$0].social ?? 0 }
    unindexed = members.filter { candidates[$0].social == nil }.sorted(by: strongerFirst)
    byStrength = members.sorted(by: strongerFirst)
    ascendingSlots = PartnerFreeSlots(count: ascending.count)
    descendingSlots = PartnerFreeSlots(count: descending.count)
    unindexedSlots = PartnerFreeSlots(count: unindexed.count)
    strengthSlots = PartnerFreeSlots(count: byStrength.count)
    var positions: [Int: (ascending: Int, descending: Int, unindexed: Int, strength: Int)] = [:]
    positions.reserveCapacity(members.count)
    for member in members { positions[member] = (-1, -1, -1, -1) }
    for (position, member) in ascending.enumerated() { positions[member]?.ascending = position }
    for (position, member) in descending.enumerated() { positions[member]?.descending = position }
    for (position, member) in unindexed.enumerated() { positions[member]?.unindexed = position }
    for (position, member) in byStrength.enumerated() { positions[member]?.strength = position }
    self.positions = positions
  }

  /// The best free candidate for a school with social value `social` (`nil`: unknown, or no index
  /// in the run), or `nil` when every member is full.
  ///
  /// - Complexity: O(log k) for the binary searches, plus amortised O(α(k)).
  mutating func best(for social: Double?, in candidates: [Candidate]) -> Pick? {
    guard let social else { return bestByStrength(.strength, candidates) }
    let above = ascendingSlots.firstFree(from: Self.firstIndex(ascendingValues) { $0 >= social })
    let below = descendingSlots.firstFree(from: Self.firstIndex(descendingValues) { $0 < social })
    let sides = [above.map { ascending[$0] }, below.map { descending[$0] }].compactMap { $0 }
    guard !sides.isEmpty else { return bestByStrength(.unindexed, candidates) }
    func difference(_ member: Int) -> Double { abs((candidates[member].social ?? 0) - social) }
    func better(_ a: Int, _ b: Int) -> Bool {
      let (da, db) = (difference(a), difference(b))
      if da != db { return da < db }
      let (sa, sb) = (candidates[a].strength, candidates[b].strength)
      return sa != sb ? sa > sb : candidates[a].school < candidates[b].school
    }
    let chosen = sides.count == 2 && better(sides[1], sides[0]) ? sides[1] : sides[0]
    // The runners-up: the other side's nearest, and the next free one on the chosen side (the same
    // index value sorts next to it).
    var rivals = sides.filter { $0 != chosen }
    if let position = positions[chosen] {
      let fromAbove = above.map { ascending[$0] == chosen } ?? false
      let next =
        fromAbove
        ? ascendingSlots.firstFree(from: position.ascending + 1).map { ascending[$0] }
        : descendingSlots.firstFree(from: position.descending + 1).map { descending[$0] }
      if let next { rivals.append(next) }
    }
    let tied = rivals.filter {
      difference($0) == difference(chosen) && candidates[$0].strength == candidates[chosen].strength
    }
    return Pick(
      candidate: chosen, difference: difference(chosen),
      tiedWith: tied.min { candidates[$0].school < candidates[$1].school })
  }

  /// Takes the full `member` out of every list.
  ///
  /// - Complexity: amortised O(α(k)).
  mutating func remove(_ member: Int) {
    guard let position = positions[member] else { return }
    if position.ascending >= 0 { ascendingSlots.fill(position.ascending) }
    if position.descending >= 0 { descendingSlots.fill(position.descending) }
    if position.unindexed >= 0 { unindexedSlots.fill(position.unindexed) }
    if position.strength >= 0 { strengthSlots.fill(position.strength) }
  }

  /// The two strength-ordered lists.
  private enum StrengthList {
    case unindexed
    case strength
  }

  /// The first free member of a strength-ordered list, and whether the next free one ties with it.
  private mutating func bestByStrength(_ which: StrengthList, _ candidates: [Candidate]) -> Pick? {
    func free(from position: Int) -> Int? {
      switch which {
      case .unindexed: unindexedSlots.firstFree(from: position).map { unindexed[$0] }
      case .strength: strengthSlots.firstFree(from: position).map { byStrength[$0] }
      }
    }
    guard let chosen = free(from: 0), let position = positions[chosen] else { return nil }
    let next = free(from: (which == .unindexed ? position.unindexed : position.strength) + 1)
    let tied = next.flatMap { candidates[$0].strength == candidates[chosen].strength ? $0 : nil }
    return Pick(candidate: chosen, difference: nil, tiedWith: tied)
  }

  /// The first index whose value satisfies `predicate`, which holds on a suffix of `values`;
  /// `values.count` when it holds nowhere.
  ///
  /// - Complexity: O(log n).
  private static func firstIndex(_ values: [Double], where predicate: (Double) -> Bool) -> Int {
    var low = 0
    var high = values.count
    while low < high {
      let middle = low + (high - low) / 2
      if predicate(values[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
