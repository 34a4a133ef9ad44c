/// The stable id of a monitoring procedure, unique within a plan, e.g. `amur.quality_monitoring`.
///
/// It is what the records file names in its `procedure` column.
public struct MonitoringProcedureID: StringIdentifier {
  /// The id as written in plans, records files and reports.
  public let rawValue: String

  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }
}
