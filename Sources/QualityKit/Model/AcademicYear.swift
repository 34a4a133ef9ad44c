/// An academic year, identified by the calendar year in which it ends: 2022 is 2021/2022, the year
/// of its exams.
///
/// ```swift
/// let year: AcademicYear = 2022
/// year.description          // "2021/2022"
/// year.window(3)            // [2020, 2021, 2022]
/// ```
public struct AcademicYear: Sendable, Hashable, Comparable, Codable, ExpressibleByIntegerLiteral,
  CustomStringConvertible
{
  /// The calendar year in which the academic year ends.
  public let endYear: Int

  /// Creates the academic year that ends in `endYear`.
  public init(_ endYear: Int) { self.endYear = endYear }

  /// Creates the academic year that ends in `value`.
  public init(integerLiteral value: Int) { self.endYear = value }

  /// "2021/2022".
  public var description: String { "\(endYear - 1)/\(endYear)" }

  /// The `length` years that end with this one, oldest first: Y−N+1 … Y.
  ///
  /// - Complexity: O(length).
  public func window(_ length: Int) -> [AcademicYear] {
    guard length > 0 else { return [] }
    return (0..<length).reversed().map { AcademicYear(endYear - $0) }
  }

  /// Orders years chronologically.
  public static func < (lhs: AcademicYear, rhs: AcademicYear) -> Bool { lhs.endYear < rhs.endYear }

  // MARK: - Conformances

  /// Decodes the year from a JSON number (the end year).
  public init(from decoder: any Decoder) throws {
    endYear = try decoder.singleValueContainer().decode(Int.self)
  }

  /// Encodes the year as a JSON number (the end year).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(endYear)
  }
}
