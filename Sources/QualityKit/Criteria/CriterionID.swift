/// The stable id of a criterion, unique within the packs of a run, e.g.
/// `krasnoyarsk.continuation_below_60`.
public struct CriterionID: StringIdentifier {
  /// The id as written in reports and JSON packs.
  public let rawValue: String

  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }
}
