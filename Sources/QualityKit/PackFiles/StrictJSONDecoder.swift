import Foundation

/// Decodes `Decodable` values from a ``JSONNode`` tree, strictly: a missing key, a value of the
/// wrong type, an unknown metric and — after decoding — any key no type asked for are
/// ``PackFileError``s naming the JSON path, line and column.
///
/// Any `Codable` type works unchanged; strictness comes from recording, per JSON object, which
/// keys were asked for (`decode`, `decodeIfPresent`, `contains`). A key nobody asked for is a typo
/// or a field of another version, and silently ignoring it would let a region believe its rule
/// was applied.
///
/// - Complexity: O(n) for n JSON values, plus the types' own work.
struct StrictJSONDecoder {
  /// Shared by every container of one decode: the keys asked for, by object.
  final class State {
    let root: JSONNode
    let file: String
    let catalog: MetricCatalog
    var asked: [Int: Set<String>] = [:]
    var opened = Set<Int>()

    init(root: JSONNode, file: String, catalog: MetricCatalog) {
      self.root = root
      self.file = file
      self.catalog = catalog
    }

    func error(_ kind: PackFileError.Kind, at path: [any CodingKey], node: JSONNode?)
      -> PackFileError
    {
      let located = node ?? root.deepest(along: path.map(Self.component))
      return PackFileError(
        kind: kind, file: file, path: PackFileError.path(path.map(Self.component)),
        line: located.line, column: located.column)
    }

    /// Places an error a type threw: a ``PackFileError/FormatIssue`` or a `DecodingError` carries its own
    /// path; anything else is put at `path`.
    func locate(_ error: any Error, at path: [any CodingKey]) -> PackFileError {
      switch error {
      case let error as PackFileError: return error
      case let issue as PackFileError.FormatIssue:
        let node = root.deepest(along: issue.path)
        return PackFileError(
          kind: .format(issue.kind), file: file, path: PackFileError.path(issue.path),
          line: node.line, column: node.column)
      case DecodingError.typeMismatch(let type, let context):
        let node = root.deepest(along: context.codingPath.map(Self.component))
        let found: LocalizedText
        if case .number(let value) = node.value, type is any FixedWidthInteger.Type {
          let number = JSONWriter.number(value)
          found = LocalizedText(ru: "число \(number)", en: "the number \(number)")
        } else {
          found = LocalizedText(ru: node.typeName(in: .russian), en: node.typeName(in: .english))
        }
        return self.error(
          .wrongType(expected: Self.expectation(type), found: found), at: context.codingPath,
          node: node)
      case DecodingError.keyNotFound(let key, let context):
        return missingField(key.stringValue, in: context.codingPath)
      case let error as DecodingError:
        let context: DecodingError.Context
        switch error {
        case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c),
          .valueNotFound(_, let c):
          context = c
        @unknown default:
          return self.error(.invalidValue(Self.text("\(error)")), at: path, node: nil)
        }
        // A type of this package explains itself in both languages; a host's type in its own
        // words. Swift's own text (`Optional(…)`, a `DecodingError` dump) is never shown.
        if let measure = context.underlyingError as? MeasureError {
          return self.error(
            .invalidValue(
              LocalizedText(ru: measure.message(in: .russian), en: measure.message(in: .english))),
            at: context.codingPath, node: nil)
        }
        return self.error(
          .invalidValue(Self.text(context.debugDescription)), at: context.codingPath, node: nil)
      default:
        if let text = (error as? any LocalizedError)?.errorDescription {
          return self.error(.invalidValue(Self.text(text)), at: path, node: nil)
        }
        return self.error(
          .invalidValue(
            LocalizedText(ru: "значение не подходит", en: "the value cannot be used")),
          at: path, node: nil)
      }
    }

    static func component(_ key: any CodingKey) -> String {
      key.intValue.map { "[\($0)]" } ?? key.stringValue
    }

    /// What a Swift type reads, in words.
    static func expectation(_ type: Any.Type) -> LocalizedText {
      switch type {
      case is String.Type: LocalizedText(ru: "строка", en: "a string")
      case is Bool.Type: LocalizedText(ru: "true или false", en: "true or false")
      case is any FixedWidthInteger.Type: LocalizedText(ru: "целое число", en: "an integer")
      case is any BinaryFloatingPoint.Type: LocalizedText(ru: "число", en: "a number")
      case is [Any].Type: LocalizedText(ru: "массив", en: "an array")
      default: LocalizedText(ru: "объект", en: "an object")
      }
    }

    static func text(_ message: String) -> LocalizedText { LocalizedText(ru: message, en: message) }

    /// A missing key in the object at `path`, naming a present key that looks like a typo of it.
    func missingField(_ key: String, in path: [any CodingKey]) -> PackFileError {
      let node = root.deepest(along: path.map(Self.component))
      var similar: String?
      if case .object(let members, _) = node.value {
        similar = members.map(\.key).first { $0 != key && LookAlike.isTypo($0, of: key) }
      }
      return error(.missingField(key, similar: similar), at: path, node: node)
    }

