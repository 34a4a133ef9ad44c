/// The stable id of a responsible role, e.g. `municipal_coordinator`.
///
/// Roles, never people: a document's «Иванова И.И.» is encoded as the role she holds.
public struct ResponsibleRoleID: StringIdentifier {
  /// The id as written in packs and reports.
  public let rawValue: String

  /// Wraps an id.
  public init(rawValue: String) { self.rawValue = rawValue }
}
