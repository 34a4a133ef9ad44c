#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A growable UTF-8 buffer that report writers append to without building intermediate strings.
///
/// The buffer owns its memory alone (it cannot be copied), so an append is a capacity check and a
/// copy into raw memory — no reference counting, no uniqueness check. ``ByteStorage`` keeps the
/// memory between renderings so that a long report reuses a few buffers instead of allocating (and
/// faulting in) a new one per chunk.
///
/// Numbers are formatted straight into bytes with the same rounding as ``NumberText/plain(_:decimals:)``
/// (half away from zero, trailing zeros dropped), so every format prints a value identically.
struct ByteBuffer: ~Copyable {
  private var base: UnsafeMutablePointer<UInt8>
  private(set) var count = 0
  private var capacity: Int

  init(capacity: Int = 0) {
    self.capacity = max(capacity, 16)
    base = Self.allocate(self.capacity)
  }

  /// Takes the memory of `storage`, emptied, to write into; when it has none yet, new memory of
  /// `capacity` bytes. Hand it back with ``store(in:)``.
  init(reusing storage: ByteStorage, capacity: Int) {
    if let (pointer, size) = storage.take() {
      base = pointer
      self.capacity = size
    } else {
      self.capacity = max(capacity, 16)
      base = Self.allocate(self.capacity)
    }
  }

  deinit { free(base) }

  /// Gives the memory and the bytes written to `storage`.
  consuming func store(in storage: ByteStorage) {
    storage.put(base, capacity: capacity, count: count)
    discard self
  }

  /// Calls `body` with the bytes written.
  func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
    -> Result
  {
    try body(UnsafeBufferPointer(start: base, count: count))
  }

  /// The bytes written, decoded as UTF-8.
  var string: String {
    String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
  }

  /// Every `byte` written so far replaced by `replacement`.
  mutating func replace(_ byte: UInt8, with replacement: UInt8) {
    for index in 0..<count where base[index] == byte { base[index] = replacement }
  }

  /// Empties the buffer, keeping its memory.
  mutating func removeAll() { count = 0 }

  /// Makes room for `extra` more bytes.
  @inline(__always)
  mutating func reserve(_ extra: Int) {
    if capacity &- count < extra { grow(extra) }
  }

  @inline(never)
  private mutating func grow(_ extra: Int) {
    let newCapacity = max(capacity * 2, count + extra)
    // `realloc`: a large buffer is moved by remapping its pages, not by copying its bytes.
    guard let grown = realloc(base, newCapacity) else { fatalError("ByteBuffer: out of memory") }
    base = grown.assumingMemoryBound(to: UInt8.self)
    capacity = newCapacity
  }

  /// `count` bytes from `malloc`: the buffer's memory is `malloc`'s throughout, so that `realloc`
  /// may grow it and `free` (here and in ``ByteStorage``) release it.
  private static func allocate(_ count: Int) -> UnsafeMutablePointer<UInt8> {
    guard let memory = malloc(count) else { fatalError("ByteBuffer: out of memory") }
    return memory.assumingMemoryBound(to: UInt8.self)
  }

