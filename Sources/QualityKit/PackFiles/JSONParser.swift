import Foundation

/// Parses JSON (RFC 8259) from bytes into ``JSONNode``s that know their line and column.
///
/// Written here rather than using `JSONSerialization` for three reasons: errors must name a line and
/// column, a repeated key must be an error, and numbers must not depend on the platform's `NSNumber`
/// bridging. Nesting deeper than ``maximumDepth`` is an error, not a stack overflow.
///
/// - Complexity: O(n) for n bytes.
struct JSONParser {
  /// How deep arrays and objects may nest.
  static let maximumDepth = 256

  private let bytes: [UInt8]
  private var position = 0
  private var line = 1
  private var lineStart = 0
  private var objectCount = 0
  private var depth = 0
  private var countedLineStart = 0
  private var countedPosition = 0
  private var countedColumn = 1

  /// A syntax error at a line and column.
  struct SyntaxError: Error {
    var message: LocalizedText
    var line: Int
    var column: Int
  }

  private init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// Parses one JSON document (a UTF-8 byte order mark is skipped).
  static func parse(_ data: Data) throws(SyntaxError) -> JSONNode {
    var parser = JSONParser([UInt8](data))
    if parser.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      parser.position = 3
      parser.lineStart = 3
    }
    parser.skipWhitespace()
    let node = try parser.parseValue()
    parser.skipWhitespace()
    guard parser.position == parser.bytes.count else {
      throw parser.error(
        ru: "лишние символы после конца документа", en: "extra text after the document")
    }
    return node
  }

  /// The column at `position`, counted on from the last one asked for on this line, so that a
  /// long single-line document (what `JSONEncoder` writes) is not rescanned for every value.
  private var column: Int {
    mutating get {
      if countedLineStart != lineStart || countedPosition > position {
        countedLineStart = lineStart
        countedPosition = lineStart
        countedColumn = 1
      }
      // Columns count characters, not bytes: UTF-8 continuation bytes do not start one.
      for byte in bytes[countedPosition..<position] where byte & 0xC0 != 0x80 { countedColumn += 1 }
      countedPosition = position
      return countedColumn
    }
  }

  private mutating func error(ru: String, en: String) -> SyntaxError {
    SyntaxError(message: LocalizedText(ru: ru, en: en), line: line, column: column)
  }

  private mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0D: position += 1
      case 0x0A:
        position += 1
        line += 1
        lineStart = position
      default: return
      }
    }
  }

  private mutating func parseValue() throws(SyntaxError) -> JSONNode {
    guard position < bytes.count else {
      throw error(
        ru: "документ оборвался: ожидалось значение", en: "unexpected end: a value expected")
    }
    let (startLine, startColumn) = (line, column)
    func node(_ value: JSONNode.Value) -> JSONNode {
      JSONNode(value: value, line: startLine, column: startColumn)
    }
    switch bytes[position] {
    case UInt8(ascii: "{"): return node(try parseObject())
    case UInt8(ascii: "["): return node(try parseArray())
    case UInt8(ascii: "\""): return node(.string(try parseString()))
    case UInt8(ascii: "t"):
      try expectWord("true")
      return node(.bool(true))
    case UInt8(ascii: "f"):
      try expectWord("false")
      return node(.bool(false))
    case UInt8(ascii: "n"):
      try expectWord("null")
      return node(.null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      return node(.number(try parseNumber()))
    default:
      throw error(
        ru: "ожидалось значение (объект, массив, строка, число, true, false или null)",
        en: "a value expected (object, array, string, number, true, false or null)")
    }
  }

  private mutating func expectWord(_ word: StaticString) throws(SyntaxError) {
    let length = word.utf8CodeUnitCount
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: length)
    guard position + length <= bytes.count,
      bytes[position..<position + length].elementsEqual(expected)
    else {
      throw error(ru: "ожидалось «\(word)»", en: "'\(word)' expected")
    }
    position += length
  }

  private mutating func enter() throws(SyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error(
        ru: "вложенность глубже \(Self.maximumDepth) уровней",
        en: "nested deeper than \(Self.maximumDepth) levels")
    }
  }

  private mutating func parseObject() throws(SyntaxError) -> JSONNode.Value {
    try enter()
    defer { depth -= 1 }
    position += 1
    let id = objectCount
    objectCount += 1
    var members: [JSONNode.Member] = []
    var keys = Set<String>()
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "}") {
      position += 1
      return .object(members, id: id)
    }
    while true {
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
        throw error(ru: "ожидалось имя поля в кавычках", en: "a quoted field name expected")
      }
      let (keyLine, keyColumn) = (line, column)
      let key = try parseString()
      guard keys.insert(key).inserted else {
        throw SyntaxError(
          message: LocalizedText(ru: "поле «\(key)» повторяется", en: "field '\(key)' is repeated"),
          line: keyLine, column: keyColumn)
      }
      skipWhitespace()
      guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
        throw error(ru: "ожидалось «:» после имени поля", en: "':' expected after a field name")
      }
      position += 1
      skipWhitespace()
      members.append(
        JSONNode.Member(key: key, node: try parseValue(), keyLine: keyLine, keyColumn: keyColumn))
      skipWhitespace()
      guard position < bytes.count else {
        throw error(ru: "документ оборвался внутри объекта", en: "unexpected end inside an object")
      }
      switch bytes[position] {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "}"):
        position += 1
        return .object(members, id: id)
      default: throw error(ru: "ожидалось «,» или «}»", en: "',' or '}' expected")
      }
    }
  }

  private mutating func parseArray() throws(SyntaxError) -> JSONNode.Value {
    try enter()
    defer { depth -= 1 }
    position += 1
    var items: [JSONNode] = []
    skipWhitespace()
    if position < bytes.count, bytes[position] == UInt8(ascii: "]") {
      position += 1
      return .array(items)
    }
    while true {
      skipWhitespace()
      items.append(try parseValue())
      skipWhitespace()
      guard position < bytes.count else {
        throw error(ru: "документ оборвался внутри массива", en: "unexpected end inside an array")
      }
      switch bytes[position] {
      case UInt8(ascii: ","): position += 1
      case UInt8(ascii: "]"):
        position += 1
        return .array(items)
      default: throw error(ru: "ожидалось «,» или «]»", en: "',' or ']' expected")
      }
    }
  }

  private mutating func parseString() throws(SyntaxError) -> String {
    position += 1
    var scalars: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      switch byte {
      case UInt8(ascii: "\""):
        position += 1
        guard let text = String(validating: scalars, as: UTF8.self) else {
          throw error(ru: "строка не в кодировке UTF-8", en: "the string is not valid UTF-8")
        }
        return text
      case UInt8(ascii: "\\"):
        position += 1
        guard position < bytes.count else { break }
        let escape = bytes[position]
        position += 1
        switch escape {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): scalars.append(escape)
        case UInt8(ascii: "b"): scalars.append(0x08)
        case UInt8(ascii: "f"): scalars.append(0x0C)
        case UInt8(ascii: "n"): scalars.append(0x0A)
        case UInt8(ascii: "r"): scalars.append(0x0D)
        case UInt8(ascii: "t"): scalars.append(0x09)
        case UInt8(ascii: "u"):
          var code = try parseHex4()
          if (0xD800..<0xDC00).contains(code) {
            guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
              bytes[position + 1] == UInt8(ascii: "u")
            else { throw error(ru: "непарный суррогат \\u", en: "an unpaired \\u surrogate") }
            position += 2
            let low = try parseHex4()
            guard (0xDC00..<0xE000).contains(low) else {
              throw error(ru: "непарный суррогат \\u", en: "an unpaired \\u surrogate")
            }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
          }
          guard let scalar = Unicode.Scalar(code) else {
            throw error(ru: "недопустимый символ \\u", en: "an invalid \\u character")
          }
          scalars.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
          throw error(
            ru: "недопустимая escape-последовательность", en: "an invalid escape sequence")
        }
      case 0x00..<0x20:
        throw error(
          ru: "управляющий символ внутри строки (перевод строки нужно писать как \\n)",
          en: "a control character inside a string (write a newline as \\n)")
      default:
        scalars.append(byte)
        position += 1
      }
    }
    throw error(ru: "строка не закрыта кавычкой", en: "the string is not closed")
  }

  private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
    guard position + 4 <= bytes.count,
      let code = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
    else {
      throw error(
        ru: "после \\u нужны четыре шестнадцатеричные цифры", en: "\\u needs four hex digits")
    }
    position += 4
    return code
  }

  private mutating func parseNumber() throws(SyntaxError) -> Double {
    let start = position
    func digits() -> Int {
      let first = position
      while position < bytes.count,
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position])
      {
        position += 1
      }
      return position - first
    }
    if bytes[position] == UInt8(ascii: "-") { position += 1 }
    let integer = digits()
    var valid = integer > 0 && !(integer > 1 && bytes[position - integer] == UInt8(ascii: "0"))
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      valid = valid && digits() > 0
    }
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      if position < bytes.count,
        bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
      {
        position += 1
      }
      valid = valid && digits() > 0
    }
    let text = String(decoding: bytes[start..<position], as: UTF8.self)
    guard valid, let value = Double(text), value.isFinite else {
      position = start
      throw error(ru: "недопустимое число «\(text)»", en: "an invalid number '\(text)'")
    }
    return value
  }
}
