import Foundation

/// A pack file that cannot be loaded or written, with where: the file, the JSON path
/// (`criteria[3].threshold`) and the line and column of the offending value.
///
/// ``RulePackLoader`` throws it for bad JSON syntax, an unknown key, a missing field, a value of the
/// wrong type, an unknown block kind or metric, a duplicate or conflicting id, a condition naming a
/// missing criterion and a cycle in `extends` — never a crash. ``RulePack/jsonData()`` throws it
/// (``Kind/notExportable(pack:reason:)``, with no file) for a pack that has no JSON form, so the
/// pack-file domain has one error both ways.
///
/// - Complexity: Creating an error and its messages is O(path length).
///
/// ```swift
/// error.description
/// // "custom.json:14:22: criteria[0].threshold.default_value: ожидалось число, а найдена строка"
/// ```
public struct PackFileError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// The file cannot be read: missing, a folder, no permission, …; the error's sentence names
    /// the path.
    case unreadable(FileAccessError)
    /// The text is not JSON.
    case syntax(LocalizedText)
    /// The `format` is not one this version reads.
    case unsupportedFormat(String)
    /// A key no type of the format knows (often a typo).
    case unknownKey(String)
    /// A required key is absent; `similar` is a key present that looks like a typo of it.
    case missingField(String, similar: String?)
    /// A value of the wrong JSON type.
    case wrongType(expected: LocalizedText, found: LocalizedText)
    /// A metric key the metric catalogue does not define.
    case unknownMetric(MetricKey)
    /// A value of the right type that cannot be used (unknown kind, unknown reference, …).
    case format(PackFileError.FormatIssue.Kind)
    /// A value a type refused, with its reason.
    case invalidValue(LocalizedText)
    /// The pack named in `extends` is neither built in nor among the files loaded.
    case unknownBasePack(String, known: [String])
    /// Packs extend each other in a circle, listed from the first to the repeated one.
    case extendsCycle([String])
    /// A section that only makes sense with `extends` (add, replace, remove).
    case needsExtends(String)
    /// A full-pack section in a pack that extends another (put it under `add` or `replace`).
    case notWithExtends(String)
    /// The pack as built breaks a rule of packs (duplicate or conflicting id, a condition naming a
    /// missing criterion, …).
    case pack(PackError)
    /// The pack cannot be written as JSON: it holds a host's own criterion or indicator type
    /// without a JSON form, or a host's own measure type; `reason` is in English (it names Swift
    /// types).
    case notExportable(pack: String, reason: String)
  }

  /// What is wrong.
  public let kind: Kind
  /// The file, as given to the loader.
  public let file: String
  /// The JSON path of the offending value (`criteria[3].threshold`); empty for the whole document.
  public let path: String
  /// 1-based line of the offending value, when known.
  public let line: Int?
  /// 1-based column of the offending value, when known.
  public let column: Int?

  /// Creates an error.
  public init(kind: Kind, file: String, path: String, line: Int? = nil, column: Int? = nil) {
    self.kind = kind
    self.file = file
    self.path = path
    self.line = line
    self.column = column
  }

  /// A pack that cannot be written as JSON, for the reason given (in English: it names Swift
  /// types). It has no file: the JSON was never written.
  public static func notExportable(pack: String, reason: String) -> Self {
    Self(kind: .notExportable(pack: pack, reason: reason), file: "", path: "")
  }

  /// The message in `language`, without the location.
  public func message(in language: Language = .russian) -> String {
    let russian = language == .russian
    switch kind {
    case .unreadable(let error):
      return error.message(in: language)
    case .syntax(let text): return russian ? "не JSON: \(text.ru)" : "not JSON: \(text.en)"
    case .unsupportedFormat(let format):
      return russian
        ? "формат «\(format)» не поддерживается; ожидается «\(RulePackDocument.format)»"
        : "format '\(format)' is not supported; expected '\(RulePackDocument.format)'"
    case .unknownKey(let key):
      return russian
        ? "неизвестное поле «\(key)» (опечатка?)" : "unknown field '\(key)' (a typo?)"
    case .missingField(let key, let similar?):
      return russian
        ? "нет обязательного поля «\(key)» (есть «\(similar)» — опечатка?)"
        : "required field '\(key)' is missing ('\(similar)' is there — a typo?)"
    case .missingField(let key, nil):
      return russian ? "нет обязательного поля «\(key)»" : "required field '\(key)' is missing"
    case .wrongType(let expected, let found):
      return russian
        ? "ожидалось: \(expected.ru), а найдено: \(found.ru)"
        : "expected \(expected.en), found \(found.en)"
    case .unknownMetric(let key):
      return russian
        ? "неизвестный показатель «\(key)»: его нет в каталоге показателей (METRICS.md)"
        : "unknown metric '\(key)': it is not in the metric catalogue (METRICS.md)"
    case .format(let issue):
      return PackFileError.FormatIssue(issue, codingPath: []).message(in: language)
    case .invalidValue(let reason): return reason[language]
    case .unknownBasePack(let id, let known):
      return russian
        ? "базовый пакет «\(id)» не найден; доступны: \(known.joined(separator: ", "))"
        : "base pack '\(id)' is not found; available: \(known.joined(separator: ", "))"
    case .extendsCycle(let chain):
      let text = chain.joined(separator: " → ")
      return russian
        ? "пакеты расширяют друг друга по кругу: \(text)"
        : "packs extend each other in a cycle: \(text)"
    case .needsExtends(let section):
      return russian
        ? "раздел «\(section)» допустим только в пакете с «extends»"
        : "section '\(section)' is allowed only in a pack with 'extends'"
    case .notWithExtends(let section):
      return russian
        ? "в пакете с «extends» раздел «\(section)» пишется внутри «add» или «replace»"
        : "in a pack with 'extends', section '\(section)' goes inside 'add' or 'replace'"
    case .pack(let error): return error.message(in: language)
    case .notExportable(let pack, let reason):
      return russian
        ? "пакет \(pack) нельзя записать в JSON: \(reason)"
        : "pack \(pack) cannot be written as JSON: \(reason)"
    }
  }

  /// `file:line:column: path: message`, the form compilers use, so editors can jump to it.
  ///
  /// A file that cannot be read is named by its sentence («нет файла p.json»), so the location is
  /// not repeated in front of it; a pack that cannot be written has no file, and its sentence
  /// names the pack.
  public func located(in language: Language = .russian) -> String {
    if case .unreadable(let error) = kind, error.path == file, path.isEmpty, line == nil {
      return error.message(in: language)
    }
    if case .notExportable = kind { return message(in: language) }
    var location = file
    if let line {
      location += ":\(line)"
      if let column { location += ":\(column)" }
    }
    return path.isEmpty
      ? "\(location): \(message(in: language))" : "\(location): \(path): \(message(in: language))"
  }

  /// The located Russian message.
  public var description: String { located() }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}

extension PackFileError {
  /// Renders coding-path components as a JSON path: `criteria[3].threshold`.
  static func path(_ components: [String]) -> String {
    var text = ""
    for component in components {
      if component.hasPrefix("[") || text.isEmpty {
        text += component
      } else {
        text += "." + component
      }
    }
    return text
  }
}
