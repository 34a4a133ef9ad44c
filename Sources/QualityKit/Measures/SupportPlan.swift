/// Support planned for an academic year from an identification report: a municipal roadmap and a
/// roadmap per identified (or undetermined) school, made by the ``SupportPlanner``.
///
/// It is ``Reportable``: write it with ``ReportFormat`` (`format.write(plan, language:to:)`), or with
/// partner pairs after it as `format.write(plan.appending([matching]), language:to:)`.
///
/// Two plans are equal when everything is, measures compared by their descriptions.
///
/// - Complexity: Every property is O(1) except ``pack(of:)``, O(1) on average.
public struct SupportPlan: Sendable, Hashable {
  /// The academic year planned.
  public let year: AcademicYear
  /// The year the identification was run for.
  public let identificationYear: AcademicYear
  /// Why ``identificationYear`` is the identification's year (asked for, or chosen from the data),
  /// which the plan's heading states as the identification report's does.
  public internal(set) var identificationYearBasis: ReportYear.Basis = .requested
  /// The packs of the identification run whose measures were planned, in the run's order.
  public let packs: [IdentificationReport.PackReference]
  /// Every measure of the packs, in pack order, whether selected or not.
  public let measures: [any SupportMeasure]
  /// The municipal roadmap: municipal measures for the programme, and municipal measures aimed at
  /// schools whose condition holds (or is open) for at least one school.
  public let municipal: Roadmap
  /// A roadmap per identified or undetermined school, by school id.
  public let schools: [SupportPlan.SchoolRoadmap]
  /// The measures no roadmap lists: their condition holds for no school, and no missing data
  /// leaves it open (e.g. ШНСУ measures in a year without ШНСУ), in pack order.
  public let notSelected: [any SupportMeasure]
  /// Reports never print values of a school with fewer students than this.
  public let minimumGroupSize: Int
  /// The pack of each measure.
  let measurePacks: [MeasureID: String]

  /// Creates a plan.
  init(
    year: AcademicYear, identificationYear: AcademicYear,
    packs: [IdentificationReport.PackReference],
    measures: [(pack: String, measure: any SupportMeasure)],
    municipal: Roadmap, schools: [SupportPlan.SchoolRoadmap], notSelected: [any SupportMeasure],
    minimumGroupSize: Int
  ) {
    self.year = year
    self.identificationYear = identificationYear
    self.packs = packs
    self.measures = measures.map(\.measure)
    self.municipal = municipal
    self.schools = schools
    self.notSelected = notSelected
    self.minimumGroupSize = minimumGroupSize
    self.measurePacks = Dictionary(
      measures.map { ($0.measure.id, $0.pack) }, uniquingKeysWith: { first, _ in first })
  }

  /// The pack `id` belongs to, if the plan has that measure.
  ///
  /// - Complexity: O(1) on average.
  public func pack(of id: MeasureID) -> String? { measurePacks[id] }

  /// The number of identified schools.
  public var identifiedCount: Int { schools.count(where: \.isIdentified) }

  /// The number of undetermined schools: in no category, but with one open for missing data.
  public var undeterminedCount: Int { schools.count(where: { !$0.isIdentified }) }

  /// The roadmap of the school `id`, if it has one.
  ///
  /// - Complexity: O(s) in the number of school roadmaps.
  public func roadmap(of id: SchoolID) -> SupportPlan.SchoolRoadmap? {
    schools.first { $0.school.id == id }
  }

  /// Compares every property, measures by their descriptions.
  public static func == (lhs: SupportPlan, rhs: SupportPlan) -> Bool {
    lhs.year == rhs.year && lhs.identificationYear == rhs.identificationYear
      && lhs.packs == rhs.packs
      && lhs.measures.map(\.measureDescription) == rhs.measures.map(\.measureDescription)
      && lhs.municipal == rhs.municipal && lhs.schools == rhs.schools
      && lhs.notSelected.map(\.measureDescription) == rhs.notSelected.map(\.measureDescription)
      && lhs.minimumGroupSize == rhs.minimumGroupSize && lhs.measurePacks == rhs.measurePacks
  }

  /// Hashes every property, measures by their descriptions.
  public func hash(into hasher: inout Hasher) {
    hasher.combine(year)
    hasher.combine(identificationYear)
    hasher.combine(packs)
    hasher.combine(measures.map(\.measureDescription))
    hasher.combine(municipal)
    hasher.combine(schools)
    hasher.combine(notSelected.map(\.measureDescription))
    hasher.combine(minimumGroupSize)
    hasher.combine(measurePacks)
  }
}
