/// Writes a ZIP archive (APPNOTE 6.3), as an `.xlsx` workbook is one: entries in the order added,
/// each deflated (method 8) or stored (method 0), with UTF-8 names.
///
/// The bytes depend on the entries alone: every entry is dated 1980-01-01 00:00 (the earliest date
/// ZIP can hold) and no field carries the time of writing, the user or the platform, so the same
/// report gives the same workbook byte for byte — which is what lets tests and `compare-outputs`
/// compare workbooks, and an analyst see that a resent file did not change.
///
/// Limits: no ZIP64, so an archive and each entry must stay under 4 GiB and 65,535 entries — far
/// beyond any report; the writer stops with a precondition failure rather than write a damaged file.
///
/// - Complexity: O(n) in the total size of the entries, plus the compressor's work.
///
/// ```swift
/// var zip = ZipWriter(compression: .stored)
/// zip.add(path: "mimetype", bytes: Array("text/plain".utf8))
/// let archive = zip.finish()   // 124 bytes: local header, data, central directory, end record
/// ```
struct ZipWriter: Sendable {
  /// How entries are stored.
  enum Compression: Sendable, Hashable {
    /// Method 0: the bytes as they are.
    case stored
    /// Method 8: DEFLATE (``Deflate``).
    case deflated
  }

  /// One entry's central-directory record, kept until ``finish()``.
  private struct Record: Sendable {
    var path: [UInt8]
    var method: UInt16
    var crc: UInt32
    var compressedSize: UInt32
    var size: UInt32
    var offset: UInt32
  }

  /// How entries added from now on are stored.
  var compression: Compression
  private var bytes: [UInt8] = []
  private var records: [Record] = []

  /// An empty archive.
  init(compression: Compression = .deflated) { self.compression = compression }

  /// An entry's content made ready to add: compressed (or not), with its checksum and size.
  /// Making it needs no archive, so a large part can be compressed, and its uncompressed bytes
  /// let go, before the entries that precede it are known.
  struct Content: Sendable {
    let data: [UInt8]
    let method: UInt16
    let crc: UInt32
    let size: Int

    /// The pieces, one after the other, stored or deflated (``Deflate/compress(pieces:final:)``).
    init(pieces: [UnsafeBufferPointer<UInt8>], compression: Compression) {
      var crc = CRC32.State()
      var size = 0
      for piece in pieces {
        crc.update(buffer: piece)
        size += piece.count
      }
      self.crc = crc.value
      self.size = size
      switch compression {
      case .deflated:
        data = Deflate.compress(pieces: pieces)
        method = 8
      case .stored:
        data = pieces.reduce(into: []) { $0 += $1 }
        method = 0
      }
    }

    /// Deflated: `head`, then the bytes `body` was given, then `tail` — the same bytes as
    /// ``init(pieces:compression:)`` of the three makes.
    init(
      head: UnsafeBufferPointer<UInt8>, body: DeflateStream.Result, tail: UnsafeBufferPointer<UInt8>
    ) {
      var data = Deflate.compress(pieces: [head], final: false)
      for segment in body.segments { data += segment }
      data += Deflate.compress(pieces: [tail])
      self.data = data
      method = 8
      var crc = CRC32.State()
      crc.update(buffer: head)
      var combined = CRC32.combine(crc.value, body.crc, secondLength: body.count)
      combined = CRC32.combine(combined, CRC32.checksum(tail), secondLength: tail.count)
      self.crc = combined
      size = head.count + body.count + tail.count
    }
  }

  /// Adds an entry.
  ///
  /// - Parameters:
  ///   - path: The entry's name inside the archive, `/`-separated (`xl/workbook.xml`).
  ///   - bytes: Its content.
  mutating func add(path: String, bytes: [UInt8]) {
    let content = bytes.withUnsafeBufferPointer {
      Content(pieces: [$0], compression: compression)
    }
    add(path: path, content: content)
  }

  /// Adds an entry whose content is made already.
  mutating func add(path: String, content: Content) {
    let data = content.data
    precondition(
      content.size <= Int(UInt32.max) && self.bytes.count <= Int(UInt32.max) - 64 - data.count
        && records.count < 65_535,
      "ZipWriter: the archive would need ZIP64")
    let record = Record(
      path: Array(path.utf8), method: content.method, crc: content.crc,
      compressedSize: UInt32(data.count), size: UInt32(content.size),
      offset: UInt32(self.bytes.count))
    append32(0x0403_4B50)  // local file header
    append16(20)  // version needed: 2.0 (DEFLATE)
    appendCommon(record)
    append16(0)  // extra field length
    self.bytes += record.path
    self.bytes += data
    records.append(record)
  }

  /// The archive: the entries, the central directory and the end record.
  consuming func finish() -> [UInt8] {
    let directoryStart = bytes.count
    for record in records {
      append32(0x0201_4B50)  // central directory header
      append16(20)  // version made by: 2.0, MS-DOS attributes (no platform-specific bits)
      append16(20)  // version needed
      appendCommon(record)
      append16(0)  // extra field length
      append16(0)  // comment length
      append16(0)  // disk number
      append16(0)  // internal attributes
      append32(0)  // external attributes
      append32(record.offset)
      bytes += record.path
    }
    precondition(bytes.count <= Int(UInt32.max), "ZipWriter: the archive would need ZIP64")
    let directorySize = bytes.count - directoryStart
    append32(0x0605_4B50)  // end of central directory
    append16(0)  // this disk
    append16(0)  // disk with the directory
    append16(UInt16(records.count))
    append16(UInt16(records.count))
    append32(UInt32(directorySize))
    append32(UInt32(directoryStart))
    append16(0)  // comment length
    return bytes
  }

  /// The fields local and central headers share, from the flags to the name length.
  private mutating func appendCommon(_ record: Record) {
    append16(0x0800)  // flags: bit 11, the name is UTF-8
    append16(record.method)
    append16(0)  // time 00:00:00
    append16(0x21)  // date 1980-01-01: (year − 1980) << 9 | month << 5 | day
    append32(record.crc)
    append32(record.compressedSize)
    append32(record.size)
    append16(UInt16(record.path.count))
  }

  private mutating func append16(_ value: UInt16) {
    bytes.append(UInt8(value & 0xFF))
    bytes.append(UInt8(value >> 8))
  }

  private mutating func append32(_ value: UInt32) {
    for shift in stride(from: 0, to: 32, by: 8) {
      bytes.append(UInt8((value >> UInt32(shift)) & 0xFF))
    }
  }
}
