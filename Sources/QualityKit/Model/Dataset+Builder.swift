extension Dataset {
  /// Collects values cell by cell and produces a ``Dataset``.
  ///
  /// The schools are fixed first (sorted by id, duplicates rejected) so that every value lands directly
  /// in its final place; years and metrics are discovered as values arrive. Readers that fill many cells
  /// of one (metric, year) column ask for a ``Slot`` once and then write by school index, which keeps the
  /// per-cell cost to one array store. The columns a wide file's year needs are created together in
  /// one block, so that a row scatters into a single buffer and no column is ever moved.
  public struct Builder: Sendable {
    /// A (metric, year) column being filled.
    public struct Slot: Sendable, Hashable {
      /// The slot's position in the order of creation.
      let index: Int
      /// The block that holds the column.
      let block: Int
      /// Where the column starts in its block.
      let offset: Int
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
    private var slotList: [Slot] = []
    /// The columns, in blocks of one or more: the cell of `school` in `slot` is
    /// `blocks[slot.block][slot.offset + school]`.
    private var blocks: [[Double]] = []

    private struct SlotKey: Hashable, Sendable {
      let metric: MetricKey
      let year: AcademicYear
    }

    /// Starts a dataset of `schools`.
    ///
    /// - Throws: ``DatasetError/duplicateSchool(_:)`` when two schools share an id.
    /// - Complexity: O(n log n), where n is the number of schools.
    public init(schools: [School]) throws(DatasetError) {
      // Files usually list schools by id already: then the array is kept as it is, not copied.
      var inOrder = true
      for index in schools.indices.dropFirst() where !(schools[index - 1].id < schools[index].id) {
        inOrder = false
        break
      }
      let sorted = inOrder ? schools : schools.sorted { $0.id < $1.id }
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

    /// The index of every school by id, for readers that resolve ids off the builder (on other
    /// threads); the dictionary is shared, not copied.
    var indicesByID: [SchoolID: Int] { schoolIndices }

    /// The column for `metric` in `year`, created empty (all missing) on first use.
    public mutating func slot(metric: MetricKey, year: AcademicYear) -> Slot {
      let key = SlotKey(metric: metric, year: year)
      if let index = slotIndices[key] { return slotList[index] }
      blocks.append([Double](repeating: .nan, count: schools.count))
      return addSlot(key, block: blocks.count - 1, offset: 0)
    }

    private mutating func addSlot(_ key: SlotKey, block: Int, offset: Int) -> Slot {
      let slot = Slot(index: slotKeys.count, block: block, offset: offset)
      slotKeys.append(key)
      slotList.append(slot)
      slotIndices[key] = slot.index
      return slot
    }

    /// Stores `value` for the school at index `school` in `slot`, unless that cell already has one.
    ///
    /// - Complexity: O(1).
    @inline(__always)
    public mutating func set(_ value: Double, school: Int, slot: Slot) -> Outcome {
      let cell = slot.offset + school
      let existing = blocks[slot.block][cell]
      guard existing.isNaN else { return .duplicate(existing: existing) }
      blocks[slot.block][cell] = value
      return .stored
    }

    /// The slots of `metrics` in `year`, in order; the new ones share one block.
    mutating func slots(metrics: [MetricKey], year: AcademicYear) -> [Slot] {
      let missing = metrics.filter { slotIndices[SlotKey(metric: $0, year: year)] == nil }
      if !missing.isEmpty {
        let n = schools.count
        blocks.append([Double](repeating: .nan, count: missing.count * n))
        for (position, metric) in missing.enumerated() {
          _ = addSlot(
            SlotKey(metric: metric, year: year), block: blocks.count - 1, offset: position * n)
        }
      }
      return metrics.map { slot(metric: $0, year: year) }
    }

    /// Stores one row of a wide file: `values[c]` for the school at index `school` in `slots[c]`,
    /// skipping NaN (no value). The positions `c` whose cell already had a value are appended to
    /// `duplicates`, in order, and those cells keep their value.
    ///
    /// - Precondition: `values.count == slots.count`, `school < schools.count`.
    /// - Complexity: O(c) for c values.
    mutating func storeRow(
      _ values: UnsafeBufferPointer<Double>, school: Int, slots: UnsafeBufferPointer<Slot>,
      duplicates: inout [Int]
    ) {
      precondition(values.count == slots.count && school >= 0 && school < schools.count)
      guard let block = slots.first?.block, slots.allSatisfy({ $0.block == block }) else {
        // Columns created at different times: one store at a time.
        for column in 0..<values.count where !values[column].isNaN {
          if case .duplicate = set(values[column], school: school, slot: slots[column]) {
            duplicates.append(column)
          }
        }
        return
      }
      blocks[block].withUnsafeMutableBufferPointer { storage in
        for column in 0..<values.count {
          let value = values[column]
          if value.isNaN { continue }
          let cell = slots[column].offset &+ school
          if storage[cell].isNaN {
            storage[cell] = value
          } else {
            duplicates.append(column)
          }
        }
      }
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
    /// The dataset shares the builder's columns instead of copying them (a later change to the
    /// builder copies what it changes, not the dataset).
    ///
    /// - Complexity: O(m · y · n) for m metrics, y years and n schools, to find the empty columns.
    public func build() -> Dataset {
      let n = schools.count
      var years = Set<AcademicYear>()
      var filled = [Bool](repeating: false, count: slotKeys.count)
      for (index, slot) in slotList.enumerated()
      where blocks[slot.block][slot.offset..<(slot.offset + n)].contains(where: { !$0.isNaN }) {
        filled[index] = true
        years.insert(slotKeys[index].year)
      }
      let sortedYears = years.sorted()
      var yearIndex: [AcademicYear: Int] = [:]
      for (index, year) in sortedYears.enumerated() { yearIndex[year] = index }
      // A metric's years without a value share one column of NaN.
      let missing = [Double](repeating: .nan, count: n)[...]
      var columns: [MetricKey: [ArraySlice<Double>]] = [:]
      for (index, key) in slotKeys.enumerated() where filled[index] {
        guard let y = yearIndex[key.year] else { continue }
        let slot = slotList[index]
        columns[key.metric, default: Array(repeating: missing, count: sortedYears.count)][y] =
          blocks[slot.block][slot.offset..<(slot.offset + n)]
      }
      return Dataset(
        schools: schools, years: sortedYears, columns: columns, schoolIndices: schoolIndices)
    }
  }
}
