/// A municipal value computed from the schools' values of a dataset metric in year Y: the plain mean,
/// or the mean weighted by the number of students.
///
/// - ``Aggregation/mean``: Σxᵢ / n over the n schools with a value of the metric in Y — each school
///   counts once, as in the municipal mean of the identification criteria.
/// - ``Aggregation/enrolmentWeightedMean``: Σwᵢxᵢ / Σwᵢ, where wᵢ is the school's `context.enrollment`
///   in the same year Y — the municipality's share of students when the metric is a share of each
///   school's students. A school with a value but without an enrolment (missing, zero or negative) is
///   left out of the weighted mean, never given a guessed weight, and counted in the basis
///   (``IndicatorActual/Basis/leftOut``).
///
/// ``IndicatorActual/noData(_:)`` when there is no dataset, no school has the value in Y, or — for the
/// weighted mean — no school with the value has an enrolment.
///
/// - Complexity: O(n) for n schools.
///
/// ```swift
/// // quality 60 (100 students), 80 (300 students), 70 (no enrolment) in 2022
/// // mean: (60 + 80 + 70) / 3 = 70; weighted: (60·100 + 80·300) / 400 = 75, 1 school left out
/// ```
public struct AggregateIndicator: Indicator {
  /// How the schools' values make the municipal value.
  public enum Aggregation: String, Sendable, Hashable, Codable, CaseIterable {
    /// The plain mean over the schools with a value.
    case mean
    /// The mean weighted by `context.enrollment` of the same year.
    case enrolmentWeightedMean = "enrolment_weighted_mean"
  }

  /// What the indicator is.
  public let indicatorDescription: IndicatorDescription
  /// The dataset metric aggregated.
  public let metric: MetricKey
  /// How it is aggregated.
  public let aggregation: Aggregation

  /// Creates an indicator computed from a dataset metric.
  ///
  /// - Parameters:
  ///   - id: The id.
  ///   - title: The document's wording, in Russian and English.
  ///   - unit: The unit — the metric's own.
  ///   - level: `.school` (the default) when the document's indicator is each school's value,
  ///     `.municipality` when it is the municipality's figure computed from school data.
  ///   - better: `.positive` when more is better.
  ///   - target: The target, or `nil`.
  ///   - provenance: Where the indicator comes from.
  ///   - rationale: Why it is tracked and how the document was read.
  ///   - metric: The dataset metric.
  ///   - aggregation: `.mean` or `.enrolmentWeightedMean`.
  public init(
    id: IndicatorID, title: LocalizedText, unit: MetricCatalog.Unit,
    level: IndicatorDescription.Level = .school,
    better: MetricCatalog.Direction, target: Target?, provenance: Provenance,
    rationale: LocalizedText,
    metric: MetricKey, aggregation: Aggregation
  ) {
    self.metric = metric
    self.aggregation = aggregation
    let words: LocalizedText
    switch aggregation {
    case .mean:
      words = LocalizedText(
        ru: "Среднее значений \(metric) по школам, у которых оно есть за год (каждая школа с "
          + "равным весом).",
        en: "The plain mean of \(metric) over the schools that have it for the year (each school "
          + "weighted equally).")
    case .enrolmentWeightedMean:
      words = LocalizedText(
        ru: "Среднее значений \(metric) по школам, взвешенное по числу обучающихся "
          + "(context.enrollment) того же года; школа без численности не учитывается.",
        en: "The mean of \(metric) over the schools, weighted by the number of students "
          + "(context.enrollment) of the same year; a school without an enrolment is left out.")
    }
    self.indicatorDescription = IndicatorDescription(
      id: id, title: title, unit: unit, level: level, better: better, target: target,
      provenance: provenance, rationale: rationale, aggregation: words)
  }

  /// The mean of the metric over the schools in `year`, plain or weighted.
  public func actual(in year: AcademicYear, context: IndicatorContext) -> IndicatorActual {
    guard let dataset = context.dataset else {
      return .noData(
        LocalizedText(
          ru: "нет данных школ, из которых считается показатель",
          en: "there is no school dataset to compute the indicator from"))
    }
    let title = context.title(of: metric)
    let enrollment = dataset.column(.contextEnrollment, year: year)
    var used: [IndicatorActual.SchoolValue] = []
    var sum = 0.0
    var weights = 0.0
    var leftOut = 0
    for (index, school) in dataset.schools.enumerated() {
      guard let value = dataset.value(of: metric, school: index, year: year) else { continue }
      switch aggregation {
      case .mean:
        sum += value
        weights += 1
      case .enrolmentWeightedMean:
        let students = enrollment.map { $0[$0.startIndex + index] } ?? .nan
        // NaN fails `students > 0` too: a missing enrolment.
        guard students > 0, students.isFinite else {
          leftOut += 1
          continue
        }
        sum += value * students
        weights += students
      }
      used.append(IndicatorActual.SchoolValue(school: school.id, value: value))
    }
    guard !used.isEmpty || leftOut > 0 else {
      return .noData(
        LocalizedText(
          ru: "ни у одной школы нет значения «\(title.ru)» (\(metric)) за \(year)",
          en: "no school has a value of \"\(title.en)\" (\(metric)) for \(year)"))
    }
    guard weights > 0 else {
      return .noData(
        LocalizedText(
          ru: "у школ со значением «\(title.ru)» за \(year) нет численности обучающихся "
            + "(context.enrollment): не учтено школ: \(leftOut)",
          en: "the schools with a value of \"\(title.en)\" for \(year) have no enrolment "
            + "(context.enrollment): schools left out: \(leftOut)"))
    }
    let n = used.count
    var note: LocalizedText
    switch aggregation {
    case .mean:
      note = LocalizedText(
        ru: "среднее по школам со значением (школ: \(n) из \(dataset.schoolCount))",
        en: "the mean over the schools with a value (schools: \(n) of \(dataset.schoolCount))")
    case .enrolmentWeightedMean:
      note = LocalizedText(
        ru: "среднее, взвешенное по числу обучающихся (школ: \(n) из \(dataset.schoolCount))",
        en: "the mean weighted by the number of students (schools: \(n) of "
          + "\(dataset.schoolCount))")
      if leftOut > 0 {
        note.ru += "; не учтено школ без численности обучающихся: \(leftOut)"
        note.en += "; schools left out for lack of an enrolment: \(leftOut)"
      }
    }
    return .value(
      sum / weights,
      basis: .init(note: note, schools: n, leftOut: leftOut, schoolValues: used))
  }
}
