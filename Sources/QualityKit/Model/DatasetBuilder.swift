/// Collects values cell by cell and produces a ``Dataset``.
///
/// The schools are fixed first (sorted by id, duplicates rejected) so that every value lands directly
/// in its final place; years and metrics are discovered as values arrive. Readers that fill many cells
/// of one (metric, year) column ask for a ``Slot`` once and then write by school index, which keeps the
/// per-cell cost to one array store.
public struct DatasetBuilder: Sendable {
  /// A (metric, year) column being filled.
  public struct Slot: Sendable, Hashable {
    let index: Int
  }

  /// What happened to a value handed to the builder.
  public enum Outcome: Sendable, Hashable {
    /// The value was stored.
    case stored
    /// The cell already had a value; the new one was not stored.
    case duplicate(existing: Double)
  }

  /// The schools, sorted by id.
  public let schools: [School]
  private let schoolIndices: [SchoolID: Int]
  private var slotKeys: [SlotKey] = []
  private var slotIndices: [SlotKey: Int] = [:]
  private var storage: [[Double]] = []

  private struct SlotKey: Hashable, Sendable {
    let metric: MetricKey
    let year: AcademicYear
  }

  /// Starts a dataset of `schools`.
  ///
  /// - Throws: ``DatasetError/duplicateSchool(_:)`` when two schools share an id.
  /// - Complexity: O(n log n), where n is the number of schools.
  public init(schools: [School]) throws(DatasetError) {
    let sorted = schools.sorted { $0.id < $1.id }
    var indices: [SchoolID: Int] = [:]
    indices.reserveCapacity(sorted.count)
    for (index, school) in sorted.enumerated() {
      guard indices.updateValue(index, forKey: school.id) == nil else {
        throw .duplicateSchool(school.id)
      }
    }
    self.schools = sorted
    self.schoolIndices = indices
  }

  /// The index of the school with `id` in the finished dataset, or `nil` for an unknown school.
  public func index(of id: SchoolID) -> Int? { schoolIndices[id] }

  /// The column for `metric` in `year`, created empty (all missing) on first use.
  public mutating func slot(metric: MetricKey, year: AcademicYear) -> Slot {
    let key = SlotKey(metric: metric, year: year)
    if let index = slotIndices[key] { return Slot(index: index) }
    let index = storage.count
    storage.append([Double](repeating: .nan, count: schools.count))
    slotKeys.append(key)
    slotIndices[key] = index
    return Slot(index: index)
  }

  /// Stores `value` for the school at index `school` in `slot`, unless that cell already has one.
  ///
  /// - Complexity: O(1).
  @inline(__always)
  public mutating func set(_ value: Double, school: Int, slot: Slot) -> Outcome {
    let existing = storage[slot.index][school]
    guard existing.isNaN else { return .duplicate(existing: existing) }
    storage[slot.index][school] = value
    return .stored
  }

  /// Stores `value` for the school `id` in `year`.
  ///
  /// - Throws: ``DatasetError`` for an unknown school, a value that is not finite, or a cell that
  ///   already has a value.
  public mutating func set(
    _ value: Double, school id: SchoolID, year: AcademicYear, metric: MetricKey
  )
    throws(DatasetError)
  {
    guard let school = schoolIndices[id] else { throw .unknownSchool(id) }
    guard value.isFinite else { throw .notFinite(id, year, metric) }
    if case .duplicate = set(value, school: school, slot: slot(metric: metric, year: year)) {
      throw .duplicateValue(id, year, metric)
    }
  }

  /// The finished dataset. Columns that received no value at all are left out.
  ///
  /// - Complexity: O(m · y · n) for m metrics, y years and n schools.
  public func build() -> Dataset {
    let n = schools.count
    var years = Set<AcademicYear>()
    var filled = [Bool](repeating: false, count: storage.count)
    for (index, column) in storage.enumerated() where column.contains(where: { !$0.isNaN }) {
      filled[index] = true
      years.insert(slotKeys[index].year)
    }
    let sortedYears = years.sorted()
    var yearIndex: [AcademicYear: Int] = [:]
    for (index, year) in sortedYears.enumerated() { yearIndex[year] = index }
    var columns: [MetricKey: [Double]] = [:]
    for (index, key) in slotKeys.enumerated() where filled[index] {
      guard let y = yearIndex[key.year] else { continue }
      let offset = y * n
      columns[key.metric, default: [Double](repeating: .nan, count: n * sortedYears.count)]
        .withUnsafeMutableBufferPointer { target in
          storage[index].withUnsafeBufferPointer { source in
            for school in 0..<n { target[offset + school] = source[school] }
          }
        }
    }
    return Dataset(schools: schools, years: sortedYears, columns: columns)
  }
}

/// A value that cannot enter a dataset.
public enum DatasetError: Error, Sendable, Hashable {
  /// Two schools share an id.
  case duplicateSchool(SchoolID)
  /// A value names a school the dataset does not have.
  case unknownSchool(SchoolID)
  /// A value is NaN or infinite.
  case notFinite(SchoolID, AcademicYear, MetricKey)
  /// A (school, year, metric) cell has two values.
  case duplicateValue(SchoolID, AcademicYear, MetricKey)
}
