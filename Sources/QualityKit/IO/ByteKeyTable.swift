/// A read-only hash table from byte strings to integers, looked up with a byte range of a file.
///
/// The values readers resolve a school id or a metric key in every row. Looking a cell's bytes up
/// here costs one hash over the bytes and one comparison, with no `String` created. The keys are
/// the UTF-8 bytes of `String`s, so a hit is exact; a miss is not final (two `String`s can be equal
/// under Unicode canonical equivalence with different bytes), and callers then look the decoded
/// text up the ordinary way.
///
/// - Complexity: O(n) to build for n keys; a lookup is O(k) on average in the length of the key.
struct ByteKeyTable: Sendable {
  private var keyBytes: [UInt8] = []
  private var keyStarts: [Int] = [0]
  private var values: [Int] = []
  private var slots: [Int32]
  private let mask: Int

  /// Builds a table mapping each key to its value. A repeated key keeps its first value.
  init(_ entries: [(key: String, value: Int)]) {
    var capacity = 16
    while capacity < entries.count * 2 { capacity <<= 1 }
    mask = capacity - 1
    slots = [Int32](repeating: -1, count: capacity)
    for (key, value) in entries {
      let bytes = Array(key.utf8)
      let hash = bytes.withUnsafeBufferPointer { Self.hash($0, 0..<$0.count) }
      var slot = hash & mask
      var duplicate = false
      while slots[slot] >= 0 {
        if self.key(Int(slots[slot])) == bytes[...] {
          duplicate = true
          break
        }
        slot = (slot + 1) & mask
      }
      if duplicate { continue }
      slots[slot] = Int32(values.count)
      keyBytes.append(contentsOf: bytes)
      keyStarts.append(keyBytes.count)
      values.append(value)
    }
  }

  private func key(_ entry: Int) -> ArraySlice<UInt8> {
    keyBytes[keyStarts[entry]..<keyStarts[entry + 1]]
  }

  /// The value of the key spelled by `buffer[range]`, or `nil` when no key has exactly these bytes.
  @inline(__always)
  func value(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    var slot = Self.hash(buffer, range) & mask
    let length = range.count
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return nil }
      let start = keyStarts[entry]
      if keyStarts[entry + 1] - start == length {
        var equal = true
        var offset = 0
        while offset < length {
          if keyBytes[start + offset] != buffer[range.lowerBound + offset] {
            equal = false
            break
          }
          offset += 1
        }
        if equal { return values[entry] }
      }
      slot = (slot + 1) & mask
    }
  }

  /// FNV-1a over the bytes, folded to a non-negative `Int`.
  @inline(__always)
  private static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for index in range {
      hash = (hash ^ UInt64(buffer[index])) &* 0x0000_0100_0000_01B3
    }
    return Int(truncatingIfNeeded: hash ^ (hash >> 32)) & Int.max
  }
}
