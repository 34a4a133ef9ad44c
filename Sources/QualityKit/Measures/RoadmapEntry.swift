/// One measure on a roadmap: when it takes place in the year, and why it is there.
///
/// On the municipal roadmap an entry also lists the schools the measure serves and the schools for
/// which missing data leaves it open; on a school's roadmap both lists are empty and the reasons
/// carry the school's own findings.
///
/// - Complexity: Every property is O(1).
public struct RoadmapEntry: Sendable, Hashable {
  /// The measure.
  public let measure: SupportMeasure
  /// The pack the measure belongs to.
  public let pack: String
  /// The dated occurrences in the plan's year, in chronological order: empty for a measure «по
  /// графику» and for one that does not fall in the year.
  public let occurrences: [ClosedRange<CalendarDate>]
  /// Why the measure is listed, in a fixed order (the programme, categories, criteria, missing
  /// data).
  public let reasons: [MeasureReason]
  /// Municipal roadmap: the identified schools the measure serves, by id; empty for a programme
  /// measure and on a school's roadmap.
  public let schools: [SchoolID]
  /// Municipal roadmap: the schools for which the measure may apply but data is missing, by id.
  public let schoolsWithoutData: [SchoolID]

  /// Creates an entry.
  public init(
    measure: SupportMeasure, pack: String, occurrences: [ClosedRange<CalendarDate>],
    reasons: [MeasureReason], schools: [SchoolID] = [], schoolsWithoutData: [SchoolID] = []
  ) {
    self.measure = measure
    self.pack = pack
    self.occurrences = occurrences
    self.reasons = reasons
    self.schools = schools
    self.schoolsWithoutData = schoolsWithoutData
  }

  /// The roadmap order: dated occurrences first, by the start of the first, then measures «по
  /// графику», then measures with no occurrence in the year by the first date their schedule
  /// states; ties by primary category (catalogue order), then measure id.
  ///
  /// - Complexity: O(1) (identifiers compare in O(m) of their length).
  public static func roadmapOrder(_ lhs: RoadmapEntry, _ rhs: RoadmapEntry) -> Bool {
    let left = lhs.sortKey
    let right = rhs.sortKey
    if left.group != right.group { return left.group < right.group }
    switch (left.date, right.date) {
    case (let a?, let b?) where a != b: return a < b
    case (.some, nil): return true
    case (nil, .some): return false
    default: break
    }
    let leftCategory = lhs.measure.primaryCategory?.order ?? Int.max
    let rightCategory = rhs.measure.primaryCategory?.order ?? Int.max
    if leftCategory != rightCategory { return leftCategory < rightCategory }
    return lhs.measure.id < rhs.measure.id
  }

  private var sortKey: (group: Int, date: CalendarDate?) {
    if let first = occurrences.first { return (0, first.lowerBound) }
    if !measure.schedule.isDated { return (1, nil) }
    return (2, measure.schedule.firstStatedDate)
  }
}
