/// Writes a ``JSONNode`` as indented JSON for people: two spaces per level, keys in a reading order
/// (what a thing is first, where it comes from last), short lists of plain values on one line.
///
/// - Complexity: O(n log k) for n values and objects of at most k keys.
enum JSONWriter {
  /// Keys written first, in this order, when an object has them.
  static let leadingKeys = [
    "format", "kind", "id", "key", "version", "extends", "title", "region", "sources", "notes",
    "ru", "en", "parameters", "indices", "context_indices", "criteria", "category_rules",
    "indicators", "monitoring",
    "measures", "remove", "replace", "add", "override", "category", "severity", "source", "section",
    "quote", "min", "max",
  ]
  /// Keys written last, in this order: provenance and worked examples close a block.
  static let trailingKeys = ["provenance", "lines", "examples"]

  /// Lists of numbers and strings at most this long (in characters) stay on one line.
  static let inlineWidth = 72

  /// The document's text, ending with a newline.
  static func write(_ node: JSONNode) -> String {
    var text = ""
    write(node, indent: 0, into: &text)
    text += "\n"
    return text
  }

  private static func rank(_ key: String) -> (Int, Int) {
    if let position = leadingKeys.firstIndex(of: key) { return (0, position) }
    if let position = trailingKeys.firstIndex(of: key) { return (2, position) }
    return (1, 0)
  }

  private static func write(_ node: JSONNode, indent: Int, into text: inout String) {
    switch node.value {
    case .null: text += "null"
    case .bool(let value): text += value ? "true" : "false"
    case .number(let value): text += number(value)
    case .string(let value): text += quoted(value)
    case .array(let items):
      if items.isEmpty {
        text += "[]"
      } else if let line = inline(items) {
        text += line
      } else {
        text += "[\n"
        for (offset, item) in items.enumerated() {
          text += String(repeating: " ", count: indent + 2)
          write(item, indent: indent + 2, into: &text)
          text += offset == items.count - 1 ? "\n" : ",\n"
        }
        text += String(repeating: " ", count: indent) + "]"
      }
    case .object(let members, _):
      guard !members.isEmpty else {
        text += "{}"
        return
      }
      // Stable sort: keys of equal rank keep the order they came in (alphabetical from the encoder).
      let ordered = members.enumerated().sorted { lhs, rhs in
        let (l, r) = (rank(lhs.element.key), rank(rhs.element.key))
        return l != r ? l < r : lhs.offset < rhs.offset
      }.map(\.element)
      if let line = inline(ordered) {
        text += line
        return
      }
      text += "{\n"
      for (offset, member) in ordered.enumerated() {
        text += String(repeating: " ", count: indent + 2) + quoted(member.key) + ": "
        write(member.node, indent: indent + 2, into: &text)
        text += offset == ordered.count - 1 ? "\n" : ",\n"
      }
      text += String(repeating: " ", count: indent) + "}"
    }
  }

  /// The list on one line, if it holds only numbers and strings and is short enough.
  private static func inline(_ items: [JSONNode]) -> String? {
    var parts: [String] = []
    for item in items {
      guard let part = scalar(item) else { return nil }
      parts.append(part)
    }
    let line = "[" + parts.joined(separator: ", ") + "]"
    return line.count <= inlineWidth ? line : nil
  }

  /// The object on one line (`{"criterion": "a.b"}`, `{"min": 0, "max": 100}`), if its values
  /// are numbers and strings and it is short enough.
  private static func inline(_ members: [JSONNode.Member]) -> String? {
    var parts: [String] = []
    for member in members {
      guard let part = scalar(member.node) else { return nil }
      parts.append(quoted(member.key) + ": " + part)
    }
    let line = "{" + parts.joined(separator: ", ") + "}"
    return line.count <= inlineWidth ? line : nil
  }

  private static func scalar(_ node: JSONNode) -> String? {
    switch node.value {
    case .number(let value): number(value)
    case .string(let value): quoted(value)
    case .bool(let value): value ? "true" : "false"
    default: nil
    }
  }

  /// Whole numbers without a fraction; others in Swift's shortest form that reads back exactly.
  static func number(_ value: Double) -> String {
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }

  /// A JSON string: quotes, backslashes and control characters escaped, everything else as is —
  /// with the escaping every JSON report of the library uses (`ByteBuffer`).
  static func quoted(_ value: String) -> String {
    var buffer = ByteBuffer(capacity: value.utf8.count + 2)
    buffer.appendJSONString(value)
    return buffer.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
  }
}
