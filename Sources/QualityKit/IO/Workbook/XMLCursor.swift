import Foundation

/// A byte-level walk over the tags of one XML part of a workbook.
///
/// Workbook parts are machine-written XML of a known shape, and a values sheet of 40,000 schools is
/// some six million cells: `XMLParser` calls back and allocates strings per element, which is many
/// times slower than the CSV reader. The cursor instead finds each `<` with `memchr`, reads the tag
/// name and, on request, its attributes as byte ranges, and decodes text only where a value is
/// taken. It checks what the readers depend on and nothing more: tags are closed, attribute
/// values quoted, entities known. A DTD (`<!DOCTYPE`, `<!ENTITY`) is refused, never expanded, so no
/// entity expansion can blow up; comments and processing instructions are skipped.
///
/// Names are compared by their local part, so `<x:row>` is a row as `<row>` is.
///
/// - Complexity: O(n) in the part's size for a whole walk; each step is O(its tag's length).
///
/// ```swift
/// try XMLCursor.walk(Array("<a><b x=\"1\"/></a>".utf8), part: "p.xml") { cursor in
///   while let tag = try cursor.nextTag() { print(tag.isEnd) }   // false, false, true
/// }
/// ```
struct XMLCursor: ~Copyable {
  /// One tag: `<name attributes>`, `<name attributes/>` or `</name>`.
  struct Tag {
    /// The local name's bytes (after any `prefix:`).
    var name: Range<Int>
    /// The bytes between the name and `>` (or `/>`).
    var attributes: Range<Int>
    /// `</name>`.
    var isEnd: Bool
    /// `<name/>`.
    var isEmpty: Bool
  }

  /// The part's bytes: all of them, or the piece ``continuation`` gave last.
  var bytes: UnsafeBufferPointer<UInt8>
  let part: String
  /// The offset of the next byte to read.
  var position: Int
  /// For a part still arriving (``SheetFeed``): gives the piece after ``bytes`` when
  /// ``nextTag()`` finds no more tags in them. Every piece must end just before a `<`, so that
  /// text, which runs to the next `<`, is never cut: then the cursor moves through the pieces
  /// exactly as through the whole part. Anything else that meets the end of a piece throws.
  let continuation: (any XMLContinuation)?
  /// Whether ``nextTag()`` may move on to the next piece: its reader sets this where it holds no
  /// range into ``bytes`` (between two rows of a sheet), since the next piece is other memory.
  /// At the end of a piece where it may not, the cursor throws: the piece was cut elsewhere.
  var mayContinue = false

  /// Calls `body` with a cursor at the root element of `bytes`, after checking the prolog: UTF-8
  /// (a byte order mark is skipped), no other declared encoding, no DTD.
  ///
  /// - Throws: ``WorkbookProblem/unsupportedEncoding(part:encoding:)`` for UTF-16 or another
  ///   declared encoding, ``WorkbookProblem/documentTypeDeclaration(part:)`` for a DTD, and what
  ///   `body` throws.
  static func walk<Result>(
    _ bytes: [UInt8], part: String,
    _ body: (inout XMLCursor) throws(WorkbookProblem) -> Result
  ) throws(WorkbookProblem) -> Result {
    let outcome: Swift.Result<Result, WorkbookProblem> = bytes.withUnsafeBufferPointer { buffer in
      do throws(WorkbookProblem) {
        return .success(try walk(buffer, part: part, continuation: nil, body))
      } catch {
        return .failure(error)
      }
    }
    return try outcome.get()
  }

  /// Calls `body` with a cursor at the root element of `bytes`, or of the part `bytes` is the
  /// first piece of when `continuation` gives the rest (see ``continuation``); see
  /// ``walk(_:part:_:)-([UInt8],_,_)``.
  static func walk<Result>(
    _ bytes: UnsafeBufferPointer<UInt8>, part: String, continuation: (any XMLContinuation)?,
    _ body: (inout XMLCursor) throws(WorkbookProblem) -> Result
  ) throws(WorkbookProblem) -> Result {
    var cursor = XMLCursor(bytes: bytes, part: part, position: 0, continuation: continuation)
    try cursor.skipProlog()
    return try body(&cursor)
  }

