// TEMPORARY: a stand-in for the ZIP reader that lands on main from `wt-zip` (`Archive/ZipArchive`,
// `Archive/ZipError`), with its API, reading stored entries only. Deleted at the merge.

struct ZipArchive: Sendable {
  struct Entry: Sendable {
    var path: String
    var method: UInt16
    var offset: Int
    var compressedSize: Int
    var uncompressedSize: Int
  }
  var entries: [Entry] = []
  private let bytes: [UInt8]

  init(bytes: [UInt8], name: String) throws(ZipError) {
    self.bytes = bytes
    func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
    func u32(_ i: Int) -> Int { u16(i) | u16(i + 2) << 16 }
    var eocd = bytes.count - 22
    while eocd >= 0, !(bytes[eocd] == 0x50 && bytes[eocd + 1] == 0x4B && bytes[eocd + 2] == 5 && bytes[eocd + 3] == 6) {
      eocd -= 1
    }
    guard eocd >= 0 else { throw ZipError(text: "нет конца архива") }
    let count = u16(eocd + 10)
    var at = u32(eocd + 16)
    for _ in 0..<count {
      guard at + 46 <= bytes.count else { throw ZipError(text: "архив обрезан") }
      let nameLength = u16(at + 28)
      let path = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
      entries.append(
        Entry(
          path: path, method: UInt16(u16(at + 10)), offset: u32(at + 42),
          compressedSize: u32(at + 20), uncompressedSize: u32(at + 24)))
      at += 46 + nameLength + u16(at + 30) + u16(at + 32)
    }
  }

  func contents(of path: String) throws(ZipError) -> [UInt8]? {
    guard let entry = entries.first(where: { $0.path == path }) else { return nil }
    guard entry.method == 0 else { throw ZipError(text: "сжатие не поддерживается заглушкой") }
    let local = entry.offset
    let start = local + 30 + (Int(bytes[local + 26]) | Int(bytes[local + 27]) << 8)
      + (Int(bytes[local + 28]) | Int(bytes[local + 29]) << 8)
    guard start + entry.compressedSize <= bytes.count else { throw ZipError(text: "архив обрезан") }
    return Array(bytes[start..<(start + entry.compressedSize)])
  }
}

struct ZipError: Error, Sendable, Hashable, CustomStringConvertible {
  var text: String
  var description: String { text }
  func message(in language: Language) -> String { text }
}
