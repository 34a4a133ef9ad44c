/// The starts of a worksheet's XML while it is still being inflated, each ending just before a
/// `<row`, for ``SheetConverter`` to read while the rest is inflated (``XMLCursor/extend``).
///
/// Text in XML runs to the next `<`, so a start that ends just before a tag never cuts a value:
/// the cursor reads the longer start exactly as it would read the whole part. A start that cut
/// a comment or a CDATA section holding `<row` makes the conversion throw, and the caller then
/// converts the whole part again (``Workbook/source(sheet:)``).
///
/// - Complexity: O(k) per start for the k bytes searched back to the last `<row`.
///
/// ```swift
/// let feed = SheetFeed(unpacking)
/// feed.next(after: 0)   // the part up to the last `<row` inflated so far
/// ```
final class SheetFeed {
  let unpacking: ZipUnpacking
  /// The length of the longest start given so far.
  private(set) var given = 0

  init(_ unpacking: ZipUnpacking) { self.unpacking = unpacking }

  /// A start of the part longer than `count` bytes: up to the last `<row` inflated, or the
  /// whole part once it is all inflated; `nil` when there is no more, or the inflating failed
  /// (``ZipUnpacking/finish()`` says how).
  func next(after count: Int) -> UnsafeBufferPointer<UInt8>? {
    var known = count
    while true {
      let (ready, ended) = unpacking.wait(beyond: known)
      if ended {
        // A failed unpacking stops at no particular byte: only the whole part is given.
        guard ready == unpacking.size, ready > count else { return nil }
        return give(ready)
      }
      if let cut = Self.lastRowStart(unpacking.bytes(ready), after: count) { return give(cut) }
      known = ready
    }
  }

  private func give(_ count: Int) -> UnsafeBufferPointer<UInt8> {
    given = max(given, count)
    return unpacking.bytes(count)
  }

  /// The offset of the last `<row` (followed by a space, `>` or `/`) in `bytes` past `start`.
  static func lastRowStart(_ bytes: UnsafeBufferPointer<UInt8>, after start: Int) -> Int? {
    var index = bytes.count - 5
    while index > start {
      if bytes[index] == UInt8(ascii: "<"), bytes[index + 1] == UInt8(ascii: "r"),
        bytes[index + 2] == UInt8(ascii: "o"), bytes[index + 3] == UInt8(ascii: "w")
      {
        let next = bytes[index + 4]
        if next == UInt8(ascii: " ") || next == UInt8(ascii: ">") || next == UInt8(ascii: "/") {
          return index
        }
      }
      index -= 1
    }
    return nil
  }
}
