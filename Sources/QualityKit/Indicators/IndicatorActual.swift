/// The actual value of an indicator in one year, or why there is none.
///
/// Missing data is never a zero and never "not achieved": an indicator that cannot compute its value
/// returns ``noData(_:)`` with a sentence naming what is missing, and the progress report shows
/// «нет данных».
///
/// ```swift
/// let actual = IndicatorActual.value(
///   72.5, basis: .init(note: LocalizedText(ru: "среднее по школам", en: "mean over schools"),
///                      schools: 4))
/// actual.value   // 72.5
/// ```
public enum IndicatorActual: Sendable, Hashable {
  /// The municipal value and how it was obtained.
  case value(Double, basis: Basis)
  /// No value: the text says what is missing, e.g. «значение за 2021/2022 не указано».
  case noData(LocalizedText)

  /// How an actual value was obtained: from how many schools, which were left out and why, and
  /// the school values it was computed from.
  public struct Basis: Sendable, Hashable {
    /// One sentence on how the value was obtained, e.g. «среднее по школам со значением: 4».
    public var note: LocalizedText
    /// The number of schools the value was computed from, or `nil` for a value reported for the
    /// municipality as a whole.
    public var schools: Int?
    /// Schools that had some of the data but were left out, e.g. a value without an enrolment in
    /// an enrolment-weighted mean, or one year of two in a dynamics indicator.
    public var leftOut: Int
    /// The school values behind the municipal value, sorted by school id; their meaning is given
    /// by the indicator (a metric's value, a reported value, a change from one year to the next).
    public var schoolValues: [IndicatorActual.SchoolValue]

    /// Creates a basis.
    public init(
      note: LocalizedText, schools: Int? = nil, leftOut: Int = 0,
      schoolValues: [IndicatorActual.SchoolValue] = []
    ) {
      self.note = note
      self.schools = schools
      self.leftOut = leftOut
      self.schoolValues = schoolValues
    }
  }

  /// The value, or `nil` for ``noData(_:)``.
  public var value: Double? {
    if case .value(let value, _) = self { return value }
    return nil
  }

  /// The basis of a value, or `nil` for ``noData(_:)``.
  public var basis: Basis? {
    if case .value(_, let basis) = self { return basis }
    return nil
  }

  /// The basis note of a value, or what is missing.
  public var note: LocalizedText {
    switch self {
    case .value(_, let basis): basis.note
    case .noData(let reason): reason
    }
  }
}

extension IndicatorActual {
  /// One school's value behind a municipal indicator value.
  public struct SchoolValue: Sendable, Hashable {
    /// The school.
    public var school: SchoolID
    /// The value.
    public var value: Double
    /// The years the value comes from, when not only the year of the row it is in: the two years
    /// of a change since the previous year. Small-cell suppression checks every one of them.
    public var years: [AcademicYear]

    /// Creates a school value; `years` empty: it comes from its row's year alone.
    public init(school: SchoolID, value: Double, years: [AcademicYear] = []) {
      self.school = school
      self.value = value
      self.years = years
    }
  }
}
