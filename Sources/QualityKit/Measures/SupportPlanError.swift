import Foundation

/// Support that cannot be planned: a support plan for an academic year without a calendar or for
/// a pack that did not take part in the identification run, or partner matching with options or
/// inputs ``PartnerMatcher`` cannot work with.
///
/// One error for the support-planning domain: ``SupportPlanner``, ``PartnerMatcher`` and
/// ``PartnerMatcher/Options/index(_:in:)`` throw it, so a host switches on one ``kind``. A
/// measure's own declaration problems are a ``MeasureError``, thrown when the pack is validated,
/// before any plan is made.
///
/// - Complexity: Creating an error is O(1); a message is O(k) in the ids it lists.
///
/// ```swift
/// SupportPlanError.invalidCapacity(0).description
/// // "вместимость партнёра должна быть не меньше 1, получено 0"
/// ```
public struct SupportPlanError: Error, Sendable, Hashable, CustomStringConvertible,
  LocalizedError
{
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// The academic year cannot be dated (years 1/2 … 9998/9999 can; see
    /// ``AcademicYear/hasCalendar``).
    case yearOutsideCalendar(AcademicYear)
    /// The pack did not take part in the run: its criteria have no findings to match measures
    /// against.
    case packNotInRun(String, run: [String])
    /// A partner's capacity is below 1: a partner that takes no school is no partner.
    case invalidCapacity(Int)
    /// The strength quantile is not a number in 0…1.
    case invalidStrengthQuantile(Double)
    /// The index with this id has no components or a window below one year.
    case emptyIndex(IndexID)
    /// No pack has an index with this id; the ids that exist.
    case unknownIndex(IndexID, known: [IndexID])
    /// The report names a school the dataset does not have: the report was made from other data.
    case schoolNotInDataset(SchoolID)
    /// The dataset has a school the report does not: whether it is identified is unknown.
    case schoolNotInReport(SchoolID)
    /// An optional index component's switch could not be read from the report's parameters.
    case parameter(ParameterError)
  }

  /// What is wrong.
  public let kind: Kind

  /// Creates an error.
  public init(kind: Kind) {
    self.kind = kind
  }

  // The old enums' cases (`SupportPlanError`, `PartnerMatchingError`), so that
  // `throw .invalidCapacity(capacity)` and `#expect(throws: SupportPlanError.yearOutsideCalendar(0))`
  // read as before.

  /// The academic year cannot be dated.
  public static func yearOutsideCalendar(_ year: AcademicYear) -> Self {
    Self(kind: .yearOutsideCalendar(year))
  }
  /// The pack did not take part in the run.
  public static func packNotInRun(_ pack: String, run: [String]) -> Self {
    Self(kind: .packNotInRun(pack, run: run))
  }
  /// A partner's capacity is below 1.
  public static func invalidCapacity(_ value: Int) -> Self { Self(kind: .invalidCapacity(value)) }
  /// The strength quantile is not a number in 0…1.
  public static func invalidStrengthQuantile(_ value: Double) -> Self {
    Self(kind: .invalidStrengthQuantile(value))
  }
  /// The index with this id has no components or years.
  public static func emptyIndex(_ id: IndexID) -> Self { Self(kind: .emptyIndex(id)) }
  /// No pack has an index with this id.
  public static func unknownIndex(_ id: IndexID, known: [IndexID]) -> Self {
    Self(kind: .unknownIndex(id, known: known))
  }
  /// The report names a school the dataset does not have.
  public static func schoolNotInDataset(_ id: SchoolID) -> Self {
    Self(kind: .schoolNotInDataset(id))
  }
  /// The dataset has a school the report does not.
  public static func schoolNotInReport(_ id: SchoolID) -> Self {
    Self(kind: .schoolNotInReport(id))
  }
  /// An optional index component's switch could not be read.
  public static func parameter(_ error: ParameterError) -> Self { Self(kind: .parameter(error)) }

  /// The message in `language`.
  public func message(in language: Language = .russian) -> String {
    switch (kind, language) {
    case (.yearOutsideCalendar(let year), .russian):
      "\(year) учебный год нельзя датировать: годы 1–9999"
    case (.yearOutsideCalendar(let year), .english):
      "academic year \(year) cannot be dated: years 1–9999"
    case (.packNotInRun(let pack, let run), .russian):
      "пакет \(pack) не участвовал в идентификации (пакеты расчёта: "
        + "\(run.joined(separator: ", ")))"
    case (.packNotInRun(let pack, let run), .english):
      "pack \(pack) did not take part in the identification run (packs of the run: "
        + "\(run.joined(separator: ", ")))"
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
      "нет индекса «\(id)»; есть: \(Self.list(known, none: "—"))"
    case (.unknownIndex(let id, let known), .english):
      "there is no index '\(id)'; available: \(Self.list(known, none: "none"))"
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

  /// The ids joined by commas, or `none` when there are none.
  private static func list(_ ids: [IndexID], none: String) -> String {
    ids.isEmpty ? none : ids.map(\.rawValue).joined(separator: ", ")
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
