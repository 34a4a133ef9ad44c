import Foundation

/// A monitoring plan that cannot be used: a repeated or empty procedure id, or a periodicity that
/// cannot be dated.
///
/// - Complexity: Creating an error is O(1); a message is O(1).
///
/// ```swift
/// let error = MonitoringPlanError(kind: .unsupportedTimesPerYear(5), procedure: "quality")
/// error.description
/// // "процедура мониторинга quality: 5 раз в год нельзя разложить по месяцам: допустимо 1, 2, 3,
/// //  4, 6 или 12"
/// ```
public struct MonitoringPlanError: Error, Sendable, Hashable, CustomStringConvertible,
  LocalizedError
{
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// Two procedures of the plan share the id.
    case duplicateProcedure
    /// The procedure's id is empty.
    case emptyProcedureID
    /// `timesPerYear(n)` with an n that does not divide 12 into whole months.
    case unsupportedTimesPerYear(Int)
    /// `deadline(month:day:)` with a day the month never has.
    case invalidDeadline(month: CalendarDate.Month, day: Int)
    /// `annually(from:to:)` whose first month comes after the last in academic order (September …
    /// August), i.e. a span that would cross 31 August.
    case monthsOutOfAcademicOrder(from: CalendarDate.Month, to: CalendarDate.Month)
    /// `once(from:to:)` ending before it starts.
    case onceEndsBeforeStart(from: CalendarDate, to: CalendarDate)

    /// The sentence that says what is wrong, in `language`, without the procedure.
    ///
    /// - Complexity: O(1).
    public func message(in language: Language = .russian) -> String {
      let ru = language == .russian
      switch self {
      case .duplicateProcedure:
        return ru ? "процедура объявлена в плане дважды" : "the procedure is declared twice"
      case .emptyProcedureID:
        return ru ? "пустой идентификатор процедуры" : "empty procedure id"
      case .unsupportedTimesPerYear(let n):
        return ru
          ? "\(n) \(MonitoringProcedure.Periodicity.timesWord(n)) в год нельзя разложить по месяцам: допустимо 1, 2, "
            + "3, 4, 6 или 12"
          : "\(n) times a year does not split the year into whole months: use 1, 2, 3, 4, 6 or 12"
      case .invalidDeadline(let month, let day):
        return ru
          ? "срок «до \(day) \(month.genitive.ru)» невозможен: такого дня нет"
          : "deadline \(day) \(month.name.en) is impossible: there is no such day"
      case .monthsOutOfAcademicOrder(let from, let to):
        return ru
          ? "период «\(from.name.ru)–\(to.name.ru)» переходит через 31 августа: месяцы "
            + "указываются в порядке учебного года (сентябрь … август)"
          : "the span \(from.name.en)–\(to.name.en) crosses 31 August: months go in academic "
            + "order (September … August)"
      case .onceEndsBeforeStart(let from, let to):
        return ru
          ? "однократный срок заканчивается (\(to.formatted(in: .russian))) раньше, чем "
            + "начинается (\(from.formatted(in: .russian)))"
          : "the one-off window ends (\(to)) before it starts (\(from))"
      }
    }
  }

  /// What is wrong.
  public let kind: Kind
  /// The procedure concerned.
  public let procedure: MonitoringProcedureID

  /// Creates an error.
  public init(kind: Kind, procedure: MonitoringProcedureID) {
    self.kind = kind
    self.procedure = procedure
  }

  /// The message with the procedure, in `language`.
  ///
  /// - Complexity: O(1).
  public func message(in language: Language = .russian) -> String {
    let name = procedure.rawValue.isEmpty ? "«»" : procedure.rawValue
    return language == .russian
      ? "процедура мониторинга \(name): \(kind.message(in: .russian))"
      : "monitoring procedure \(name): \(kind.message(in: .english))"
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
