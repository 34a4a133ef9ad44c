import Foundation
import Testing

@testable import QualityKit

/// The fixtures of `Tests/Fixtures/Zip`, written by `Scripts/make-zip-fixtures.py` with Python's
/// zlib and zipfile.
enum ZipFixtures {
  static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/Zip")

  static func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// The damaged or refused entries of the fixtures, each with its error.
  /// bomb.zip: 104,857,600 bytes in 101,923 (zipfile's infolist), 1,028 times.
  static let damagedEntries: [(archive: String, entry: String, kind: ZipError.Kind)] = [
    ("encrypted.zip", "secret.txt", .encrypted),
    ("badcrc.zip", "data.txt", .crcMismatch),
    ("bzip2.zip", "b.txt", .unsupportedMethod(12)),
    ("liar.zip", "sheet.xml", .sizeMismatch(declared: 1000)),
    ("bomb.zip", "xl/worksheets/sheet1.xml", .compressionRatio(ratio: 1028, limit: 500)),
  ]
}

@Suite("DEFLATE decoding: zlib's streams, malformed streams, the output cap")
struct InflateTests {
  @Test("A stored block and a fixed-Huffman block written by zlib decode to the script's texts")
  func storedAndFixed() throws {
    #expect(
      try Inflate.decompress(ZipFixtures.bytes("stored.deflate"))
        == Array("Hello, stored block!".utf8))
    #expect(
      try Inflate.decompress(ZipFixtures.bytes("fixed.deflate"))
        == Array("Hello, Hello, Hello!".utf8))
    // zlib.compress(b"a", wbits=-15): BFINAL 1, BTYPE 01, literal 0x61 (code 10010001), end.
    #expect(try Inflate.decompress([0x4B, 0x04, 0x00]) == [0x61])
  }

  @Test(
    "The first block of each fixture has the type the script meant",
    arguments: [
      ("stored.deflate", 0), ("fixed.deflate", 1), ("sample-1.deflate", 2), ("sample-6.deflate", 2),
      ("sample-9.deflate", 2),
    ])
  func blockTypes(name: String, type: Int) throws {
    let first = try ZipFixtures.bytes(name)[0]
    #expect(Int(first >> 1) & 3 == type)
  }

  @Test(
    "zlib's dynamic blocks at levels 1, 6 and 9 decode to the sample XML", arguments: [1, 6, 9])
  func dynamic(level: Int) throws {
    let xml = try ZipFixtures.bytes("sample.xml")
    let stream = try ZipFixtures.bytes("sample-\(level).deflate")
    #expect(try Inflate.decompress(stream) == xml)
    #expect(try Inflate.decompress(stream, limit: xml.count, sizeHint: xml.count) == xml)
  }

  @Test("1 MiB of zeros from 1,033 bytes; the cap stops it one byte short")
  func zerosAndCap() throws {
    let stream = try ZipFixtures.bytes("zeros-1m.deflate")
    #expect(try Inflate.decompress(stream) == [UInt8](repeating: 0, count: 1 << 20))
    #expect(throws: Inflate.Failure.outputLimit((1 << 20) - 1)) {
      try Inflate.decompress(stream, limit: (1 << 20) - 1)
    }
  }

  @Test(
    "Malformed streams, bit by bit by hand, are failures",
    arguments: [
      // BFINAL 1, BTYPE 11.
      ([0x07], Inflate.Failure.invalidBlockType),
      // A stored block: LEN 5, NLEN 0 instead of 0xFFFA.
      ([0x01, 0x05, 0x00, 0x00, 0x00], .storedLengthMismatch),
      // A stored block of 5 bytes with 2 present.
      ([0x01, 0x05, 0x00, 0xFA, 0xFF, 1, 2], .truncated),
      ([], .truncated),
      // A stored block that is not final, and nothing after it.
      ([0x00, 0x00, 0x00, 0xFF, 0xFF], .truncated),
      // Fixed block: length symbol 257 (0000001), distance code 0 (00000): distance 1, no output.
      ([0x03, 0x02, 0x00], .distanceTooFar),
      // Fixed block: symbol 286 (11000110), reserved.
      ([0x1B, 0x03], .invalidCode),
      // Dynamic block, HLIT = HDIST = HCLEN = 0, all four code-length lengths 0: no code at all.
      ([0x05, 0x00, 0x00, 0x00], .invalidCodeLengths),
      // The same with all four lengths 1: four one-bit codes over-subscribe.
      ([0x05, 0x00, 0x92, 0x04], .invalidCodeLengths),
      // A fixed block of literal "a" and no end-of-block: the input runs out.
      ([0x4B, 0x04], .truncated),
    ] as [([UInt8], Inflate.Failure)])
  func malformed(stream: [UInt8], failure: Inflate.Failure) {
    #expect(throws: failure) { try Inflate.decompress(stream) }
  }

  @Test("Every truncation of zlib's stream fails, none crashes or hangs")
  func everyTruncation() throws {
    let stream = try ZipFixtures.bytes("sample-6.deflate")
    for length in stride(from: 0, to: stream.count, by: 97) {
      #expect(throws: Inflate.Failure.self) { try Inflate.decompress(Array(stream[0..<length])) }
    }
  }

  @Test("A fixed-Huffman bomb of 100 MiB of zeros stops at a 1 MiB cap")
  func bombStopsAtCap() {
    var writer = BitWriter()
    writer.bits(0b011, count: 3)  // BFINAL 1, BTYPE 01 (LSB first)
    writer.code(0b0011_0000, length: 8)  // literal 0
    for _ in 0..<(100 << 20) / 258 {
      writer.code(0b1100_0101, length: 8)  // length symbol 285: 258
      writer.code(0, length: 5)  // distance code 0: 1
    }
    writer.code(0, length: 7)  // end of block
    #expect(throws: Inflate.Failure.outputLimit(1 << 20)) {
      try Inflate.decompress(writer.bytes, limit: 1 << 20)
    }
  }
}

/// A DEFLATE bit writer for hand-made streams: header fields least significant bit first,
/// Huffman codes most significant bit first (RFC 1951 §3.1.1).
struct BitWriter {
  var bytes: [UInt8] = []
  var used = 0

  mutating func bit(_ value: Int) {
    if used == 0 { bytes.append(0) }
    bytes[bytes.count - 1] |= UInt8(value & 1) << UInt8(used)
    used = (used + 1) & 7
  }

  mutating func bits(_ value: Int, count: Int) {
    for index in 0..<count { bit(value >> index) }
  }

  mutating func code(_ value: Int, length: Int) {
    for index in (0..<length).reversed() { bit(value >> index) }
  }
}
