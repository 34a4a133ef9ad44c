/// The identifier of a school, as the host's information system spells it.
///
/// A distinct type rather than a bare `String`, so a school id cannot be passed where a metric key
/// or a municipality name is expected (the idea of pointfreeco/swift-tagged, without the package).
public struct SchoolID: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The id as written in the input files.
  public let rawValue: String

  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Wraps an id.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Wraps an id written as a literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The id itself.
  public var description: String { rawValue }

  /// Orders ids by their UTF-8 bytes, so that the order is the same on every platform and locale.
  public static func < (lhs: SchoolID, rhs: SchoolID) -> Bool {
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