  /// Appends `bytes`.
  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    let n = bytes.count
    reserve(n)
    if let source = bytes.baseAddress { (base + count).update(from: source, count: n) }
    count &+= n
  }

  @inline(__always)
  mutating func append(_ text: StaticString) {
    let n = text.utf8CodeUnitCount
    reserve(n)
    (base + count).update(from: text.utf8Start, count: n)
    count &+= n
  }

  /// Appends the UTF-8 of `text` (a literal goes to the `StaticString` overload).
  @inline(__always)
  mutating func append(string text: String) {
    if let done: Void = text.utf8.withContiguousStorageIfAvailable({ append($0) }) {
      return done
    }
    var text = text
    text.withUTF8 { append($0) }
  }

  /// Appends the four bytes of `value`, least significant first.
  @inline(__always)
  mutating func append(littleEndian value: UInt32) {
    reserve(4)
    UnsafeMutableRawPointer(base + count).storeBytes(of: value.littleEndian, as: UInt32.self)
    count &+= 4
  }

  /// Appends `byte` `count` times.
  @inline(__always)
  mutating func append(repeating byte: UInt8, count n: Int) {
    guard n > 0 else { return }
    reserve(n)
    (base + count).update(repeating: byte, count: n)
    count &+= n
  }

  @inline(__always)
  mutating func append(byte: UInt8) {
    reserve(1)
    base[count] = byte
    count &+= 1
  }

  /// A school as every JSON document names it: its id as a JSON string, then `, "name": …,
  /// "municipality": …` (the value of an `"id"` key the caller has written).
  mutating func appendJSONSchool(_ school: School) {
    appendJSONString(school.id.rawValue)
    append(", \"name\": ")
    appendJSONString(school.name)
    append(", \"municipality\": ")
    appendJSONString(school.municipality)
  }

  /// A JSON string, or `null` for `nil`: an optional id such as a placement's severity.
  mutating func appendJSONString(orNull text: String?) {
    if let text { appendJSONString(text) } else { append("null") }
  }

  /// `[` the strings as JSON strings, comma-separated `]`: a list of ids such as categories.
  mutating func appendJSONStrings(_ texts: some Sequence<String>) {
    append("[")
    for (index, text) in texts.enumerated() {
      if index > 0 { append(", ") }
      appendJSONString(text)
    }
    append("]")
  }

  /// A JSON string literal: quoted, with the escapes RFC 8259 requires.
  mutating func appendJSONString(_ text: String) {
    append(byte: UInt8(ascii: "\""))
    appendJSONEscaped(text)
    append(byte: UInt8(ascii: "\""))
  }

  /// `text` with JSON escapes, without quotes.
  mutating func appendJSONEscaped(_ text: String) { appendEscaped(text, JSONEscapes.self) }

  /// `text` with the escapes of `Escapes`.
  @inline(__always)
  mutating func appendEscaped<Escapes: ByteEscapes>(_ text: String, _ escapes: Escapes.Type) {
    if let done: Void = text.utf8.withContiguousStorageIfAvailable({ appendEscaped($0, escapes) }) {
      return done
    }
    var text = text
    text.withUTF8 { appendEscaped($0, escapes) }
  }

  /// UTF-8 bytes with the escapes of `Escapes`. Eight bytes at a time are checked for a byte that
  /// may need an escape; most text has none, so it is copied in one piece. JSON and HTML share
  /// this scan and differ only in their ``ByteEscapes``.
  @inline(__always)
  mutating func appendEscaped<Escapes: ByteEscapes>(
    _ utf8: UnsafeBufferPointer<UInt8>, _: Escapes.Type
  ) {
    guard let source = utf8.baseAddress else { return }
    let total = utf8.count
    var start = 0
    var index = 0
    while index < total {
      // Skip whole words without a special byte.
      while total - index >= 8 {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self))
        if Escapes.mayNeedEscape(word) { break }
        index += 8
      }
      let limit = min(total, index + 8)
      var found = -1
      while index < limit {
        if Escapes.needsEscape(source[index]) {
          found = index
          break
        }
        index += 1
      }
      guard found >= 0 else { continue }
      append(UnsafeBufferPointer(start: source + start, count: found - start))
      Escapes.appendEscape(of: source[found], to: &self)
      index = found + 1
      start = index
    }
    append(UnsafeBufferPointer(start: source + start, count: total - start))
  }

  fileprivate static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }

  /// A non-negative or negative integer in decimal.
  mutating func append(int value: Int) {
    if value < 0 { append(byte: UInt8(ascii: "-")) }
    appendDigits(UInt64(value.magnitude), minimumDigits: 1)
  }

  /// `value` rounded half away from zero to at most `decimals` places, trailing zeros dropped, with
  /// a decimal point or comma.
  mutating func append(number value: Double, decimals: Int, decimalComma: Bool = false) {
    let places = min(max(decimals, 0), 15)
    let exact = value.magnitude * Self.powersOfTen[places]
    // NaN, ±∞ and magnitudes that cannot be scaled exactly are printed unscaled.
    guard value.isFinite, exact < 9e15 else {
      append(string: NumberText.unscaled(value))
      return
    }
    // Half away from zero: `exact` is not negative, so truncation is ⌊exact⌋, and
    // `exact − ⌊exact⌋` is exact.
    let floor = UInt64(Int64(exact))
    let fraction = exact - Double(floor)
    var units = fraction >= 0.5 ? floor &+ 1 : floor
    guard units < 9_000_000_000_000_000 else {
      append(string: NumberText.unscaled(value))
      return
    }
    // Near a half the binary value may sit just below or above the decimal one the user wrote
    // (1.005 is stored as 1.00499999…): round the shortest decimal representation instead.
    if (fraction - 0.5).magnitude < 1e-6,
      let decimal = Self.decimalRounded(value.magnitude, decimals: decimals)
    {
      units = decimal
    }
    var (whole, remainder) = Self.split(units, places: places)
    var digits = decimals
    // Trailing zeros dropped three, then two, then one at a time (a nonzero remainder has fewer
    // trailing zeros than places, so `digits` stays positive).
    if remainder == 0 {
      digits = 0
    } else {
      while remainder % 1000 == 0 {
        remainder /= 1000
        digits -= 3
      }
      if remainder % 100 == 0 {
        remainder /= 100
        digits -= 2
      }
      if remainder % 10 == 0 {
        remainder /= 10
        digits -= 1
      }
    }
    if value < 0 && units != 0 { append(byte: UInt8(ascii: "-")) }
    appendDigits(whole, minimumDigits: 1)
    guard digits > 0 else { return }
    append(byte: decimalComma ? UInt8(ascii: ",") : UInt8(ascii: "."))
    appendDigits(remainder, minimumDigits: digits)
  }

  /// `units` divided by 10^`places`, with the remainder; the places reports use get a constant
  /// divisor, which compiles to a multiplication instead of a division.
  @inline(__always)
  private static func split(_ units: UInt64, places: Int) -> (UInt64, UInt64) {
    switch places {
    case 0: (units, 0)
    case 1: units.quotientAndRemainder(dividingBy: 10)
    case 2: units.quotientAndRemainder(dividingBy: 100)
    case 6: units.quotientAndRemainder(dividingBy: 1_000_000)
    default: units.quotientAndRemainder(dividingBy: integerPowersOfTen[places])
    }
  }

  /// A JSON number with at most six decimals, or `null`.
  mutating func appendJSON(number value: Double?) {
    guard let value, value.isFinite else {
      append("null")
      return
    }
    append(number: value, decimals: 6)
  }

  /// `magnitude` rounded half up at `decimals` places on its shortest decimal representation, in
  /// units of 10^−decimals; `nil` when the digits do not fit.
  private static func decimalRounded(_ magnitude: Double, decimals: Int) -> UInt64? {
    // The shortest representation, as digits d₁d₂…dₙ and the position of the decimal point.
    let text = "\(magnitude)"
    let parts = text.split(separator: "e", maxSplits: 1)
    let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let mantissa = parts[0].split(separator: ".", omittingEmptySubsequences: false)
    let digits = Array(mantissa[0] + (mantissa.count > 1 ? mantissa[1] : ""))
    let point = mantissa[0].count + exponent  // digits before the decimal point
    var units: UInt64 = 0
    for index in 0..<(point + decimals) {
      let digit = index >= 0 && index < digits.count ? digits[index].wholeNumberValue ?? 0 : 0
      let (shifted, overflow) = units.multipliedReportingOverflow(by: 10)
      guard !overflow else { return nil }
      units = shifted + UInt64(digit)
    }
    let next = point + decimals
    if next >= 0, next < digits.count, let digit = digits[next].wholeNumberValue, digit >= 5 {
      units += 1
    }
    return units
  }

  /// `value` in decimal, left-padded with zeros to `minimumDigits`, written in place.
  ///
  /// The digits are written from the right, two at a time from a table of the pairs 00…99: half
  /// the divisions of one digit at a time.
  @inline(__always)
  mutating func appendDigits(_ value: UInt64, minimumDigits: Int) {
    let length = max(Self.decimalLength(value), minimumDigits)
    reserve(length)
    let start = base + count
    var position = start + length
    var rest = value
    Self.digitPairs.withUTF8Buffer { pairs in
      guard let table = pairs.baseAddress else { return }
      while rest >= 100 {
        let (quotient, pair) = rest.quotientAndRemainder(dividingBy: 100)
        let digits = table + Int(truncatingIfNeeded: pair) &* 2
        position -= 2
        position[0] = digits[0]
        position[1] = digits[1]
        rest = quotient
      }
      if rest >= 10 {
        let digits = table + Int(truncatingIfNeeded: rest) &* 2
        position -= 2
        position[0] = digits[0]
        position[1] = digits[1]
      } else {
        position -= 1
        position.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest)
      }
    }
    while position > start {
      position -= 1
      position.pointee = UInt8(ascii: "0")
    }
    count &+= length
  }

  /// The number of decimal digits of `value`: comparisons in order, as report numbers are short.
  @inline(__always)
  private static func decimalLength(_ value: UInt64) -> Int {
    if value < 10 { return 1 }
    if value < 100 { return 2 }
    if value < 1_000 { return 3 }
    if value < 10_000 { return 4 }
    if value < 100_000 { return 5 }
    if value < 1_000_000 { return 6 }
    var length = 7
    var bound: UInt64 = 10_000_000
    while length < 20 && value >= bound {
      length += 1
      bound = length < 20 ? bound &* 10 : bound
    }
    return length
  }

  /// «00», «01» … «99»: the decimal digits of every pair.
  private static let digitPairs: StaticString = """
    00010203040506070809101112131415161718192021222324252627282930313233343536373839\
    40414243444546474849505152535455565758596061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899
    """

  private static let powersOfTen: [Double] = [
    1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
  ]

  private static let integerPowersOfTen: [UInt64] = [
    1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000,
    100_000_000_000_000, 1_000_000_000_000_000,
  ]
}

