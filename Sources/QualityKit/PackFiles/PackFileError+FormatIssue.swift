import Foundation

extension PackFileError {
  /// A value in a pack's JSON form that has the right type but cannot be used: an unknown block kind,
  /// an unknown index id, an impossible schedule.
  ///
  /// A type's `init(from:)` throws it with the coding path of the offending value; ``RulePackLoader``
  /// turns it into a ``PackFileError`` naming the JSON path (`criteria[3].threshold`) and its line and
  /// column. Decoded with a plain `JSONDecoder`, it arrives as itself.
  ///
  /// - Complexity: Creating an issue is O(path length).
  public struct FormatIssue: Error, Sendable, CustomStringConvertible, LocalizedError {
    /// What is wrong.
    public enum Kind: Sendable, Hashable {
      /// A `kind` discriminator the loader does not know, with the kinds it does.
      case unknownKind(String, expected: [String])
      /// A reference (to an index, a criterion) that names nothing the pack has.
      case unknownReference(String, expected: LocalizedText)
      /// A value of the right type but not allowed here, with the reason.
      case invalidValue(String, reason: LocalizedText)
    }

    /// What is wrong.
    public let kind: Kind
    /// Where: the coding path of the offending value.
    public let path: [String]

    /// Creates an issue at `codingPath` (a container's `codingPath`, plus the key concerned).
    public init(_ kind: Kind, codingPath: [any CodingKey]) {
      self.kind = kind
      self.path = codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
    }

    /// The message in `language`, without the location.
    public func message(in language: Language) -> String {
      switch (kind, language) {
      case (.unknownKind(let kind, let expected), .russian):
        "неизвестный вид блока «\(kind)»; допустимы: \(expected.joined(separator: ", "))"
      case (.unknownKind(let kind, let expected), .english):
        "unknown block kind '\(kind)'; expected one of: \(expected.joined(separator: ", "))"
      case (.unknownReference(let id, let expected), .russian):
        "«\(id)» не найден: ожидается \(expected.ru)"
      case (.unknownReference(let id, let expected), .english):
        "'\(id)' is not found: expected \(expected.en)"
      case (.invalidValue(let value, let reason), .russian):
        "недопустимое значение «\(value)»: \(reason.ru)"
      case (.invalidValue(let value, let reason), .english):
        "invalid value '\(value)': \(reason.en)"
      }
    }

    /// The Russian message with the path.
    public var description: String { "\(path.joined(separator: ".")): \(message(in: .russian))" }

    /// The same as ``description``, so that `localizedDescription` reads it.
    public var errorDescription: String? { description }
  }
}
