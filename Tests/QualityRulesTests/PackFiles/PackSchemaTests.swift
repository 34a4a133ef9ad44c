import Foundation
import QualityKit
import QualityKitTestSupport
import QualityRules
import Testing

/// `Guides/rule-pack.schema.json` describes the files the loader reads: every built-in pack as
/// exported conforms to it, its lists of kinds and ids are the library's, and the documents it
/// refuses (an unknown key, a missing key, an unknown kind) are ones the loader refuses too.
@Suite struct PackSchemaTests {
  /// The schema, read from the guides next to the sources (not a bundled copy, so the test checks
  /// the file people read).
  static func checker() throws -> JSONSchemaChecker {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let url = root.appendingPathComponent("Guides/rule-pack.schema.json")
    return try JSONSchemaChecker(schema: try Data(contentsOf: url))
  }

  /// A small pack that extends `krasnoyarsk`: one criterion and one rule added, a default changed.
  static let local = """
    {
      "format": "qualitykit.pack/1",
      "id": "krasnoyarsk.local",
      "version": "1.0.0",
      "extends": "krasnoyarsk",
      "remove": {"criteria": ["krasnoyarsk.satisfaction_at_most_40"]},
      "add": {
        "criteria": [
          {
            "kind": "threshold",
            "id": "local.no_certificate_above_5",
            "title": {"ru": "Более 5 % без аттестата", "en": "Over 5% without a certificate"},
            "rationale": {"ru": "Пункт 3 приказа.", "en": "Item 3 of the order."},
            "provenance": {"kind": "stated", "source": "приказ № 12", "section": "п. 3", "quote": "более 5 %"},
            "metric": "gia.no_certificate_percent",
            "comparison": ">",
            "threshold": {
              "kind": "stated", "key": "local.no_certificate_above_5.threshold", "default_value": 5,
              "unit": "percent", "range": {"min": 0, "max": 100},
              "rationale": {"ru": "«более 5 %»", "en": "«more than 5 %»"}
            }
          }
        ],
        "category_rules": [
          {
            "category": {"id": "local.watch_list", "title": {"ru": "На контроле", "en": "Watch list"}},
            "condition": {"criterion": "local.no_certificate_above_5"},
            "provenance": {"kind": "stated", "source": "приказ № 12", "section": "п. 3", "quote": "более 5 %"},
            "rationale": {"ru": "Пункт 3.", "en": "Item 3."},
            "severity": "risk"
          }
        ]
      },
      "override": {"krasnoyarsk.continuation_below_60.threshold": 55}
    }
    """

  /// Whether the loader accepts `text` as a pack extending the built-in ones.
  static func loads(_ text: String) -> Bool {
    (try? RulePackLoader(basePacks: DefaultPacks.all).load(Data(text.utf8), file: "local.json"))
      != nil
  }

  /// `local` with `original` replaced by `replacement` (which must occur once).
  static func local(replacing original: String, with replacement: String) throws -> String {
    try #require(local.components(separatedBy: original).count == 2, "\(original)")
    return local.replacingOccurrences(of: original, with: replacement)
  }

  @Test(
    "every built-in pack, as exported, conforms to the schema",
    arguments: DefaultPacks.all.map(\.id.rawValue))
  func exportedPacksConform(_ id: String) throws {
    let pack = try #require(DefaultPacks.pack(id: PackID(id)))
    let errors = try Self.checker().errors(in: JSONValue(parsing: try pack.jsonData()))
    #expect(errors.isEmpty, "\(pack.id): \(errors.prefix(5))")
  }

  @Test("the repository's worked example, Examples/Data/custom-municipality.json, conforms")
  func workedExampleConforms() throws {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let data = try Data(
      contentsOf: root.appendingPathComponent("Examples/Data/custom-municipality.json"))
    #expect(try Self.checker().errors(in: JSONValue(parsing: data)).isEmpty)
  }

  @Test("a small pack that extends another conforms, and loads")
  func extendingPackConforms() throws {
    #expect(try Self.checker().errors(in: JSONValue(parsing: Data(Self.local.utf8))).isEmpty)
    #expect(Self.loads(Self.local))
  }

  /// A document the schema and the loader both refuse, with the path the schema names.
  struct Invalid: Sendable, CustomTestStringConvertible {
    let name: String
    let original: String
    let replacement: String
    let path: String
    var testDescription: String { name }
  }