/// Memory a ``ByteBuffer`` leaves behind to be reused, with the bytes it wrote.
///
/// A storage is handed from thread to thread but used by one at a time: the rendering that took
/// its memory puts it back before anyone else looks at it (``ParallelChunks`` reads a chunk's
/// storage only after its rendering is done, and renders the next chunk into it only after that).
final class ByteStorage: @unchecked Sendable {
  private var pointer: UnsafeMutablePointer<UInt8>?
  private var capacity = 0
  /// The number of bytes written.
  private(set) var count = 0

  init() {}

  deinit { free(pointer) }

  /// The memory and its size, leaving the storage empty.
  func take() -> (UnsafeMutablePointer<UInt8>, Int)? {
    guard let taken = pointer else { return nil }
    pointer = nil
    count = 0
    return (taken, capacity)
  }

  /// Keeps `pointer` of `capacity` bytes, the first `count` written.
  func put(_ pointer: UnsafeMutablePointer<UInt8>, capacity: Int, count: Int) {
    free(self.pointer)
    self.pointer = pointer
    self.capacity = capacity
    self.count = count
  }

  /// Calls `body` with the bytes written.
  func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows
    -> Result
  {
    try body(UnsafeBufferPointer(start: pointer, count: pointer == nil ? 0 : count))
  }
}

