/// A DEFLATE (RFC 1951) decoder: ZIP's method 8, which every `.xlsx` part is stored with.
///
/// Why its own: Foundation on Linux has no ZIP and no zlib API, and the package takes no
/// dependencies. Why table-driven: a 40,000-school values sheet is ~150 MB of XML, so the decoder
/// must run at hundreds of MB/s. Each Huffman code is decoded with one lookup in a primary table
/// indexed by the next 10 bits (8 for distances) of the stream, and a second lookup in a small
/// subtable for the rare longer codes; an entry carries the symbol already turned into what the
/// loop needs (a literal byte, or a length or distance base with its count of extra bits). The
/// loop reads the input and writes the output through unsafe pointers, but every index is bounded
/// by construction: input is read eight bytes at a time only when eight remain, output is written
/// only below its checked capacity, and table indices are masked to the table's size.
///
/// Every malformed stream is a ``Failure``, never a crash or a loop: a reserved block type, a stored
/// length whose complement does not match, code lengths that over-subscribe or leave a code
/// incomplete (except the single one-bit code RFC 1951 allows), a code that no symbol has, a
/// distance reaching before the start of the output, and the input running out. The output may
/// never exceed `limit` bytes, so a bomb stops as soon as it passes the cap, not after it filled
/// the memory.
///
/// - Complexity: O(n + m) for n input and m output bytes; table building is O(288) per block.
///
/// ```swift
/// // A fixed-Huffman block of "a" (zlib.compress(b"a", wbits=-15)):
/// try Inflate.decompress([0x4B, 0x04, 0x00])  // [0x61]
/// ```
enum Inflate {
  /// What is wrong with a DEFLATE stream.
  enum Failure: Error, Sendable, Hashable {
    /// The input ended before the final block did.
    case truncated
    /// A block header with type 3, which RFC 1951 reserves.
    case invalidBlockType
    /// A stored block whose length and its ones' complement disagree.
    case storedLengthMismatch
    /// Code lengths that cannot form a prefix code: over-subscribed, incomplete, a repeat with no
    /// previous length, more lengths than the header announced, or no end-of-block code.
    case invalidCodeLengths
    /// A bit pattern no symbol has, or a reserved symbol (length 286–287, distance 30–31).
    case invalidCode
    /// A back-reference to before the first byte of the output.
    case distanceTooFar
    /// The output would exceed the cap it was given.
    case outputLimit(Int)
  }

  /// The bytes a DEFLATE stream decodes to.
  ///
  /// - Parameters:
  ///   - input: A raw DEFLATE stream (no zlib or gzip wrapper). Bytes after the final block are
  ///     ignored.
  ///   - limit: The most bytes the output may have; more is ``Failure/outputLimit(_:)``.
  ///   - sizeHint: The expected output size (a ZIP entry declares it), to allocate once.
  /// - Returns: The decoded bytes.
  /// - Throws: ``Failure`` for any malformed stream.
  static func decompress(
    _ input: [UInt8], limit: Int = Int.max, sizeHint: Int? = nil
  ) throws(Failure) -> [UInt8] {
    let result = input.withUnsafeBufferPointer {
      decompressResult($0, limit: limit, sizeHint: sizeHint)
    }
    return try result.get()
  }

  /// The bytes a DEFLATE stream in `input` decodes to; see ``decompress(_:limit:sizeHint:)``.
  static func decompress(
    _ input: UnsafeBufferPointer<UInt8>, limit: Int = Int.max, sizeHint: Int? = nil
  ) throws(Failure) -> [UInt8] {
    try decompressResult(input, limit: limit, sizeHint: sizeHint).get()
  }

  /// Room the decoder writes into: `capacity` bytes from `start`, and ``Inflate/slack`` more
  /// that its 8-byte copies may touch.
  struct Window {
    var start: UnsafeMutablePointer<UInt8>
    var capacity: Int
  }

  /// How far back a match may reach: a decoder handed a new window (see
  /// ``decompress(_:into:limit:full:)``) needs this many of the last bytes kept at its start.
  static let history = 32 << 10

