extension ProgressReport {
  /// Which way an indicator moves over the years that have a value.
  ///
  /// The trend is the sign of the least-squares slope of value against year, read in the indicator's
  /// better direction: with points (yᵢ, vᵢ), slope = Σ(yᵢ − ȳ)(vᵢ − v̄) / Σ(yᵢ − ȳ)². A slope of more than
  /// 10⁻⁹ per year in the better direction is ``improving``, in the other ``worsening``; |slope| ≤ 10⁻⁹ is
  /// ``stable``. Fewer than two years with a value is ``insufficientData``. The slope uses every year
  /// with a value, so one bad year does not flip a trend the way a first-to-last comparison would.
  ///
  /// ```swift
  /// ProgressReport.Trend.slope(of: [(2021, 10), (2022, 12), (2023, 17)])   // 3.5
  /// ProgressReport.Trend(values: [(2021, 10), (2022, 12), (2023, 17)], better: .negative)   // .worsening
  /// ```
  public enum Trend: String, Sendable, Hashable, Codable, CaseIterable {
    /// Moving in the better direction.
    case improving
    /// Moving in the worse direction.
    case worsening
    /// Not moving: |slope| ≤ 10⁻⁹ per year.
    case stable
    /// Fewer than two years with a value.
    case insufficientData = "insufficient_data"

    /// The tolerance under which a slope counts as zero.
    public static let tolerance = 1e-9

    /// The trend of `values` for an indicator whose better direction is `better`.
    ///
    /// - Parameters:
    ///   - values: (year, value) pairs; non-finite values are ignored.
    ///   - better: `.positive` when more is better.
    /// - Complexity: O(n) in the number of values.
    public init(values: [(year: AcademicYear, value: Double)], better: MetricCatalog.Direction) {
      guard let slope = Self.slope(of: values) else {
        self = .insufficientData
        return
      }
      let signed = slope * better.sign
      if signed.magnitude <= Self.tolerance {
        self = .stable
      } else {
        self = signed > 0 ? .improving : .worsening
      }
    }

    /// The least-squares slope of `values` per year, or `nil` with fewer than two finite values in
    /// different years.
    ///
    /// - Complexity: O(n) in the number of values.
    public static func slope(of values: [(year: AcademicYear, value: Double)]) -> Double? {
      let points = values.filter { $0.value.isFinite }
      guard points.count >= 2 else { return nil }
      let n = Double(points.count)
      // Years are centred on the first one, so that sums stay small and exact.
      let origin = points[0].year.endYear
      let meanX = points.reduce(0) { $0 + Double($1.year.endYear - origin) } / n
      let meanY = points.reduce(0) { $0 + $1.value } / n
      var numerator = 0.0
      var denominator = 0.0
      for point in points {
        let dx = Double(point.year.endYear - origin) - meanX
        numerator += dx * (point.value - meanY)
        denominator += dx * dx
      }
      guard denominator > 0 else { return nil }
      return numerator / denominator
    }

    /// The trend in words, e.g. «улучшение».
    public func title(in language: Language) -> String {
      switch (self, language) {
      case (.improving, .russian): "улучшение"
      case (.improving, .english): "improving"
      case (.worsening, .russian): "ухудшение"
      case (.worsening, .english): "worsening"
      case (.stable, .russian): "без изменений"
      case (.stable, .english): "stable"
      case (.insufficientData, .russian): "недостаточно данных"
      case (.insufficientData, .english): "insufficient data"
      }
    }
  }
}
