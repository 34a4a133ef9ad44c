import Foundation

/// A value that cannot enter a dataset.
///
/// ```swift
/// DatasetError.unknownSchool("S9").description  // "школы S9 нет в наборе данных"
/// ```
public enum DatasetError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// Two schools share an id.
  case duplicateSchool(SchoolID)
  /// A value names a school the dataset does not have.
  case unknownSchool(SchoolID)
  /// A value is NaN or infinite.
  case notFinite(SchoolID, AcademicYear, MetricKey)
  /// A (school, year, metric) cell has two values.
  case duplicateValue(SchoolID, AcademicYear, MetricKey)

  /// The message in `language`.
  public func message(in language: Language = .russian) -> String {
    switch (self, language) {
    case (.duplicateSchool(let school), .russian):
      "школа \(school) указана дважды: идентификатор повторяется"
    case (.duplicateSchool(let school), .english): "school id \(school) appears more than once"
    case (.unknownSchool(let school), .russian): "школы \(school) нет в наборе данных"
    case (.unknownSchool(let school), .english): "school \(school) is not in the dataset"
    case (.notFinite(let school, let year, let metric), .russian):
      "значение метрики \(metric) школы \(school) за \(year) учебный год — не число"
    case (.notFinite(let school, let year, let metric), .english):
      "the value of \(metric) for school \(school) in \(year) is not a number"
    case (.duplicateValue(let school, let year, let metric), .russian):
      "повторное значение: у школы \(school) за \(year) учебный год уже есть значение метрики "
        + "\(metric)"
    case (.duplicateValue(let school, let year, let metric), .english):
      "duplicate value: school \(school) already has a value of \(metric) for \(year)"
    }
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
