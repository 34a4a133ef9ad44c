/// A worksheet's XML in pieces while it is still being inflated, each ending just before a
/// `<row`, for ``SheetConverter`` to read while the rest is inflated (``XMLCursor/continuation``).
///
/// Text in XML runs to the next `<`, so a piece that ends just before a tag never cuts a value,
/// and a piece ends only between two rows: the cursor reads the pieces one after the other
/// exactly as it would read the whole part. A `<row` inside a comment, a CDATA section or a cell
/// cuts elsewhere; the cursor then meets the end of a piece where it may not continue and throws,
/// and the caller converts the whole part again (``Workbook/source(sheet:)``).
///
/// - Complexity: O(k) per piece for the k bytes searched back to the last `<row`.
///
/// ```swift
/// let feed = SheetFeed(unpacking)        // starts the worker
/// let first = feed.next()                // the part up to a `<row`
/// ```
final class SheetFeed: XMLContinuation {
  let unpacking: ZipUnpacking

  /// Starts unpacking on a worker, cutting pieces at the last `<row` of each window.
  init(_ unpacking: ZipUnpacking) {
    self.unpacking = unpacking
    unpacking.start(cut: Self.lastRowStart)
  }

  func next() -> UnsafeBufferPointer<UInt8>? { unpacking.next() }

  var isComplete: Bool { unpacking.isComplete }

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
