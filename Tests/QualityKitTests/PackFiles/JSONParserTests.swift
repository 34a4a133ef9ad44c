import Foundation
import Testing

@testable import QualityKit

/// ``JSONParser``: values, positions and every kind of syntax error with its line and column.
@Suite struct JSONParserTests {
  static func parse(_ text: String) throws -> JSONNode {
    try JSONParser.parse(Data(text.utf8))
  }

  static func syntaxError(_ text: String) -> JSONParser.SyntaxError? {
    do {
      _ = try JSONParser.parse(Data(text.utf8))
      return nil
    } catch {
      return error
    }
  }

  @Test("objects keep their keys in document order and values their types")
  func values() throws {
    let node = try Self.parse(#"{"b": [1, -2.5e1, true, null], "a": "x\u00e9\n", "c": {}}"#)
    guard case .object(let members, _) = node.value else {
      Issue.record("not an object")
      return
    }
    #expect(members.map(\.key) == ["b", "a", "c"])
    guard case .array(let items) = members[0].node.value else {
      Issue.record("not an array")
      return
    }
    #expect(items.count == 4)
    if case .number(let value) = items[1].value {
      #expect(value == -25)
    } else {
      Issue.record("number")
    }
    if case .bool(let value) = items[2].value { #expect(value) } else { Issue.record("bool") }
    if case .null = items[3].value {} else { Issue.record("null") }
    if case .string(let text) = members[1].node.value {
      #expect(text == "xé\n")
    } else {
      Issue.record("string")
    }
  }

  @Test("positions are 1-based lines and columns in characters, after Cyrillic text")
  func positions() throws {
    // Line 2 is `  "ключ": 5`: the 5 is preceded by two spaces, 6 characters of "ключ" with
    // quotes, a colon and a space → column 2 + 6 + 2 + 1 = 11.
    let node = try Self.parse("{\n  \"ключ\": 5\n}")
    let value = try #require(node.member("ключ"))
    #expect(value.line == 2)
    #expect(value.column == 11)
    #expect(node.line == 1 && node.column == 1)
  }

  @Test("a surrogate pair decodes to one character")
  func surrogates() throws {
    let node = try Self.parse(#""\ud83d\ude00""#)
    if case .string(let text) = node.value { #expect(text == "😀") } else { Issue.record("string") }
  }

  @Test(
    "syntax errors name the line and column where reading stopped",
    arguments: [
      ("{\"a\": 1,\n \"a\": 2}", 2, 2, "повторяется"),
      ("{\"a\" 1}", 1, 6, "«:»"),
      ("[1, 2", 1, 6, "оборвался"),
      ("{\"a\": 01}", 1, 7, "недопустимое число"),
      ("{\"a\": -}", 1, 7, "недопустимое число"),
      ("{\"a\": 1e999}", 1, 7, "недопустимое число"),
      ("{\"a\": tru}", 1, 7, "«true»"),
      ("{\"a\": \"x\ny\"}", 1, 9, "управляющий символ"),
      ("{\"a\": \"\\q\"}", 1, 10, "escape"),
      ("{\"a\": 1} x", 1, 10, "лишние символы"),
      ("", 1, 1, "оборвался"),
      ("{'a': 1}", 1, 2, "имя поля"),
      ("{\"a\": \"\\ud83d\"}", 1, 14, "суррогат"),
    ])
  func syntaxErrors(text: String, line: Int, column: Int, fragment: String) throws {
    let error = try #require(Self.syntaxError(text))
    #expect(error.line == line)
    #expect(error.column == column)
    #expect(error.message.ru.contains(fragment), "\(error.message.ru)")
  }

  @Test("nesting deeper than the limit is an error, not a stack overflow")
  func depth() throws {
    let text = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
    let error = try #require(Self.syntaxError(text))
    #expect(error.message.en.contains("deeper than 256"))
  }

  @Test("a UTF-8 byte order mark is skipped")
  func byteOrderMark() throws {
    let node = try JSONParser.parse(Data([0xEF, 0xBB, 0xBF]) + Data("{\"a\": 1}".utf8))
    #expect(node.member("a") != nil)
  }
}
