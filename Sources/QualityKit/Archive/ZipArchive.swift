/// A ZIP archive (APPNOTE 6.3) read from memory: an `.xlsx` workbook is one.
///
/// Opening reads the structure only, and checks all of it: the end record (searched for in the
/// last 65,557 bytes: its 22 bytes and the longest comment), the central directory, and each
/// entry's local header against it; entries must not overlap nor reach into the directory. An
/// entry's bytes are unpacked only when asked for (``contents(of:)``), and then checked against
/// their CRC-32 and declared size. ``ZipLimits`` caps what may be unpacked, so a bomb is refused
/// from its declared sizes before any work, and a lying header is caught when the output passes
/// what it declared.
///
/// Supported: methods 0 (stored) and 8 (DEFLATE, ``Inflate``); data descriptors (flag bit 3: the
/// sizes and CRC are then taken from the central directory); names in UTF-8 (flag bit 11, or
/// without the flag when the bytes are valid UTF-8, as many tools write them) or else in CP437.
/// Refused with a ``ZipError``: other methods, encrypted entries, ZIP64, several volumes.
///
/// - Complexity: Opening is O(e log e) in the number of entries plus O(c) in the length of the
///   central directory; ``contents(of:)`` is O(n) in the entry's size.
///
/// ```swift
/// let archive = try ZipArchive(bytes: data, name: "values.xlsx")
/// archive.entries.map(\.path)  // ["[Content_Types].xml", "xl/workbook.xml", …]
/// let sheet = try archive.contents(of: "xl/worksheets/sheet1.xml")  // nil if absent
/// ```
struct ZipArchive: Sendable {
  /// One file in the archive, as its central directory describes it.
  struct Entry: Sendable, Hashable {
    /// The name, `/`-separated (`xl/worksheets/sheet1.xml`); a folder's ends with `/`.
    let path: String
    /// The compression method: 0 stored, 8 DEFLATE; others are listed but cannot be read.
    let method: UInt16
    /// The general-purpose flags (bit 0 encrypted, bit 3 data descriptor, bit 11 UTF-8 name).
    let flags: UInt16
    /// The CRC-32 of the uncompressed bytes.
    let crc32: UInt32
    /// The size of the stored (compressed) bytes.
    let compressedSize: Int
    /// The size once unpacked, as declared.
    let uncompressedSize: Int
    /// Where the entry's local header starts.
    let headerOffset: Int
    /// Where its stored bytes start.
    let dataOffset: Int

    /// Whether the entry is encrypted and so cannot be read.
    var isEncrypted: Bool { flags & 1 != 0 }
  }

  /// The archive's name as the caller gave it, for errors.
  let name: String
  /// The caps on unpacking.
  let limits: ZipLimits
  /// The entries in the order of the central directory.
  let entries: [Entry]
  private let bytes: [UInt8]
  private let index: [String: Int]

  /// Reads the structure of the archive in `bytes`.
  ///
  /// - Parameters:
  ///   - bytes: The whole file.
  ///   - name: The file's name as the user gave it; every error names it.
  ///   - limits: The caps on unpacking.
  /// - Throws: ``ZipError`` when the bytes are not a readable archive, or exceed `limits`.
  init(bytes: [UInt8], name: String, limits: ZipLimits = .default) throws(ZipError) {
    self.bytes = bytes
    self.name = name
    self.limits = limits
    let reader = Reader(bytes: bytes, name: name)
    let entries = try reader.entries(limits: limits)
    var index: [String: Int] = [:]
    var total = 0
    for (position, entry) in entries.enumerated() {
      if index.updateValue(position, forKey: entry.path) != nil {
        throw ZipError(.duplicateEntry, file: name, entry: entry.path)
      }
      total += entry.uncompressedSize
    }
    if total > limits.maxTotalSize {
      throw ZipError(.archiveTooLarge(size: total, limit: limits.maxTotalSize), file: name)
    }
    self.entries = entries
    self.index = index
  }

  /// The entry named `path` exactly, or `nil`.
  func entry(_ path: String) -> Entry? {
    index[path].map { entries[$0] }
  }

  /// The unpacked bytes of the entry named `path`, or `nil` when the archive has no such entry.
  ///
  /// - Throws: ``ZipError`` when the entry cannot be read (encrypted, another method), exceeds the
  ///   limits, or is damaged (its data, size or CRC).
  /// - Complexity: O(n) in the entry's size.
  func contents(of path: String) throws(ZipError) -> [UInt8]? {
    guard let entry = entry(path) else { return nil }
    return try contents(of: entry)
  }

