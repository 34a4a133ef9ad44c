/// Positions 0..<count of a sorted candidate list, each free or filled, answering "the first free
/// position at or after i" without walking over the filled ones.
///
/// A disjoint-set forest: each filled position is joined to the set of the position after it, and
/// every set remembers its one free position (its rightmost member; `count` is a sentinel that is
/// never filled). With union by rank and path halving a query or a fill costs amortised O(α(n)),
/// so a partner that is full is skipped in near-constant time however many queries pass it.
struct PartnerFreeSlots {
  private var parent: [Int]
  private var rank: [UInt8]
  /// For a root, the free position of its set.
  private var free: [Int]
  /// The number of positions, not counting the sentinel.
  let count: Int

  /// `count` free positions.
  ///
  /// - Complexity: O(count).
  init(count: Int) {
    self.count = count
    parent = Array(0...count)
    rank = [UInt8](repeating: 0, count: count + 1)
    free = Array(0...count)
  }

  /// The first free position at or after `position`, or `nil` when every one from there is filled
  /// (or `position` is past the end).
  ///
  /// - Complexity: amortised O(α(n)).
  mutating func firstFree(from position: Int) -> Int? {
    guard position < count else { return nil }
    let found = free[root(of: max(position, 0))]
    return found < count ? found : nil
  }

  /// Marks the free position `position` filled; a filled position is left as it is.
  ///
  /// - Complexity: amortised O(α(n)).
  mutating func fill(_ position: Int) {
    guard position >= 0, position < count else { return }
    let here = root(of: position)
    guard free[here] == position else { return }
    let next = root(of: position + 1)
    let target = free[next]
    let joined: Int
    if rank[here] < rank[next] {
      parent[here] = next
      joined = next
    } else {
      parent[next] = here
      if rank[here] == rank[next] { rank[here] &+= 1 }
      joined = here
    }
    free[joined] = target
  }

  private mutating func root(of position: Int) -> Int {
    var node = position
    while parent[node] != node {
      parent[node] = parent[parent[node]]
      node = parent[node]
    }
    return node
  }
}