/// The bytes a text format must write differently, and what it writes instead: the one thing JSON
/// strings and HTML text differ in when ``ByteBuffer`` copies text into them.
protocol ByteEscapes {
  /// Whether a byte of `word` (eight bytes, little-endian) may need an escape: a quick check that
  /// may say yes for a byte ``needsEscape(_:)`` lets through, never no for one it escapes.
  static func mayNeedEscape(_ word: UInt64) -> Bool
  /// Whether `byte` is written as an escape.
  static func needsEscape(_ byte: UInt8) -> Bool
  /// Appends the escape of `byte` to `buffer`.
  static func appendEscape(of byte: UInt8, to buffer: inout ByteBuffer)
}

/// Bit tricks on eight bytes at once: which bytes of a word are zero, or below a bound.
enum ByteWord {
  static let ones: UInt64 = 0x0101_0101_0101_0101
  static let highs: UInt64 = 0x8080_8080_8080_8080

  /// The high bit of each byte of `word` that equals `byte` (exact for bytes below 0x80).
  @inline(__always)
  static func equal(_ word: UInt64, _ byte: UInt8) -> UInt64 {
    let value = word ^ (ones &* UInt64(byte))
    return (value &- ones) & ~value & highs
  }

  /// The high bit of each byte of `word` below 0x20 (a control character).
  @inline(__always)
  static func control(_ word: UInt64) -> UInt64 { (word &- ones &* 0x20) & ~word & highs }
}

/// RFC 8259: `"`, `\` and control characters.
enum JSONEscapes: ByteEscapes {
  @inline(__always)
  static func mayNeedEscape(_ word: UInt64) -> Bool {
    (ByteWord.control(word) | ByteWord.equal(word, 0x22) | ByteWord.equal(word, 0x5C)) != 0
  }

  @inline(__always)
  static func needsEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
  }

  static func appendEscape(of byte: UInt8, to buffer: inout ByteBuffer) {
    switch byte {
    case UInt8(ascii: "\""): buffer.append("\\\"")
    case UInt8(ascii: "\\"): buffer.append("\\\\")
    case UInt8(ascii: "\n"): buffer.append("\\n")
    case UInt8(ascii: "\r"): buffer.append("\\r")
    case UInt8(ascii: "\t"): buffer.append("\\t")
    default:
      buffer.append("\\u00")
      buffer.append(byte: ByteBuffer.hexDigit(byte >> 4))
      buffer.append(byte: ByteBuffer.hexDigit(byte & 0xF))
    }
  }
}
