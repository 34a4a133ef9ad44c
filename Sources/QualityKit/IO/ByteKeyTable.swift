#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A hash table from byte strings to integers, looked up with a byte range of a file.
///
/// The values readers resolve a school id or a metric key in every row. Looking a cell's bytes up
/// here costs one hash over the bytes and one comparison, with no `String` created. The keys are
/// the UTF-8 bytes of `String`s, so a hit is exact; a miss is not final (two `String`s can be equal
/// under Unicode canonical equivalence with different bytes), and callers then look the decoded
/// text up the ordinary way. The workbook writer numbers its shared strings with one
/// (``insert(_:value:)``): hashing a Cyrillic `String` normalises it first, which made a
/// `[String: Int]` slower than the bytes the shared strings saved.
///
/// - Complexity: O(n) to build for n keys; a lookup or an insertion is O(k) on average in the
///   length of the key.
struct ByteKeyTable: Sendable {
  private var keyBytes: [UInt8] = []
  private var keyStarts: [Int] = [0]
  private var values: [Int] = []
  /// Each key's hash, to compare before the bytes and to grow without hashing again.
  private var hashes: [Int] = []
  /// Entry numbers by hash, -1 where empty; at most half full.
  private var slots: [Int32]

  /// An empty table with room for `capacity` keys before it grows.
  init(capacity: Int = 8) {
    var size = 16
    while size < capacity * 2 { size <<= 1 }
    slots = [Int32](repeating: -1, count: size)
  }

  /// Builds a table mapping each key to its value. A repeated key keeps its first value.
  init(_ entries: [(key: String, value: Int)]) {
    self.init(capacity: entries.count)
    for (key, value) in entries {
      var key = key
      _ = key.withUTF8 { insert($0, value: value) }
    }
  }

  /// How many keys the table holds.
  var count: Int { values.count }

  /// Adds the key spelled by `bytes` with `value` and returns `nil`; or, when the table has the
  /// key already, returns its value and changes nothing.
  mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, value: Int) -> Int? {
    let hash = Self.hash(bytes, 0..<bytes.count)
    let mask = slots.count - 1
    var slot = hash & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { break }
      if hashes[entry] == hash, equals(entry, bytes, 0..<bytes.count) { return values[entry] }
      slot = (slot + 1) & mask
    }
    slots[slot] = Int32(values.count)
    hashes.append(hash)
    keyBytes.append(contentsOf: bytes)
    keyStarts.append(keyBytes.count)
    values.append(value)
    if values.count * 2 > slots.count { grow() }
    return nil
  }

  /// The value of the key spelled by `buffer[range]`, or `nil` when no key has exactly these bytes.
  @inline(__always)
  func value(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
    let hash = Self.hash(buffer, range)
    let mask = slots.count - 1
    var slot = hash & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { return nil }
      if hashes[entry] == hash, equals(entry, buffer, range) { return values[entry] }
      slot = (slot + 1) & mask
    }
  }

  @inline(__always)
  private func equals(_ entry: Int, _ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Bool
  {
    let start = keyStarts[entry]
    guard keyStarts[entry + 1] - start == range.count else { return false }
    guard !range.isEmpty, let base = buffer.baseAddress else { return true }
    return keyBytes.withUnsafeBufferPointer { keys in
      keys.baseAddress.map { memcmp($0 + start, base + range.lowerBound, range.count) == 0 }
        ?? false
    }
  }

  private mutating func grow() {
    var bigger = [Int32](repeating: -1, count: slots.count * 2)
    let mask = bigger.count - 1
    for (entry, hash) in hashes.enumerated() {
      var slot = hash & mask
      while bigger[slot] >= 0 { slot = (slot + 1) & mask }
      bigger[slot] = Int32(entry)
    }
    slots = bigger
  }

  /// A hash of the bytes eight at a time, folded to a non-negative `Int`.
  @inline(__always)
  private static func hash(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(range.count)
    // Only an empty buffer has no base address, and an empty key hashes alike either way.
    if let base = buffer.baseAddress {
      var index = range.lowerBound
      while index + 8 <= range.upperBound {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        hash ^= hash >> 29
        index += 8
      }
      while index < range.upperBound {
        hash = (hash ^ UInt64(base[index])) &* 0x0000_0100_0000_01B3
        index += 1
      }
    }
    hash ^= hash >> 32
    return Int(truncatingIfNeeded: hash) & Int.max
  }
}
