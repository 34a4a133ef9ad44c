/// The stable id of a criterion, unique within the packs of a run, e.g.
/// `krasnoyarsk.continuation_below_60`.
public struct CriterionID: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The id as written in reports and JSON packs.
  public let rawValue: String

  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Wraps an id.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Wraps an id written as a literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The id itself.
  public var description: String { rawValue }

  /// Orders ids by their UTF-8 bytes.
  public static func < (lhs: CriterionID, rhs: CriterionID) -> Bool {
    lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
  }

  // MARK: - Conformances

  /// Decodes the id from a JSON string.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  /// Encodes the id as a JSON string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
