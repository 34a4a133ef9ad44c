/// The contiguous run of academic years a history covers.
enum HistorySpan {
  /// The longest history accepted, in years.
  static let maximumLength = 50

  /// Every year from `from` through `through`, oldest first; `nil` bounds default to the dataset's
  /// first and last year with values.
  ///
  /// - Throws: ``IdentificationError/noValues`` when a bound is needed and the dataset has no
  ///   values, ``IdentificationError/emptySpan(from:through:)`` or
  ///   ``IdentificationError/spanTooLong(from:through:limit:)``.
  /// - Complexity: O(y) for y years.
  static func years(
    of dataset: Dataset, from: AcademicYear?, through: AcademicYear?
  ) throws(IdentificationError) -> [AcademicYear] {
    guard let first = from ?? dataset.years.first, let last = through ?? dataset.years.last else {
      throw .noValues
    }
    guard first <= last else { throw .emptySpan(from: first, through: last) }
    let (length, overflow) = last.endYear.subtractingReportingOverflow(first.endYear)
    guard !overflow, length < maximumLength else {
      throw .spanTooLong(from: first, through: last, limit: maximumLength)
    }
    return last.window(length + 1)
  }
}
