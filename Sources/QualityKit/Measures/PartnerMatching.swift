/// The outcome of ``PartnerMatcher``: each identified school paired with a strong school, or
/// reported without a partner and why, and how many schools each strong school took.
///
/// Every school the identification report placed in a category appears exactly once, in
/// ``pairs`` or in ``unmatched``; both lists are in the order the schools were served (most need
/// first, see ``PartnerMatcher``), and ``Pair/priority`` / ``Unmatched/priority`` number that
/// order.
///
/// ```swift
/// let matching = try PartnerMatcher().match(report, dataset: dataset)
/// for pair in matching.pairs { print(pair.school.school.id, "→", pair.partner.school.id) }
/// matching.unmatched.map(\.reason)  // [.noFreeCapacity]
/// ```
public struct PartnerMatching: Sendable, Hashable {
  /// What the matching knew about one school.
  public struct Profile: Sendable, Hashable {
    /// The school.
    public let school: School
    /// Its strength (see ``PartnerMatcher/Options/strength``), or `nil` without data.
    public let strength: Double?
    /// Its social index, or `nil` without data or without a configured index.
    public let socialIndex: Double?
    /// Whether its values may be printed: `false` for fewer students than
    /// ``PartnerMatching/minimumGroupSize`` (small-cell suppression, as in the report).
    public let mayShowValues: Bool
  }

  /// Where a partner was found.
  public enum Choice: String, Sendable, Hashable, CaseIterable {
    /// In the identified school's own municipality.
    case sameMunicipality = "same_municipality"
    /// In another municipality, because the school's own has no strong school.
    case otherMunicipalityNoStrong = "other_municipality_no_strong"
    /// In another municipality, because every strong school of its own is full.
    case otherMunicipalityFull = "other_municipality_full"
  }

  /// Why an identified school has no partner.
  public enum UnmatchedReason: String, Sendable, Hashable, CaseIterable {
    /// No school of the dataset is strong (or no school has strength data at all).
    case noStrongSchool = "no_strong_school"
    /// Strong schools exist, and every one already takes ``PartnerMatcher/Options/capacity``
    /// schools with more need.
    case noFreeCapacity = "no_free_capacity"
  }

  /// An identified school and its partner.
  public struct Pair: Sendable, Hashable {
    /// The position in the order schools were served, from 1.
    public let priority: Int
    /// The identified school.
    public let school: Profile
    /// Its categories, in the report's order.
    public let categories: [SchoolCategory]
    /// Its most serious severity over its categories, if any is graded.
    public let severity: Severity?
    /// The strong school.
    public let partner: Profile
    /// Where the partner was found.
    public let choice: Choice
    /// |social index of the school − social index of the partner|, or `nil` when no index is
    /// configured or either value is missing.
    public let socialDifference: Double?
    /// A free school exactly as good for this school (the same social difference, or both
    /// unknown, and the same strength) that lost on the smaller id rule, if there was one.
    public let tiedWith: SchoolID?
    /// Why this partner, in one paragraph.
    public let explanation: LocalizedText

    /// Whether the partner is in the school's municipality.
    public var sameMunicipality: Bool { choice == .sameMunicipality }
  }

  /// An identified school left without a partner.
  public struct Unmatched: Sendable, Hashable {
    /// The position in the order schools were served, from 1.
    public let priority: Int
    /// The identified school.
    public let school: Profile
    /// Its categories, in the report's order.
    public let categories: [SchoolCategory]
    /// Its most serious severity over its categories, if any is graded.
    public let severity: Severity?
    /// Why no partner.
    public let reason: UnmatchedReason
    /// The reason in one sentence.
    public let explanation: LocalizedText
  }

  /// A strong school and the identified schools it takes.
  public struct Load: Sendable, Hashable {
    /// The strong school.
    public let partner: Profile
    /// The identified schools it takes, in the order they were served.
    public let schools: [SchoolID]

    /// How many schools it takes.
    public var count: Int { schools.count }
  }

  /// How the schools of the report divide between identified, strong and neither.
  ///
  /// A school that is not identified counts once, under the first condition it fails, in the order
  /// of the properties below.
  public struct Candidates: Sendable, Hashable {
    /// Schools in the report.
    public let schools: Int
    /// Schools placed in at least one category: they need a partner and cannot be one.
    public let identified: Int
    /// Not identified, but a category is undetermined for want of data: not known to be free of
    /// problems, so not a partner.
    public let undetermined: Int
    /// No strength data in the year.
    public let noStrengthData: Int
    /// Fewer students than the small-cell limit: too few to call the results high, and the values
    /// that would explain the choice could not be printed.
    public let smallGroup: Int
    /// Strength below the threshold.
    public let belowThreshold: Int
    /// Strong schools: partners.
    public let strong: Int
  }

  /// The year of the identification report: strengths and indices are read in it.
  public let year: AcademicYear
  /// The options the matching ran with.
  public let options: PartnerMatcher.Options
  /// The strength a strong school has at least: the ``PartnerMatcher/Options/strengthQuantile``
  /// of all strengths; `nil` when no school has strength data.
  public let strengthThreshold: Double?
  /// The report's small-cell limit: values of smaller schools are not printed.
  public let minimumGroupSize: Int
  /// How the schools divide.
  public let candidates: Candidates
  /// The identified schools with a partner, in the order served.
  public let pairs: [Pair]
  /// The identified schools without one, in the order served.
  public let unmatched: [Unmatched]
  /// Every strong school with the schools it takes (possibly none), sorted by id.
  public let loads: [Load]

  /// The pair of the identified school `id`, if it has a partner.
  ///
  /// - Complexity: O(p) in the number of pairs.
  public func pair(of id: SchoolID) -> Pair? { pairs.first { $0.school.school.id == id } }

  /// The identified school `id` if it was left without a partner.
  ///
  /// - Complexity: O(u) in the number of unmatched schools.
  public func unmatched(_ id: SchoolID) -> Unmatched? {
    unmatched.first { $0.school.school.id == id }
  }
}
