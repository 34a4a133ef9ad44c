/// The key of a pack parameter, unique within the packs of a run, e.g.
/// `krasnoyarsk.continuation_below_60.threshold`: what `--set KEY=VALUE` and a pack file's
/// `override` name, and the key a run's parameter values are listed under.
public struct ParameterKey: StringIdentifier {
  /// The key as written in reports and JSON packs.
  public let rawValue: String

  /// Wraps a key.
  public init(rawValue: String) { self.rawValue = rawValue }
}
