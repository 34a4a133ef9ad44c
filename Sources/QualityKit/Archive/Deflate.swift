/// A DEFLATE (RFC 1951) encoder, as ZIP's method 8 needs: what ``ZipWriter`` compresses the parts
/// of an `.xlsx` workbook with.
///
/// The aim is zlib level 1's ratio at a higher speed, because the tools' workbooks are large
/// (50–100 MB of sheet XML for a 40,000-school report) and writing must stay close to the time of
/// the JSON report. Matches are found greedily with a hash of the next four bytes and a short
/// chain of earlier positions with the same hash (at most ``maxChain`` probes, stopping at a match
/// of ``niceLength``); runs of sheet XML repeat whole tags, so long matches come quickly. The
/// symbols of every ``blockSymbols`` are written as one block in whichever form is smallest:
/// dynamic Huffman codes built for that block (length-limited to 15 bits, 7 for the code-length
/// code, complete as RFC 1951 decoders require), the fixed codes, or stored bytes — so random
/// data grows by only 5 bytes per 64 KiB.
///
/// The output is a function of the input alone: no clock, no randomness, ties in the Huffman
/// construction broken by symbol number; the same workbook gives the same bytes.
///
/// - Complexity: O(n · maxChain) in the number of bytes; O(n) memory for the output plus a fixed
///   ~400 KB of tables.
///
/// ```swift
/// let xml = Array(String(repeating: "<c r=\"A1\"><v>1</v></c>", count: 1000).utf8)
/// let packed = Deflate.compress(xml)        // 84 bytes for 22,000
/// try Inflate.decompress(packed) == xml     // true
/// ```
enum Deflate {
  /// Probes of the hash chain per position: zlib's level 1 uses 4, level 6 128.
  ///
  /// With ``niceLength`` and ``maxInsertLength`` this sets the speed against the ratio. On sheet
  /// XML (`qualitykit-benchmark --zip`) 4, 32 and 8 compress at 316 MB/s to 5.09:1; 8, 64 and 16
  /// did 217 MB/s and 5.20:1, and 4, 16 and 4 did 334 MB/s and 5.05:1. The middle setting keeps
  /// a 40,000-school identification workbook 7 % larger than the slow one (41.9 against 39.1 MB)
  /// and writes it 0.14 s faster.
  static let maxChain = 4
  /// A match this long is taken without looking further.
  static let niceLength = 32
  /// Matches up to this long have each of their positions hashed; longer ones skip them.
  static let maxInsertLength = 8
  /// Symbols (literals and matches) per block.
  static let blockSymbols = 1 << 15

  static let windowSize = 1 << 15
  static let hashBits = 15

  /// Bytes compressed as one segment: inputs up to this size are one segment; longer ones are cut
  /// here into segments compressed on all cores at once.
  static let segmentSize = 1 << 20

  /// The DEFLATE stream of `bytes`.
  ///
  /// An input longer than ``segmentSize`` is cut into segments at fixed offsets, compressed in
  /// parallel: each segment's matcher first indexes the 32 KiB before it, so its matches reach
  /// back across the cut as a single stream's would, and each segment but the last ends with an
  /// empty stored block, which brings it to a whole byte (as zlib's `Z_SYNC_FLUSH` and pigz do),
  /// so the segments' bytes are simply joined. The cuts depend on the length alone, never on the
  /// cores, so the bytes are the same on every machine.
  static func compress(_ bytes: [UInt8]) -> [UInt8] {
    bytes.withUnsafeBufferPointer { compress(pieces: [$0]) }
  }

  /// The DEFLATE stream of the pieces one after the other, as if joined: each piece is cut into
  /// segments as ``compress(_:)`` cuts its input (a piece's first segment does not reach back into
  /// the piece before), so a document written in parts (a sheet's head, rows and tail) is never
  /// copied into one array.
  ///
  /// With `final` false, the stream is left open for more (its last block is not final and it
  /// ends on a whole byte): a ``DeflateStream``'s segments may follow.
  static func compress(pieces: [UnsafeBufferPointer<UInt8>], final: Bool = true) -> [UInt8] {
    var jobs: [(piece: Int, range: Range<Int>)] = []
    for (index, piece) in pieces.enumerated() {
      var start = 0
      while start < piece.count {
        let end = min(piece.count, start + segmentSize)
        jobs.append((index, start..<end))
        start = end
      }
    }
    guard let first = jobs.first else {
      return compressSegment(UnsafeBufferPointer(start: nil, count: 0), 0..<0, final: final)
    }
    let shared = Pieces(pieces: pieces)
    let cuts = jobs
    let last = jobs.count - 1
    if last == 0 { return compressSegment(pieces[first.piece], first.range, final: final) }
    let parts = Parallel.map(jobs.count) { job in
      compressSegment(
        shared.pieces[cuts[job].piece], cuts[job].range, final: final && job == last)
    }
    var output: [UInt8] = []
    output.reserveCapacity(parts.reduce(0) { $0 + $1.count })
    for part in parts { output += part }
    return output
  }

