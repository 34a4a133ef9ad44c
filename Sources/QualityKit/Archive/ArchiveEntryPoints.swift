/// The ZIP layer's entries for the fuzz targets (`Fuzz/`) and the benchmark executable, which see
/// only public API: ``ZipArchive``, ``Inflate`` and ``Deflate`` are internal. Hence
/// `@_spi(Archive)`: nothing here is part of the library's API.
///
/// - Complexity: Each call is linear in the bytes it reads and writes.
///
/// ```swift
/// @_spi(Archive) import QualityKit
/// let packed = ArchiveEntryPoints.deflate(Array("hello".utf8))
/// ArchiveEntryPoints.inflate(packed, limit: 1 << 20)  // 5
/// ```
@_spi(Archive)
public enum ArchiveEntryPoints {
  /// Opens `bytes` as a ZIP archive and unpacks every entry, as a workbook reader would, under
  /// limits small enough for a fuzzer (64 MiB in all).
  ///
  /// - Returns: The number of bytes unpacked, or `nil` when the archive or an entry was refused.
  public static func readZip(_ bytes: [UInt8]) -> Int? {
    var limits = ZipLimits.default
    limits.maxEntrySize = 16 << 20
    limits.maxTotalSize = 64 << 20
    do {
      let archive = try ZipArchive(bytes: bytes, name: "fuzz.zip", limits: limits)
      var total = 0
      for entry in archive.entries {
        let content = try archive.contents(of: entry)
        precondition(content.count == entry.uncompressedSize, "an entry of the wrong size")
        total += content.count
        _ = ZipError(.crcMismatch, file: archive.name, entry: entry.path).message(in: .english)
      }
      return total
    } catch {
      _ = error.description
      return nil
    }
  }

  /// Inflates a raw DEFLATE stream with the output capped at `limit` bytes.
  ///
  /// - Returns: The size of the output, or `nil` when the stream is malformed or passes `limit`.
  public static func inflate(_ bytes: [UInt8], limit: Int) -> Int? {
    try? Inflate.decompress(bytes, limit: limit).count
  }

  /// Inflates a raw DEFLATE stream whose output size is known, as a ZIP entry's is.
  public static func inflate(_ bytes: [UInt8], size: Int) -> [UInt8]? {
    try? Inflate.decompress(bytes, limit: size, sizeHint: size)
  }

  /// The raw DEFLATE stream of `bytes` (``Deflate``).
  public static func deflate(_ bytes: [UInt8]) -> [UInt8] {
    Deflate.compress(bytes)
  }

  /// The CRC-32 of `bytes`.
  public static func crc32(_ bytes: [UInt8]) -> UInt32 {
    CRC32.checksum(bytes)
  }
}
