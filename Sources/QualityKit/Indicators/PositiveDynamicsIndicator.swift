/// The percentage of schools whose metric moved in the better direction from year Y−1 to Y — seed
/// 000: «100% школ достигли положительной динамики вовлечения обучающихся в программы
/// дополнительного образования», «50% школ достигли положительной динамики при участии в
/// олимпиадах…».
///
/// Among the n schools that have the metric in both Y−1 and Y, k moved in the metric's better
/// direction — strictly: up for a metric where more is better, down for one where less is better; an
/// unchanged value is not positive dynamics. The actual value is 100 · k / n percent of schools.
/// Schools with only one of the two values are left out and counted in the basis
/// (``IndicatorActual/Basis/leftOut``); with n = 0 the result is ``IndicatorActual/noData(_:)``. The
/// basis keeps each school's change (value in Y − value in Y−1) in the metric's unit.
///
/// The indicator itself is a share of schools: its unit is `percent`, its level `municipality`, and
/// more is better.
///
/// - Complexity: O(n) for n schools.
///
/// ```swift
/// // coverage 2021 → 2022: A 40 → 45 (up), B 50 → 50 (same), C 60 → 55 (down), D — → 70 (left out)
/// // 1 of 3 schools improved: 33.33 %, 1 school left out
/// ```
public struct PositiveDynamicsIndicator: Indicator {
  /// What the indicator is.
  public let indicatorDescription: IndicatorDescription
  /// The dataset metric whose change is followed.
  public let metric: MetricKey
  /// Which way the metric is better: `.positive` when a rise is positive dynamics.
  public let metricBetter: MetricCatalog.Direction

  /// Creates the indicator.
  ///
  /// - Parameters:
  ///   - id: The id.
  ///   - title: The document's wording, in Russian and English.
  ///   - target: The target share of schools, or `nil`.
  ///   - provenance: Where the indicator comes from.
  ///   - rationale: Why it is tracked and how the document was read.
  ///   - metric: The dataset metric.
  ///   - metricBetter: `.positive` (the default) when a rise of the metric is an improvement.
  public init(
    id: IndicatorID, title: LocalizedText, target: Target?, provenance: Provenance,
    rationale: LocalizedText, metric: MetricKey, metricBetter: MetricCatalog.Direction = .positive
  ) {
    self.metric = metric
    self.metricBetter = metricBetter
    let way =
      metricBetter == .positive
      ? (ru: "выросло", en: "rose") : (ru: "снизилось", en: "fell")
    self.indicatorDescription = IndicatorDescription(
      id: id, title: title, unit: .percent, level: .municipality, better: .positive,
      target: target, provenance: provenance, rationale: rationale,
      aggregation: LocalizedText(
        ru: "Доля школ, у которых значение \(metric) \(way.ru) по сравнению с прошлым годом, "
          + "среди школ со значениями за оба года.",
        en: "The share of schools whose \(metric) \(way.en) since the previous year, among the "
          + "schools with values for both years."),
      schoolValueMeaning: LocalizedText(
        ru: "изменение \(metric) к прошлому году", en: "change of \(metric) since the previous year"
      ))
  }

  /// The share of schools with positive dynamics from `year` − 1 to `year`.
  public func actual(in year: AcademicYear, context: IndicatorContext) -> IndicatorActual {
    let previous = AcademicYear(year.endYear - 1)
    guard let dataset = context.dataset else {
      return .noData(
        LocalizedText(
          ru: "нет данных школ, из которых считается показатель",
          en: "there is no school dataset to compute the indicator from"))
    }
    let title = context.title(of: metric)
    var changes: [IndicatorActual.SchoolValue] = []
    var improved = 0
    var leftOut = 0
    for (index, school) in dataset.schools.enumerated() {
      let now = dataset.value(of: metric, school: index, year: year)
      let before = dataset.value(of: metric, school: index, year: previous)
      guard let now, let before else {
        if now != nil || before != nil { leftOut += 1 }
        continue
      }
      let change = now - before
      changes.append(
        IndicatorActual.SchoolValue(school: school.id, value: change, years: [previous, year]))
      if change * metricBetter.sign > 0 { improved += 1 }
    }
    guard !changes.isEmpty else {
      var reason = LocalizedText(
        ru: "ни у одной школы нет значений «\(title.ru)» (\(metric)) за оба года: \(previous) и "
          + "\(year)",
        en: "no school has values of \"\(title.en)\" (\(metric)) for both \(previous) and \(year)")
      if leftOut > 0 {
        reason.ru += "; школ со значением только за один год: \(leftOut)"
        reason.en += "; schools with a value for one year only: \(leftOut)"
      }
      return .noData(reason)
    }
    let n = changes.count
    var note = LocalizedText(
      ru: "положительная динамика у \(improved) из \(n) \(Self.schoolsGenitive(n)) со значениями "
        + "за \(previous) и \(year)",
      en: "positive dynamics in \(improved) of \(n) schools with values for \(previous) and \(year)"
    )
    if leftOut > 0 {
      note.ru += "; не учтено школ со значением только за один год: \(leftOut)"
      note.en += "; schools left out with a value for one year only: \(leftOut)"
    }
    return .value(
      100 * Double(improved) / Double(n),
      basis: .init(note: note, schools: n, leftOut: leftOut, schoolValues: changes))
  }

  /// «школы» or «школ» after «из N»: «из 1 школы», «из 21 школы», «из 3 школ», «из 11 школ».
  static func schoolsGenitive(_ count: Int) -> String {
    count % 10 == 1 && count % 100 != 11 ? "школы" : "школ"
  }
}
