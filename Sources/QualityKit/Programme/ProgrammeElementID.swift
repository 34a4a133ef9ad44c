/// The stable id of an expected result, a stage or a risk of a programme, unique within a pack
/// across all three, e.g. `amur.svobodny.result.positive_dynamics`.
///
/// One id type for the three: they are the programme's prose around its indicators and measures,
/// named in reports and pack files but never in data files, so separate types would guard against
/// no mix-up while adding to the library's surface.
public struct ProgrammeElementID: StringIdentifier {
  /// The id as written in pack files and reports.
  public let rawValue: String

  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }
}
