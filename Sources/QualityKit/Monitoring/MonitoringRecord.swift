/// A record that a monitoring procedure was carried out on a day.
///
/// Records come from a records file (``MonitoringRecordsFile``) or from the host's own storage; a
/// ``MonitoringStatusReport`` matches them with the occurrences of a calendar.
///
/// ```swift
/// let record = MonitoringRecord(procedure: "quality", date: date)
/// ```
public struct MonitoringRecord: Sendable, Hashable, Codable {
  /// The procedure carried out.
  public let procedure: MonitoringProcedureID
  /// The day it was carried out (for a procedure that takes several days, the day it was
  /// completed).
  public let date: CalendarDate

  /// Creates a record.
  public init(procedure: MonitoringProcedureID, date: CalendarDate) {
    self.procedure = procedure
    self.date = date
  }

  /// Orders records by date, then procedure id: the order reports list them in.
  ///
  /// - Complexity: O(m) in the length of the ids.
  public static func chronological(_ lhs: MonitoringRecord, _ rhs: MonitoringRecord) -> Bool {
    lhs.date != rhs.date ? lhs.date < rhs.date : lhs.procedure < rhs.procedure
  }
}
