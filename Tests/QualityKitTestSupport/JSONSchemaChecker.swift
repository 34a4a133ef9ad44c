import Foundation

/// A JSON value, as the schema checker reads documents and schemas.
public indirect enum JSONValue: Decodable, Equatable, Sendable, CustomStringConvertible {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// Decodes any JSON value (`true` is a boolean, never the number 1).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self) {
      self = .number(value)
    } else if let value = try? container.decode(String.self) {
      self = .string(value)
    } else if let value = try? container.decode([JSONValue].self) {
      self = .array(value)
    } else {
      self = .object(try container.decode([String: JSONValue].self))
    }
  }

  /// Parses `data`.
  public init(parsing data: Data) throws {
    self = try JSONDecoder().decode(JSONValue.self, from: data)
  }

  /// The value for messages: scalars as in JSON, containers abridged.
  public var description: String {
    switch self {
    case .null: "null"
    case .bool(let value): "\(value)"
    case .number(let value): value == value.rounded() ? "\(Int64(value))" : "\(value)"
    case .string(let value): "\"\(value)\""
    case .array: "[…]"
    case .object: "{…}"
    }
  }

  /// The members of an object; empty for any other value.
  var members: [String: JSONValue] {
    if case .object(let members) = self { return members }
    return [:]
  }
}

/// Checks a document against a JSON Schema (draft 2020-12) structurally, with the keywords the
/// rule pack schema uses and no validator library: `$ref` into `$defs`, `type`, `const`, `enum`,
/// `properties`, `required`, `additionalProperties` (`false` or a schema), `propertyNames`,
/// `minProperties`, `items`, `minItems`, `uniqueItems`, `minLength`, `pattern`, `minimum`,
/// `maximum`, `exclusiveMinimum` and `oneOf`.
///
/// A `oneOf` whose branches all fix one property with `const` (`kind`, `form`) picks the branch by
/// that property, so errors name the chosen branch's problem; any other `oneOf` needs exactly one
/// branch to hold. A keyword the checker does not know is reported as an error, so the schema
/// cannot state a rule that goes unchecked here.
///
/// - Complexity: O(n · b) for a document of n values and `oneOf`s of at most b branches.
public struct JSONSchemaChecker {
  /// The schema document.
  public let schema: JSONValue

  /// Keywords that only describe.
  private static let annotations: Set<String> = [
    "$schema", "$id", "$defs", "$comment", "title", "description",
  ]

  /// Reads a schema.
  public init(schema data: Data) throws { schema = try JSONValue(parsing: data) }

  /// The problems of `document`, each `path: message`; empty when it conforms.
  public func errors(in document: JSONValue) -> [String] {
    var errors: [String] = []
    check(document, schema, "", &errors)
    return errors
  }

  /// The problems of `value` against the schema's definition `name` (`#/$defs/name`).
  public func errors(in value: JSONValue, against name: String) -> [String] {
    var errors: [String] = []
    check(value, .object(["$ref": .string("#/$defs/\(name)")]), "", &errors)
    return errors
  }

  /// The schema a `$ref` (`#/$defs/Name`) names, or `nil`.
  private func target(of reference: String) -> JSONValue? {
    guard reference.hasPrefix("#/$defs/") else { return nil }
    return schema.members["$defs"]?.members[String(reference.dropFirst("#/$defs/".count))]
  }

  /// `schema` with `$ref`s followed, for reading a branch's `properties`.
  private func resolved(_ schema: JSONValue) -> JSONValue {
    guard case .string(let reference)? = schema.members["$ref"], let next = target(of: reference)
    else { return schema }
    return resolved(next)
  }

  /// `criteria[0].threshold`: the loader's way of writing a path.
  private func member(_ path: String, _ key: String) -> String {
    path.isEmpty ? key : "\(path).\(key)"
  }

