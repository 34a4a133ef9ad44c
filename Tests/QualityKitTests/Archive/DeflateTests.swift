import Foundation
import Testing

@testable import QualityKit

@Suite("DEFLATE encoding: round trips, block forms, Huffman lengths, determinism")
struct DeflateTests {
  /// A deterministic generator (SplitMix64), so the inputs are the same on every run.
  struct SplitMix {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
  }

  static func random(_ count: Int, seed: UInt64, alphabet: Int = 256) -> [UInt8] {
    var generator = SplitMix(state: seed)
    return (0..<count).map { _ in UInt8(generator.next() % UInt64(alphabet)) }
  }

  static func sheetXML(rows: Int) -> [UInt8] {
    var text = "<sheetData>"
    for row in 1...rows {
      text += "<row r=\"\(row)\"><c r=\"A\(row)\" t=\"s\"><v>\(row % 37)</v></c>"
      text += "<c r=\"B\(row)\"><v>\(Double(row * 7919 % 1000) / 10)</v></c></row>"
    }
    return Array((text + "</sheetData>").utf8)
  }

  @Test(
    "Inflate(Deflate(x)) == x for random, repetitive and text inputs of many sizes",
    arguments: [0, 1, 2, 3, 4, 5, 100, 258, 259, 4096, 65_535, 65_536, 70_000, 300_000])
  func roundTrip(size: Int) throws {
    let inputs: [[UInt8]] = [
      Self.random(size, seed: UInt64(size)),
      Self.random(size, seed: UInt64(size) + 1, alphabet: 3),
      [UInt8](repeating: 0x41, count: size),
      Array(Self.sheetXML(rows: size / 60 + 1).prefix(size)),
      (0..<size).map { UInt8(truncatingIfNeeded: $0 / 1000) },
    ]
    for input in inputs {
      let packed = Deflate.compress(input)
      #expect(try Inflate.decompress(packed) == input)
    }
  }

  @Test("Sheet XML packs at least as well as zlib level 1; random bytes grow by 5 bytes a block")
  func ratio() {
    let xml = Self.sheetXML(rows: 5000)
    // The same 394,847 bytes built in Python: zlib 1.2.13 level 1 gives 78,393 bytes (raw).
    #expect(xml.count == 394_847)
    #expect(Deflate.compress(xml).count <= 78_393)
    let noise = Self.random(200_000, seed: 7)
    // No matches, so a block per 32,768 literals: 7 blocks, stored, 5 bytes of header each.
    #expect(Deflate.compress(noise).count <= noise.count + 7 * 5)
  }

  @Test("Inputs longer than a segment: compressed in parallel segments, one stream, same bytes")
  func segments() throws {
    let size = Deflate.segmentSize
    // Sheet XML across three cuts, a repeat that starts before a cut and ends after it, and
    // noise: each must come back whole, and the segments must reach back across the cuts.
    let xml = Self.sheetXML(rows: 3 * size / 60)
    let repeated =
      Self.random(size - 100, seed: 3) + Self.random(200, seed: 4)
      + Self.random(size, seed: 3)
    for input in [xml, repeated, Self.random(size + 1, seed: 5)] {
      let packed = Deflate.compress(input)
      #expect(try Inflate.decompress(packed) == input)
      #expect(Deflate.compress(input) == packed)
    }
    // 6,000 bytes of noise, then the same again across the cut: half of the copy is after it, and
    // is matched only if the second segment reaches back into the first.
    let near =
      Self.random(size - 9000, seed: 8) + Self.random(6000, seed: 9)
      + Self.random(6000, seed: 9) + Self.random(20_000, seed: 10)
    let packedNear = Deflate.compress(near)
    #expect(try Inflate.decompress(packedNear) == near)
    // Noise does not compress: the saving is the copy, both of its halves (3,000 bytes each).
    #expect(packedNear.count < near.count - 5000)
  }

