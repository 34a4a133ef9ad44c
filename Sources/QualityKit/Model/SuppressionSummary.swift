/// How many schools' values a report leaves out, and why: what the report's summary line and the
/// JSON `"suppression"` object say.
public struct SuppressionSummary: Sendable, Hashable {
  /// The small-cell limit.
  public let minimumGroupSize: Int
  /// Whether an unknown enrolment was taken as large.
  public let assumeLargeWhenUnknown: Bool
  /// Schools with fewer students than the limit in a year their values come from.
  public let smallGroup: Int
  /// Schools without a known enrolment in a year their values come from.
  public let unknownEnrollment: Int
  /// Schools suppressed because their value would reveal a suppressed groupmate's.
  public let revealsGroupmate: Int

  /// Counts `reasons`.
  public init(_ reasons: some Sequence<SmallGroupRule.Reason?>, rule: SmallGroupRule) {
    var counts = (0, 0, 0)
    for reason in reasons {
      switch reason {
      case .smallGroup?: counts.0 += 1
      case .unknownEnrollment?: counts.1 += 1
      case .revealsGroupmate?: counts.2 += 1
      case nil: break
      }
    }
    self.minimumGroupSize = rule.minimumGroupSize
    self.assumeLargeWhenUnknown = rule.assumeLargeWhenUnknown
    (smallGroup, unknownEnrollment, revealsGroupmate) = counts
  }

  /// Every school whose values are not printed.
  public var total: Int { smallGroup + unknownEnrollment + revealsGroupmate }

  /// «Значения не выводятся у 3 школ: менее 5 обучающихся в одном из лет, из которых берутся
  /// значения, — 1; численность обучающихся неизвестна — 2.» — or that none is hidden.
  public func sentence(_ language: Language) -> String {
    let ru = language == .russian
    guard total > 0 else {
      return ru
        ? "Значения выводятся у всех школ: в каждом году, из которого они берутся, известно не "
          + "менее \(minimumGroupSize) обучающихся."
        : "Values are shown for every school: each had a known enrolment of at least "
          + "\(minimumGroupSize) students in every year they come from."
    }
    var parts: [String] = []
    if smallGroup > 0 {
      parts.append(
        ru
          ? "менее \(minimumGroupSize) обучающихся в одном из лет, из которых берутся значения, — "
            + "\(smallGroup)"
          : "fewer than \(minimumGroupSize) students in a year the values come from: \(smallGroup)")
    }
    if unknownEnrollment > 0 {
      parts.append(
        ru
          ? "численность обучающихся в одном из этих лет неизвестна — \(unknownEnrollment)"
          : "enrolment unknown in one of those years: \(unknownEnrollment)")
    }
    if revealsGroupmate > 0 {
      parts.append(
        ru
          ? "значения выдали бы скрытые значения другой школы группы сравнения из двух школ — "
            + "\(revealsGroupmate)"
          : "the values would give away the hidden values of the other school of a two-school "
            + "comparison group: \(revealsGroupmate)")
    }
    var text =
      ru
      ? "Значения не выводятся у \(total) \(RussianCount.genitive(total, one: "школы", other: "школ")): "
      : "Values are not shown for \(total) school\(total == 1 ? "" : "s"): "
    text += parts.joined(separator: "; ") + "."
    if !assumeLargeWhenUnknown && unknownEnrollment > 0 {
      text +=
        ru
        ? " Неизвестная численность считается малой (--assume-large-when-unknown — считать её "
          + "достаточной)."
        : " An unknown enrolment counts as small (--assume-large-when-unknown takes it as large "
          + "enough)."
    }
    return text
  }
}
