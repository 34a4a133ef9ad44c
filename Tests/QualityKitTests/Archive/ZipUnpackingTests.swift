import Foundation
import Testing

@testable import QualityKit

@Suite("ZIP entries unpacked while they are read")
struct ZipUnpackingTests {
  /// Reads `unpacking` as a reader does, a ready start at a time, and returns what it saw
  /// before ``ZipUnpacking/finish()``, and how many starts.
  func readAlong(_ unpacking: ZipUnpacking) -> (bytes: [UInt8], starts: Int) {
    var ready = 0
    var starts = 0
    while true {
      let (count, ended) = unpacking.wait(beyond: ready)
      #expect(count >= ready)
      if count > ready { starts += 1 }
      ready = count
      if ended { break }
    }
    return (Array(unpacking.bytes(ready)), starts)
  }

  /// Sheet-like text of about `size` bytes that deflates well and has long matches.
  func sheet(_ size: Int) -> [UInt8] {
    var text = "<sheetData>"
    var row = 1
    while text.utf8.count < size {
      text += "<row r=\"\(row)\"><c r=\"A\(row)\"><v>\(row * 7 % 1000)</v></c></row>"
      row += 1
    }
    return Array(text.utf8)
  }

  @Test("a large deflated entry arrives in several starts and equals contents(of:)")
  func largeEntry() throws {
    let data = sheet(3 * ZipUnpacking.step + 12_345)
    var writer = ZipWriter()
    writer.add(path: "xl/worksheets/sheet1.xml", bytes: data)
    let archive = try ZipArchive(bytes: writer.finish(), name: "big.xlsx")
    let entry = try #require(archive.entry("xl/worksheets/sheet1.xml"))
    let unpacking = try archive.unpacking(of: entry)
    unpacking.start()
    let (seen, starts) = readAlong(unpacking)
    #expect(seen == data)
    #expect(starts >= 1)
    #expect(try Array(unpacking.finish()) == data)
    #expect(try archive.contents(of: entry) == data)
  }

  @Test("stored, deflated and empty entries of zipfile's archive, read along")
  func basic() throws {
    let archive = try ZipArchive(bytes: ZipFixtures.bytes("basic.zip"), name: "basic.zip")
    for entry in archive.entries {
      let unpacking = try archive.unpacking(of: entry)
      unpacking.start()
      #expect(readAlong(unpacking).bytes == (try archive.contents(of: entry)))
      #expect(try Array(unpacking.finish()) == (try archive.contents(of: entry)))
    }
  }

  @Test(
    "a damaged entry is the error contents(of:) gives, from unpacking(of:) or from finish()",
    arguments: ZipFixtures.damagedEntries)
  func errors(name: String, path: String, kind: ZipError.Kind) throws {
    let archive = try ZipArchive(bytes: ZipFixtures.bytes(name), name: name)
    let entry = try #require(archive.entry(path))
    #expect(throws: ZipError(kind, file: name, entry: path)) {
      let unpacking = try archive.unpacking(of: entry)
      unpacking.start()
      _ = readAlong(unpacking)
      _ = try unpacking.finish()
    }
  }

  @Test("a corrupt stream met halfway stops the starts and is finish()'s error")
  func corruptHalfway() throws {
    let data = sheet(2 * ZipUnpacking.step)
    var writer = ZipWriter()
    writer.add(path: "s.xml", bytes: data)
    var bytes = writer.finish()
    let good = try ZipArchive(bytes: bytes, name: "c.zip")
    let entry = try #require(good.entry("s.xml"))
    // Block type 3 (reserved) written over the stream's last bytes: the first blocks decode.
    let end = entry.dataOffset + entry.compressedSize
    for index in (end - 64)..<end { bytes[index] = 0xFF }
    let archive = try ZipArchive(bytes: bytes, name: "c.zip")
    let unpacking = try archive.unpacking(of: try #require(archive.entry("s.xml")))
    unpacking.start()
    let seen = readAlong(unpacking).bytes
    #expect(seen.count < data.count)
    #expect(Array(data.prefix(seen.count)) == seen)
    #expect(throws: ZipError.self) { try unpacking.finish() }
    #expect(throws: ZipError.self) { try archive.contents(of: "s.xml") }
  }

  @Test("without a worker the reader inflates the entry itself after the grace period")
  func noWorker() throws {
    let data = sheet(ZipUnpacking.step + 1)
    var writer = ZipWriter()
    writer.add(path: "s.xml", bytes: data)
    let archive = try ZipArchive(bytes: writer.finish(), name: "w.zip")
    let unpacking = try archive.unpacking(of: try #require(archive.entry("s.xml")))
    // No start(): no thread will come.
    let (count, ended) = unpacking.wait(beyond: 0)
    #expect(ended && count == data.count)
    #expect(try Array(unpacking.finish()) == data)
  }
}
