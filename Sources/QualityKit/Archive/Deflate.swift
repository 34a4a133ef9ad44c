/// A DEFLATE (RFC 1951) encoder, as ZIP's method 8 needs.
///
/// This first version writes stored blocks only (`BTYPE = 00`, at most 65,535 bytes each): a valid
/// DEFLATE stream every reader accepts, without compression. It fixes the shape of the API
/// (``compress(_:)``) that ``ZipWriter`` calls; a compressing encoder replaces the body.
///
/// - Complexity: O(n) in the number of bytes.
///
/// ```swift
/// Deflate.compress([1, 2, 3])  // [0x01, 0x03, 0x00, 0xFC, 0xFF, 1, 2, 3]
/// ```
enum Deflate {
  /// The DEFLATE stream of `bytes`.
  static func compress(_ bytes: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + bytes.count / 65_535 * 5 + 5)
    var start = 0
    repeat {
      let end = min(start + 65_535, bytes.count)
      let length = UInt16(end - start)
      out.append(end == bytes.count ? 1 : 0)  // BFINAL on the last block, BTYPE = 00
      out.append(UInt8(length & 0xFF))
      out.append(UInt8(length >> 8))
      out.append(UInt8(~length & 0xFF))
      out.append(UInt8(~length >> 8))
      out.append(contentsOf: bytes[start..<end])
      start = end
    } while start < bytes.count
    return out
  }
}
