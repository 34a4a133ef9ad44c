import Foundation
import Testing

@testable import QualityKit

@Suite("ZIP reading: Python's zipfile archives, damaged and hostile ones, the limits")
struct ZipArchiveTests {
  func open(_ name: String, limits: ZipLimits = .default) throws -> ZipArchive {
    try ZipArchive(bytes: ZipFixtures.bytes(name), name: name, limits: limits)
  }

  @Test("zipfile's archive: stored, deflated, a folder, a UTF-8 name, an empty entry")
  func basic() throws {
    let archive = try open("basic.zip")
    #expect(archive.entries.map(\.path) == ["stored.txt", "docs/", "docs/школа.xml", "empty.txt"])
    #expect(archive.entries.map(\.method) == [0, 8, 8, 8])
    #expect(try archive.contents(of: "stored.txt") == Array("stored bytes".utf8))
    let text = String(repeating: "Привет, архив!\n", count: 20)
    #expect(try archive.contents(of: "docs/школа.xml") == Array(text.utf8))
    #expect(archive.entry("docs/школа.xml")?.uncompressedSize == 520)  // 26 bytes × 20
    #expect(try archive.contents(of: "empty.txt") == [])
    #expect(try archive.contents(of: "docs/") == [])
    #expect(try archive.contents(of: "missing.txt") == nil)
  }

  @Test("Entries with data descriptors (flag bit 3) read with the central directory's sizes")
  func dataDescriptor() throws {
    let archive = try open("descriptor.zip")
    #expect(archive.entries.allSatisfy { $0.flags & 0x8 != 0 })
    #expect(try archive.contents(of: "a.xml") == ZipFixtures.bytes("sample.xml"))
    #expect(try archive.contents(of: "b.txt") == Array("second".utf8))
  }

  @Test("A name without bit 11 that is not UTF-8 is CP437: 0x82 é, 0x8E Ä")
  func cp437() throws {
    let archive = try open("cp437.zip")
    #expect(archive.entries.map(\.path) == ["café-Ä.txt"])
    #expect(try archive.contents(of: "café-Ä.txt") == Array("cp437 name".utf8))
    #expect(ZipArchive.cp437High.count == 128)
  }

  @Test("The archive ZipWriter writes reads back")
  func roundTripWriter() throws {
    var writer = ZipWriter()
    let sheet = Array(String(repeating: "<row><c>1</c></row>", count: 500).utf8)
    writer.add(path: "xl/worksheets/sheet1.xml", bytes: sheet)
    writer.add(path: "пусто", bytes: [])
    let archive = try ZipArchive(bytes: writer.finish(), name: "out.xlsx")
    #expect(try archive.contents(of: "xl/worksheets/sheet1.xml") == sheet)
    #expect(try archive.contents(of: "пусто") == [])
  }

