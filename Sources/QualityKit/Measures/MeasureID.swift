/// The stable id of a support measure, unique within the packs of a plan, e.g.
/// `amur.working_group_meeting`.
///
/// Content files write it `<pack>.<snake_case_english>`; roadmaps and reports name measures by it.
public struct MeasureID: StringIdentifier {
  /// The id as written in packs and reports.
  public let rawValue: String

  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }
}
