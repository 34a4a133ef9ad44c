/// The CRC-32 of ZIP, gzip and PNG (ISO 3309, polynomial `0xEDB88320` reflected), which every ZIP
/// entry carries so that a reader can tell a damaged entry from a good one.
///
/// Slicing-by-8: eight 256-entry tables let the loop take eight bytes per step instead of one,
/// which matters when a workbook's sheets run to tens of megabytes. The tables are computed once,
/// lazily, into an immutable `static let` (no mutable global state).
///
/// - Complexity: O(n) in the number of bytes.
///
/// ```swift
/// CRC32.checksum(Array("123456789".utf8))  // 0xCBF43926, the standard check value
/// ```
enum CRC32 {
  /// The eight lookup tables, `tables[k * 256 + b]`.
  private static let tables: [UInt32] = {
    var tables = [UInt32](repeating: 0, count: 8 * 256)
    for byte in 0..<256 {
      var crc = UInt32(byte)
      for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
      tables[byte] = crc
    }
    for byte in 0..<256 {
      var crc = tables[byte]
      for slice in 1..<8 {
        crc = (crc >> 8) ^ tables[Int(crc & 0xFF)]
        tables[slice * 256 + byte] = crc
      }
    }
    return tables
  }()

  /// The checksum of `bytes`.
  static func checksum(_ bytes: some Collection<UInt8>) -> UInt32 {
    var crc = State()
    crc.update(bytes)
    return crc.value
  }

  /// A running checksum, for bytes that arrive in pieces.
  struct State: Sendable {
    private var crc: UInt32 = 0xFFFF_FFFF

    /// The checksum of everything added so far.
    var value: UInt32 { crc ^ 0xFFFF_FFFF }

    /// Adds `bytes`.
    mutating func update(_ bytes: some Collection<UInt8>) {
      let contiguous: Void? = bytes.withContiguousStorageIfAvailable { update(buffer: $0) }
      if contiguous == nil {
        let copy = Array(bytes)
        copy.withUnsafeBufferPointer { update(buffer: $0) }
      }
    }

    /// Adds the bytes of `buffer`.
    mutating func update(buffer: UnsafeBufferPointer<UInt8>) {
      CRC32.tables.withUnsafeBufferPointer { table in
        var crc = self.crc
        var index = 0
        let count = buffer.count
        while index + 8 <= count {
          let low =
            crc
            ^ (UInt32(buffer[index]) | UInt32(buffer[index + 1]) << 8
              | UInt32(buffer[index + 2]) << 16 | UInt32(buffer[index + 3]) << 24)
          crc =
            table[7 * 256 + Int(low & 0xFF)] ^ table[6 * 256 + Int((low >> 8) & 0xFF)]
            ^ table[5 * 256 + Int((low >> 16) & 0xFF)] ^ table[4 * 256 + Int(low >> 24)]
            ^ table[3 * 256 + Int(buffer[index + 4])] ^ table[2 * 256 + Int(buffer[index + 5])]
            ^ table[1 * 256 + Int(buffer[index + 6])] ^ table[Int(buffer[index + 7])]
          index += 8
        }
        while index < count {
          crc = (crc >> 8) ^ table[Int((crc ^ UInt32(buffer[index])) & 0xFF)]
          index += 1
        }
        self.crc = crc
      }
    }
  }

  /// The checksum of two byte runs one after the other, from the checksum of each and the length
  /// of the second: what lets pieces compressed on different threads be checked as one entry.
  /// zlib's `crc32_combine`: the first checksum is moved on by `secondLength` zero bytes (a
  /// multiplication by x^(8·n) modulo the polynomial), then the second is added.
  ///
  /// - Complexity: O(log n) in `secondLength`.
  ///
  /// ```swift
  /// let a = Array("1234".utf8), b = Array("56789".utf8)
  /// CRC32.combine(CRC32.checksum(a), CRC32.checksum(b), secondLength: 5)  // 0xCBF43926
  /// ```
  static func combine(_ first: UInt32, _ second: UInt32, secondLength: Int) -> UInt32 {
    var power: UInt32 = 1 << 31  // x^0, bits reflected as the checksum's are
    var square: UInt32 = 1 << 30  // x^1
    for _ in 0..<3 { square = multiply(square, square) }  // x^8: a byte is eight bits
    var rest = secondLength
    while rest > 0 {
      if rest & 1 == 1 { power = multiply(square, power) }
      square = multiply(square, square)
      rest >>= 1
    }
    return multiply(power, first) ^ second
  }

  /// `a · b` modulo the polynomial, both reflected (zlib's `multmodp`).
  private static func multiply(_ a: UInt32, _ b: UInt32) -> UInt32 {
    var mask: UInt32 = 1 << 31
    var product: UInt32 = 0
    var b = b
    while true {
      if a & mask != 0 {
        product ^= b
        if a & (mask - 1) == 0 { break }
      }
      mask >>= 1
      b = b & 1 == 1 ? (b >> 1) ^ 0xEDB8_8320 : b >> 1
    }
    return product
  }
}