  /// Decodes a DEFLATE stream into windows the caller owns, so that another thread can read a
  /// piece of the output while the rest is decoded (``ZipUnpacking``) and memory holds a few
  /// windows, not the whole output.
  ///
  /// Whenever a window is full, `full` is called with it and the count of bytes written to it; it
  /// returns the next window, with the last `kept` bytes of the full one copied to its start —
  /// at least the last ``history`` (or all, when fewer were written), which later matches may
  /// copy — and room for 65,535 more (a stored block). It may also return a bigger copy of the
  /// same window. A `full` that throws stops the decoding with its error.
  ///
  /// - Parameters:
  ///   - input: The compressed bytes.
  ///   - output: The first window.
  ///   - limit: The most bytes the whole output may have; more is ``Failure/outputLimit(_:)``.
  ///   - full: Takes a full window and gives the next.
  /// - Returns: The last window, the count of bytes in it, and the count of the whole output.
  /// - Throws: ``Failure`` for any malformed stream, and what `full` throws.
  static func decompress(
    _ input: UnsafeBufferPointer<UInt8>, into output: Window, limit: Int,
    full: (Window, Int) throws(Failure) -> (next: Window, kept: Int)
  ) throws(Failure) -> (window: Window, count: Int, total: Int) {
    let result = withoutActuallyEscaping(full) {
      full -> Result<(window: Window, count: Int, total: Int), Failure> in
      var decoder = Decoder(input: input, output: output.start, capacity: output.capacity)
      decoder.limit = max(0, limit)
      decoder.full = full
      do throws(Failure) {
        try decoder.run()
      } catch {
        return .failure(decoder.overran ? .truncated : error)
      }
      if decoder.overran { return .failure(.truncated) }
      return .success(
        (
          Window(start: decoder.output, capacity: decoder.capacity), decoder.count,
          decoder.flushed + decoder.count
        ))
    }
    return try result.get()
  }

  /// Decodes a DEFLATE stream into `output`, which the caller owns and which is never moved.
  ///
  /// - Parameters:
  ///   - input: The compressed bytes.
  ///   - output: Room for `capacity` bytes and ``slack`` more, which 8-byte copies may touch.
  ///   - capacity: The most bytes the output may have; more is ``Failure/outputLimit(_:)``.
  /// - Returns: The count of bytes written.
  /// - Throws: ``Failure`` for any malformed stream.
  static func decompress(
    _ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutablePointer<UInt8>, capacity: Int
  ) throws(Failure) -> Int {
    var decoder = Decoder(input: input, output: output, capacity: max(0, capacity))
    do {
      try decoder.run()
    } catch {
      throw decoder.overran ? .truncated : error
    }
    if decoder.overran { throw .truncated }
    return decoder.count
  }

  /// The bytes past the end of its capacity the decoder may write to: it copies matches eight
  /// bytes at a time.
  static let slack = Decoder.slack

  private static func decompressResult(
    _ input: UnsafeBufferPointer<UInt8>, limit: Int, sizeHint: Int?
  ) -> Result<[UInt8], Failure> {
    let limit = max(0, limit)
    let initial = min(
      limit, sizeHint ?? max(1024, input.count.multipliedReportingOverflow(by: 4).partialValue))
    var decoder = Decoder(input: input, capacity: max(0, initial), limit: limit)
    defer { decoder.output.deallocate() }
    do {
      try decoder.run()
    } catch {
      // Past the real end the decoder reads zeros; what went wrong there is a truncation.
      return .failure(decoder.overran ? .truncated : error)
    }
    if decoder.overran { return .failure(.truncated) }
    return .success(Array(UnsafeBufferPointer(start: decoder.output, count: decoder.count)))
  }

  // MARK: - Tables

  /// A decoding-table entry: `value << 16 | kind << 12 | extraBits << 8 | bits`. `bits` is the
  /// code's length (for a subtable link: the subtable's index width), `value` the literal byte,
  /// the length or distance base, or the subtable's offset.
  typealias Entry = UInt32

  fileprivate enum Kind {
    static let literal: UInt32 = 0
    static let base: UInt32 = 1
    static let endOfBlock: UInt32 = 2
    static let subtable: UInt32 = 3
    static let invalid: UInt32 = 4
  }

