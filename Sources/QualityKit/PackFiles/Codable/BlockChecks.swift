/// The checks a building block's `init(from:)` makes on values that decode but cannot be used:
/// windows and counts a criterion turns into `Int`, shares it multiplies by a school count.
///
/// A Swift pack is written by a maintainer who reads the criterion's documentation; a JSON pack may
/// come from anyone, so a value that would trap (`Int(1e300)`) or would silently make the criterion
/// meaningless (a window of no years) is rejected at its JSON path instead.
enum BlockChecks {
  /// The largest window (in years) or count a pack file may give: far beyond any document (they
  /// speak of three to five years and a handful of markers or subjects), small enough that
  /// `Int(value)` cannot trap and a window of years stays cheap to walk.
  static let largestCount = 10_000

  /// An ``PackFileError/FormatIssue/Kind/invalidValue(_:reason:)`` issue at `path`.
  static func invalid(_ value: String, ru: String, en: String, at path: [any CodingKey])
    -> PackFileError.FormatIssue
  {
    PackFileError.FormatIssue(
      .invalidValue(value, reason: LocalizedText(ru: ru, en: en)), codingPath: path)
  }

  /// `years` when it is a window a criterion can walk: 1…``largestCount``.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` at `path` otherwise.
  static func window(_ years: Int, at path: [any CodingKey]) throws(PackFileError.FormatIssue)
    -> Int
  {
    guard (1...largestCount).contains(years) else {
      throw invalid(
        String(years), ru: "окно — от 1 до \(largestCount) лет",
        en: "a window is 1 to \(largestCount) years", at: path)
    }
    return years
  }

  /// `parameter` when every value it allows can be read as a whole number of years or parts:
  /// its range lies within `lowest`…``largestCount``.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` at `path` otherwise.
  static func wholeNumber(
    _ parameter: PackParameter, atLeast lowest: Double, at path: [any CodingKey]
  )
    throws(PackFileError.FormatIssue) -> PackParameter
  {
    guard parameter.range.lowerBound >= lowest,
      parameter.range.upperBound <= Double(largestCount)
    else {
      throw invalid(
        rangeText(parameter.range),
        ru: "диапазон параметра «\(parameter.key)» должен лежать в пределах "
          + "\(NumberText.plain(lowest))…\(largestCount)",
        en: "the range of parameter '\(parameter.key)' must lie within "
          + "\(NumberText.plain(lowest))…\(largestCount)", at: path)
    }
    return parameter
  }

  /// `parameter` when every value it allows is a share of a cohort: its range lies within 0…1.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` at `path` otherwise.
  static func share(_ parameter: PackParameter, at path: [any CodingKey])
    throws(PackFileError.FormatIssue) -> PackParameter
  {
    guard parameter.range.lowerBound >= 0, parameter.range.upperBound <= 1 else {
      throw invalid(
        rangeText(parameter.range),
        ru: "доля когорты: диапазон параметра «\(parameter.key)» должен лежать в пределах 0…1",
        en: "a share of the cohort: the range of parameter '\(parameter.key)' must lie within 0…1",
        at: path)
    }
    return parameter
  }

  /// `metrics` when there is at least one.
  ///
  /// - Throws: ``PackFileError/FormatIssue`` at `path` for an empty list.
  static func someMetrics(_ metrics: [MetricKey], at path: [any CodingKey])
    throws(PackFileError.FormatIssue) -> [MetricKey]
  {
    guard !metrics.isEmpty else {
      throw invalid(
        "[]", ru: "нужен хотя бы один показатель", en: "at least one metric is needed", at: path)
    }
    return metrics
  }

  /// `1…5`.
  static func rangeText(_ range: ClosedRange<Double>) -> String {
    "\(NumberText.plain(range.lowerBound))…\(NumberText.plain(range.upperBound))"
  }
}
