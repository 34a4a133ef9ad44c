import Foundation

/// An identification history, or an improvement ranking, that cannot be computed.
public enum HistoryError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// The dataset has no schools.
  case noSchools
  /// The dataset has no values at all, so it has no years to run.
  case noValues
  /// The first year asked for comes after the last.
  case emptySpan(from: AcademicYear, through: AcademicYear)
  /// The span asked for is longer than `limit` (50) years: almost certainly a mistyped year, and
  /// every year of it would be held in memory.
  case spanTooLong(from: AcademicYear, through: AcademicYear, limit: Int)
  /// A parameter override is not acceptable (an unknown key, a value out of range, or a switch of
  /// the improvement index declared differently from the packs').
  case parameter(ParameterError)
  /// The identification of one year failed.
  case identification(AcademicYear, IdentificationError)

  /// The message in `language`.
  public func message(in language: Language) -> String {
    switch (self, language) {
    case (.noSchools, .russian): "в наборе данных нет ни одной школы"
    case (.noSchools, .english): "the dataset has no schools"
    case (.noValues, .russian): "в наборе данных нет ни одного значения"
    case (.noValues, .english): "the dataset has no values"
    case (.emptySpan(let from, let through), .russian):
      "первый год истории (\(from)) позже последнего (\(through))"
    case (.emptySpan(let from, let through), .english):
      "the first year of the history (\(from)) is after the last (\(through))"
    case (.spanTooLong(let from, let through, let limit), .russian):
      "история с \(from) по \(through) длиннее \(limit) лет"
    case (.spanTooLong(let from, let through, let limit), .english):
      "the history from \(from) through \(through) is longer than \(limit) years"
    case (.parameter(let error), _): error.message(in: language)
    case (.identification(let year, let error), .russian):
      "идентификация за \(year) учебный год: \(error.message(in: language))"
    case (.identification(let year, let error), .english):
      "identification for \(year): \(error.message(in: language))"
    }
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}

/// The contiguous run of academic years a history covers.
enum HistorySpan {
  /// The longest history accepted, in years.
  static let maximumLength = 50

  /// Every year from `from` through `through`, oldest first; `nil` bounds default to the dataset's
  /// first and last year with values.
  ///
  /// - Throws: ``HistoryError/noValues`` when a bound is needed and the dataset has no values,
  ///   ``HistoryError/emptySpan(from:through:)`` or
  ///   ``HistoryError/spanTooLong(from:through:limit:)``.
  /// - Complexity: O(y) for y years.
  static func years(
    of dataset: Dataset, from: AcademicYear?, through: AcademicYear?
  ) throws(HistoryError) -> [AcademicYear] {
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
