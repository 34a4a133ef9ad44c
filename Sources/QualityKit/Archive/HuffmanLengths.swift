/// The code lengths of a length-limited Huffman code, as ``Deflate`` writes its dynamic blocks
/// with.
///
/// Huffman's construction gives the optimal lengths; DEFLATE caps them (15 bits for literals,
/// lengths and distances, 7 for the code-length code), so when the tree is deeper the lengths
/// past the cap are cut to it and the Kraft sum put right: codes are lengthened, deepest first,
/// until the code is no longer over-subscribed, then shortened until it is complete — DEFLATE
/// decoders (zlib, ``Inflate``) refuse an incomplete code. The most frequent symbols get the
/// shortest lengths. Ties are broken by symbol number, so the result depends on the frequencies
/// alone.
///
/// - Complexity: O(s log s) in the number of symbols.
///
/// ```swift
/// HuffmanLengths.lengths([5, 1, 1, 0], limit: 15)  // [1, 2, 2, 0]
/// HuffmanLengths.lengths([0, 7, 0], limit: 15)     // [1, 1, 0]: one symbol, two one-bit codes
/// ```
enum HuffmanLengths {
  /// The length of each symbol's code (0 for a symbol of frequency 0).
  ///
  /// A lone used symbol gets a one-bit code and a neighbour gets the other, so the code is
  /// complete, as zlib does; no used symbol gives no code.
  static func lengths(_ frequencies: [Int], limit: Int) -> [UInt8] {
    var lengths = [UInt8](repeating: 0, count: frequencies.count)
    let used = frequencies.indices.filter { frequencies[$0] > 0 }
    if used.isEmpty { return lengths }
    if used.count == 1 {
      lengths[used[0]] = 1
      lengths[used[0] == 0 ? 1 : 0] = 1
      return lengths
    }
    // Huffman with two queues: leaves sorted by weight, internal nodes made in weight order.
    let leaves = used.sorted { (frequencies[$0], $0) < (frequencies[$1], $1) }
    let n = leaves.count
    var weight = leaves.map { frequencies[$0] } + [Int](repeating: 0, count: n - 1)
    var parent = [Int](repeating: -1, count: 2 * n - 1)
    var nextLeaf = 0
    var nextNode = n
    func smallest(before created: Int) -> Int {
      if nextLeaf < n && (nextNode >= created || weight[nextLeaf] <= weight[nextNode]) {
        nextLeaf += 1
        return nextLeaf - 1
      }
      nextNode += 1
      return nextNode - 1
    }
    for node in n..<2 * n - 1 {
      let a = smallest(before: node)
      let b = smallest(before: node)
      weight[node] = weight[a] + weight[b]
      parent[a] = node
      parent[b] = node
    }
    var depth = [Int](repeating: 0, count: 2 * n - 1)
    for node in stride(from: 2 * n - 3, through: 0, by: -1) {
      depth[node] = depth[parent[node]] + 1
    }

    // Count the lengths, cut at the limit, and mend the Kraft sum (in units of 2^-limit).
    var count = [Int](repeating: 0, count: limit + 1)
    for leaf in 0..<n { count[min(depth[leaf], limit)] += 1 }
    let full = 1 << limit
    var kraft = 0
    for length in 1...limit { kraft += count[length] << (limit - length) }
    while kraft > full {
      // Lengthen the deepest code that can be: the smallest reduction.
      guard let length = (1..<limit).last(where: { count[$0] > 0 }) else { break }
      count[length] -= 1
      count[length + 1] += 1
      kraft -= 1 << (limit - length - 1)
    }
    while kraft < full {
      // Shorten the deepest code whose shortening still fits.
      guard
        let length = (2...limit).last(where: {
          count[$0] > 0 && kraft + (1 << (limit - $0)) <= full
        })
      else { break }
      count[length] -= 1
      count[length - 1] += 1
      kraft += 1 << (limit - length)
    }

    // The most frequent symbols take the shortest lengths.
    let byFrequency = used.sorted { (-frequencies[$0], $0) < (-frequencies[$1], $1) }
    var length = 1
    for symbol in byFrequency {
      while count[length] == 0 { length += 1 }
      lengths[symbol] = UInt8(length)
      count[length] -= 1
    }
    return lengths
  }
}