  @Test(
    "Each damaged or refused archive is its error, naming the file and the entry",
    arguments: ZipFixtures.damagedEntries)
  func entryErrors(name: String, entry: String, kind: ZipError.Kind) throws {
    let archive = try open(name)
    #expect(throws: ZipError(kind, file: name, entry: entry)) {
      try archive.contents(of: entry)
    }
  }

  @Test("Archives refused when opened")
  func archiveErrors() throws {
    #expect(throws: ZipError(.truncated, file: "truncated.zip")) { try open("truncated.zip") }
    #expect(throws: ZipError(.zip64, file: "zip64.zip", entry: "big.bin")) { try open("zip64.zip") }
    #expect(throws: ZipError(.notAnArchive, file: "x.xlsx")) {
      try ZipArchive(bytes: Array("school_id;name\n".utf8), name: "x.xlsx")
    }
    #expect(throws: ZipError(.notAnArchive, file: "empty.xlsx")) {
      try ZipArchive(bytes: [], name: "empty.xlsx")
    }
  }

  @Test("The bomb's 100 MiB pass the entry cap only when it is raised; the total cap too")
  func limits() throws {
    var limits = ZipLimits.default
    limits.maxEntrySize = 50 << 20
    #expect(
      throws: ZipError(
        .entryTooLarge(size: 100 << 20, limit: 50 << 20), file: "bomb.zip",
        entry: "xl/worksheets/sheet1.xml")
    ) {
      try open("bomb.zip", limits: limits).contents(of: "xl/worksheets/sheet1.xml")
    }
    limits = .default
    limits.maxTotalSize = 100 << 20 - 1
    #expect(
      throws: ZipError(.archiveTooLarge(size: 100 << 20, limit: 100 << 20 - 1), file: "bomb.zip")
    ) {
      try open("bomb.zip", limits: limits)
    }
    limits = .default
    limits.maxEntryCount = 3
    #expect(throws: ZipError(.tooManyEntries(count: 4, limit: 3), file: "basic.zip")) {
      try open("basic.zip", limits: limits)
    }
  }

  @Test("Hand-damaged structures: overlapping entries, a local header that disagrees, two volumes")
  func damagedStructures() throws {
    var writer = ZipWriter(compression: .stored)
    writer.add(path: "a", bytes: Array("first".utf8))
    writer.add(path: "b", bytes: Array("second".utf8))
    let good = writer.finish()
    // Layout (ZipWriterTests): a's local header at 0 (30 + 1 + 5 = 36 bytes), b's at 36 (30 + 1 +
    // 6 = 37), the directory at 73: a's central header (46 + 1), b's at 120, the end at 167.
    #expect(good.count == 189)
    var overlapping = good
    overlapping[120 + 42] = 10  // b's local header "at 10", inside a's
    #expect(throws: ZipError(.localHeaderMismatch, file: "z", entry: "b")) {
      try ZipArchive(bytes: overlapping, name: "z")
    }
    var renamed = good
    renamed[36 + 30] = UInt8(ascii: "c")  // b's local name
    #expect(throws: ZipError(.localHeaderMismatch, file: "z", entry: "b")) {
      try ZipArchive(bytes: renamed, name: "z")
    }
    var twice = good
    twice[120 + 46] = UInt8(ascii: "a")  // b's central name now "a"; its local name is still "b"
    twice[36 + 30] = UInt8(ascii: "a")
    #expect(throws: ZipError(.duplicateEntry, file: "z", entry: "a")) {
      try ZipArchive(bytes: twice, name: "z")
    }
    var shared = good
    shared[120 + 42] = 0  // b's central header points at a's local header, a's name differs
    shared[120 + 46] = UInt8(ascii: "a")
    #expect(throws: ZipError.self) { try ZipArchive(bytes: shared, name: "z") }
    var volumes = good
    volumes[167 + 4] = 1  // this disk: 1
    #expect(throws: ZipError(.multiDisk, file: "z")) { try ZipArchive(bytes: volumes, name: "z") }
    var beyond = good
    beyond[73 + 42] = 200  // a's local header past the directory
    #expect(throws: ZipError(.overlappingEntries, file: "z", entry: "a")) {
      try ZipArchive(bytes: beyond, name: "z")
    }
  }

  @Test("Every truncation of an archive is an error, never a crash")
  func everyTruncation() throws {
    let bytes = try ZipFixtures.bytes("descriptor.zip")
    for length in stride(from: 0, to: bytes.count, by: 53) {
      #expect(throws: ZipError.self) {
        let archive = try ZipArchive(bytes: Array(bytes[0..<length]), name: "d.zip")
        for entry in archive.entries { _ = try archive.contents(of: entry) }
      }
    }
  }

  @Test("Messages: Russian by default, English on request, with the file and the entry")
  func messages() {
    let error = ZipError(.encrypted, file: "книга.xlsx", entry: "xl/workbook.xml")
    #expect(error.description.hasPrefix("книга.xlsx: «xl/workbook.xml»: запись зашифрована"))
    #expect(
      error.message(in: .english).hasPrefix(
        "книга.xlsx: \"xl/workbook.xml\": the entry is encrypted"))
    #expect(ZipError(.truncated, file: "a.xlsx").description.hasPrefix("a.xlsx: архив обрезан"))
  }
}
