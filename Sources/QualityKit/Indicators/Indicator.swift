/// A target indicator of a programme: something the municipality measures every year and compares
/// with a target («Доля обучающихся … ниже минимума … не более 5 %»).
///
/// An indicator computes its **actual** value for a year from an ``IndicatorContext`` — the school
/// dataset, the values reported by hand, or both — and says what is missing when it cannot.
/// Targets, statuses, distances and trends are the same for every indicator and are worked out by
/// ``ProgressReport`` from the ``indicatorDescription``.
///
/// The building blocks are ``ReportedIndicator`` (a value typed in by the department),
/// ``AggregateIndicator`` (a municipal value computed from a dataset metric) and
/// ``PositiveDynamicsIndicator`` (the share of schools whose metric improved). A host writes its own
/// by conforming to this protocol:
///
/// ```swift
/// struct SchoolsWithValue: Indicator {
///   let indicatorDescription: IndicatorDescription
///   func actual(in year: AcademicYear, context: IndicatorContext) -> IndicatorActual {
///     guard let dataset = context.dataset else {
///       return .noData(LocalizedText(ru: "нет данных школ", en: "no school data"))
///     }
///     let count = dataset.column(.satisfactionPercent, year: year)?.filter { !$0.isNaN }.count ?? 0
///     return .value(Double(count), basis: .init(
///       note: LocalizedText(ru: "школ со значением", en: "schools with a value"), schools: count))
///   }
/// }
/// ```
///
/// An implementation must be a pure function of its arguments: the same year and context give the
/// same actual, so reports are reproducible byte for byte.
public protocol Indicator: Sendable {
  /// What the indicator is: id, title, unit, level, better direction, target and provenance.
  ///
  /// Not `description`, so that a host type can also be `CustomStringConvertible`.
  var indicatorDescription: IndicatorDescription { get }

  /// The indicator's actual municipal value in `year`, or what is missing.
  ///
  /// - Parameters:
  ///   - year: The academic year.
  ///   - context: The school dataset, if any, and the values reported by hand.
  /// - Returns: ``IndicatorActual/value(_:basis:)`` with how it was obtained, or
  ///   ``IndicatorActual/noData(_:)`` saying what is missing — never a made-up zero.
  func actual(in year: AcademicYear, context: IndicatorContext) -> IndicatorActual
}

extension Indicator {
  /// The indicator's id.
  public var id: IndicatorID { indicatorDescription.id }
}
