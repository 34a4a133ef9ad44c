extension MeasureDescription {
  /// Who carries a support measure out: the municipality (including what it runs for schools) or
  /// each school on its own.
  ///
  /// The level decides where the ``SupportPlanner`` lists a measure: a municipal measure is on the
  /// municipal roadmap (and, when it is aimed at schools, on the roadmaps of the schools it serves);
  /// a school measure is on the roadmap of every school it applies to.
  ///
  /// - Complexity: Every operation is O(1).
  public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
    /// Carried out by the municipality: the education department, its methodical service, its
    /// working group — including measures it runs for schools («М→ОО»).
    case municipal
    /// Carried out by each school: its programme, its working group, its own events.
    case school

    /// The level's name: «муниципальный», «школьный».
    public var title: LocalizedText {
      switch self {
      case .municipal: LocalizedText(ru: "муниципальный уровень", en: "municipal level")
      case .school: LocalizedText(ru: "уровень ОО", en: "school level")
      }
    }
  }
}