  fileprivate static let invalidEntry: Entry = Kind.invalid << 12

  fileprivate static func entry(kind: UInt32, value: Int, extra: Int = 0) -> Entry {
    UInt32(value) << 16 | kind << 12 | UInt32(extra) << 8
  }

  static let lengthBase: [Int] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
  ]
  static let lengthExtra: [Int] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
  ]
  static let distanceBase: [Int] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
  ]
  static let distanceExtra: [Int] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
  ]

  /// What each literal/length symbol decodes to (without its code length).
  fileprivate static let literalLengthPayload: [Entry] = (0..<288).map { symbol in
    switch symbol {
    case 0..<256: entry(kind: Kind.literal, value: symbol)
    case 256: entry(kind: Kind.endOfBlock, value: 0)
    case 257..<286:
      entry(kind: Kind.base, value: lengthBase[symbol - 257], extra: lengthExtra[symbol - 257])
    default: invalidEntry
    }
  }

  /// What each distance symbol decodes to.
  fileprivate static let distancePayload: [Entry] = (0..<32).map { symbol in
    symbol < 30
      ? entry(kind: Kind.base, value: distanceBase[symbol], extra: distanceExtra[symbol])
      : invalidEntry
  }

  /// What each code-length symbol decodes to: itself.
  fileprivate static let codeLengthPayload: [Entry] = (0..<19).map {
    entry(kind: Kind.literal, value: $0)
  }

  static let literalBits = 10
  static let distanceBits = 8
  static let codeLengthBits = 7

  /// The fixed literal/length code of RFC 1951 §3.2.6.
  fileprivate static let fixedLiteralLength: [Entry] = {
    var lengths = [UInt8](repeating: 8, count: 288)
    for symbol in 144..<256 { lengths[symbol] = 9 }
    for symbol in 256..<280 { lengths[symbol] = 7 }
    // The fixed code is complete by construction, so building cannot fail.
    return (try? buildTable(lengths, payload: literalLengthPayload, primaryBits: literalBits)) ?? []
  }()

  /// The fixed distance code: 5 bits for each of the 32 symbols (30 and 31 invalid).
  fileprivate static let fixedDistance: [Entry] =
    (try? buildTable(
      [UInt8](repeating: 5, count: 32), payload: distancePayload, primaryBits: distanceBits)) ?? []

  /// The decoding table of a canonical Huffman code given by its code lengths (0 = unused).
  ///
  /// An empty code (all lengths 0) gives a table of invalid entries: a distance code may be empty
  /// when a block has literals only. An incomplete code is accepted only as a single one-bit code,
  /// as zlib does; an over-subscribed code never is.
  static func buildTable(
    _ lengths: [UInt8], payload: [Entry], primaryBits: Int
  ) throws(Failure) -> [Entry] {
    var count = [Int](repeating: 0, count: 16)
    for length in lengths { count[Int(length)] += 1 }
    count[0] = 0
    let primarySize = 1 << primaryBits
    guard let maxLength = (1...15).last(where: { count[$0] > 0 }) else {
      return [Entry](repeating: invalidEntry, count: primarySize)
    }
    var left = 1
    for length in 1...15 {
      left = left << 1 - count[length]
      if left < 0 { throw .invalidCodeLengths }
    }
    if left > 0 && maxLength != 1 { throw .invalidCodeLengths }

    var next = [Int](repeating: 0, count: 16)
    var code = 0
    for length in 1...15 {
      code = (code + count[length - 1]) << 1
      next[length] = code
    }
    // Each symbol's code, bit-reversed: the stream sends codes most significant bit first, but
    // the decoder indexes the table with the bits in arrival order.
    var reversed = [Int](repeating: 0, count: lengths.count)
    for (symbol, length) in lengths.enumerated() where length > 0 {
      let l = Int(length)
      var c = next[l]
      next[l] += 1
      var r = 0
      for _ in 0..<l {
        r = r << 1 | c & 1
        c >>= 1
      }
      reversed[symbol] = r
    }

    var table = [Entry](repeating: invalidEntry, count: primarySize)
    let mask = primarySize - 1
    if maxLength > primaryBits {
      // The widest code under each primary index fixes its subtable's width.
      var widest = [Int](repeating: 0, count: primarySize)
      for (symbol, length) in lengths.enumerated() where Int(length) > primaryBits {
        let prefix = reversed[symbol] & mask
        widest[prefix] = max(widest[prefix], Int(length))
      }
      for prefix in 0..<primarySize where widest[prefix] > 0 {
        let bits = widest[prefix] - primaryBits
        table[prefix] = entry(kind: Kind.subtable, value: table.count) | UInt32(bits)
        table += [Entry](repeating: invalidEntry, count: 1 << bits)
      }
    }
    for (symbol, length) in lengths.enumerated() where length > 0 {
      let l = Int(length)
      let value = payload[symbol] | UInt32(l)
      if l <= primaryBits {
        var index = reversed[symbol]
        while index < primarySize {
          table[index] = value
          index += 1 << l
        }
      } else {
        let link = table[reversed[symbol] & mask]
        let offset = Int(link >> 16)
        let size = 1 << Int(link & 0xFF)
        var index = reversed[symbol] >> primaryBits
        while index < size {
          table[offset + index] = value
          index += 1 << (l - primaryBits)
        }
      }
    }
    return table
  }

  // MARK: - Decoder

  /// The decoder's state: the input, the bit buffer, and the output it owns.
  private struct Decoder {
    let input: UnsafePointer<UInt8>?
    let inputCount: Int
    /// The next input byte to load; may run past `inputCount` by the zero bytes read at the end.
    var position = 0
    var bits: UInt64 = 0
    var bitCount = 0
    var output: UnsafeMutablePointer<UInt8>
    /// Bytes written.
    var count = 0
    /// Bytes that may be written; `slack` more are allocated for 8-byte copies.
    var capacity: Int
    /// The most bytes of the whole output.
    var limit: Int
    static let slack = 16
    /// The bytes handed on in full windows before ``output`` (see ``full``).
    var flushed = 0
    /// For windows the caller owns: takes a full window and gives the next.
    var full: ((Window, Int) throws(Failure) -> (next: Window, kept: Int))?

    /// Whether `output` is the caller's, fixed in place: it is never grown.
    let borrowed: Bool

    init(input: UnsafeBufferPointer<UInt8>, capacity: Int, limit: Int) {
      self.input = input.baseAddress
      self.inputCount = input.count
      self.capacity = capacity
      self.limit = limit
      self.output = .allocate(capacity: capacity + Self.slack)
      self.borrowed = false
    }

    /// A decoder writing into `output`, which has room for `capacity` bytes and `slack` more.
    init(input: UnsafeBufferPointer<UInt8>, output: UnsafeMutablePointer<UInt8>, capacity: Int) {
      self.input = input.baseAddress
      self.inputCount = input.count
      self.capacity = capacity
      self.limit = capacity
      self.output = output
      self.borrowed = true
    }

    /// Whether the bits used so far include some past the end of the input.
    var overran: Bool { position * 8 - bitCount > inputCount * 8 }

    /// Fills the bit buffer to at least 56 bits; past the end of the input it shifts in zeros,
    /// and once a whole buffer of them would be needed the stream is truncated.
    @inline(__always)
    mutating func refill() throws(Failure) {
      if position + 8 <= inputCount, let input {
        let word = UInt64(
          littleEndian: UnsafeRawPointer(input + position).loadUnaligned(as: UInt64.self))
        bits |= word &<< UInt64(bitCount)
        position += (63 - bitCount) >> 3
        bitCount |= 56
        return
      }
      while bitCount <= 56 {
        if position >= inputCount + 8 { throw .truncated }
        if position < inputCount, let input {
          bits |= UInt64(input[position]) &<< UInt64(bitCount)
        }
        position += 1
        bitCount += 8
      }
    }

    /// The next `n` (≤ 32) bits, least significant first.
    @inline(__always)
    mutating func take(_ n: Int) throws(Failure) -> Int {
      if bitCount < n { try refill() }
      let value = Int(bits & ((1 << UInt64(n)) - 1))
      bits >>= UInt64(n)
      bitCount -= n
      return value
    }

    /// Makes room for `extra` more output bytes, or fails if that would pass the limit.
    mutating func reserve(_ extra: Int) throws(Failure) {
      let needed = count + extra
      if needed <= capacity { return }
      if flushed + needed > limit { throw .outputLimit(limit) }
      if let full {
        let (next, kept) = try full(Window(start: output, capacity: capacity), count)
        guard kept >= min(count, Inflate.history), kept <= count, kept + extra <= next.capacity
        else { preconditionFailure("a window must keep the history and have room") }
        flushed += count - kept
        output = next.start
        capacity = next.capacity
        count = kept
        return
      }
      if borrowed { throw .outputLimit(limit) }
      let grown = min(limit, max(needed, capacity > limit / 2 ? limit : capacity * 2))
      let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: grown + Self.slack)
      bigger.update(from: output, count: count)
      output.deallocate()
      output = bigger
      capacity = grown
    }

    mutating func run() throws(Failure) {
      var final = false
      while !final {
        final = try take(1) == 1
        switch try take(2) {
        case 0: try stored()
        case 1:
          try Inflate.fixedLiteralLength.withUnsafeBufferPointer { lit throws(Failure) in
            try Inflate.fixedDistance.withUnsafeBufferPointer { dist throws(Failure) in
              try huffman(lit, dist)
            }
          }
        case 2: try dynamic()
        default: throw .invalidBlockType
        }
      }
    }

    /// A stored block: byte-aligned LEN, NLEN, then LEN bytes as they are.
    mutating func stored() throws(Failure) {
      // Drop the bits to the byte boundary, then give back the whole bytes still buffered.
      let drop = bitCount & 7
      bits >>= UInt64(drop)
      bitCount -= drop
      position -= bitCount >> 3
      bits = 0
      bitCount = 0
      guard position + 4 <= inputCount, let input else { throw .truncated }
      let length = Int(input[position]) | Int(input[position + 1]) << 8
      let complement = Int(input[position + 2]) | Int(input[position + 3]) << 8
      position += 4
      guard length == complement ^ 0xFFFF else { throw .storedLengthMismatch }
      guard position + length <= inputCount else { throw .truncated }
      try reserve(length)
      (output + count).update(from: input + position, count: length)
      count += length
      position += length
    }

    /// A dynamic block: the code-length code, then the two codes, then the data.
    mutating func dynamic() throws(Failure) {
      let literalCount = try take(5) + 257
      let distanceCount = try take(5) + 1
      let codeLengthCount = try take(4) + 4
      guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths }
      let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
      var codeLengthLengths = [UInt8](repeating: 0, count: 19)
      for index in 0..<codeLengthCount {
        codeLengthLengths[order[index]] = UInt8(try take(3))
      }
      // The code-length code must be complete: zlib refuses an incomplete one too.
      guard codeLengthLengths.contains(where: { $0 > 0 }) else { throw .invalidCodeLengths }
      let codeLengthTable = try Inflate.buildTable(
        codeLengthLengths, payload: Inflate.codeLengthPayload, primaryBits: Inflate.codeLengthBits)
      var left = 1 << 7
      for length in codeLengthLengths where length > 0 { left -= 1 << (7 - Int(length)) }
      guard left == 0 else { throw .invalidCodeLengths }

      let total = literalCount + distanceCount
      var lengths = [UInt8](repeating: 0, count: total)
      var index = 0
      while index < total {
        if bitCount < 7 { try refill() }
        let entry = codeLengthTable[Int(bits & 0x7F)]
        let n = Int(entry & 0xFF)
        bits >>= UInt64(n)
        bitCount -= n
        let symbol = Int(entry >> 16)
        var repeatCount = 0
        var value: UInt8 = 0
        switch symbol {
        case 0..<16:
          lengths[index] = UInt8(symbol)
          index += 1
          continue
        case 16:
          guard index > 0 else { throw .invalidCodeLengths }
          value = lengths[index - 1]
          repeatCount = 3 + (try take(2))
        case 17: repeatCount = 3 + (try take(3))
        default: repeatCount = 11 + (try take(7))
        }
        guard index + repeatCount <= total else { throw .invalidCodeLengths }
        for k in index..<index + repeatCount { lengths[k] = value }
        index += repeatCount
      }
      guard lengths[256] > 0 else { throw .invalidCodeLengths }
      let literalTable = try Inflate.buildTable(
        Array(lengths[0..<literalCount]), payload: Inflate.literalLengthPayload,
        primaryBits: Inflate.literalBits)
      let distanceTable = try Inflate.buildTable(
        Array(lengths[literalCount...]), payload: Inflate.distancePayload,
        primaryBits: Inflate.distanceBits)
      try literalTable.withUnsafeBufferPointer { lit throws(Failure) in
        try distanceTable.withUnsafeBufferPointer { dist throws(Failure) in
          try huffman(lit, dist)
        }
      }
    }

    /// The data of a Huffman block, up to its end-of-block symbol: the hot loop.
    mutating func huffman(
      _ literalTable: UnsafeBufferPointer<Entry>, _ distanceTable: UnsafeBufferPointer<Entry>
    ) throws(Failure) {
      guard let lit = literalTable.baseAddress, let dist = distanceTable.baseAddress else {
        throw .invalidCode
      }
      let literalMask = UInt64(1 << Inflate.literalBits - 1)
      let distanceMask = UInt64(1 << Inflate.distanceBits - 1)
      while true {
        // 56 bits cover the longest symbol: 15 + 5 extra + 15 + 13 extra = 48.
        if bitCount < 48 { try refill() }
        var entry = lit[Int(bits & literalMask)]
        if (entry >> 12) & 0xF == Kind.subtable {
          let width = UInt64(entry & 0xFF)
          let index = Int((bits >> UInt64(Inflate.literalBits)) & ((1 << width) - 1))
          entry = lit[Int(entry >> 16) + index]
        }
        let codeBits = UInt64(entry & 0xFF)
        bits >>= codeBits
        bitCount -= Int(codeBits)
        let kind = (entry >> 12) & 0xF
        if kind == Kind.literal {
          if count >= capacity { try reserve(1) }
          output[count] = UInt8(truncatingIfNeeded: entry >> 16)
          count += 1
          continue
        }
        if kind == Kind.endOfBlock { return }
        if kind != Kind.base { throw .invalidCode }
        let lengthExtra = UInt64((entry >> 8) & 0xF)
        let length = Int(entry >> 16) + Int(bits & ((1 << lengthExtra) - 1))
        bits >>= lengthExtra
        bitCount -= Int(lengthExtra)

        var distanceEntry = dist[Int(bits & distanceMask)]
        if (distanceEntry >> 12) & 0xF == Kind.subtable {
          let width = UInt64(distanceEntry & 0xFF)
          let index = Int((bits >> UInt64(Inflate.distanceBits)) & ((1 << width) - 1))
          distanceEntry = dist[Int(distanceEntry >> 16) + index]
        }
        if (distanceEntry >> 12) & 0xF != Kind.base { throw .invalidCode }
        let distanceBits = UInt64(distanceEntry & 0xFF)
        bits >>= distanceBits
        let distanceExtra = UInt64((distanceEntry >> 8) & 0xF)
        let distance = Int(distanceEntry >> 16) + Int(bits & ((1 << distanceExtra) - 1))
        bits >>= distanceExtra
        bitCount -= Int(distanceBits + distanceExtra)
        if distance > count { throw .distanceTooFar }
        if count + length > capacity { try reserve(length) }

        let target = output + count
        let source = target - distance
        if distance >= 8 {
          // Eight bytes at a time: the source runs at least 8 behind, so every word read is
          // already written; the last word may spill into the slack, to be overwritten.
          var offset = 0
          while offset < length {
            UnsafeMutableRawPointer(target + offset).storeBytes(
              of: UnsafeRawPointer(source + offset).loadUnaligned(as: UInt64.self),
              as: UInt64.self)
            offset += 8
          }
        } else if distance == 1 {
          target.update(repeating: source.pointee, count: length)
        } else {
          for offset in 0..<length { target[offset] = source[offset] }
        }
        count += length
      }
    }
  }
}
