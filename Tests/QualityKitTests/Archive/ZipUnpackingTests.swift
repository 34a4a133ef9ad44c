import Foundation
import Testing

@testable import QualityKit

@Suite("ZIP entries unpacked whole, or in pieces while they are read")
struct ZipUnpackingTests {
  /// Reads `unpacking` as a reader does, a piece at a time, and returns what it saw before
  /// ``ZipUnpacking/finish()``, and how many pieces.
  func readAlong(_ unpacking: ZipUnpacking) -> (bytes: [UInt8], pieces: Int) {
    var seen: [UInt8] = []
    var pieces = 0
    while let piece = unpacking.next() {
      #expect(!piece.isEmpty || unpacking.isComplete)
      seen.append(contentsOf: piece)
      pieces += 1
    }
    return (seen, pieces)
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

  func archive(_ data: [UInt8], name: String = "big.xlsx") throws -> (ZipArchive, ZipArchive.Entry)
  {
    var writer = ZipWriter()
    writer.add(path: "xl/worksheets/sheet1.xml", bytes: data)
    let archive = try ZipArchive(bytes: writer.finish(), name: name)
    return (archive, try #require(archive.entry("xl/worksheets/sheet1.xml")))
  }

  @Test("a large entry arrives in pieces cut just before a <row, in a few windows")
  func largeEntry() throws {
    let data = sheet(10 * ZipUnpacking.window + 12_345)
    let (archive, entry) = try archive(data)
    let unpacking = try archive.unpacking(of: entry)
    unpacking.start(cut: SheetFeed.lastRowStart)
    var seen: [UInt8] = []
    var pieces = 0
    while let piece = unpacking.next() {
      // Every piece but the first starts with a row; every one but the last ends before one.
      if pieces > 0 { #expect(piece.starts(with: Array("<row ".utf8))) }
      seen.append(contentsOf: piece)
      pieces += 1
      if !unpacking.isComplete { #expect(data[seen.count...].starts(with: Array("<row ".utf8))) }
    }
    #expect(seen == data)
    #expect(pieces >= 10)
    #expect(unpacking.isComplete)
    try unpacking.finish()
    #expect(unpacking.windowCount <= ZipUnpacking.windows)
    #expect(try archive.contents(of: entry) == data)
  }

  @Test("a stretch with no place to cut grows its window and arrives as one piece")
  func noCut() throws {
    let data = Array(String(repeating: "<c><v>1</v></c>", count: 200_000).utf8)
    #expect(data.count > 2 * ZipUnpacking.window)
    let (archive, entry) = try archive(data)
    let unpacking = try archive.unpacking(of: entry)
    unpacking.start(cut: SheetFeed.lastRowStart)
    let (seen, pieces) = readAlong(unpacking)
    #expect(seen == data)
    #expect(pieces == 1)
    try unpacking.finish()
  }

  @Test("a cut on every window boundary leaves the matches that reach back intact")
  func cutsEverywhere() throws {
    // Cutting wherever the worker is (the whole window) keeps only the history for matches.
    let data = sheet(3 * ZipUnpacking.window + 999)
    let (archive, entry) = try archive(data)
    let unpacking = try archive.unpacking(of: entry)
    unpacking.start(cut: { bytes, start in bytes.count > start ? bytes.count : nil })
    let (seen, pieces) = readAlong(unpacking)
    #expect(seen == data)
    #expect(pieces >= 3)
    try unpacking.finish()
  }

  @Test("stored, deflated and empty entries of zipfile's archive, whole and in pieces")
  func basic() throws {
    let archive = try ZipArchive(bytes: ZipFixtures.bytes("basic.zip"), name: "basic.zip")
    for entry in archive.entries {
      let unpacking = try archive.unpacking(of: entry)
      unpacking.start(cut: SheetFeed.lastRowStart)
      #expect(readAlong(unpacking).bytes == (try archive.contents(of: entry)))
      try unpacking.finish()
      #expect(try archive.unpacking(of: entry).whole() == (try archive.contents(of: entry)))
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
      unpacking.start(cut: SheetFeed.lastRowStart)
      _ = readAlong(unpacking)
      try unpacking.finish()
    }
    #expect(throws: ZipError(kind, file: name, entry: path)) {
      _ = try archive.unpacking(of: entry).whole()
    }
  }

  @Test("a corrupt stream met halfway stops the pieces and is finish()'s error")
  func corruptHalfway() throws {
    let data = sheet(4 * ZipUnpacking.window)
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
    unpacking.start(cut: SheetFeed.lastRowStart)
    let seen = readAlong(unpacking).bytes
    #expect(!seen.isEmpty)
    #expect(seen.count < data.count)
    #expect(Array(data.prefix(seen.count)) == seen)
    #expect(!unpacking.isComplete)
    #expect(throws: ZipError.self) { try unpacking.finish() }
    #expect(throws: ZipError.self) { try archive.contents(of: "s.xml") }
  }

  @Test("a reader that stops early cancels the worker, which ends")
  func cancel() throws {
    let data = sheet(12 * ZipUnpacking.window)
    let (archive, entry) = try archive(data)
    let unpacking = try archive.unpacking(of: entry)
    unpacking.start(cut: SheetFeed.lastRowStart)
    #expect(unpacking.next() != nil)
    unpacking.cancel()
    // The worker stops at its next window instead of waiting for a reader that will not come.
    #expect(throws: ZipError.self) { try unpacking.finish() }
    #expect(unpacking.windowCount <= ZipUnpacking.windows)
  }

  @Test("without a worker the reader inflates the entry itself after the grace period")
  func noWorker() throws {
    let data = sheet(3 * ZipUnpacking.window + 1)
    let (archive, entry) = try archive(data)
    let unpacking = try archive.unpacking(of: entry)
    unpacking.start(cut: SheetFeed.lastRowStart, worker: false)
    let (seen, pieces) = readAlong(unpacking)
    #expect(seen == data)
    #expect(pieces >= 3)
    try unpacking.finish()
  }
}
