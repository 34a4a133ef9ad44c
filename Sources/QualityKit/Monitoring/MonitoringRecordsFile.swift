/// Reads a monitoring records file: `procedure;date`, one row per procedure carried out.
///
/// `procedure` is the id of a procedure of the plan; `date` is the day it was carried out, written
/// `YYYY-MM-DD` or `DD.MM.YYYY` (what Excel with Russian settings saves), see
/// ``CalendarDate/init(_:)``. The columns may come in any order; no other column is allowed. Each
/// row is checked, and its first problem is reported at its line and column:
///
/// - an empty cell is ``CSVError/Kind/missingValue(column:)``;
/// - a procedure the plan does not have is ``CSVError/Kind/unknownProcedure(_:)``;
/// - a date in neither form, or a day that does not exist, is ``CSVError/Kind/invalidDate(_:)``;
/// - a second row for the same procedure and day — however the date is written — is
///   ``CSVError/Kind/duplicateRecord(procedure:date:)`` at its date.
///
/// The file is read with `CSVReader`: `;`, `,` or tab, RFC 4180 quoting, UTF-8 with or without a
/// byte order mark, blank lines skipped. In ``CSVSource/ReadMode/collecting`` mode a bad row is left out
/// and its error recorded; nothing is dropped silently.
///
/// - Complexity: O(n) in the size of the file.
///
/// ```swift
/// let records = try MonitoringRecordsFile.read(
///   CSVSource(name: "records.csv", text: "procedure;date\nquality;15.10.2022\n"),
///   procedures: plan.ids)
/// records   // [quality on 2022-10-15]
/// ```
public enum MonitoringRecordsFile {
  /// The columns of a records file.
  public static let columns = ["procedure", "date"]

  /// Reads the records of a file.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - procedures: The procedure ids rows may name, usually ``MonitoringPlan/ids``.
  ///   - mode: ``CSVSource/ReadMode/strict`` to throw the first error, ``CSVSource/ReadMode/collecting`` to skip
  ///     bad rows.
  ///   - rejected: Where collecting mode appends one error per rejected row.
  /// - Returns: The accepted records, in file order.
  /// - Throws: A structural ``CSVError`` in any mode (empty file, missing, repeated or unexpected
  ///   column, malformed quoting); any error in strict mode.
  /// - Complexity: O(n) in the size of the file.
  ///
  /// ```swift
  /// var rejected: [CSVError] = []
  /// let records = try MonitoringRecordsFile.read(
  ///   source, procedures: plan.ids, mode: .collecting, rejected: &rejected)
  /// ```
  public static func read(
    _ source: CSVSource, procedures: [MonitoringProcedureID], mode: CSVSource.ReadMode,
    rejected: inout [CSVError]
  ) throws(CSVError) -> [MonitoringRecord] {
    try source.locatingErrors(mode: mode, rejected: &rejected) {
      (source, rejected) throws(CSVError) in
      try readText(
        source, procedures: procedures, mode: mode, rejected: &rejected)
    }
  }

  /// The reading itself, of CSV text (a workbook's sheet already turned into it).
  private static func readText(
    _ source: CSVSource, procedures: [MonitoringProcedureID], mode: CSVSource.ReadMode,
    rejected: inout [CSVError]
  ) throws(CSVError) -> [MonitoringRecord] {
    var reader = CSVReader(source)
    let header = try CSVHeader(reading: &reader)
    let procedureField = try header.require("procedure")
    let dateField = try header.require("date")
    try header.rejectColumns(otherThan: Set(columns))
    let known = Set(procedures)

    var records: [MonitoringRecord] = []
    var seen = Set<MonitoringRecord>()
    while try reader.nextRecord() {
      if let error = header.fieldCountError(in: reader) {
        try mode.reject(error, into: &rejected)
        continue
      }
      do throws(CSVError) {
        let id = try reader.requiredString(at: procedureField, column: "procedure")
        let procedure = MonitoringProcedureID(id)
        guard known.contains(procedure) else {
          throw reader.error(.unknownProcedure(id), column: procedureField + 1)
        }
        let text = try reader.requiredString(at: dateField, column: "date")
        guard let date = CalendarDate(text) else {
          throw reader.error(.invalidDate(text), column: dateField + 1)
        }
        let record = MonitoringRecord(procedure: procedure, date: date)
        guard seen.insert(record).inserted else {
          throw reader.error(
            .duplicateRecord(procedure: procedure, date: date), column: dateField + 1)
        }
        records.append(record)
      } catch {
        try mode.reject(error, into: &rejected)
      }
    }
    return records
  }

  /// Reads the records of a file, throwing the first error.
  ///
  /// - Parameters:
  ///   - source: The file's name and bytes.
  ///   - procedures: The procedure ids rows may name.
  /// - Returns: The records, in file order.
  /// - Throws: The first ``CSVError``.
  /// - Complexity: O(n) in the size of the file.
  ///
  /// ```swift
  /// let records = try MonitoringRecordsFile.read(source, procedures: plan.ids)
  /// ```
  public static func read(_ source: CSVSource, procedures: [MonitoringProcedureID])
    throws(CSVError) -> [MonitoringRecord]
  {
    var rejected: [CSVError] = []
    return try read(source, procedures: procedures, mode: .strict, rejected: &rejected)
  }
}
