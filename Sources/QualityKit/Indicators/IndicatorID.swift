/// The stable id of a target indicator, unique within the packs of a run, e.g. `amur.i6` or
/// `krasnodar.network_programmes`.
///
/// It is the `indicator` column of a reported-values file (``ReportedValuesFile``) and the key
/// indicators are listed under in every progress report.
public struct IndicatorID: StringIdentifier {
  /// The id as written in files and reports.
  public let rawValue: String

  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }
}
