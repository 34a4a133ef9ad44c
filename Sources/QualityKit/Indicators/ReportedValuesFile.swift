/// Reads the reported-values file: `indicator;year;value`, with an optional `school_id` column.
///
/// Each row is one value the department reports by hand for a target indicator in an academic year:
/// `indicator` is the id of a known indicator, `year` an integer 1900–2200 (the end year) or
/// `2021/2022`, `value` a finite number (decimal comma accepted), and `school_id` — when the column is
/// there and the cell is not empty — the school the value is for; an empty `school_id` is the
/// municipality's value.
///
/// Each row's cells are checked in this order, whatever the order of the columns, and the first
/// problem is the row's error:
/// - an empty indicator is ``CSVError/Kind/missingValue(column:)``, an unknown one
///   ``CSVError/Kind/unknownIndicator(_:)`` (``Problem/unknownIndicator(_:)``), at the `indicator` column;
/// - a bad year is ``CSVError/Kind/invalidYear(_:)`` (an empty one `missingValue`) at `year`;
/// - a school not in `schools` (when it is given) is ``CSVError/Kind/unknownSchool(_:)`` at
///   `school_id`;
/// - a value that is not a finite number — text, `NaN`, `inf`, too large — is
///   ``CSVError/Kind/notANumber(_:)`` at `value`;
/// - a second value for the same (indicator, year, school) is
///   ``CSVError/Kind/duplicateReportedValue(indicator:year:school:)`` at `value` (``Problem/duplicateValue(indicator:year:school:)``).
///
/// An empty `value` is a missing row: no error and nothing stored (the indicator then reports «нет
/// данных»). The other cells of such a row are still checked, so a misspelt indicator is never
/// skipped quietly. The header must name `indicator`, `year` and `value`; any other column than
/// these and `school_id` is ``CSVError/Kind/unexpectedColumn(_:)``, thrown in every mode like the
/// other readers' header errors. In ``CSVSource/ReadMode/collecting`` mode a bad row is left out and its
/// error recorded.
///
/// - Complexity: O(n) in the size of the file, plus O(r log r) to index r rows.
///
/// ```swift
/// let reported = try ReportedValuesFile.read(
///   CSVSource(name: "reported.csv", text: """
///     indicator;year;school_id;value
///     amur.i4;2022;;12
///     amur.i5;2022;S1;75,5
///     """),
///   indicators: ["amur.i4", "amur.i5"], schools: ["S1", "S2"])
/// reported.value(of: "amur.i5", year: 2022, school: "S1")   // 75.5
/// ```
public enum ReportedValuesFile {
  /// The columns a reported-values file may have; `school_id` is optional.
  public static let columns = ["indicator", "year", "school_id", "value"]

  /// Reads the reported values of a file.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - indicators: The ids of the indicators values may be reported for.
  ///   - schools: The schools values may be reported for, or `nil` to accept any school id.
  ///   - ranges: The values each indicator may take (``MetricCatalog/Unit/validRange`` of its
  ///     unit, say): a value outside is
  ///     ``Problem/valueOutOfRange(indicator:value:range:)`` at `value`; an indicator without a
  ///     range takes any finite number.
  ///   - mode: ``CSVSource/ReadMode/strict`` to throw the first error, ``CSVSource/ReadMode/collecting`` to skip
  ///     bad rows.
  ///   - rejected: Where collecting mode appends one error per rejected row.
  /// - Returns: The accepted values.
  /// - Throws: A structural ``CSVError`` in any mode (empty file, missing, repeated or unexpected
  ///   column, malformed quoting); any error in strict mode.
  /// - Complexity: O(n) in the size of the file, plus O(r log r) for r rows.
  ///
  /// ```swift
  /// var rejected: [CSVError] = []
  /// let reported = try ReportedValuesFile.read(
  ///   source, indicators: ids, schools: nil, mode: .collecting, rejected: &rejected)
  /// ```
  public static func read(
    _ source: CSVSource, indicators: [IndicatorID], schools: [SchoolID]? = nil,
    ranges: [IndicatorID: ClosedRange<Double>] = [:], mode: CSVSource.ReadMode,
    rejected: inout [CSVError]
  ) throws(CSVError) -> ReportedValues {
    try source.locatingErrors(mode: mode, rejected: &rejected) {
      (source, rejected) throws(CSVError) in
      try readText(
        source, indicators: indicators, schools: schools, ranges: ranges, mode: mode,
        rejected: &rejected)
    }
  }