  /// The pieces, read (never written) by the segments' threads while the caller waits.
  private struct Pieces: @unchecked Sendable {
    let pieces: [UnsafeBufferPointer<UInt8>]
  }

  /// The blocks of `bytes[range]`, matched against the window before it too; the last block is
  /// final when `final`, else an empty stored block follows it.
  static func compressSegment(
    _ input: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, final: Bool
  ) -> [UInt8] {
    var writer = BitWriter(capacity: range.count / 4 + 64)
    do {
      // Positions are counted from the start of the window before the segment, so they stay
      // small (the chains hold them as 32-bit numbers) however long the input.
      let base = max(0, range.lowerBound - windowSize)
      let window = UnsafeBufferPointer(rebasing: input[base..<range.upperBound])
      let first = range.lowerBound - base
      var matcher = Matcher(count: window.count)
      matcher.index(window, 0..<first)
      var symbols: [UInt32] = []
      symbols.reserveCapacity(blockSymbols)
      var position = first
      repeat {
        let start = position
        symbols.removeAll(keepingCapacity: true)
        position = matcher.fill(&symbols, from: window, at: position, end: window.count)
        writeBlock(
          symbols, raw: UnsafeBufferPointer(rebasing: window[start..<position]),
          final: final && position == window.count, to: &writer)
      } while position < window.count
      if !final {
        // An empty stored block: its length fields start on a byte boundary, so the segment
        // ends on one.
        writer.put(0, 3)
        writer.alignToByte()
        for byte: UInt8 in [0x00, 0x00, 0xFF, 0xFF] { writer.bytes.append(byte: byte) }
      }
    }
    writer.flush()
    return writer.bytes.withUnsafeBytes { Array($0) }
  }

  // MARK: - Matching

  /// A symbol: `distance << 16 | length` for a match, or the literal byte (distance 0).
  private struct Matcher {
    /// The latest position + 1 with each hash (0: none).
    var head: [Int32]
    /// For each position of the window, the previous position + 1 with the same hash.
    var previous: [Int32]
    let count: Int

    init(count: Int) {
      self.count = count
      head = [Int32](repeating: 0, count: 1 << Deflate.hashBits)
      previous = [Int32](repeating: 0, count: Deflate.windowSize)
    }

    @inline(__always)
    static func hash(_ input: UnsafePointer<UInt8>, _ at: Int) -> Int {
      let word = UnsafeRawPointer(input + at).loadUnaligned(as: UInt32.self)
      return Int((word &* 0x9E37_79B1) >> UInt32(32 - Deflate.hashBits))
    }

    /// Enters the positions of `range` in the hash chains, as if they had been matched: the
    /// window a segment's matches may reach back into.
    mutating func index(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
      guard let input = buffer.baseAddress else { return }
      let windowMask = Deflate.windowSize - 1
      var k = range.lowerBound
      while k < range.upperBound && k + 4 <= buffer.count {
        let h = Self.hash(input, k)
        previous[k & windowMask] = head[h]
        head[h] = Int32(k + 1)
        k += 1
      }
    }