  @Test("A stream fed in uneven pieces compresses to the bytes of the whole, with its checksum")
  func stream() throws {
    let size = Deflate.segmentSize
    let head = Array("<head>".utf8)
    let tail = Array("</tail>".utf8)
    for body in [
      [], Array("<row/>".utf8), Self.sheetXML(rows: 2 * size / 60 + 7),
      Self.random(size, seed: 11),
    ] {
      let stream = DeflateStream()
      var offset = 0
      var step = 1
      while offset < body.count {
        // Pieces of 1 byte up to more than a segment, never on a segment's edge by design.
        let end = min(body.count, offset + step)
        body.withUnsafeBufferPointer {
          stream.append(UnsafeBufferPointer(rebasing: $0[offset..<end]))
        }
        offset = end
        step = step * 7 + 3
      }
      let result = stream.finish()
      #expect(result.count == body.count)
      #expect(result.crc == CRC32.checksum(body))
      let content = head.withUnsafeBufferPointer { h in
        tail.withUnsafeBufferPointer { t in ZipWriter.Content(head: h, body: result, tail: t) }
      }
      let whole = head.withUnsafeBufferPointer { h in
        body.withUnsafeBufferPointer { b in
          tail.withUnsafeBufferPointer { t in
            ZipWriter.Content(pieces: [h, b, t], compression: .deflated)
          }
        }
      }
      #expect(content.data == whole.data)
      #expect(content.crc == whole.crc && content.crc == CRC32.checksum(head + body + tail))
      #expect(try Inflate.decompress(content.data) == head + body + tail)
    }
  }

  @Test("Streams fed at once from busy worker threads finish, each with the bytes of its whole")
  func streamsOnBusyThreads() throws {
    // Eight streams of 5 segments each, fed from the workers of one `concurrentPerform`: each
    // stream must finish even when no free thread takes its segments (the feeding thread then
    // compresses them itself), and give what one `compress` of the whole gives.
    let inputs = (0..<8).map { Self.sheetXML(rows: (5 * Deflate.segmentSize + $0 * 999) / 60) }
    let streamed = Parallel.map(inputs.count) { index in
      let stream = DeflateStream()
      let input = inputs[index]
      var offset = 0
      while offset < input.count {
        let end = min(input.count, offset + 300_000)
        input.withUnsafeBufferPointer {
          stream.append(UnsafeBufferPointer(rebasing: $0[offset..<end]))
        }
        offset = end
      }
      return stream.finish()
    }
    for (input, result) in zip(inputs, streamed) {
      #expect(result.crc == CRC32.checksum(input))
      let joined = result.segments.reduce(into: [UInt8]()) { $0 += $1 } + Deflate.compress([])
      #expect(try Inflate.decompress(joined) == input)
      #expect(
        result.segments.reduce(into: [UInt8]()) { $0 += $1 }
          == input.withUnsafeBufferPointer { Deflate.compress(pieces: [$0], final: false) })
    }
  }

  @Test("Checksums of two runs combine into the checksum of both")
  func checksumCombine() {
    let a = Array("1234".utf8)
    let b = Array("56789".utf8)
    #expect(CRC32.combine(CRC32.checksum(a), CRC32.checksum(b), secondLength: 5) == 0xCBF4_3926)
    for (first, second) in [(0, 0), (0, 17), (1000, 1), (70_000, 123_457)] {
      let x = Self.random(first, seed: UInt64(first))
      let y = Self.random(second, seed: UInt64(second) + 99)
      #expect(
        CRC32.combine(CRC32.checksum(x), CRC32.checksum(y), secondLength: second)
          == CRC32.checksum(x + y))
    }
  }

  @Test("The empty input is one fixed block with only the end-of-block code")
  func empty() {
    // BFINAL 1, BTYPE 01 (bits 1, 1, 0), end of block 0000000: 0b0000_0011, then 0.
    #expect(Deflate.compress([]) == [0x03, 0x00])
  }

  @Test("The same input gives the same bytes")
  func deterministic() {
    let xml = Self.sheetXML(rows: 2000)
    #expect(Deflate.compress(xml) == Deflate.compress(xml))
  }

  @Test("Huffman lengths: by hand, with a lone symbol, and limited but complete")
  func huffmanLengths() {
    #expect(HuffmanLengths.lengths([5, 1, 1, 0], limit: 15) == [1, 2, 2, 0])
    #expect(HuffmanLengths.lengths([0, 7, 0], limit: 15) == [1, 1, 0])
    #expect(HuffmanLengths.lengths([0, 0], limit: 15) == [0, 0])
    // Fibonacci frequencies make the deepest tree: 20 symbols would need 19 bits.
    var fibonacci = [1, 1]
    while fibonacci.count < 20 {
      fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2])
    }
    let lengths = HuffmanLengths.lengths(fibonacci, limit: 7)
    #expect(lengths.allSatisfy { $0 >= 1 && $0 <= 7 })
    // Complete: the Kraft sum is exactly 1 (in units of 2^-7).
    #expect(lengths.reduce(0) { $0 + 1 << (7 - Int($1)) } == 128)
    // The most frequent symbol (the last) has the shortest code.
    #expect(lengths.last == lengths.min())
  }
}
