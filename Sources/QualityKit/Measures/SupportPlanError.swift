import Foundation

/// A support plan that cannot be made: an academic year without a calendar, or a pack whose
/// measures are to be planned but that did not take part in the identification run.
///
/// - Complexity: Creating an error and its messages is O(1) (O(p) for the list of packs).
public enum SupportPlanError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// The academic year cannot be dated (years 1/2 … 9998/9999 can; see
  /// ``AcademicYear/hasCalendar``).
  case yearOutsideCalendar(AcademicYear)
  /// The pack did not take part in the run: its criteria have no findings to match measures
  /// against.
  case packNotInRun(String, run: [String])

  /// The message in `language`.
  public func message(in language: Language = .russian) -> String {
    switch (self, language) {
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
    }
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
