/// A roadmap («дорожная карта») for an academic year: the measures that apply and take place in
/// the year, those that apply but fall outside it, and those that may apply but lack the data to
/// decide.
///
/// Nothing a condition may select is dropped: a measure with no occurrence in the year (a one-off
/// of 2022 when planning 2025/26) is in ``outsideYear``, and a measure left open by missing data is
/// in ``noData`` — never silently "not needed". Each list is in ``Roadmap/Entry/roadmapOrder(_:_:)``.
///
/// - Complexity: Every property is O(1).
public struct Roadmap: Sendable, Hashable {
  /// The measures that apply and take place in the year: dated ones, then those «по графику».
  public let entries: [Roadmap.Entry]
  /// The measures that apply but have no occurrence in the year («не приходятся на этот учебный
  /// год»).
  public let outsideYear: [Roadmap.Entry]
  /// The measures that may apply but for which data is missing («нет данных»).
  public let noData: [Roadmap.Entry]

  /// Creates a roadmap; each list is sorted in the roadmap order.
  ///
  /// - Complexity: O(e log e) for e entries.
  public init(entries: [Roadmap.Entry], outsideYear: [Roadmap.Entry], noData: [Roadmap.Entry]) {
    self.entries = Self.inOrder(entries)
    self.outsideYear = Self.inOrder(outsideYear)
    self.noData = Self.inOrder(noData)
  }

  /// `list` in the roadmap order: the list itself when it already is (the planner gives a school's
  /// entries in the municipal order, which a school's own dates rarely change), else sorted.
  private static func inOrder(_ list: [Roadmap.Entry]) -> [Roadmap.Entry] {
    for index in list.indices.dropFirst()
    where !Roadmap.Entry.roadmapOrder(list[index - 1], list[index]) {
      return list.sorted(by: Roadmap.Entry.roadmapOrder)
    }
    return list
  }

  /// Whether the roadmap lists nothing at all.
  public var isEmpty: Bool { entries.isEmpty && outsideYear.isEmpty && noData.isEmpty }
}
