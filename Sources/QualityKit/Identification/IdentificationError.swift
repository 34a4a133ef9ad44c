import Foundation

/// An identification that cannot be made: a run that cannot start, a history or improvement
/// ranking over a span that cannot be computed, or a school the report does not have.
///
/// One error for the identification domain: ``Identifier``'s `identify`, ``IdentificationHistory``,
/// ``IdentificationHistory/ImprovementRanking`` and ``SchoolExplanation`` throw it, so a host
/// switches on one ``kind``.
///
/// - Complexity: Creating an error is O(1), except ``unknownSchool(_:known:)`` (see there); a
///   message is O(k) in the years or ids it lists.
///
/// ```swift
/// IdentificationError.noSchools.description  // "в наборе данных нет ни одной школы"
/// ```
public struct IdentificationError: Error, Sendable, Hashable, CustomStringConvertible,
  LocalizedError
{
  /// What is wrong.
  public enum Kind: Sendable, Hashable {
    /// The dataset has no schools.
    case noSchools
    /// The dataset has no values at all (so a history has no years to run).
    case noValues
    /// The requested year has no values.
    case yearWithoutValues(AcademicYear, available: [AcademicYear])
    /// A parameter override is not acceptable (an unknown key, a value out of range, or a switch of
    /// the improvement index declared differently from the packs').
    case parameter(ParameterError)
    /// The first year of a history asked for comes after the last.
    case emptySpan(from: AcademicYear, through: AcademicYear)
    /// The history span asked for is longer than `limit` (50) years: almost certainly a mistyped
    /// year, and every year of it would be held in memory.
    case spanTooLong(from: AcademicYear, through: AcademicYear, limit: Int)
    /// The identification of one year of a history failed. Indirect: the error holds an error of
    /// its own type.
    indirect case inYear(AcademicYear, IdentificationError)
    /// A school id that is not in the report, with the known ids to suggest: the ones nearest it
    /// (`near`) or, when none is within two edits, the first few, so the message always shows
    /// what ids look like.
    case unknownSchool(SchoolID, suggestions: [SchoolID], near: Bool)
    /// A decision ``IdentificationReport/applying(_:)`` refuses: about a category no pack of the
    /// run decides, contradicting or repeating another decision, or with an empty act or reason.
    case decision(Decision, DecisionsFile.Problem)
  }

  /// What is wrong.
  public let kind: Kind

  /// Creates an error.
  public init(kind: Kind) {
    self.kind = kind
  }

  // The old enums' cases (`IdentificationError`, `HistoryError`), so that `throw .noSchools` and
  // `#expect(throws: IdentificationError.noSchools)` read as before.

  /// The dataset has no schools.
  public static let noSchools = Self(kind: .noSchools)
  /// The dataset has no values at all.
  public static let noValues = Self(kind: .noValues)
  /// The requested year has no values.
  public static func yearWithoutValues(_ year: AcademicYear, available: [AcademicYear]) -> Self {
    Self(kind: .yearWithoutValues(year, available: available))
  }
  /// A parameter override is not acceptable.
  public static func parameter(_ error: ParameterError) -> Self { Self(kind: .parameter(error)) }
  /// The first year of a history asked for comes after the last.
  public static func emptySpan(from: AcademicYear, through: AcademicYear) -> Self {
    Self(kind: .emptySpan(from: from, through: through))
  }
  /// The history span asked for is longer than `limit` years.
  public static func spanTooLong(from: AcademicYear, through: AcademicYear, limit: Int) -> Self {
    Self(kind: .spanTooLong(from: from, through: through, limit: limit))
  }
  /// The identification of `year` of a history failed with `error`.
  public static func inYear(_ year: AcademicYear, _ error: IdentificationError) -> Self {
    Self(kind: .inYear(year, error))
  }

  /// The most ids an unknown-school message lists.
  static let suggestionLimit = 5

  /// The error for the school `id` among `known`, with the nearest known ids.
  ///
  /// Nearness is the edit distance of the pack-file loader's «опечатка?» test (`LookAlike`), so a
  /// typo in a school id is caught the way a typo in a pack file's key is. Only the closest ids
  /// count, not every id within two edits: «LES5» suggests LES05 and LES15, not LES01 too.
  ///
  /// - Complexity: O(n · l²) for n known ids of length l.
  public static func unknownSchool(_ id: SchoolID, known: [SchoolID]) -> Self {
    let sorted = known.sorted()
    // Case is ignored for nearness («les05» is LES05).
    let target = Array(id.rawValue.lowercased().utf8)
    let distances = sorted.map {
      LookAlike.editDistance(Array($0.rawValue.lowercased().utf8), target)
    }
    let best = distances.min() ?? .max
    let near =
      best <= LookAlike.maximumEdits ? zip(sorted, distances).filter { $0.1 == best }.map(\.0) : []
    return Self(
      kind: .unknownSchool(
        id, suggestions: Array((near.isEmpty ? sorted : near).prefix(suggestionLimit)),
        near: !near.isEmpty))
  }

  /// The message in `language`.
  public func message(in language: Language = .russian) -> String {
    switch (kind, language) {
    case (.noSchools, .russian): "в наборе данных нет ни одной школы"
    case (.noSchools, .english): "the dataset has no schools"
    case (.noValues, .russian): "в наборе данных нет ни одного значения"
    case (.noValues, .english): "the dataset has no values"
    case (.yearWithoutValues(let year, let available), .russian):
      "за \(year) учебный год нет данных; есть: \(available.map(\.description).joined(separator: ", "))"
    case (.yearWithoutValues(let year, let available), .english):
      "there are no values for \(year); available: \(available.map(\.description).joined(separator: ", "))"
    case (.parameter(let error), _): error.message(in: language)
    case (.emptySpan(let from, let through), .russian):
      "первый год истории (\(from)) позже последнего (\(through))"
    case (.emptySpan(let from, let through), .english):
      "the first year of the history (\(from)) is after the last (\(through))"
    case (.spanTooLong(let from, let through, let limit), .russian):
      "история с \(from) по \(through) длиннее \(limit) лет"
    case (.spanTooLong(let from, let through, let limit), .english):
      "the history from \(from) through \(through) is longer than \(limit) years"
    case (.inYear(let year, let error), .russian):
      "идентификация за \(year) учебный год: \(error.message(in: language))"
    case (.inYear(let year, let error), .english):
      "identification for \(year): \(error.message(in: language))"
    case (.unknownSchool(let id, let suggestions, let near), _):
      Self.unknownSchoolMessage(id, suggestions: suggestions, near: near, in: language)
    case (.decision(let decision, let problem), .russian):
      "решение о школе \(decision.school) (\(decision.category.id)): \(problem.message(in: language))"
    case (.decision(let decision, let problem), .english):
      "decision about school \(decision.school) (\(decision.category.id)): \(problem.message(in: language))"
    }
  }

  /// «школы «LES5» нет в данных; похожие: LES05, LES15 — опечатка?», or the known ids as examples
  /// when none is near.
  private static func unknownSchoolMessage(
    _ id: SchoolID, suggestions: [SchoolID], near: Bool, in language: Language
  ) -> String {
    let list = suggestions.map(\.rawValue).joined(separator: ", ")
    let ru = language == .russian
    var text = ru ? "школы «\(id)» нет в данных" : "school '\(id)' is not in the data"
    if suggestions.isEmpty {
      return text + (ru ? " (в данных нет ни одной школы)" : " (no schools)")
    }
    if near {
      text += ru ? "; похожие: \(list) — опечатка?" : "; similar ids: \(list) — a typo?"
    } else {
      text += ru ? "; примеры кодов школ: \(list)" : "; known ids include \(list)"
    }
    return text
  }

  /// The Russian message.
  public var description: String { message(in: .russian) }

  /// The same as ``description``, so that `localizedDescription` reads it.
  public var errorDescription: String? { description }
}
