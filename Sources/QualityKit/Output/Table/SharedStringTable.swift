#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The shared strings of a workbook being written (`xl/sharedStrings.xml`): each text once, and
/// cells that refer to it by its number (`<c t="s"><v>12</v></c>`), as Excel writes them.
///
/// A report's tables repeat their texts row after row — a school's name and municipality on each
/// of its criteria, a criterion's title on each school, three statuses — and written inline they
/// made a 40,000-school identification sheet 446 MB of XML, whose compression and checksum were
/// most of the time of writing the workbook. A column whose texts do not repeat (an explanation
/// per finding) would only make the table large: ``TableRowWriter`` writes a column inline once
/// its first ``TableRowWriter/sharingTrial`` texts repeat less than half of the time.
///
/// Used by one writing thread at a time; the numbers follow the order texts were first met, so
/// the same tables give the same part.
///
/// - Complexity: O(k) on average per text of k bytes (a hash and a comparison), O(s) for the
///   part of s bytes of texts.
///
/// ```swift
/// let strings = SharedStringTable()
/// var text = "не выполнен"
/// text.withUTF8 { strings.number(of: $0, spaced: false) }   // (0, isNew: true)
/// text.withUTF8 { strings.number(of: $0, spaced: false) }   // (0, isNew: false)
/// ```
final class SharedStringTable {
  // A hash table over the texts' UTF-8 bytes, not a `[String: Int]`: hashing a `String` of
  // Cyrillic normalises it first, which made the table slower than the bytes it saved. Equal
  // bytes are the same text; two canonically equivalent spellings are two entries, each written
  // as it was given.
  @exclusivity(unchecked) private var keys: [UInt8] = []
  @exclusivity(unchecked) private var keyStarts: [Int] = [0]
  @exclusivity(unchecked) private var hashes: [Int] = []
  /// Entry numbers by hash, -1 where empty; at most half full.
  @exclusivity(unchecked) private var slots = [Int32](repeating: -1, count: 1024)
  /// The `<si>` elements, in number order.
  @exclusivity(unchecked) private var entries = ByteBuffer(capacity: 1 << 16)
  /// The cells that refer to a text (Excel's `count`).
  @exclusivity(unchecked) private(set) var references = 0

  /// How many texts the table holds.
  var count: Int { hashes.count }

  /// The number of the text whose UTF-8 is `bytes`, added at the end when it is new; `spaced`
  /// says it begins or ends with white space, which `xml:space` then keeps.
  func number(of bytes: UnsafeBufferPointer<UInt8>, spaced: Bool) -> (number: Int, isNew: Bool) {
    references += 1
    let hash = Self.hash(bytes)
    let mask = slots.count - 1
    var slot = hash & mask
    while true {
      let entry = Int(slots[slot])
      if entry < 0 { break }
      if hashes[entry] == hash, equals(entry, bytes) { return (entry, false) }
      slot = (slot + 1) & mask
    }
    let number = hashes.count
    slots[slot] = Int32(number)
    hashes.append(hash)
    keys.append(contentsOf: bytes)
    keyStarts.append(keys.count)
    entries.append(spaced ? "<si><t xml:space=\"preserve\">" : "<si><t>")
    entries.appendEscaped(bytes, XMLEscapes.self)
    entries.append("</t></si>")
    if hashes.count * 2 > slots.count { grow() }
    return (number, true)
  }

  private func equals(_ entry: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = keyStarts[entry]
    guard keyStarts[entry + 1] - start == bytes.count else { return false }
    guard let base = bytes.baseAddress else { return true }
    return keys.withUnsafeBufferPointer { keys in
      keys.baseAddress.map { memcmp($0 + start, base, bytes.count) == 0 } ?? false
    }
  }

  private func grow() {
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
  private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
    var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
    guard let base = bytes.baseAddress else { return Int(hash & UInt64(Int.max)) }
    var index = 0
    while index + 8 <= bytes.count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
      hash ^= hash >> 29
      index += 8
    }
    while index < bytes.count {
      hash = (hash ^ UInt64(base[index])) &* 0x0000_0100_0000_01B3
      index += 1
    }
    hash ^= hash >> 32
    return Int(truncatingIfNeeded: hash) & Int.max
  }

  /// `xl/sharedStrings.xml`.
  func part() -> [UInt8] {
    var part = ByteBuffer(capacity: entries.count + 256)
    part.append(WorkbookWriter.xmlDeclaration)
    part.append("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"")
    part.append(int: references)
    part.append("\" uniqueCount=\"")
    part.append(int: count)
    part.append("\">")
    entries.withUnsafeBytes { part.append($0) }
    part.append("</sst>")
    return part.withUnsafeBytes { Array($0) }
  }
}
