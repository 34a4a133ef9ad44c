import Foundation

/// An identification run that cannot start.
public enum IdentificationError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError
{
  /// The dataset has no schools.
  case noSchools
  /// The dataset has no values at all.
  case noValues
  /// The requested year has no values.
  case yearWithoutValues(AcademicYear, available: [AcademicYear])
  /// A parameter override is not acceptable.
  case parameter(ParameterError)

  /// The message in `language`.
  public func message(in language: Language) -> String {
    switch (self, language) {
    case (.noSchools, .russian): "в наборе данных нет ни одной школы"
    case (.noSchools, .english): "the dataset has no schools"
    case (.noValues, .russian): "в наборе данных нет ни одного значения"
    case (.noValues, .english): "the dataset has no values"
    case (.yearWithoutValues(let year, let available), .russian):
      "за \(year) учебный год нет данных; есть: \(available.map(\.description).joined(separator: ", "))"
    case (.yearWithoutValues(let year, let available), .english):
      "there are no values for \(year); available: \(available.map(\.description).joined(separator: ", "))"
    case (.parameter(let error), _): error.message(in: language)
    }
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
