import Testing

@testable import QualityKit

@Suite("ZIP writing: CRC-32, stored DEFLATE blocks, the archive layout")
struct ZipWriterTests {
  @Test("CRC-32 gives the standard check value and the same value fed in pieces")
  func crc() {
    // 0xCBF43926 is the check value of CRC-32/ISO-HDLC for "123456789" (the catalogue of
    // parametrised CRC algorithms); the empty input has CRC 0.
    #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
    #expect(CRC32.checksum([UInt8]()) == 0)
    // Longer than one 8-byte slice plus a tail, in two pieces: the same as in one.
    let text = Array("The quick brown fox jumps over the lazy dog".utf8)
    #expect(CRC32.checksum(text) == 0x414F_A339)
    var state = CRC32.State()
    state.update(text[0..<13])
    state.update(text[13...])
    #expect(state.value == 0x414F_A339)
  }

  @Test("Deflate's output decodes back; tiny inputs take the fixed code")
  func deflateRoundTrip() throws {
    // [1, 2, 3] with the fixed code: BFINAL 1, BTYPE 01, literals 00110001, 00110010, 00110011
    // (8-bit codes 0x30 + byte), end of block 0000000 — 34 bits in 5 bytes.
    #expect(Deflate.compress([1, 2, 3]) == [0x63, 0x64, 0x62, 0x06, 0x00])
    #expect(try Inflate.decompress(Deflate.compress([1, 2, 3])) == [1, 2, 3])
  }

  @Test("One stored entry: local header, data, central directory, end record, counted by hand")
  func layout() {
    var zip = ZipWriter(compression: .stored)
    zip.add(path: "a.txt", bytes: Array("hello".utf8))
    let archive = zip.finish()
    // 30 (local header) + 5 (name) + 5 (data) + 46 (central header) + 5 (name) + 22 (end record).
    #expect(archive.count == 113)
    #expect(Array(archive[0..<4]) == [0x50, 0x4B, 0x03, 0x04])
    #expect(u16(archive, 8) == 0)  // method: stored
    #expect(u16(archive, 6) == 0x0800)  // UTF-8 names
    #expect(u16(archive, 12) == 0x21)  // 1980-01-01
    #expect(u32(archive, 14) == 0x3610_A686)  // CRC-32 of "hello"
    #expect(u32(archive, 18) == 5 && u32(archive, 22) == 5)
    #expect(String(decoding: archive[30..<35], as: UTF8.self) == "a.txt")
    #expect(String(decoding: archive[35..<40], as: UTF8.self) == "hello")
    #expect(Array(archive[40..<44]) == [0x50, 0x4B, 0x01, 0x02])
    #expect(u32(archive, 40 + 42) == 0)  // the entry's local header is at offset 0
    let end = archive.count - 22
    #expect(Array(archive[end..<end + 4]) == [0x50, 0x4B, 0x05, 0x06])
    #expect(u16(archive, end + 10) == 1)  // one entry
    #expect(u32(archive, end + 12) == 51)  // directory size: 46 + 5
    #expect(u32(archive, end + 16) == 40)  // directory offset
  }

  @Test(
    "Deflated entries carry method 8 and the stream's size; the same entries give the same bytes")
  func deflatedAndDeterministic() {
    func make() -> [UInt8] {
      var zip = ZipWriter()
      zip.add(path: "x/один.xml", bytes: Array("<a/>".utf8))
      zip.add(path: "b", bytes: [])
      return zip.finish()
    }
    let archive = make()
    #expect(archive == make())
    #expect(u16(archive, 8) == 8)
    #expect(u32(archive, 22) == 4)  // uncompressed size
    #expect(u32(archive, 18) == UInt32(Deflate.compress(Array("<a/>".utf8)).count))
    #expect(u16(archive, 26) == UInt16("x/один.xml".utf8.count))
  }

  private func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
    UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
  }

  private func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
    UInt32(u16(bytes, offset)) | UInt32(u16(bytes, offset + 2)) << 16
  }
}