  static let invalid = [
    Invalid(
      name: "unknown top-level key (typo)", original: "\"override\":",
      replacement: "\"overide\":", path: "(root): unknown key overide"),
    Invalid(
      name: "unknown key in a criterion", original: "\"comparison\": \">\",",
      replacement: "\"comparison\": \">\", \"treshold_value\": 3,",
      path: "add.criteria[0]: unknown key treshold_value"),
    Invalid(
      name: "unknown criterion kind", original: "\"kind\": \"threshold\"",
      replacement: "\"kind\": \"treshold\"", path: "add.criteria[0].kind: unknown kind"),
    Invalid(
      name: "missing key in a criterion", original: "\"comparison\": \">\",", replacement: "",
      path: "add.criteria[0]: missing key comparison"),
    Invalid(
      name: "missing key in a parameter", original: "\"unit\": \"percent\", ", replacement: "",
      path: "add.criteria[0].threshold: missing key unit"),
    Invalid(
      name: "a condition with two operators",
      original: "{\"criterion\": \"local.no_certificate_above_5\"}",
      replacement:
        "{\"criterion\": \"local.no_certificate_above_5\", \"not\": {\"criterion\": \"x\"}}",
      path: "add.category_rules[0].condition: unknown key not"),
    Invalid(
      name: "a full-pack section in an extending pack", original: "\"remove\":",
      replacement: "\"criteria\": [], \"remove\":", path: "(root): unknown key criteria"),
  ]

  @Test("the schema and the loader both refuse", arguments: invalid)
  func invalidDocuments(_ invalid: Invalid) throws {
    let text = try Self.local(replacing: invalid.original, with: invalid.replacement)
    let errors = try Self.checker().errors(in: JSONValue(parsing: Data(text.utf8)))
    #expect(errors.contains { $0.hasPrefix(invalid.path) }, "\(errors)")
    #expect(!Self.loads(text))
  }

  @Test("a full pack needs criteria and category_rules")
  func fullPackRequiredKeys() throws {
    let text = """
      {"format": "qualitykit.pack/1", "id": "p", "version": "1", "title": {"ru": "П", "en": "P"},
       "region": {"ru": "Р", "en": "R"}, "sources": [], "criteria": []}
      """
    let errors = try Self.checker().errors(in: JSONValue(parsing: Data(text.utf8)))
    #expect(errors.contains("(root): missing key category_rules"), "\(errors)")
    #expect(!Self.loads(text))
    let complete = text.replacingOccurrences(
      of: "\"criteria\": []", with: "\"criteria\": [], \"category_rules\": []")
    #expect(try Self.checker().errors(in: JSONValue(parsing: Data(complete.utf8))).isEmpty)
    #expect(Self.loads(complete))
  }

  /// The values a `oneOf` of the schema's definition `name` fixes with `const` at `key`.
  static func constants(_ checker: JSONSchemaChecker, _ name: String, _ key: String) -> [String] {
    guard case .object(let schema) = checker.schema,
      case .object(let definitions)? = schema["$defs"],
      case .object(let definition)? = definitions[name],
      case .array(let branches)? = definition["oneOf"]
    else { return [] }
    return branches.compactMap { branch -> String? in
      var branch = branch
      if case .object(let members) = branch, case .string(let reference)? = members["$ref"],
        case .object(let target)? = definitions[String(reference.dropFirst("#/$defs/".count))]
      {
        branch = .object(target)
      }
      guard case .object(let members) = branch,
        case .object(let properties)? = members["properties"],
        case .object(let property)? = properties[key], case .string(let value)? = property["const"]
      else { return nil }
      return value
    }.sorted()
  }

  /// The strings of the `enum` of definition `name` (or of its first `oneOf` branch).
  static func enumeration(_ checker: JSONSchemaChecker, _ name: String) -> [String] {
    guard case .object(let schema) = checker.schema,
      case .object(let definitions)? = schema["$defs"],
      case .object(var definition)? = definitions[name]
    else { return [] }
    if case .array(let branches)? = definition["oneOf"], case .object(let first)? = branches.first {
      definition = first
    }
    guard case .array(let values)? = definition["enum"] else { return [] }
    return values.compactMap { if case .string(let text) = $0 { text } else { nil } }.sorted()
  }

  @Test("the schema's kinds and known ids are the library's")
  func kindsAndIDsAreTheLibrarys() throws {
    let checker = try Self.checker()
    #expect(
      Self.constants(checker, "Criterion", "kind")
        == PackBlockKinds.standard.criteria.keys.sorted())
    #expect(
      Self.constants(checker, "Indicator", "kind")
        == PackBlockKinds.standard.indicators.keys.sorted())
    #expect(Self.enumeration(checker, "Category") == SchoolCategory.known.map(\.id).sorted())
    #expect(Self.enumeration(checker, "Severity") == Severity.known.map(\.id).sorted())
    #expect(
      Self.enumeration(checker, "MetricUnit")
        == MetricCatalog.Unit.allCases.map(\.rawValue).sorted())
    #expect(
      Self.enumeration(checker, "IndicatorLevel")
        == IndicatorDescription.Level.allCases.map(\.rawValue).sorted())
    #expect(
      Self.constants(checker, "MeasureCondition", "kind")
        == ["categories", "criteria", "identified", "programme"])
  }

  @Test("a keyword the checker does not know is an error, not a pass")
  func unknownKeywordIsReported() throws {
    let checker = try JSONSchemaChecker(schema: Data(#"{"type": "string", "format": "date"}"#.utf8))
    #expect(
      checker.errors(in: .string("2024-01-01")) == ["(root): unsupported schema keyword format"])
    #expect(checker.errors(in: .number(1)).contains("(root): expected string, found integer"))
  }
}
