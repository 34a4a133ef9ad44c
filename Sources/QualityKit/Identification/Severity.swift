/// How serious a school's situation in a category is: seed 002 tells schools «в кризисной
/// ситуации» from schools «в ситуации риска».
///
/// A ``CategoryRule`` may carry a severity; when several rules of a category hold for a school, the
/// category takes the highest ``rank`` among them. Hosts may define their own levels.
public struct Severity: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The id used in output, e.g. `crisis`.
  public var id: String
  /// The level's name.
  public var title: LocalizedText
  /// Higher is more serious.
  public var rank: Int

  /// Creates a level.
  public init(id: String, title: LocalizedText, rank: Int) {
    self.id = id
    self.title = title
    self.rank = rank
  }

  /// Школа в ситуации риска.
  public static let risk = Severity(
    id: "risk", title: LocalizedText(ru: "в ситуации риска", en: "at risk"), rank: 1)

  /// Школа в кризисной ситуации.
  public static let crisis = Severity(
    id: "crisis", title: LocalizedText(ru: "в кризисной ситуации", en: "in crisis"), rank: 2)

  /// The levels the library knows, least serious first. Pack files name them by id alone (see
  /// ``init(from:)``).
  public static let known: [Severity] = [.risk, .crisis]

  /// The id.
  public var description: String { id }

  /// Orders by rank, then id.
  public static func < (lhs: Severity, rhs: Severity) -> Bool {
    lhs.rank != rhs.rank ? lhs.rank < rhs.rank : lhs.id < rhs.id
  }
}