    /// The first key nobody asked for, in document order.
    func firstUnknownKey() -> PackFileError? {
      func walk(_ node: JSONNode, _ path: [String]) -> PackFileError? {
        switch node.value {
        case .object(let members, let id):
          guard opened.contains(id) else { return nil }
          let asked = self.asked[id] ?? []
          for member in members {
            let memberPath = path + [member.key]
            guard asked.contains(member.key) else {
              return PackFileError(
                kind: .unknownKey(member.key), file: file, path: PackFileError.path(memberPath),
                line: member.keyLine, column: member.keyColumn)
            }
            if let found = walk(member.node, memberPath) { return found }
          }
        case .array(let items):
          for (index, item) in items.enumerated() {
            if let found = walk(item, path + ["[\(index)]"]) { return found }
          }
        default: break
        }
        return nil
      }
      return walk(root, [])
    }
  }

  /// Decodes `type` from the whole document, then (unless `checkingUnknownKeys` is false, for a
  /// pass that reads only part of it) checks that every key was understood.
  static func decode<T: Decodable>(
    _ type: T.Type, from root: JSONNode, file: String, catalog: MetricCatalog,
    userInfo: [CodingUserInfoKey: any Sendable], checkingUnknownKeys: Bool = true
  ) throws(PackFileError) -> T {
    let state = State(root: root, file: file, catalog: catalog)
    let decoder = NodeDecoder(node: root, state: state, codingPath: [], userInfo: userInfo)
    let value: T
    do {
      value = try decoder.decodeValue(T.self)
    } catch {
      throw state.locate(error, at: [])
    }
    if checkingUnknownKeys, let unknown = state.firstUnknownKey() { throw unknown }
    return value
  }
}

/// An index in an array, as a coding key.
struct IndexKey: CodingKey {
  let intValue: Int?
  var stringValue: String { "[\(intValue ?? 0)]" }
  init(intValue: Int) { self.intValue = intValue }
  init?(stringValue: String) { nil }
}

/// The `Decoder` over one node.
struct NodeDecoder: Decoder, SingleValueDecodingContainer {
  let node: JSONNode
  let state: StrictJSONDecoder.State
  let codingPath: [any CodingKey]
  let sendableUserInfo: [CodingUserInfoKey: any Sendable]

  init(
    node: JSONNode, state: StrictJSONDecoder.State, codingPath: [any CodingKey],
    userInfo: [CodingUserInfoKey: any Sendable]
  ) {
    self.node = node
    self.state = state
    self.codingPath = codingPath
    self.sendableUserInfo = userInfo
  }

  var userInfo: [CodingUserInfoKey: Any] { sendableUserInfo }

  func child(_ node: JSONNode, _ key: any CodingKey) -> NodeDecoder {
    NodeDecoder(
      node: node, state: state, codingPath: codingPath + [key], userInfo: sendableUserInfo)
  }

  /// A type mismatch as `DecodingError.typeMismatch`, because types that accept two forms (a
  /// category as an id or an object) try one and fall back on exactly that error;
  /// ``StrictJSONDecoder/State/locate(_:at:)`` turns it into ``PackFileError/Kind/wrongType``.
  func mismatch(_ expected: Any.Type) -> DecodingError {
    DecodingError.typeMismatch(
      expected,
      DecodingError.Context(
        codingPath: codingPath,
        debugDescription: "expected \(expected), found \(node.typeName(in: .english))"))
  }

