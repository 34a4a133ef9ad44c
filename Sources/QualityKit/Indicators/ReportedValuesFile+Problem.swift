extension ReportedValuesFile {
  /// What the reported-values file refuses in the meaning of a cell, carried by a ``CSVError`` as
  /// ``CSVError/Kind/content(_:)``.
  public enum Problem: CSVError.ContentProblem {
    /// An indicator id that none of the known target indicators has.
    case unknownIndicator(String)
    /// A second reported value for the same (indicator, year, school); `school` is `nil` for the
    /// municipality's value.
    case duplicateValue(indicator: IndicatorID, year: Int, school: SchoolID?)
    /// A value outside what the indicator's unit allows (150 for a percent, −3 for a count).
    case valueOutOfRange(indicator: IndicatorID, value: Double, range: ClosedRange<Double>)

    /// `unknown_indicator`, `duplicate_reported_value` or `reported_value_out_of_range`.
    public var code: String {
      switch self {
      case .unknownIndicator: "unknown_indicator"
      case .duplicateValue: "duplicate_reported_value"
      case .valueOutOfRange: "reported_value_out_of_range"
      }
    }

    /// The sentence that says what is wrong, in `language`.
    public func message(in language: Language) -> String {
      let ru = language == .russian
      switch self {
      case .unknownIndicator(let id):
        return ru
          ? "неизвестный показатель «\(id)»: его нет среди целевых показателей"
          : "unknown indicator \"\(id)\": it is not among the target indicators"
      case .duplicateValue(let indicator, let year, let school):
        let whose =
          school.map { ru ? "для школы \($0)" : "for school \($0)" }
          ?? (ru ? "для муниципалитета" : "for the municipality")
        return ru
          ? "повторное значение: показатель \(indicator) за \(year) год уже указан \(whose)"
          : "duplicate value: indicator \(indicator) for \(year) is already reported \(whose)"
      case .valueOutOfRange(let indicator, let value, let range):
        let v = CSVError.Kind.format(value, language)
        let lo = CSVError.Kind.format(range.lowerBound, language)
        guard range.upperBound.isFinite else {
          return ru
            ? "значение \(v) меньше допустимого минимума \(lo) для показателя \(indicator)"
            : "value \(v) is below the valid minimum \(lo) of indicator \(indicator)"
        }
        let hi = CSVError.Kind.format(range.upperBound, language)
        return ru
          ? "значение \(v) вне допустимого диапазона \(lo)–\(hi) для показателя \(indicator)"
          : "value \(v) is outside the valid range \(lo)–\(hi) of indicator \(indicator)"
      }
    }
  }
}

extension CSVError.Kind {
  /// An indicator id that none of the known target indicators has (a reported-values file).
  public static func unknownIndicator(_ id: String) -> Self {
    .content(CSVError.ContentIssue(ReportedValuesFile.Problem.unknownIndicator(id)))
  }

  /// A second reported value for the same (indicator, year, school); `school` is `nil` for the
  /// municipality's value.
  public static func duplicateReportedValue(indicator: IndicatorID, year: Int, school: SchoolID?)
    -> Self
  {
    .content(
      CSVError.ContentIssue(
        ReportedValuesFile.Problem.duplicateValue(indicator: indicator, year: year, school: school))
    )
  }
}
