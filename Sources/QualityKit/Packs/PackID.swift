/// The stable id of a rule pack, e.g. `krasnoyarsk`: what `--pack` names, what a pack file's
/// `extends` points at, and the prefix of its criteria's ids.
public struct PackID: StringIdentifier {
  /// The id as written in reports and JSON packs.
  public let rawValue: String

  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }
}
