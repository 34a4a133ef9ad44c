/// Where each occurrence of a monitoring plan stands on a date, given the records of what was
/// carried out — and which records matched nothing.
///
/// The report takes the calendar of `year` (``MonitoringPlan/calendar(for:)``) and matches the
/// records with it, procedure by procedure:
///
/// 1. A record of a procedure the plan does not have is unmatched
///    (``UnmatchedRecord/Reason/unknownProcedure``).
/// 2. A record dated outside the academic year and outside every window of its procedure in the
///    year belongs to another year (``UnmatchedRecord/Reason/otherYear``). Windows of
///    ``MonitoringProcedure/Periodicity/once(from:to:)`` may reach beyond the year, and records inside them count.
/// 3. A record dated after `asOf` is not counted (``UnmatchedRecord/Reason/afterAsOf``): the
///    report says what was known on `asOf`, so the same records give the same answer for an
///    earlier date.
/// 4. The occurrences of the procedure are taken earliest window first; each takes the earliest
///    record inside its window that no occurrence has taken yet, and is then
///    ``MonitoringStatusReport/Status/done``. Each record is used once.
/// 5. A record left over is ``UnmatchedRecord/Reason/repeated`` when it lies inside a window that
///    an earlier record already closed, else ``UnmatchedRecord/Reason/outsideWindows`` (for
///    instance a late record after a deadline: the occurrence stays overdue, the record is
///    reported).
///
/// An occurrence without a record is ``MonitoringStatusReport/Status/overdue``, ``MonitoringStatusReport/Status/inProgress``
/// or ``MonitoringStatusReport/Status/upcoming`` by its window and `asOf` (see ``MonitoringStatusReport/Status``). Undated
/// procedures are ``MonitoringStatusReport/Status/undated`` and collect their records of the year up to `asOf`.
///
/// Nothing is dropped: every record is either in an entry or in ``unmatched``. The report is
/// deterministic — records are sorted first, so their order does not matter.
///
/// - Complexity: O(r log r + o log o + Σ oₚ · rₚ) for r records and o occurrences, where oₚ and rₚ
///   are the occurrences and records of procedure p (at most 12 occurrences per procedure).
///
/// ```swift
/// guard let asOf = CalendarDate("15.03.2023") else { return }
/// let report = MonitoringStatusReport(plan: plan, year: 2023, records: records, asOf: asOf)
/// report.count(.overdue)                      // 2
/// report.entries(.overdue).map(\.occurrence.procedure.id)
/// report.unmatched.map(\.reason)              // [.otherYear, .repeated]
/// ```
public struct MonitoringStatusReport: Sendable, Hashable {
  /// One occurrence of the calendar with its status.
  public struct Entry: Sendable, Hashable {
    /// The occurrence.
    public let occurrence: MonitoringPlan.Occurrence
    /// Its status on the report date.
    public let status: MonitoringStatusReport.Status
    /// The dates of the records used: for a dated occurrence the one record that made it done
    /// (none otherwise); for an undated one, all its records of the year up to the report date.
    public let records: [CalendarDate]

    /// Creates an entry.
    public init(
      occurrence: MonitoringPlan.Occurrence, status: MonitoringStatusReport.Status,
      records: [CalendarDate]
    ) {
      self.occurrence = occurrence
      self.status = status
      self.records = records
    }
  }

  /// A record that no occurrence took, and why.
  public struct UnmatchedRecord: Sendable, Hashable {
    /// Why a record matched no occurrence.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
      /// The plan has no such procedure (records built by the host, not read from a file).
      case unknownProcedure = "unknown_procedure"
      /// The record belongs to another academic year.
      case otherYear = "other_year"
      /// The record is dated after the report date and is not counted.
      case afterAsOf = "after_as_of"
      /// The record lies in a window already closed by an earlier record.
      case repeated
      /// The record lies in the year but in none of the procedure's windows.
      case outsideWindows = "outside_windows"

      /// One sentence for reports.
      public var explanation: LocalizedText {
        switch self {
        case .unknownProcedure:
          LocalizedText(
            ru: "такой процедуры нет в плане мониторинга",
            en: "the monitoring plan has no such procedure")
        case .otherYear:
          LocalizedText(
            ru: "запись относится к другому учебному году",
            en: "the record belongs to another academic year")
        case .afterAsOf:
          LocalizedText(
            ru: "запись датирована позже даты отчёта и не учитывается",
            en: "the record is dated after the report date and is not counted")
        case .repeated:
          LocalizedText(
            ru: "срок уже закрыт более ранней записью",
            en: "the window is already closed by an earlier record")
        case .outsideWindows:
          LocalizedText(
            ru: "дата не попадает ни в один срок процедуры (например, выполнено после срока)",
            en: "the date falls in none of the procedure's windows (e.g. done after the due date)")
        }
      }
    }

    /// The record.
    public let record: MonitoringRecord
    /// Why it matched nothing.
    public let reason: Reason