  /// Decodes a value of `type` from this node, placing any error a type throws.
  func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
    // Metric keys are checked here, once for every type that holds one, rather than in each type.
    if T.self == MetricKey.self {
      let key = MetricKey(rawValue: try decode(String.self))
      guard state.catalog[key] != nil else {
        throw state.error(.unknownMetric(key), at: codingPath, node: node)
      }
      if let typed = key as? T { return typed }
    }
    do {
      return try T(from: self)
    } catch {
      if case DecodingError.dataCorrupted(let context) = error,
        context.codingPath.count == codingPath.count, let reason = Self.allowedValues(T.self)
      {
        // A Swift enum's own `init(from:)` says «Cannot initialize Comparison from invalid String
        // value =>»: the analyst needs the values that are allowed instead.
        throw state.error(
          .format(.invalidValue(node.displayValue, reason: reason)), at: codingPath, node: node)
      }
      throw state.locate(error, at: codingPath)
    }
  }

  /// «допустимы: >=, <=, …» for an enumeration read by its raw value; «такого значения нет» for
  /// one whose values cannot be listed; `nil` for any other type.
  static func allowedValues(_ type: Any.Type) -> LocalizedText? {
    if let type = type as? any (CaseIterable & RawRepresentable).Type {
      let values = rawValues(type).joined(separator: ", ")
      return LocalizedText(ru: "допустимы: \(values)", en: "expected one of: \(values)")
    }
    if type is any RawRepresentable.Type {
      return LocalizedText(ru: "такого значения нет", en: "there is no such value")
    }
    return nil
  }

  private static func rawValues<Value: CaseIterable & RawRepresentable>(_ type: Value.Type)
    -> [String]
  {
    Value.allCases.map { "\($0.rawValue)" }
  }

  // MARK: Decoder

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let members, let id) = node.value else {
      throw mismatch([String: Any].self)
    }
    state.opened.insert(id)
    return KeyedDecodingContainer(KeyedNodeContainer<Key>(decoder: self, members: members, id: id))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let items) = node.value else { throw mismatch([Any].self) }
    return UnkeyedNodeContainer(decoder: self, items: items)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  // MARK: SingleValueDecodingContainer

  func decodeNil() -> Bool {
    if case .null = node.value { return true }
    return false
  }

  func decode(_ type: Bool.Type) throws -> Bool {
    guard case .bool(let value) = node.value else {
      throw mismatch(Bool.self)
    }
    return value
  }

  func decode(_ type: String.Type) throws -> String {
    guard case .string(let value) = node.value else { throw mismatch(String.self) }
    return value
  }

  func decode(_ type: Double.Type) throws -> Double {
    guard case .number(let value) = node.value else { throw mismatch(Double.self) }
    return value
  }

  func decode(_ type: Float.Type) throws -> Float { Float(try decode(Double.self)) }

  func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
    guard case .number(let value) = node.value, let exact = I(exactly: value) else {
      throw mismatch(I.self)
    }
    return exact
  }

  func decode(_ type: Int.Type) throws -> Int { try integer(Int.self) }
  func decode(_ type: Int8.Type) throws -> Int8 { try integer(Int8.self) }
  func decode(_ type: Int16.Type) throws -> Int16 { try integer(Int16.self) }
  func decode(_ type: Int32.Type) throws -> Int32 { try integer(Int32.self) }
  func decode(_ type: Int64.Type) throws -> Int64 { try integer(Int64.self) }
  func decode(_ type: UInt.Type) throws -> UInt { try integer(UInt.self) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try integer(UInt8.self) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try integer(UInt16.self) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try integer(UInt32.self) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try integer(UInt64.self) }
  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(T.self) }
}

/// A keyed container over an object's members that records every key asked for.
struct KeyedNodeContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let decoder: NodeDecoder
  let members: [JSONNode.Member]
  let id: Int

  var codingPath: [any CodingKey] { decoder.codingPath }
  var allKeys: [Key] { members.compactMap { Key(stringValue: $0.key) } }

  private func ask(_ key: Key) -> JSONNode? {
    decoder.state.asked[id, default: []].insert(key.stringValue)
    return members.first { $0.key == key.stringValue }?.node
  }

  private func child(_ key: Key) throws -> NodeDecoder {
    guard let node = ask(key) else {
      throw decoder.state.missingField(key.stringValue, in: codingPath)
    }
    return decoder.child(node, key)
  }

  func contains(_ key: Key) -> Bool { ask(key) != nil }

  /// Always `false`: a pack file never writes `null` (an absent value is an absent key), so a
  /// `null` is decoded as the value it stands for and refused as the wrong type. Reading it as
  /// absent would, for instance, keep a base pack's notes where a file wrote `"notes": null`.
  func decodeNil(forKey key: Key) throws -> Bool {
    _ = try child(key)
    return false
  }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).decode(type) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decode(type) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).decode(type) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try child(key).decode(type) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decode(type) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try child(key).decode(type) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try child(key).decode(type) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try child(key).decode(type) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try child(key).decode(type) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try child(key).decode(type) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try child(key).decode(type) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try child(key).decode(type) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try child(key).decode(type) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try child(key).decode(type) }
  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try child(key).decodeValue(type)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try child(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try child(key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder { decoder }
  func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

/// An unkeyed container over an array's items.
struct UnkeyedNodeContainer: UnkeyedDecodingContainer {
  let decoder: NodeDecoder
  let items: [JSONNode]
  private(set) var currentIndex = 0

  init(decoder: NodeDecoder, items: [JSONNode]) {
    self.decoder = decoder
    self.items = items
  }

  var codingPath: [any CodingKey] { decoder.codingPath }
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  private mutating func next() throws -> NodeDecoder {
    guard !isAtEnd else {
      throw decoder.state.error(
        .invalidValue(
          LocalizedText(ru: "в массиве не хватает элементов", en: "the array is too short")),
        at: codingPath, node: decoder.node)
    }
    defer { currentIndex += 1 }
    return decoder.child(items[currentIndex], IndexKey(intValue: currentIndex))
  }

  mutating func decodeNil() throws -> Bool {
    guard !isAtEnd else { return false }
    if case .null = items[currentIndex].value {
      currentIndex += 1
      return true
    }
    return false
  }

  mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(type) }
  mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
  mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
  mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(type) }
  mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(type) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(type) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(type) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(type) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(type) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(type) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(type) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(type) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(type) }
  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next() }
}