  /// The unpacked bytes of `entry`, one of ``entries``; see ``contents(of:)-(String)``.
  func contents(of entry: Entry) throws(ZipError) -> [UInt8] {
    // The unpacking a part read in pieces uses: one place checks the data.
    try unpacking(of: entry).whole()
  }

  /// `entry`, to unpack whole or in pieces on another thread while the caller reads what is
  /// ready; see ``ZipUnpacking``. The same checks as ``contents(of:)-(Entry)`` come first, here; the data's
  /// own problems (a corrupt stream, a wrong size, a bad CRC) come from ``ZipUnpacking/finish()``.
  ///
  /// - Throws: ``ZipError`` for an encrypted entry, an unknown method, or an entry past the limits.
  func unpacking(of entry: Entry) throws(ZipError) -> ZipUnpacking {
    try check(entry)
    return ZipUnpacking(bytes: bytes, entry: entry, file: name)
  }

  /// What is known to be wrong with `entry` before its data is read: encryption, a method other
  /// than stored or DEFLATE, a size or ratio past the limits.
  private func check(_ entry: Entry) throws(ZipError) {
    func fail(_ kind: ZipError.Kind) -> ZipError { ZipError(kind, file: name, entry: entry.path) }
    if entry.isEncrypted { throw fail(.encrypted) }
    guard entry.method == 0 || entry.method == 8 else {
      throw fail(.unsupportedMethod(entry.method))
    }
    let size = entry.uncompressedSize
    if size > limits.maxEntrySize {
      throw fail(.entryTooLarge(size: size, limit: limits.maxEntrySize))
    }
    if size > limits.ratioThreshold {
      let ratio = size / max(1, entry.compressedSize)
      if ratio > limits.maxRatio {
        throw fail(.compressionRatio(ratio: ratio, limit: limits.maxRatio))
      }
    }
  }
}

extension ZipArchive {
  /// CP437's characters for bytes 0x80–0xFF.
  static let cp437High = Array(
    "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}"
      .unicodeScalars)

  /// The structure reader: little-endian fields at offsets, every read bounds-checked.
  fileprivate struct Reader {
    let bytes: [UInt8]
    let name: String

    static let endSignature: UInt32 = 0x0605_4B50
    static let centralSignature: UInt32 = 0x0201_4B50
    static let localSignature: UInt32 = 0x0403_4B50
    static let zip64LocatorSignature: UInt32 = 0x0706_4B50

    func fail(_ kind: ZipError.Kind, _ entry: String? = nil) -> ZipError {
      ZipError(kind, file: name, entry: entry)
    }

    func u16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }

    func u32(_ offset: Int) -> Int { u16(offset) | u16(offset + 2) << 16 }

    /// Where the end-of-central-directory record starts: the last signature whose comment fits
    /// in the file.
    func endRecord() throws(ZipError) -> Int {
      let count = bytes.count
      if count >= 22 {
        let lowest = max(0, count - 22 - 0xFFFF)
        var offset = count - 22
        while offset >= lowest {
          if bytes[offset] == 0x50 && u32(offset) == Self.endSignature
            && offset + 22 + u16(offset + 20) <= count
          {
            return offset
          }
          offset -= 1
        }
      }
      // A file that starts like an archive but has no end lost its end.
      if count >= 4 && u32(0) == Self.localSignature { throw fail(.truncated) }
      throw fail(.notAnArchive)
    }

    /// The entries of the central directory, each checked against its local header.
    func entries(limits: ZipLimits) throws(ZipError) -> [Entry] {
      let end = try endRecord()
      let disk = u16(end + 4)
      let directoryDisk = u16(end + 6)
      let entriesHere = u16(end + 8)
      let entryCount = u16(end + 10)
      let directorySize = u32(end + 12)
      let directoryOffset = u32(end + 16)
      if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
        throw fail(.zip64)
      }
      if end >= 20 && u32(end - 20) == Self.zip64LocatorSignature && u32(end - 20 + 4) != 0 {
        throw fail(.multiDisk)
      }
      guard disk == 0 && directoryDisk == 0 && entriesHere == entryCount else {
        throw fail(.multiDisk)
      }
      if entryCount > limits.maxEntryCount {
        throw fail(.tooManyEntries(count: entryCount, limit: limits.maxEntryCount))
      }
      let directoryEnd = directoryOffset + directorySize
      guard directoryEnd <= end else { throw fail(.malformed(detail: "directory past its end")) }