  /// The reading itself, of CSV text (a workbook's sheet already turned into it).
  private static func readText(
    _ source: CSVSource, indicators: [IndicatorID], schools: [SchoolID]? = nil,
    ranges: [IndicatorID: ClosedRange<Double>] = [:], mode: CSVSource.ReadMode,
    rejected: inout [CSVError]
  ) throws(CSVError) -> ReportedValues {
    var reader = CSVReader(source)
    let header = try CSVHeader(reading: &reader)
    let indicatorField = try header.require("indicator")
    let yearField = try header.require("year")
    let valueField = try header.require("value")
    let schoolField = header.index(of: "school_id")
    try header.rejectColumns(otherThan: Set(columns))
    let known = Set(indicators)
    let knownSchools = schools.map(Set.init)

    var entries: [ReportedValues.Entry] = []
    var seen = Set<ReportedValues.Entry>()
    while try reader.nextRecord() {
      if let error = header.fieldCountError(in: reader) {
        try mode.reject(error, into: &rejected)
        continue
      }
      do throws(CSVError) {
        let text = try reader.requiredString(at: indicatorField, column: "indicator")
        let indicator = IndicatorID(text)
        guard known.contains(indicator) else {
          throw reader.error(.unknownIndicator(text), column: indicatorField + 1)
        }
        let year = try reader.year(at: yearField, column: "year")
        var school: SchoolID?
        if let schoolField {
          let id = try reader.string(at: schoolField)
          if !id.isEmpty {
            guard knownSchools?.contains(SchoolID(id)) ?? true else {
              throw reader.error(.unknownSchool(SchoolID(id)), column: schoolField + 1)
            }
            school = SchoolID(id)
          }
        }
        let value: Double
        switch reader.number(at: valueField) {
        case .missing: continue
        case .invalid:
          throw reader.error(
            .notANumber(reader.displayText(at: valueField)), column: valueField + 1)
        case .value(let number): value = number
        }
        if let range = ranges[indicator], !range.contains(value) {
          throw reader.error(
            .content(
              .init(Problem.valueOutOfRange(indicator: indicator, value: value, range: range))),
            column: valueField + 1)
        }
        // `seen` holds each entry with value 0, so that it compares (indicator, year, school) only.
        let key = ReportedValues.Entry(
          indicator: indicator, year: AcademicYear(year), school: school, value: 0)
        guard seen.insert(key).inserted else {
          throw reader.error(
            .duplicateReportedValue(indicator: indicator, year: year, school: school),
            column: valueField + 1)
        }
        entries.append(
          ReportedValues.Entry(
            indicator: indicator, year: AcademicYear(year), school: school, value: value))
      } catch {
        try mode.reject(error, into: &rejected)
      }
    }
    do throws(IndicatorError) {
      return try ReportedValues(entries)
    } catch {
      // Unreachable: repeated and non-finite values were rejected row by row above.
      if case .duplicateValue(let entry) = error.kind {
        throw CSVError(
          kind: .duplicateReportedValue(
            indicator: entry.indicator, year: entry.year.endYear, school: entry.school),
          file: source.name, line: 0, column: 0)
      }
      // `ReportedValues(_:)` throws no other kind than these two.
      let value =
        if case .notFiniteValue(let entry) = error.kind { String(entry.value) } else { "" }
      throw CSVError(kind: .notANumber(value), file: source.name, line: 0, column: 0)
    }
  }

  /// Reads the reported values of a file, throwing the first error.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - indicators: The ids of the indicators values may be reported for.
  ///   - schools: The schools values may be reported for, or `nil` to accept any school id.
  ///   - ranges: The values each indicator may take; see
  ///     ``read(_:indicators:schools:ranges:mode:rejected:)``.
  /// - Returns: The values.
  /// - Throws: The first ``CSVError``.
  /// - Complexity: O(n) in the size of the file, plus O(r log r) for r rows.
  ///
  /// ```swift
  /// let reported = try ReportedValuesFile.read(source, indicators: ["amur.i4"])
  /// reported.count   // the number of rows with a value
  /// ```
  public static func read(
    _ source: CSVSource, indicators: [IndicatorID], schools: [SchoolID]? = nil,
    ranges: [IndicatorID: ClosedRange<Double>] = [:]
  ) throws(CSVError) -> ReportedValues {
    var rejected: [CSVError] = []
    return try read(
      source, indicators: indicators, schools: schools, ranges: ranges, mode: .strict,
      rejected: &rejected)
  }

  /// The values `indicators` may take, by id: each one's unit's ``MetricCatalog/Unit/validRange``.
  public static func ranges(of indicators: [any Indicator]) -> [IndicatorID: ClosedRange<Double>] {
    var ranges: [IndicatorID: ClosedRange<Double>] = [:]
    for indicator in indicators.map(\.indicatorDescription) {
      ranges[indicator.id] = indicator.unit.validRange
    }
    return ranges
  }
}
