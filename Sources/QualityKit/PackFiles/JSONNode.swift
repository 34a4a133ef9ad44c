/// A parsed JSON value with the line and column it starts at, so every error in a pack file can name
/// where it is.
///
/// Objects keep their keys in document order (a pack file is read by people) and a number keeps its
/// `Double`; a repeated key is a parse error, never a silent overwrite.
struct JSONNode: Sendable {
  /// The value.
  indirect enum Value: Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONNode])
    /// Members in document order, and the object's number for the strict decoder's key tracking.
    case object([Member], id: Int)
  }

  /// One `"key": value` of an object.
  struct Member: Sendable {
    var key: String
    var node: JSONNode
    /// Where the key itself starts, for errors about the key (unknown, repeated).
    var keyLine: Int
    var keyColumn: Int
  }

  var value: Value
  /// 1-based line of the value's first character.
  var line: Int
  /// 1-based column (in characters) of the value's first character.
  var column: Int

  /// The JSON type's name in `language`, for "expected … found …" messages.
  /// The value as a message quotes it: a string's text, a number as JSON writes it, otherwise the
  /// JSON type's English name.
  var displayValue: String {
    switch value {
    case .string(let text): text
    case .number(let number): JSONWriter.number(number)
    case .bool(let flag): flag ? "true" : "false"
    default: typeName(in: .english)
    }
  }

  func typeName(in language: Language) -> String {
    switch (value, language) {
    case (.null, _): "null"
    case (.bool, .russian): "логическое значение"
    case (.bool, .english): "a boolean"
    case (.number, .russian): "число"
    case (.number, .english): "a number"
    case (.string, .russian): "строка"
    case (.string, .english): "a string"
    case (.array, .russian): "массив"
    case (.array, .english): "an array"
    case (.object, .russian): "объект"
    case (.object, .english): "an object"
    }
  }

  /// The member named `key`, if this is an object that has it.
  func member(_ key: String) -> JSONNode? {
    guard case .object(let members, _) = value else { return nil }
    return members.first { $0.key == key }?.node
  }

  /// The node at `path` (keys, and `[i]` for array elements), or the deepest node on the way.
  func deepest(along path: [String]) -> JSONNode {
    var node = self
    for component in path {
      switch node.value {
      case .object:
        guard let next = node.member(component) else { return node }
        node = next
      case .array(let items):
        guard component.hasPrefix("["), let index = Int(component.dropFirst().dropLast()),
          items.indices.contains(index)
        else { return node }
        node = items[index]
      default: return node
      }
    }
    return node
  }
}
