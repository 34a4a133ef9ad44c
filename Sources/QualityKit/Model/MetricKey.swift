/// The key of a school-level metric in the metric dictionary, e.g. `ege.russian.mean_score`.
///
/// Keys are lower snake case joined by dots. The standard keys are listed in ``MetricCatalog/standard``;
/// a host adds its own with ``MetricCatalog/registering(_:)``.
public struct MetricKey: StringIdentifier {
  /// The key as written in files.
  public let rawValue: String

  /// Wraps a key.
  public init(rawValue: String) { self.rawValue = rawValue }
}
