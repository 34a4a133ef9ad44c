extension SupportPlan {
  /// The roadmap of one school: the school, the categories that put it on the plan, and its
  /// measures.
  ///
  /// A school has a roadmap when it is identified (in at least one category) or undetermined (in
  /// none, but a category is open for missing data); an undetermined school's roadmap lists only
  /// measures «нет данных».
  ///
  /// - Complexity: Every property is O(1).
  public struct SchoolRoadmap: Sendable, Hashable {
    /// The school.
    public let school: School
    /// The categories the school is in, with the packs and severity.
    public let placements: [IdentificationReport.Placement]
    /// The categories left open by missing data.
    public let undeterminedCategories: [SchoolCategory]
    /// Whether the school's values may be printed (see ``IdentificationReport/minimumGroupSize``);
    /// when not, the reasons carry the small-cell notice instead of explanations with values.
    public let mayShowValues: Bool
    /// The school's measures.
    public let roadmap: Roadmap

    /// Creates a school's roadmap.
    public init(
      school: School, placements: [IdentificationReport.Placement],
      undeterminedCategories: [SchoolCategory], mayShowValues: Bool, roadmap: Roadmap
    ) {
      self.school = school
      self.placements = placements
      self.undeterminedCategories = undeterminedCategories
      self.mayShowValues = mayShowValues
      self.roadmap = roadmap
    }

    /// Whether the school is in at least one category.
    public var isIdentified: Bool { !placements.isEmpty }
  }
}
