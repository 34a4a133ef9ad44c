import Foundation

/// A typed identifier backed by a string: ``SchoolID``, ``MetricKey``, ``CriterionID``.
///
/// Distinct types rather than bare `String`s, so a school id cannot be passed where a metric key is
/// expected — the idea of pointfreeco/swift-tagged, without the package. Conforming types declare
/// `rawValue` and `init(rawValue:)`; literals, ordering, printing and JSON come from here.
public protocol StringIdentifier: RawRepresentable, Sendable, Hashable, Comparable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
where RawValue == String {
  /// Wraps an identifier.
  init(rawValue: String)
}

extension StringIdentifier {
  /// Wraps an identifier.
  public init(_ rawValue: String) { self.init(rawValue: rawValue) }

  /// Wraps an identifier written as a literal.
  public init(stringLiteral value: String) { self.init(rawValue: value) }

  /// The identifier itself.
  public var description: String { rawValue }

  /// Orders identifiers by their UTF-8 bytes, so the order is the same on every platform and locale.
  public static func < (lhs: Self, rhs: Self) -> Bool {
    // `memcmp` on the contiguous UTF-8 of both (native strings always have it): sorting 40,000
    // school ids byte by byte through the generic sequence comparison costs more than reading them.
    let ordered = lhs.rawValue.utf8.withContiguousStorageIfAvailable { left in
      rhs.rawValue.utf8.withContiguousStorageIfAvailable { right in
        let common = min(left.count, right.count)
        guard common > 0, let l = left.baseAddress, let r = right.baseAddress else {
          return left.count < right.count
        }
        let order = memcmp(l, r, common)
        return order != 0 ? order < 0 : left.count < right.count
      }
    }
    return (ordered ?? nil) ?? lhs.rawValue.utf8.lexicographicallyPrecedes(rhs.rawValue.utf8)
  }

  /// Decodes the identifier from a JSON string.
  public init(from decoder: any Decoder) throws {
    self.init(rawValue: try decoder.singleValueContainer().decode(String.self))
  }

  /// Encodes the identifier as a JSON string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