    /// Appends the symbols from `position` on until the block is full or `end` is reached, and
    /// returns where it stopped. Matches end by `end`; they may start in the window before
    /// `position`.
    mutating func fill(
      _ symbols: inout [UInt32], from buffer: UnsafeBufferPointer<UInt8>, at position: Int,
      end: Int
    ) -> Int {
      guard let input = buffer.baseAddress else { return position }
      let n = end
      var i = position
      let windowMask = Deflate.windowSize - 1
      head.withUnsafeMutableBufferPointer { head in
        previous.withUnsafeMutableBufferPointer { previous in
          while i < n && symbols.count < Deflate.blockSymbols {
            guard i + 4 <= n else {
              symbols.append(UInt32(input[i]))
              i += 1
              continue
            }
            let h = Self.hash(input, i)
            var candidate = Int(head[h]) - 1
            head[h] = Int32(i + 1)
            previous[i & windowMask] = Int32(candidate + 1)
            let maxLength = min(258, n - i)
            var bestLength = 0
            var bestDistance = 0
            var probes = Deflate.maxChain
            while candidate >= 0 && i - candidate <= Deflate.windowSize && probes > 0 {
              if input[candidate + bestLength] == input[i + bestLength] || bestLength == 0 {
                let length = Self.matchLength(input, candidate, i, maxLength)
                if length > bestLength {
                  bestLength = length
                  bestDistance = i - candidate
                  if length >= Deflate.niceLength || length == maxLength { break }
                }
              }
              let next = Int(previous[candidate & windowMask]) - 1
              if next >= candidate { break }
              candidate = next
              probes -= 1
            }
            if bestLength >= 4 {
              symbols.append(UInt32(bestDistance) << 16 | UInt32(bestLength))
              if bestLength <= Deflate.maxInsertLength {
                let end = min(i + bestLength, n - 3)
                var k = i + 1
                while k < end {
                  let h = Self.hash(input, k)
                  previous[k & windowMask] = head[h]
                  head[h] = Int32(k + 1)
                  k += 1
                }
              }
              i += bestLength
            } else {
              symbols.append(UInt32(input[i]))
              i += 1
            }
          }
        }
      }
      return i
    }

    /// How many bytes from `a` equal those from `b` (`a` < `b`), at most `limit`.
    @inline(__always)
    static func matchLength(
      _ input: UnsafePointer<UInt8>, _ a: Int, _ b: Int, _ limit: Int
    ) -> Int {
      var length = 0
      while length + 8 <= limit {
        let x = UnsafeRawPointer(input + a + length).loadUnaligned(as: UInt64.self)
        let y = UnsafeRawPointer(input + b + length).loadUnaligned(as: UInt64.self)
        let difference = UInt64(littleEndian: x ^ y)
        if difference != 0 { return length + difference.trailingZeroBitCount >> 3 }
        length += 8
      }
      while length < limit && input[a + length] == input[b + length] { length += 1 }
      return length
    }
  }

  // MARK: - Blocks

  /// The fixed tables a block's matches are coded with, in one value that a block fetches once:
  /// reading a lazily made `static let` array for every match costs an initialisation check
  /// each time.
  private struct MatchCodes {
    /// The length symbol (257…285) of each match length 3…258, minus 257.
    let lengthCode: [UInt8] = (3...258).map { length in
      UInt8(Inflate.lengthBase.lastIndex(where: { $0 <= length }) ?? 0)
    }
    let distanceCodeSmall: [UInt8] = (1...256).map { distance in
      UInt8(Inflate.distanceBase.lastIndex(where: { $0 <= distance }) ?? 0)
    }
    let distanceCodeLarge: [UInt8] = (0..<256).map { index in
      UInt8(Inflate.distanceBase.lastIndex(where: { $0 <= index << 7 + 1 }) ?? 0)
    }
    let lengthBase = Inflate.lengthBase
    let lengthExtra = Inflate.lengthExtra
    let distanceBase = Inflate.distanceBase
    let distanceExtra = Inflate.distanceExtra

    /// The distance code (0…29) of a distance.
    @inline(__always)
    func distanceCode(_ distance: Int) -> Int {
      distance <= 256
        ? Int(distanceCodeSmall[distance - 1]) : Int(distanceCodeLarge[(distance - 1) >> 7])
    }
  }

  private static let matchCodes = MatchCodes()

  /// A code: each symbol's length and its bits, reversed for LSB-first writing.
  private struct Code {
    var lengths: [UInt8]
    var codes: [UInt16]