      var entries: [Entry] = []
      entries.reserveCapacity(entryCount)
      var offset = directoryOffset
      while offset < directoryEnd {
        guard offset + 46 <= directoryEnd, u32(offset) == Self.centralSignature else {
          throw fail(.malformed(detail: "central header"))
        }
        let nameLength = u16(offset + 28)
        let next = offset + 46 + nameLength + u16(offset + 30) + u16(offset + 32)
        guard next <= directoryEnd else { throw fail(.malformed(detail: "central header")) }
        let nameBytes = bytes[offset + 46..<offset + 46 + nameLength]
        let flags = u16(offset + 8)
        guard let path = Self.decodeName(nameBytes, utf8Flag: flags & 0x0800 != 0) else {
          throw fail(.malformed(detail: "name"))
        }
        let compressedSize = u32(offset + 20)
        let uncompressedSize = u32(offset + 24)
        let headerOffset = u32(offset + 42)
        if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF
          || headerOffset == 0xFFFF_FFFF
        {
          throw fail(.zip64, path)
        }
        if u16(offset + 34) != 0 { throw fail(.multiDisk, path) }
        let dataOffset = try localData(
          at: headerOffset, limit: directoryOffset, central: offset, name: nameBytes, path: path)
        guard dataOffset + compressedSize <= directoryOffset else {
          throw fail(.overlappingEntries, path)
        }
        entries.append(
          Entry(
            path: path, method: UInt16(u16(offset + 10)), flags: UInt16(flags),
            crc32: UInt32(u32(offset + 16)), compressedSize: compressedSize,
            uncompressedSize: uncompressedSize, headerOffset: headerOffset, dataOffset: dataOffset))
        if entries.count > entryCount { break }
        offset = next
      }
      guard entries.count == entryCount else { throw fail(.malformed(detail: "entry count")) }

      // No two entries may share bytes: sorted by position, each must end before the next.
      let sorted = entries.sorted { $0.headerOffset < $1.headerOffset }
      for (previous, following) in zip(sorted, sorted.dropFirst())
      where previous.dataOffset + previous.compressedSize > following.headerOffset {
        throw fail(.overlappingEntries, following.path)
      }
      return entries
    }

    /// Checks the local header at `offset` against the central one at `central`, and returns
    /// where the entry's data starts.
    func localData(
      at offset: Int, limit: Int, central: Int, name: ArraySlice<UInt8>, path: String
    ) throws(ZipError) -> Int {
      guard offset + 30 <= limit else { throw fail(.overlappingEntries, path) }
      guard u32(offset) == Self.localSignature else { throw fail(.localHeaderMismatch, path) }
      let nameLength = u16(offset + 26)
      let dataOffset = offset + 30 + nameLength + u16(offset + 28)
      guard dataOffset <= limit else { throw fail(.overlappingEntries, path) }
      guard bytes[offset + 30..<offset + 30 + nameLength].elementsEqual(name),
        u16(offset + 8) == u16(central + 10)
      else { throw fail(.localHeaderMismatch, path) }
      // With a data descriptor (bit 3) the local CRC and sizes may be zeros; else they must agree.
      if u16(offset + 6) & 0x0008 == 0 {
        if u32(offset + 18) == 0xFFFF_FFFF || u32(offset + 22) == 0xFFFF_FFFF {
          throw fail(.zip64, path)
        }
        guard u32(offset + 14) == u32(central + 16), u32(offset + 18) == u32(central + 20),
          u32(offset + 22) == u32(central + 24)
        else { throw fail(.localHeaderMismatch, path) }
      }
      return dataOffset
    }

    /// A name's text: UTF-8 when flagged or valid, else CP437 (the original IBM PC code page that
    /// ZIP's specification names); `nil` when flagged UTF-8 but not valid.
    static func decodeName(_ bytes: ArraySlice<UInt8>, utf8Flag: Bool) -> String? {
      if let text = String(validating: bytes, as: UTF8.self) { return text }
      if utf8Flag { return nil }
      var scalars = String.UnicodeScalarView()
      for byte in bytes {
        if byte < 0x80 {
          scalars.append(Unicode.Scalar(byte))
        } else {
          scalars.append(ZipArchive.cp437High[Int(byte) - 0x80])
        }
      }
      return String(scalars)
    }
  }
}
