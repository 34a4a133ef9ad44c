/// The key of a school-level metric in the metric dictionary, e.g. `ege.russian.mean_score`.
///
/// Keys are lower snake case joined by dots. The standard keys are listed in ``MetricCatalog/standard``;
/// a host adds its own with ``MetricCatalog/registering(_:)``.
public struct MetricKey: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The key as written in files.
  public let rawValue: String

  /// Wraps a key.
  public init(rawValue: String) { self.rawValue = rawValue }

  /// Wraps a key.
  public init(_ rawValue: String) { self.rawValue = rawValue }

  /// Wraps a key written as a literal.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// The key itself.
  public var description: String { rawValue }

  /// Orders keys by their UTF-8 bytes.
  public static func < (lhs: MetricKey, rhs: MetricKey) -> Bool {
    lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
  }

  // MARK: - Conformances

  /// Decodes the key from a JSON string.
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }

  /// Encodes the key as a JSON string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