    init(lengths: [UInt8]) {
      self.lengths = lengths
      codes = [UInt16](repeating: 0, count: lengths.count)
      var count = [Int](repeating: 0, count: 16)
      for length in lengths where length > 0 { count[Int(length)] += 1 }
      var next = [Int](repeating: 0, count: 16)
      var code = 0
      for length in 1...15 {
        code = (code + count[length - 1]) << 1
        next[length] = code
      }
      for (symbol, length) in lengths.enumerated() where length > 0 {
        var c = next[Int(length)]
        next[Int(length)] += 1
        var reversed = 0
        for _ in 0..<length {
          reversed = reversed << 1 | c & 1
          c >>= 1
        }
        codes[symbol] = UInt16(reversed)
      }
    }
  }

  private static let fixedLiteralLength = Code(
    lengths: (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 })
  private static let fixedDistance = Code(lengths: [UInt8](repeating: 5, count: 30))

  /// The code-length symbols of the run-length encoded `lengths`: `symbol | extra << 8`.
  private static func runLengths(_ lengths: [UInt8]) -> [Int] {
    var out: [Int] = []
    var i = 0
    while i < lengths.count {
      let value = lengths[i]
      var run = 1
      while i + run < lengths.count && lengths[i + run] == value { run += 1 }
      i += run
      if value == 0 {
        while run >= 11 {
          let take = min(run, 138)
          out.append(18 | (take - 11) << 8)
          run -= take
        }
        if run >= 3 {
          out.append(17 | (run - 3) << 8)
          run = 0
        }
        out += [Int](repeating: 0, count: run)
      } else {
        out.append(Int(value))
        run -= 1
        while run >= 3 {
          let take = min(run, 6)
          out.append(16 | (take - 3) << 8)
          run -= take
        }
        out += [Int](repeating: Int(value), count: run)
      }
    }
    return out
  }