  private func typeName(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool: "boolean"
    case .number(let number): number == number.rounded() ? "integer" : "number"
    case .string: "string"
    case .array: "array"
    case .object: "object"
    }
  }

  private func check(
    _ value: JSONValue, _ schema: JSONValue, _ path: String, _ errors: inout [String]
  ) {
    func fail(_ message: String) { errors.append("\(path.isEmpty ? "(root)" : path): \(message)") }
    for (keyword, rule) in schema.members.sorted(by: { $0.key < $1.key }) {
      switch (keyword, rule) {
      case _ where Self.annotations.contains(keyword): break
      case ("$ref", .string(let reference)):
        guard let next = target(of: reference) else { return fail("unresolved $ref \(reference)") }
        check(value, next, path, &errors)
      case ("type", .string(let name)):
        let found = typeName(value)
        if found != name, !(name == "number" && found == "integer") {
          fail("expected \(name), found \(found)")
        }
      case ("const", let expected): if value != expected { fail("must be \(expected)") }
      case ("enum", .array(let allowed)):
        if !allowed.contains(value) { fail("not one of \(allowed)") }
      case ("required", .array(let keys)):
        guard case .object(let members) = value else { break }
        for case .string(let key) in keys where members[key] == nil { fail("missing key \(key)") }
      case ("dependentRequired", .object(let dependencies)):
        guard case .object(let members) = value else { break }
        for (present, needed) in dependencies where members[present] != nil {
          guard case .array(let keys) = needed else { continue }
          for case .string(let key) in keys where members[key] == nil {
            fail("\(present) needs \(key)")
          }
        }
      case ("properties", .object(let properties)):
        for (key, child) in value.members {
          if let property = properties[key] { check(child, property, member(path, key), &errors) }
        }
      case ("additionalProperties", let rule):
        guard case .object(let members) = value else { break }
        let known = schema.members["properties"]?.members ?? [:]
        for (key, child) in members.sorted(by: { $0.key < $1.key }) where known[key] == nil {
          if rule == .bool(false) {
            fail("unknown key \(key)")
          } else {
            check(child, rule, member(path, key), &errors)
          }
        }
      case ("propertyNames", let rule):
        for key in value.members.keys.sorted() {
          check(.string(key), rule, member(path, key), &errors)
        }
      case ("minProperties", .number(let least)):
        if case .object(let members) = value, Double(members.count) < least {
          fail("fewer than \(Int(least)) keys")
        }
      case ("items", let rule):
        guard case .array(let items) = value else { break }
        for (index, item) in items.enumerated() { check(item, rule, "\(path)[\(index)]", &errors) }
      case ("minItems", .number(let least)):
        if case .array(let items) = value, Double(items.count) < least {
          fail("fewer than \(Int(least)) items")
        }
      case ("uniqueItems", .bool(true)):
        if case .array(let items) = value,
          items.enumerated().contains(where: { items[..<$0.offset].contains($0.element) })
        {
          fail("repeated items")
        }
      case ("minLength", .number(let least)):
        if case .string(let text) = value, Double(text.count) < least { fail("too short") }
      case ("pattern", .string(let pattern)):
        if case .string(let text) = value,
          text.range(of: pattern, options: .regularExpression) == nil
        {
          fail("\"\(text)\" does not match \(pattern)")
        }
      case ("minimum", .number(let bound)):
        if case .number(let number) = value, number < bound { fail("below \(bound)") }
      case ("maximum", .number(let bound)):
        if case .number(let number) = value, number > bound { fail("above \(bound)") }
      case ("exclusiveMinimum", .number(let bound)):
        if case .number(let number) = value, number <= bound { fail("not above \(bound)") }
      case ("oneOf", .array(let branches)):
        checkOneOf(value, branches, path, &errors)
      default:
        fail("unsupported schema keyword \(keyword)")
      }
    }
  }

  private func checkOneOf(
    _ value: JSONValue, _ branches: [JSONValue], _ path: String, _ errors: inout [String]
  ) {
    // A discriminator: a property every branch fixes with its own `const`.
    let fixed = branches.map { resolved($0).members["properties"]?.members ?? [:] }
    let keys = (fixed.first ?? [:]).keys.sorted().filter { key in
      let constants = fixed.compactMap { $0[key]?.members["const"].map { "\($0)" } }
      return constants.count == branches.count && Set(constants).count == branches.count
    }
    if let key = keys.first, case .object(let members) = value {
      guard let found = members[key],
        let branch = zip(branches, fixed).first(where: { $0.1[key]?.members["const"] == found })
      else {
        let text = members[key].map { "\($0)" } ?? "(none)"
        errors.append("\(member(path, key)): unknown \(key) \(text)")
        return
      }
      return check(value, branch.0, path, &errors)
    }
    let outcomes = branches.map { branch in
      var found: [String] = []
      check(value, branch, path, &found)
      return found
    }
    let holding = outcomes.filter(\.isEmpty).count
    if holding == 1 { return }
    if holding > 1 { return errors.append("\(path): matches \(holding) branches of oneOf") }
    // None holds: the closest branch's problems say the most.
    errors += outcomes.min { $0.count < $1.count } ?? []
  }
}
