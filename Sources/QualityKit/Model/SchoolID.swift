/// The identifier of a school, as the host's information system spells it.
public struct SchoolID: StringIdentifier {
  /// The id as written in the input files.
  public let rawValue: String

  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }
}