  private static let codeLengthOrder = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
  ]

  /// Writes `symbols` as one block, in the smallest of the three forms.
  private static func writeBlock(
    _ symbols: [UInt32], raw: UnsafeBufferPointer<UInt8>, final: Bool, to writer: inout BitWriter
  ) {
    let codes = matchCodes
    var literalFrequency = [Int](repeating: 0, count: 286)
    var distanceFrequency = [Int](repeating: 0, count: 30)
    var extraBits = 0
    for symbol in symbols {
      let distance = Int(symbol >> 16)
      if distance == 0 {
        literalFrequency[Int(symbol)] += 1
      } else {
        let code = Int(codes.lengthCode[Int(symbol & 0xFFFF) - 3])
        literalFrequency[257 + code] += 1
        let d = codes.distanceCode(distance)
        distanceFrequency[d] += 1
        extraBits += codes.lengthExtra[code] + codes.distanceExtra[d]
      }
    }
    literalFrequency[256] = 1

    let literal = Code(lengths: HuffmanLengths.lengths(literalFrequency, limit: 15))
    let distance = Code(lengths: HuffmanLengths.lengths(distanceFrequency, limit: 15))
    let literalCount = max(257, (literal.lengths.lastIndex(where: { $0 > 0 }) ?? 0) + 1)
    let distanceCount = max(1, (distance.lengths.lastIndex(where: { $0 > 0 }) ?? 0) + 1)
    let runs = runLengths(
      Array(literal.lengths[0..<literalCount]) + Array(distance.lengths[0..<distanceCount]))
    var codeLengthFrequency = [Int](repeating: 0, count: 19)
    for run in runs { codeLengthFrequency[run & 0xFF] += 1 }
    let codeLength = Code(lengths: HuffmanLengths.lengths(codeLengthFrequency, limit: 7))
    var codeLengthCount = 19
    while codeLengthCount > 4 && codeLength.lengths[codeLengthOrder[codeLengthCount - 1]] == 0 {
      codeLengthCount -= 1
    }

    func cost(_ lit: Code, _ dist: Code) -> Int {
      var bits = extraBits
      for (symbol, frequency) in literalFrequency.enumerated() where frequency > 0 {
        bits += frequency * Int(lit.lengths[symbol])
      }
      for (symbol, frequency) in distanceFrequency.enumerated() where frequency > 0 {
        bits += frequency * Int(dist.lengths[symbol])
      }
      return bits
    }
    var dynamicCost = 3 + 14 + 3 * codeLengthCount + cost(literal, distance)
    for run in runs {
      let symbol = run & 0xFF
      dynamicCost +=
        Int(codeLength.lengths[symbol])
        + (symbol == 16 ? 2 : symbol == 17 ? 3 : symbol == 18 ? 7 : 0)
    }
    let fixedCost = 3 + cost(fixedLiteralLength, fixedDistance)
    let storedCost =
      (raw.count + 65_534) / 65_535 * 40 + raw.count * 8 + 7 + (raw.isEmpty ? 40 : 0)

    if storedCost < min(fixedCost, dynamicCost) {
      writeStored(raw, final: final, to: &writer)
      return
    }
    writer.put(final ? 1 : 0, 1)
    if dynamicCost < fixedCost {
      writer.put(2, 2)
      writer.put(literalCount - 257, 5)
      writer.put(distanceCount - 1, 5)
      writer.put(codeLengthCount - 4, 4)
      for index in 0..<codeLengthCount {
        writer.put(Int(codeLength.lengths[codeLengthOrder[index]]), 3)
      }
      for run in runs {
        let symbol = run & 0xFF
        writer.put(Int(codeLength.codes[symbol]), Int(codeLength.lengths[symbol]))
        switch symbol {
        case 16: writer.put(run >> 8, 2)
        case 17: writer.put(run >> 8, 3)
        case 18: writer.put(run >> 8, 7)
        default: break
        }
      }
      writeSymbols(symbols, literal, distance, codes, to: &writer)
    } else {
      writer.put(1, 2)
      writeSymbols(symbols, fixedLiteralLength, fixedDistance, codes, to: &writer)
    }
  }

  private static func writeSymbols(
    _ symbols: [UInt32], _ literal: Code, _ distance: Code, _ codes: MatchCodes,
    to writer: inout BitWriter
  ) {
    for symbol in symbols {
      let d = Int(symbol >> 16)
      if d == 0 {
        let s = Int(symbol)
        writer.put(Int(literal.codes[s]), Int(literal.lengths[s]))
        continue
      }
      let length = Int(symbol & 0xFFFF)
      let code = Int(codes.lengthCode[length - 3])
      writer.put(Int(literal.codes[257 + code]), Int(literal.lengths[257 + code]))
      writer.put(length - codes.lengthBase[code], codes.lengthExtra[code])
      let dc = codes.distanceCode(d)
      writer.put(Int(distance.codes[dc]), Int(distance.lengths[dc]))
      writer.put(d - codes.distanceBase[dc], codes.distanceExtra[dc])
    }
    writer.put(Int(literal.codes[256]), Int(literal.lengths[256]))
  }

  /// Stored blocks of at most 65,535 bytes each; only the last may be final.
  private static func writeStored(
    _ raw: UnsafeBufferPointer<UInt8>, final: Bool, to writer: inout BitWriter
  ) {
    var start = 0
    repeat {
      let end = min(start + 65_535, raw.count)
      writer.put(final && end == raw.count ? 1 : 0, 1)
      writer.put(0, 2)
      writer.alignToByte()
      let length = end - start
      for byte in [length & 0xFF, length >> 8, ~length & 0xFF, (~length >> 8) & 0xFF] {
        writer.bytes.append(byte: UInt8(byte))
      }
      writer.bytes.append(UnsafeBufferPointer(rebasing: raw[start..<end]))
      start = end
    } while start < raw.count
  }

  /// Bits, least significant first, into bytes.
  private struct BitWriter: ~Copyable {
    /// A `ByteBuffer`, not an array: a word is stored with one unaligned write, not appended
    /// byte by byte, and this is done for every 32 bits of every workbook.
    var bytes: ByteBuffer
    var bits: UInt64 = 0
    var count = 0

    init(capacity: Int) { bytes = ByteBuffer(capacity: capacity) }

    /// Appends the low `n` (≤ 32) bits of `value`.
    @inline(__always)
    mutating func put(_ value: Int, _ n: Int) {
      bits |= UInt64(value) << UInt64(count)
      count += n
      if count >= 32 {
        bytes.append(littleEndian: UInt32(truncatingIfNeeded: bits))
        bits >>= 32
        count -= 32
      }
    }

    /// Writes out the whole bytes and pads the last partial one with zeros.
    mutating func alignToByte() {
      while count > 0 {
        bytes.append(byte: UInt8(truncatingIfNeeded: bits))
        bits >>= 8
        count = max(0, count - 8)
      }
      bits = 0
    }

    mutating func flush() { alignToByte() }
  }
}