    /// Creates an unmatched record.
    public init(record: MonitoringRecord, reason: Reason) {
      self.record = record
      self.reason = reason
    }
  }

  /// The plan.
  public let plan: MonitoringPlan
  /// The academic year of the calendar.
  public let year: AcademicYear
  /// The report date: statuses are as of the end of this day.
  public let asOf: CalendarDate
  /// The occurrences of the year with their statuses, in calendar order
  /// (``MonitoringPlan/calendar(for:)``).
  public let entries: [Entry]
  /// The records no occurrence took, by date, then procedure id.
  public let unmatched: [UnmatchedRecord]

  /// Matches `records` with the calendar of `year` as of `asOf`.
  ///
  /// - Parameters:
  ///   - plan: The monitoring plan.
  ///   - year: The academic year.
  ///   - records: What was carried out, in any order; repeated records are allowed (the second
  ///     one is ``UnmatchedRecord/Reason/repeated``).
  ///   - asOf: The report date.
  /// - Complexity: O(r log r + o log o + Σ oₚ · rₚ); see the type's documentation.
  public init(
    plan: MonitoringPlan, year: AcademicYear, records: [MonitoringRecord], asOf: CalendarDate
  ) {
    self.plan = plan
    self.year = year
    self.asOf = asOf
    let calendar = plan.calendar(for: year)

    var unmatched: [UnmatchedRecord] = []
    var recordsByProcedure: [MonitoringProcedureID: [MonitoringRecord]] = [:]
    for record in records.sorted(by: MonitoringRecord.chronological) {
      if plan.procedure(record.procedure) == nil {
        unmatched.append(UnmatchedRecord(record: record, reason: .unknownProcedure))
      } else {
        recordsByProcedure[record.procedure, default: []].append(record)
      }
    }
    var occurrencesByProcedure: [MonitoringProcedureID: [MonitoringPlan.Occurrence]] = [:]
    for occurrence in calendar {
      occurrencesByProcedure[occurrence.procedure.id, default: []].append(occurrence)
    }

    // The records each occurrence took, by (procedure, number).
    var taken: [MonitoringProcedureID: [Int: [CalendarDate]]] = [:]
    for procedure in plan.procedures {
      // Numbers follow the windows' chronological order (``MonitoringProcedure/Periodicity/windows(in:)``).
      let occurrences = (occurrencesByProcedure[procedure.id] ?? []).sorted {
        $0.index < $1.index
      }
      let windows = occurrences.compactMap(\.window)
      var candidates: [MonitoringRecord] = []
      for record in recordsByProcedure[procedure.id] ?? [] {
        let inReach =
          year.contains(record.date) || windows.contains { $0.contains(record.date) }
        if !inReach {
          unmatched.append(UnmatchedRecord(record: record, reason: .otherYear))
        } else if record.date > asOf {
          unmatched.append(UnmatchedRecord(record: record, reason: .afterAsOf))
        } else {
          candidates.append(record)
        }
      }
      guard procedure.periodicity.isDated else {
        // Only years reach an undated procedure (it has no windows): all its records count.
        taken[procedure.id] = [1: candidates.map(\.date)]
        continue
      }
      var used = [Bool](repeating: false, count: candidates.count)
      var byIndex: [Int: [CalendarDate]] = [:]
      for occurrence in occurrences {
        guard let window = occurrence.window else { continue }
        if let found = candidates.indices.first(where: {
          !used[$0] && window.contains(candidates[$0].date)
        }) {
          used[found] = true
          byIndex[occurrence.index] = [candidates[found].date]
        }
      }
      taken[procedure.id] = byIndex
      for (offset, record) in candidates.enumerated() where !used[offset] {
        let inWindow = windows.contains { $0.contains(record.date) }
        unmatched.append(
          UnmatchedRecord(record: record, reason: inWindow ? .repeated : .outsideWindows))
      }
    }

    entries = calendar.map { occurrence in
      let records = taken[occurrence.procedure.id]?[occurrence.index] ?? []
      let status: MonitoringStatusReport.Status
      if let window = occurrence.window {
        if !records.isEmpty {
          status = .done
        } else if window.upperBound < asOf {
          status = .overdue
        } else if window.lowerBound <= asOf {
          status = .inProgress
        } else {
          status = .upcoming
        }
      } else {
        status = .undated
      }
      return Entry(occurrence: occurrence, status: status, records: records)
    }
    self.unmatched = unmatched.sorted {
      if $0.record != $1.record { return MonitoringRecord.chronological($0.record, $1.record) }
      return $0.reason.rawValue < $1.reason.rawValue
    }
  }

  /// The number of occurrences with `status`.
  ///
  /// - Complexity: O(o).
  public func count(_ status: MonitoringStatusReport.Status) -> Int {
    entries.reduce(0) { $0 + ($1.status == status ? 1 : 0) }
  }

  /// The entries with `status`, in calendar order.
  ///
  /// - Complexity: O(o).
  public func entries(_ status: MonitoringStatusReport.Status) -> [Entry] {
    entries.filter { $0.status == status }
  }
}
