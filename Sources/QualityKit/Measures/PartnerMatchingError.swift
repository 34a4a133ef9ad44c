import Foundation

/// Options or inputs ``PartnerMatcher`` cannot work with.
public enum PartnerMatchingError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError
{
  /// The capacity is below 1: a partner that takes no school is no partner.
  case invalidCapacity(Int)
  /// The strength quantile is not a number in 0…1.
  case invalidStrengthQuantile(Double)
  /// The index with this id has no components or a window below one year.
  case emptyIndex(String)
  /// No pack has an index with this id; the ids that exist.
  case unknownIndex(String, known: [String])
  /// The report names a school the dataset does not have: the report was made from other data.
  case schoolNotInDataset(SchoolID)
  /// The dataset has a school the report does not: whether it is identified is unknown.
  case schoolNotInReport(SchoolID)
  /// An optional index component's switch could not be read from the report's parameters.
  case parameter(ParameterError)

  /// The message in `language`.
  public func message(in language: Language) -> String {
    switch (self, language) {
    case (.invalidCapacity(let value), .russian):
      "вместимость партнёра должна быть не меньше 1, получено \(value)"
    case (.invalidCapacity(let value), .english):
      "a partner's capacity must be at least 1, got \(value)"
    case (.invalidStrengthQuantile(let value), .russian):
      "квантиль порога силы должен быть числом от 0 до 1, получено \(NumberText.unscaled(value))"
    case (.invalidStrengthQuantile(let value), .english):
      "the strength quantile must be a number from 0 to 1, got \(NumberText.unscaled(value))"
    case (.emptyIndex(let id), .russian): "индекс \(id) не имеет показателей или лет"
    case (.emptyIndex(let id), .english): "index \(id) has no components or years"
    case (.unknownIndex(let id, let known), .russian):
      "нет индекса «\(id)»; есть: \(known.isEmpty ? "—" : known.joined(separator: ", "))"
    case (.unknownIndex(let id, let known), .english):
      "there is no index '\(id)'; available: "
        + (known.isEmpty ? "none" : known.joined(separator: ", "))
    case (.schoolNotInDataset(let id), .russian):
      "школы \(id) из отчёта нет в данных: отчёт построен по другим данным"
    case (.schoolNotInDataset(let id), .english):
      "school \(id) of the report is not in the dataset: the report was made from other data"
    case (.schoolNotInReport(let id), .russian):
      "школы \(id) из данных нет в отчёте: неизвестно, выявлена ли она"
    case (.schoolNotInReport(let id), .english):
      "school \(id) of the dataset is not in the report: whether it is identified is unknown"
    case (.parameter(let error), _): error.message(in: language)
    }
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
