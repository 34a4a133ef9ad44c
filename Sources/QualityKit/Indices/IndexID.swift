/// The stable id of a composite index, unique within the packs of a run, e.g.
/// `index.social_wellbeing`: what a criterion's `index`, a rule of partner matching and an improvement
/// ranking name.
public struct IndexID: StringIdentifier {
  /// The id as written in reports and JSON packs.
  public let rawValue: String

  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }
}
