/// An indicator whose value the department reports by hand (``ReportedValues``).
///
/// **A municipal indicator** (level `.municipality`) takes the value reported for the municipality
/// in year Y — a row without a school. Rows reported for single schools are not summed into it: the
/// indicator is the municipality's own figure, and ``IndicatorActual/noData(_:)`` says that only
/// school rows were found.
///
/// **A school indicator** (level `.school`) takes the municipality's row when there is one — the
/// department's own figure wins, since it may weight the schools in a way the library does not know —
/// and otherwise aggregates the rows reported for schools in year Y:
/// - the **plain mean** of the schools' values (each school counts once, whatever its size: reported
///   shares usually come without the denominator needed to weight them);
/// - the **sum** for a `count` unit (teachers trained, events held: a municipal count is the total).
///
/// Only the schools that reported a value count; the basis says how many, and, with a dataset, out
/// of how many schools. The school values are kept in the basis for the report, which hides those of
/// schools with fewer than five students.
///
/// - Complexity: O(s) for the s school values reported for the indicator and year.
///
/// ```swift
/// // school indicator, percent: S1 75, S2 85 reported for 2022, no municipal row
/// indicator.actual(in: 2022, context: context)   // .value(80, basis: mean of 2 schools)
/// ```
public struct ReportedIndicator: Indicator {
  /// What the indicator is.
  public let indicatorDescription: IndicatorDescription

  /// Creates an indicator reported by hand.
  ///
  /// - Parameters:
  ///   - id: The id, as written in the reported-values file.
  ///   - title: The document's wording, in Russian and English.
  ///   - unit: The unit of the value; a `count` school indicator is summed, any other averaged.
  ///   - level: `.municipality` for a value reported for the municipality, `.school` for values
  ///     reported per school.
  ///   - better: `.positive` when more is better.
  ///   - target: The target, or `nil` when the document gives none.
  ///   - provenance: Where the indicator comes from.
  ///   - rationale: Why it is tracked and how the document was read.
  ///   - aggregation: How the municipal value is obtained; by default the rule above in words.
  public init(
    id: IndicatorID, title: LocalizedText, unit: MetricCatalog.Unit,
    level: IndicatorDescription.Level = .municipality,
    better: MetricCatalog.Direction, target: Target?, provenance: Provenance,
    rationale: LocalizedText,
    aggregation: LocalizedText? = nil
  ) {
    self.indicatorDescription = IndicatorDescription(
      id: id, title: title, unit: unit, level: level, better: better, target: target,
      provenance: provenance, rationale: rationale,
      aggregation: aggregation ?? Self.defaultAggregation(unit: unit, level: level))
  }

  /// The aggregation text of an indicator created without one: the rule above in words. The JSON
  /// form omits an aggregation equal to it.
  static func defaultAggregation(unit: MetricCatalog.Unit, level: IndicatorDescription.Level)
    -> LocalizedText
  {
    switch level {
    case .municipality:
      return LocalizedText(
        ru: "Значение указывается для муниципалитета вручную.",
        en: "The value is reported by hand for the municipality.")
    case .school where unit == .count:
      return LocalizedText(
        ru: "Значение муниципалитета, если оно указано, иначе сумма значений, указанных школами.",
        en: "The municipality's value where reported, otherwise the sum of the schools' values.")
    case .school:
      return LocalizedText(
        ru: "Значение муниципалитета, если оно указано, иначе среднее значений, указанных школами "
          + "(каждая школа с равным весом).",
        en: "The municipality's value where reported, otherwise the plain mean of the schools' "
          + "values (each school weighted equally).")
    }
  }

  /// The value reported for the municipality in `year`, or the schools' values aggregated (school
  /// indicator only), or what is missing.
  public func actual(in year: AcademicYear, context: IndicatorContext) -> IndicatorActual {
    let id = indicatorDescription.id
    let schoolValues = context.reported.schoolValues(of: id, year: year)
    if let value = context.reported.value(of: id, year: year) {
      let note =
        schoolValues.isEmpty || indicatorDescription.level == .municipality
        ? LocalizedText(ru: "указано для муниципалитета", en: "reported for the municipality")
        : LocalizedText(
          ru: "указано для муниципалитета; значения школ (\(schoolValues.count)) — для справки",
          en: "reported for the municipality; the schools' values (\(schoolValues.count)) are "
            + "for reference")
      return .value(
        value,
        basis: .init(
          note: note, schoolValues: indicatorDescription.level == .school ? schoolValues : []))
    }
    guard indicatorDescription.level == .school else {
      if !schoolValues.isEmpty {
        return .noData(
          LocalizedText(
            ru: "за \(year) значение муниципалитета не указано; есть только значения отдельных "
              + "школ (\(schoolValues.count)), а показатель муниципальный",
            en: "no municipal value is reported for \(year); there are only values of single "
              + "schools (\(schoolValues.count)), and the indicator is municipal"))
      }
      return .noData(
        LocalizedText(
          ru: "значение за \(year) не указано", en: "no value is reported for \(year)"))
    }
    guard !schoolValues.isEmpty else {
      return .noData(
        LocalizedText(
          ru: "значение за \(year) не указано ни для муниципалитета, ни для одной школы",
          en: "no value is reported for \(year), neither for the municipality nor for any school"))
    }
    let sum = schoolValues.reduce(0) { $0 + $1.value }
    let n = schoolValues.count
    let outOf = context.dataset.map { (ru: " из \($0.schoolCount)", en: " of \($0.schoolCount)") }
    let schools = (ru: "\(n)\(outOf?.ru ?? "")", en: "\(n)\(outOf?.en ?? "")")
    if indicatorDescription.unit == .count {
      return .value(
        sum,
        basis: .init(
          note: LocalizedText(
            ru: "сумма значений, указанных школами (школ: \(schools.ru))",
            en: "the sum of the values reported by schools (schools: \(schools.en))"),
          schools: n, schoolValues: schoolValues))
    }
    return .value(
      sum / Double(n),
      basis: .init(
        note: LocalizedText(
          ru: "среднее значений, указанных школами (школ: \(schools.ru))",
          en: "the mean of the values reported by schools (schools: \(schools.en))"),
        schools: n, schoolValues: schoolValues))
  }
}
