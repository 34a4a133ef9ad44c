import Foundation

/// Indicator data that cannot be used: a target whose plan cannot be checked, or reported values
/// that cannot be stored.
///
/// One error for the indicators domain: ``Target/validate()`` and ``ReportedValues/init(_:)``
/// throw it, so a host switches on one ``kind``.
///
/// - Complexity: Creating an error is O(1); a message is O(1).
///
/// ```swift
/// IndicatorError.emptyPlan.description  // "в плане целевого значения нет ни одного года"
/// ```
public struct IndicatorError: Error, Sendable, Hashable, CustomStringConvertible, LocalizedError {
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// A target's plan has no year.
    case emptyPlan
    /// A target's planned value for this end year is NaN or infinite.
    case notFiniteTarget(year: Int)
    /// A target's baseline is not in a year before the first planned year.
    case baselineNotBeforePlan(year: Int)
    /// A relative target that also has planned numbers, or no reference.
    case relativeWithPlan
    /// A target's programme start is after its first planned year.
    case startAfterPlan(year: Int)
    /// A second reported value for the same (indicator, year, school).
    case duplicateValue(ReportedValues.Entry)
    /// A reported value that is NaN or infinite.
    case notFiniteValue(ReportedValues.Entry)
  }

  /// What is wrong.
  public let kind: Kind

  /// Creates an error.
  public init(kind: Kind) {
    self.kind = kind
  }

  // A factory per kind, so that `throw .emptyPlan` and `#expect(throws: IndicatorError.emptyPlan)`
  // read as the old `TargetError` and `ReportedValuesError` cases did.

  /// A target's plan has no year.
  public static let emptyPlan = Self(kind: .emptyPlan)
  /// A target's planned value for the end year `year` is NaN or infinite.
  public static func notFiniteTarget(year: Int) -> Self { Self(kind: .notFiniteTarget(year: year)) }
  /// A target's baseline for the end year `year` is not before the first planned year.
  public static func baselineNotBeforePlan(year: Int) -> Self {
    Self(kind: .baselineNotBeforePlan(year: year))
  }
  /// A relative target that also has planned numbers, or no reference.
  public static let relativeWithPlan = Self(kind: .relativeWithPlan)
  /// A target's programme start `year` is after its first planned year.
  public static func startAfterPlan(year: Int) -> Self { Self(kind: .startAfterPlan(year: year)) }
  /// A second reported value for the same (indicator, year, school).
  public static func duplicateValue(_ entry: ReportedValues.Entry) -> Self {
    Self(kind: .duplicateValue(entry))
  }
  /// A reported value that is NaN or infinite.
  public static func notFiniteValue(_ entry: ReportedValues.Entry) -> Self {
    Self(kind: .notFiniteValue(entry))
  }

  /// The message in `language`.
  public func message(in language: Language = .russian) -> String {
    switch (kind, language) {
    case (.emptyPlan, .russian): "в плане целевого значения нет ни одного года"
    case (.emptyPlan, .english): "the target's plan has no year"
    case (.notFiniteTarget(let year), .russian): "плановое значение на \(year) год — не число"
    case (.notFiniteTarget(let year), .english): "the planned value for \(year) is not a number"
    case (.baselineNotBeforePlan(let year), .russian):
      "базовое значение \(year) года — не раньше первого года плана: база — значение до плана"
    case (.baselineNotBeforePlan(let year), .english):
      "the baseline of \(year) is not before the plan's first year: a baseline precedes the plan"
    case (.startAfterPlan(let year), .russian):
      "начало программы \(year) — позже первого года плана"
    case (.startAfterPlan(let year), .english):
      "the programme start \(year) is after the plan's first year"
    case (.relativeWithPlan, .russian):
      "цель относительно эталонов задаётся без плановых чисел и называет хотя бы один эталон"
    case (.relativeWithPlan, .english):
      "a target relative to benchmarks has no planned numbers and names at least one benchmark"
    case (.duplicateValue(let entry), .russian):
      "повторное значение показателя \(entry.indicator) за \(entry.year.endYear) год"
        + (entry.school.map { " для школы \($0)" } ?? " для муниципалитета")
    case (.duplicateValue(let entry), .english):
      "duplicate value of indicator \(entry.indicator) for \(entry.year.endYear)"
        + (entry.school.map { " for school \($0)" } ?? " for the municipality")
    case (.notFiniteValue(let entry), .russian):
      "значение показателя \(entry.indicator) за \(entry.year.endYear) год — не число"
    case (.notFiniteValue(let entry), .english):
      "the value of indicator \(entry.indicator) for \(entry.year.endYear) is not a number"
    }
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
