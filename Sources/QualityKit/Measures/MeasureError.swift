import Foundation

/// A support measure that cannot be used: an impossible schedule, an empty condition, a target
/// that is not a number.
///
/// ``DeclaredMeasure/validate()`` throws it, ``RulePack/validate()`` wraps it in
/// ``PackError/Kind/measure(_:)``, and decoding a ``MeasureDescription/Schedule`` from its JSON form reports a
/// month or date that does not exist with it as the underlying error.
///
/// - Complexity: Creating an error and its messages is O(1).
///
/// ```swift
/// let error = MeasureError(kind: .unsupportedTimesPerYear(5), measure: "amur.seminar")
/// error.description
/// // "мероприятие amur.seminar: 5 раз в год нельзя разложить по месяцам: допустимо 1, 2, 3, 4,
/// //  6 или 12"
/// ```
public struct MeasureError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// The measure's id is empty.
    case emptyID
    /// The measure has no category.
    case noCategories
    /// A category is listed twice.
    case repeatedCategory(MeasureDescription.Category)
    /// A month number outside 1–12 (JSON only: ``CalendarDate/Month`` cannot hold one).
    case invalidMonth(Int)
    /// A date that does not exist or is not written `YYYY-MM` or `YYYY-MM-DD` (JSON only).
    case invalidDate(String)
    /// `timesPerYear(n)` with an n that does not divide the year into whole months.
    case unsupportedTimesPerYear(Int)
    /// `deadline(month:day:)` with a day the month never has (31 February).
    case invalidDeadline(month: CalendarDate.Month, day: Int)
    /// `months(from:to:)` whose first month comes after the last in academic order (September …
    /// August): a span that would cross 31 August.
    case monthsOutOfAcademicOrder(from: CalendarDate.Month, to: CalendarDate.Month)
    /// A dated window, or the bounds of a continuous measure, ending before it starts.
    case endsBeforeStart(from: CalendarDate, to: CalendarDate)
    /// `dates([])`: a list of one-off windows with no window.
    case noDates
    /// A condition naming no category or no criterion.
    case emptyCondition
    /// A target whose value is not a finite number.
    case invalidTarget

    /// The sentence that says what is wrong, in `language`, without the measure.
    ///
    /// - Complexity: O(1).
    public func message(in language: Language = .russian) -> String {
      let ru = language == .russian
      switch self {
      case .emptyID:
        return ru ? "пустой идентификатор мероприятия" : "empty measure id"
      case .noCategories:
        return ru ? "не указана категория мероприятия" : "the measure has no category"
      case .repeatedCategory(let category):
        return ru
          ? "категория \(category.rawValue) указана дважды"
          : "category \(category.rawValue) is listed twice"
      case .invalidMonth(let number):
        return ru ? "месяца \(number) нет: месяцы 1–12" : "there is no month \(number): use 1–12"
      case .invalidDate(let text):
        return ru
          ? "«\(text)» — не дата ГГГГ-ММ или ГГГГ-ММ-ДД"
          : "\"\(text)\" is not a date YYYY-MM or YYYY-MM-DD"
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
      case .endsBeforeStart(let from, let to):
        return ru
          ? "срок заканчивается (\(to.formatted(in: .russian))) раньше, чем начинается "
            + "(\(from.formatted(in: .russian)))"
          : "the window ends (\(to)) before it starts (\(from))"
      case .noDates:
        return ru ? "не указано ни одной даты" : "no dates are given"
      case .emptyCondition:
        return ru
          ? "условие не называет ни одной категории или критерия"
          : "the condition names no category or criterion"
      case .invalidTarget:
        return ru ? "целевое значение — не число" : "the target value is not a number"
      }
    }
  }

  /// What is wrong.
  public let kind: Kind
  /// The measure concerned (empty when the error was met outside a measure, e.g. decoding a
  /// schedule on its own).
  public let measure: MeasureID

  /// Creates an error.
  public init(kind: Kind, measure: MeasureID) {
    self.kind = kind
    self.measure = measure
  }

  /// The message with the measure, in `language`.
  ///
  /// - Complexity: O(1).
  public func message(in language: Language = .russian) -> String {
    let name = measure.rawValue.isEmpty ? "«»" : measure.rawValue
    return language == .russian
      ? "мероприятие \(name): \(kind.message(in: .russian))"
      : "measure \(name): \(kind.message(in: .english))"
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
