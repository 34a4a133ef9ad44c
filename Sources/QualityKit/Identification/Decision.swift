/// An authority's decision about one school in one category: a regional order fixes the list, a
/// methodical centre agrees it, a district names its schools.
///
/// Identification computes lists by rules; a decision includes a school the rules leave out or
/// excludes one they place, citing the act that does it, the act's date and the reason.
/// ``IdentificationReport/applying(_:)`` applies decisions after the rules: an included school is in
/// the category whatever the rules say, an excluded one is not, and its findings stay in the report.
/// ``DecisionsFile`` reads them from a file.
///
/// ```swift
/// let decision = Decision(
///   school: "LES04", category: .lowResults, verdict: .include,
///   act: "приказ министерства образования Красноярского края № 309",
///   date: CalendarDate(year: 2022, month: 8, day: 15)!,
///   reason: "результаты ВПР 2022 года ниже краевых по всем предметам")
/// decision.sentence(in: .russian)
/// // "включена: приказ министерства образования Красноярского края № 309 от 15.08.2022 — результаты ВПР 2022 года ниже краевых по всем предметам"
/// ```
public struct Decision: Sendable, Hashable {
  /// Whether the decision puts the school on the list or takes it off.
  public enum Verdict: String, Sendable, Hashable, CaseIterable {
    /// The school is in the category whatever the rules say (`include`, `включить`).
    case include
    /// The school is not in the category whatever the rules say (`exclude`, `исключить`).
    case exclude

    /// The verdict a decisions file spells `text`: `include` or `exclude`, or the Russian
    /// `включить` or `исключить`, in any case; `nil` for anything else.
    ///
    /// - Complexity: O(m) in the length of the text.
    public init?(spelling text: String) {
      switch text.lowercased() {
      case "include", "включить": self = .include
      case "exclude", "исключить": self = .exclude
      default: return nil
      }
    }

    /// The words a decisions file may use, for messages.
    public static let spellings = ["include", "exclude", "включить", "исключить"]
  }

  /// The school decided about.
  public var school: SchoolID
  /// The category the decision is about.
  public var category: SchoolCategory
  /// Include or exclude.
  public var verdict: Verdict
  /// The act, as the authority names it: «приказ министерства образования Красноярского края
  /// № 309». Not empty.
  public var act: String
  /// The day of the act.
  public var date: CalendarDate
  /// Why the authority decided so, in its own words. Not empty.
  public var reason: String

  /// Creates a decision. ``IdentificationReport/applying(_:)`` refuses one with an empty act or
  /// reason.
  public init(
    school: SchoolID, category: SchoolCategory, verdict: Verdict, act: String,
    date: CalendarDate, reason: String
  ) {
    self.school = school
    self.category = category
    self.verdict = verdict
    self.act = act
    self.date = date
    self.reason = reason
  }

  /// How every report for people states the decision: «включена: приказ … № 309 от 15.08.2022 —
  /// причина» or «исключена: …»; in English «included: приказ … № 309 of 2022-08-15 — reason». The
  /// act is the file's own text.
  ///
  /// - Complexity: O(m) in the length of the act and the reason.
  public func sentence(in language: Language) -> String {
    let ru = language == .russian
    let word =
      switch verdict {
      case .include: ru ? "включена" : "included"
      case .exclude: ru ? "исключена" : "excluded"
      }
    return "\(word): \(act) \(ru ? "от" : "of") \(date.formatted(in: language)) — \(reason)"
  }
}