  // MARK: - Prolog

  private mutating func skipProlog() throws(WorkbookProblem) {
    let count = bytes.count
    if count >= 2,
      (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
        || bytes[0] == 0 || bytes[1] == 0
    {
      throw .unsupportedEncoding(part: part, encoding: "UTF-16")
    }
    if count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { position = 3 }
    if starts(with: "<?xml") {
      guard let end = find("?>", from: position) else { throw malformed("<?xml … ?>") }
      if let encoding = declaredEncoding(position..<end),
        !["utf-8", "utf8"].contains(encoding.lowercased())
      {
        throw .unsupportedEncoding(part: part, encoding: encoding)
      }
      position = end + 2
    }
  }

  /// The `encoding="…"` of an XML declaration, if it has one.
  private func declaredEncoding(_ range: Range<Int>) -> String? {
    let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    guard let key = text.range(of: "encoding") else { return nil }
    let rest = text[key.upperBound...].drop { $0 == " " || $0 == "=" }
    guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
    return String(rest.dropFirst().prefix { $0 != quote })
  }

  // MARK: - Tags

  /// The next tag, skipping text, comments, processing instructions and CDATA sections; `nil` at
  /// the end of the part.
  ///
  /// - Throws: ``WorkbookProblem/documentTypeDeclaration(part:)`` for `<!DOCTYPE` or any other
  ///   declaration, ``WorkbookProblem/malformedXML(part:detail:)`` for an unclosed tag.
  mutating func nextTag() throws(WorkbookProblem) -> Tag? {
    while true {
      guard let open = memchrIndex(UInt8(ascii: "<"), from: position) else {
        position = bytes.count
        if let continuation, !continuation.isComplete {
          guard mayContinue else { throw malformed("<row") }
          if let piece = continuation.next() {
            bytes = piece
            position = 0
            continue
          }
        }
        return nil
      }
      position = open + 1
      guard position < bytes.count else { throw malformed("<") }
      let first = bytes[position]
      if first == UInt8(ascii: "!") {
        try skipDeclaration()
        continue
      }
      if first == UInt8(ascii: "?") {
        guard let end = find("?>", from: position) else { throw malformed("<? … ?>") }
        position = end + 2
        continue
      }
      return try readTag()
    }
  }

  /// `<!--…-->` and `<![CDATA[…]]>` are skipped; anything else starting `<!` is a DTD.
  private mutating func skipDeclaration() throws(WorkbookProblem) {
    if starts(with: "!--") {
      guard let end = find("-->", from: position + 3) else { throw malformed("<!-- … -->") }
      position = end + 3
    } else if starts(with: "![CDATA[") {
      guard let end = find("]]>", from: position + 8) else { throw malformed("<![CDATA[ … ]]>") }
      position = end + 3
    } else {
      throw .documentTypeDeclaration(part: part)
    }
  }

  /// Reads the tag whose `<` is just before ``position``.
  private mutating func readTag() throws(WorkbookProblem) -> Tag {
    let count = bytes.count
    var index = position
    let isEnd = bytes[index] == UInt8(ascii: "/")
    if isEnd { index += 1 }
    var nameStart = index
    while index < count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "/") || byte <= 0x20 { break }
      if byte == UInt8(ascii: ":") { nameStart = index + 1 }
      index += 1
    }
    let name = nameStart..<index
    guard !name.isEmpty else { throw malformed("<") }
    let attributesStart = index
    // To the `>` that is not inside a quoted attribute value.
    var quote: UInt8 = 0
    while index < count {
      let byte = bytes[index]
      if quote != 0 {
        if byte == quote { quote = 0 }
      } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
        quote = byte
      } else if byte == UInt8(ascii: ">") {
        break
      } else if byte == UInt8(ascii: "<") {
        throw malformed("<" + text(name))
      }
      index += 1
    }
    guard index < count else { throw malformed("<" + text(name) + " … >") }
    let isEmpty = index > attributesStart && bytes[index - 1] == UInt8(ascii: "/")
    position = index + 1
    return Tag(
      name: name, attributes: attributesStart..<(isEmpty ? index - 1 : index), isEnd: isEnd,
      isEmpty: isEmpty)
  }

  /// Whether the tag's local name is `name` (ASCII).
  @inline(__always)
  func tag(_ tag: Tag, is name: StaticString) -> Bool {
    guard tag.name.count == name.utf8CodeUnitCount else { return false }
    let pointer = name.utf8Start
    var offset = 0
    for index in tag.name {
      if bytes[index] != pointer[offset] { return false }
      offset += 1
    }
    return true
  }

  /// Skips to the end of the element whose start tag was just read (nothing for an empty one).
  ///
  /// - Throws: ``WorkbookProblem/malformedXML(part:detail:)`` when the part ends first.
  mutating func skipElement(_ start: Tag) throws(WorkbookProblem) {
    guard !start.isEmpty, !start.isEnd else { return }
    var depth = 1
    while let tag = try nextTag() {
      if tag.isEnd {
        depth -= 1
        if depth == 0 { return }
      } else if !tag.isEmpty {
        depth += 1
      }
    }
    throw malformed("</" + text(start.name) + ">")
  }

  /// Calls `body` with each attribute's local name range and raw value range (entities not yet
  /// decoded), and the range of its name's prefix (empty without one).
  ///
  /// - Throws: ``WorkbookProblem/malformedXML(part:detail:)`` for an attribute without a quoted
  ///   value.
  func forEachAttribute(
    of tag: Tag, _ body: (_ name: Range<Int>, _ prefix: Range<Int>, _ value: Range<Int>) -> Void
  ) throws(WorkbookProblem) {
    var index = tag.attributes.lowerBound
    let end = tag.attributes.upperBound
    while true {
      while index < end, bytes[index] <= 0x20 { index += 1 }
      guard index < end else { return }
      let nameStart = index
      var localStart = index
      while index < end, bytes[index] != UInt8(ascii: "="), bytes[index] > 0x20 {
        if bytes[index] == UInt8(ascii: ":") { localStart = index + 1 }
        index += 1
      }
      let name = localStart..<index
      let prefix = nameStart..<(localStart > nameStart ? localStart - 1 : nameStart)
      while index < end, bytes[index] <= 0x20 { index += 1 }
      guard index < end, bytes[index] == UInt8(ascii: "=") else {
        throw malformed(text(name) + "=\"…\"")
      }
      index += 1
      while index < end, bytes[index] <= 0x20 { index += 1 }
      guard index < end, bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
      else { throw malformed(text(name) + "=\"…\"") }
      let quote = bytes[index]
      index += 1
      let valueStart = index
      while index < end, bytes[index] != quote { index += 1 }
      guard index < end else { throw malformed(text(name) + "=\"…\"") }
      body(name, prefix, valueStart..<index)
      index += 1
    }
  }

  /// The decoded value of the attribute `name` (local name, any prefix unless `prefixed`), or `nil`.
  func attribute(_ name: StaticString, of tag: Tag, prefixed: Bool = false) throws(WorkbookProblem)
    -> String?
  {
    var found: Range<Int>?
    try forEachAttribute(of: tag) { local, prefix, value in
      guard found == nil, !prefixed || !prefix.isEmpty else { return }
      if matches(local, name) { found = value }
    }
    guard let found else { return nil }
    var decoded: [UInt8] = []
    try appendDecoded(found, to: &decoded)
    return String(decoding: decoded, as: UTF8.self)
  }

  @inline(__always)
  func matches(_ range: Range<Int>, _ name: StaticString) -> Bool {
    tag(Tag(name: range, attributes: 0..<0, isEnd: false, isEmpty: false), is: name)
  }

  // MARK: - Text

  /// Appends the text from ``position`` to the next tag, decoded, to `output`, and leaves the
  /// cursor at that tag's `<`. CDATA sections are text; comments are skipped.
  ///
  /// - Throws: ``WorkbookProblem/unknownEntity(part:name:)``,
  ///   ``WorkbookProblem/malformedXML(part:detail:)``.
  mutating func appendText(to output: inout [UInt8]) throws(WorkbookProblem) {
    while true {
      let end = memchrIndex(UInt8(ascii: "<"), from: position) ?? bytes.count
      try appendDecoded(position..<end, to: &output)
      position = end
      guard end < bytes.count else { return }
      if starts(at: end + 1, with: "![CDATA[") {
        guard let close = find("]]>", from: end + 9) else { throw malformed("<![CDATA[ … ]]>") }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(end + 9)..<close]))
        position = close + 3
      } else if starts(at: end + 1, with: "!--") {
        guard let close = find("-->", from: end + 4) else { throw malformed("<!-- … -->") }
        position = close + 3
      } else {
        return
      }
    }
  }

  /// The range of the text from ``position`` to the next `<`, when it holds no `&` (so needs no
  /// decoding) and the next tag is not a CDATA section; `nil` otherwise. Moves to the `<`.
  @inline(__always)
  mutating func plainText() -> Range<Int>? {
    let start = position
    guard let end = memchrIndex(UInt8(ascii: "<"), from: start) else { return nil }
    if end + 1 < bytes.count, bytes[end + 1] == UInt8(ascii: "!") { return nil }
    let hasEntity = bytes.baseAddress.map { memchr($0 + start, 0x26, end - start) != nil } ?? false
    if hasEntity { return nil }
    position = end
    return start..<end
  }

  /// Appends `bytes[range]` with entity and character references decoded.
  func appendDecoded(_ range: Range<Int>, to output: inout [UInt8]) throws(WorkbookProblem) {
    var index = range.lowerBound
    let end = range.upperBound
    while index < end {
      guard
        let amp = bytes.baseAddress.flatMap({ base in
          memchr(base + index, 0x26, end - index).map {
            UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base
          }
        })
      else {
        output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
        return
      }
      output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<amp]))
      var semicolon = amp + 1
      while semicolon < end, semicolon - amp <= 12, bytes[semicolon] != UInt8(ascii: ";") {
        semicolon += 1
      }
      guard semicolon < end, bytes[semicolon] == UInt8(ascii: ";") else {
        throw malformed("&…;")
      }
      let name = (amp + 1)..<semicolon
      switch text(name) {
      case "amp": output.append(UInt8(ascii: "&"))
      case "lt": output.append(UInt8(ascii: "<"))
      case "gt": output.append(UInt8(ascii: ">"))
      case "quot": output.append(UInt8(ascii: "\""))
      case "apos": output.append(UInt8(ascii: "'"))
      case let reference where reference.hasPrefix("#"):
        let digits = reference.dropFirst()
        let value =
          digits.first == "x" || digits.first == "X"
          ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else {
          throw malformed("&" + reference + ";")
        }
        output.append(contentsOf: String(Character(scalar)).utf8)
      case let other:
        throw .unknownEntity(part: part, name: other)
      }
      index = semicolon + 1
    }
  }

  // MARK: - Bytes

  @inline(__always)
  func memchrIndex(_ byte: UInt8, from start: Int) -> Int? {
    guard start < bytes.count, let base = bytes.baseAddress,
      let found = memchr(base + start, Int32(byte), bytes.count - start)
    else { return nil }
    return UnsafePointer(found.assumingMemoryBound(to: UInt8.self)) - base
  }

  func find(_ needle: StaticString, from start: Int) -> Int? {
    guard let first = needle.utf8Start.pointee as UInt8? else { return nil }
    var index = start
    while let candidate = memchrIndex(first, from: index) {
      if starts(at: candidate, with: needle) { return candidate }
      index = candidate + 1
    }
    return nil
  }

  func starts(with text: StaticString) -> Bool { starts(at: position, with: text) }

  func starts(at offset: Int, with text: StaticString) -> Bool {
    let count = text.utf8CodeUnitCount
    guard offset >= 0, offset + count <= bytes.count else { return false }
    for index in 0..<count where bytes[offset + index] != text.utf8Start[index] { return false }
    return true
  }

  func text(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  func malformed(_ detail: String) -> WorkbookProblem {
    .malformedXML(part: part, detail: detail)
  }
}
