extension Roadmap {
  /// One measure on a roadmap: when it takes place in the year, and why it is there.
  ///
  /// On the municipal roadmap an entry also lists the schools the measure serves and the schools for
  /// which missing data leaves it open; on a school's roadmap both lists are empty and the reasons
  /// carry the school's own findings.
  ///
  /// Two entries are equal when their measures' descriptions and everything else are: a measure is
  /// compared by its ``SupportMeasure/measureDescription``.
  ///
  /// - Complexity: Every property is O(1).
  public struct Entry: Sendable, Hashable {
    /// A measure with its description, read once, and its pack: one box for every entry of the
    /// measure on every roadmap of a plan, where a copy per entry (a national plan has hundreds of
    /// thousands of entries) would copy the whole description and its dozens of references.
    final class Measure: Sendable {
      let measure: any SupportMeasure
      let description: MeasureDescription
      let pack: String

      init(_ measure: any SupportMeasure, description: MeasureDescription, pack: String) {
        self.measure = measure
        self.description = description
        self.pack = pack
      }
    }

    /// The fields, in one shared box: an entry is copied whenever a roadmap is sorted or written,
    /// and a copy of the box is one reference count where a copy of the fields was dozens.
    private final class Storage: Sendable {
      let measure: Measure
      let occurrences: [ClosedRange<CalendarDate>]
      let reasons: [MeasureMatch.Reason]
      let schools: [SchoolID]
      let schoolsWithoutData: [SchoolID]

      init(
        measure: Measure, occurrences: [ClosedRange<CalendarDate>],
        reasons: [MeasureMatch.Reason], schools: [SchoolID], schoolsWithoutData: [SchoolID]
      ) {
        self.measure = measure
        self.occurrences = occurrences
        self.reasons = reasons
        self.schools = schools
        self.schoolsWithoutData = schoolsWithoutData
      }
    }

    private let storage: Storage

    /// The measure.
    public var measure: any SupportMeasure { storage.measure.measure }
    /// The measure's description, read once.
    public var measureDescription: MeasureDescription { storage.measure.description }
    /// The measure's box, whose description the library's writers read in place: the public
    /// ``measureDescription`` returns a copy, a few dozen reference counts for each entry.
    var shared: Measure { storage.measure }
    /// The entry's own box: equal for the copies of one entry, which the planner gives every school
    /// whose reasons and dates for the measure equal the school's before it.
    var identity: ObjectIdentifier { ObjectIdentifier(storage) }
    /// The pack the measure belongs to.
    public var pack: String { storage.measure.pack }
    /// The dated occurrences in the plan's year, in chronological order — the school's on its
    /// roadmap, the municipality's on the municipal one: empty for a measure «по графику» and for one
    /// that does not fall in the year.
    public var occurrences: [ClosedRange<CalendarDate>] { storage.occurrences }
    /// Why the measure is listed, in a fixed order (the programme, categories, criteria, missing
    /// data).
    public var reasons: [MeasureMatch.Reason] { storage.reasons }
    /// Municipal roadmap: the identified schools the measure serves, by id; empty for a programme
    /// measure and on a school's roadmap.
    public var schools: [SchoolID] { storage.schools }
    /// Municipal roadmap: the schools for which the measure may apply but data is missing, by id.
    public var schoolsWithoutData: [SchoolID] { storage.schoolsWithoutData }

    /// Creates an entry.
    public init(
      measure: any SupportMeasure, pack: String, occurrences: [ClosedRange<CalendarDate>],
      reasons: [MeasureMatch.Reason], schools: [SchoolID] = [], schoolsWithoutData: [SchoolID] = []
    ) {
      self.init(
        measure: Measure(measure, description: measure.measureDescription, pack: pack),
        occurrences: occurrences, reasons: reasons, schools: schools,
        schoolsWithoutData: schoolsWithoutData)
    }

    /// Creates an entry of a measure whose box other entries share.
    init(
      measure: Measure, occurrences: [ClosedRange<CalendarDate>], reasons: [MeasureMatch.Reason],
      schools: [SchoolID], schoolsWithoutData: [SchoolID]
    ) {
      storage = Storage(
        measure: measure, occurrences: occurrences, reasons: reasons, schools: schools,
        schoolsWithoutData: schoolsWithoutData)
    }

    /// The roadmap order: dated occurrences first, by the start of the first, then measures «по
    /// графику», then measures with no occurrence in the year by the first date their schedule
    /// states; ties by primary category (catalogue order), then measure id.
    ///
    /// - Complexity: O(1) (identifiers compare in O(m) of their length).
    public static func roadmapOrder(_ lhs: Roadmap.Entry, _ rhs: Roadmap.Entry) -> Bool {
      let left = lhs.sortKey
      let right = rhs.sortKey
      if left.group != right.group { return left.group < right.group }
      switch (left.date, right.date) {
      case (let a?, let b?) where a != b: return a < b
      case (.some, nil): return true
      case (nil, .some): return false
      default: break
      }
      // Read in place from the shared box: a copy of either description is dozens of retains.
      let leftCategory = lhs.storage.measure.description.categories.first?.order ?? Int.max
      let rightCategory = rhs.storage.measure.description.categories.first?.order ?? Int.max
      if leftCategory != rightCategory { return leftCategory < rightCategory }
      return lhs.storage.measure.description.id < rhs.storage.measure.description.id
    }

    private var sortKey: (group: Int, date: CalendarDate?) {
      if let first = storage.occurrences.first { return (0, first.lowerBound) }
      if !storage.measure.description.timing.isDated { return (1, nil) }
      return (2, storage.measure.description.timing.firstStatedDate)
    }

    /// Compares the measures' descriptions and the rest.
    public static func == (lhs: Roadmap.Entry, rhs: Roadmap.Entry) -> Bool {
      if lhs.storage === rhs.storage { return true }
      return lhs.measureDescription == rhs.measureDescription && lhs.pack == rhs.pack
        && lhs.occurrences == rhs.occurrences && lhs.reasons == rhs.reasons
        && lhs.schools == rhs.schools && lhs.schoolsWithoutData == rhs.schoolsWithoutData
    }

    /// Hashes the measure's description and the rest.
    public func hash(into hasher: inout Hasher) {
      hasher.combine(measureDescription)
      hasher.combine(pack)
      hasher.combine(occurrences)
      hasher.combine(reasons)
      hasher.combine(schools)
      hasher.combine(schoolsWithoutData)
    }
  }
}
