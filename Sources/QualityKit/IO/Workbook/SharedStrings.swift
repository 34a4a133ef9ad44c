/// The shared-string table of a workbook (`xl/sharedStrings.xml`): the text of every cell of type
/// `s`, by index.
///
/// A rich-text string's runs are joined (`<r><t>СОШ </t></r><r><t>№1</t></r>` is `СОШ №1`);
/// phonetic runs (`<rPh>`) are left out, as Excel shows them only above Japanese text. Excel's
/// `_xHHHH_` escapes — how it writes characters XML cannot hold — are undone.
///
/// - Complexity: O(n) in the size of the part to read; O(1) to look a string up.
///
/// ```swift
/// let table = try SharedStrings(Array("<sst><si><t>a&amp;b</t></si></sst>".utf8), part: "s.xml")
/// table.count              // 1
/// table.string(at: 0)      // "a&b"
/// ```
struct SharedStrings: Sendable {
  /// Every string's UTF-8 bytes, one after another.
  let bytes: [UInt8]
  /// Where string `i` starts in ``bytes``; one more entry than strings, the last the end.
  let offsets: [Int]

  /// No strings: a workbook without the part.
  init() {
    bytes = []
    offsets = [0]
  }

  /// Reads the part's bytes.
  ///
  /// - Throws: A ``WorkbookProblem`` for XML the table cannot be read from.
  init(_ part: [UInt8], part name: String) throws(WorkbookProblem) {
    var bytes: [UInt8] = []
    var offsets = [0]
    try XMLCursor.walk(part, part: name) { (cursor: inout XMLCursor) throws(WorkbookProblem) in
      var inString = false
      var inText = false
      while let tag = try cursor.nextTag() {
        if cursor.tag(tag, is: "si") {
          if tag.isEnd || tag.isEmpty {
            if tag.isEnd, !inString { throw cursor.malformed("</si>") }
            ExcelText.unescape(&bytes, from: offsets[offsets.count - 1])
            offsets.append(bytes.count)
            inString = false
          } else {
            inString = true
          }
        } else if inString, cursor.tag(tag, is: "t") {
          if !tag.isEnd, !tag.isEmpty {
            inText = true
            try cursor.appendText(to: &bytes)
          } else if tag.isEnd {
            inText = false
          }
        } else if inString, !tag.isEnd, cursor.tag(tag, is: "rPh") {
          try cursor.skipElement(tag)
        }
      }
      if inString || inText { throw cursor.malformed("</si>") }
    }
    self.bytes = bytes
    self.offsets = offsets
  }

  /// The number of strings.
  var count: Int { offsets.count - 1 }

  /// The bytes of string `index`.
  ///
  /// - Precondition: `index < count`.
  func utf8(at index: Int) -> ArraySlice<UInt8> { bytes[offsets[index]..<offsets[index + 1]] }

  /// The text of string `index`.
  func string(at index: Int) -> String { String(decoding: utf8(at: index), as: UTF8.self) }
}

/// Excel's escapes in cell text.
enum ExcelText {
  /// Undoes `_xHHHH_` (four hexadecimal digits: the UTF-16 code unit) in `bytes[start...]`, in
  /// place. `_x005F_` is a literal `_`, which is how Excel keeps text that looks like an escape.
  /// A surrogate is left as written: text never needs one alone.
  ///
  /// - Complexity: O(k) in the length of the text; nothing is copied when it has no `_x`.
  static func unescape(_ bytes: inout [UInt8], from start: Int) {
    var index = start
    let count = bytes.count
    // Fast exit: most text has no `_x` at all.
    var first = -1
    while index + 6 < count {
      if bytes[index] == UInt8(ascii: "_"), bytes[index + 1] == UInt8(ascii: "x") {
        first = index
        break
      }
      index += 1
    }
    guard first >= 0 else { return }
    var output = Array(bytes[start..<first])
    index = first
    while index < count {
      if index + 6 < count, bytes[index] == UInt8(ascii: "_"),
        bytes[index + 1] == UInt8(ascii: "x"),
        bytes[index + 6] == UInt8(ascii: "_"),
        let value = UInt32(
          String(decoding: bytes[(index + 2)..<(index + 6)], as: UTF8.self), radix: 16),
        let scalar = Unicode.Scalar(value)
      {
        output.append(contentsOf: String(Character(scalar)).utf8)
        index += 7
      } else {
        output.append(bytes[index])
        index += 1
      }
    }
    bytes.replaceSubrange(start..<count, with: output)
  }
}
