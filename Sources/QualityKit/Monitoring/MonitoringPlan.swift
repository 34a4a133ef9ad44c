/// The monitoring procedures of a programme, checked, and the calendar they give for a year.
///
/// A plan is valid by construction: ``init(_:)`` refuses repeated or empty ids and periodicities
/// that cannot be dated (``MonitoringProcedure/Periodicity/problem``), so ``calendar(for:)`` is total.
///
/// - Complexity: ``init(_:)`` is O(p) for p procedures; ``calendar(for:)`` is O(o log o) for the o
///   occurrences of the year (at most 12 per procedure).
///
/// ```swift
/// let plan = try MonitoringPlan([identification, quality])   // 1×/year and 4×/year
/// let calendar = plan.calendar(for: 2023)                    // 5 occurrences
/// calendar.map { $0.due?.description ?? "—" }
/// // ["2022-11-30", "2023-02-28", "2023-05-31", "2023-08-31", "2023-08-31"]
/// ```
public struct MonitoringPlan: Sendable, Hashable {
  /// The procedures, in the order they were given.
  public let procedures: [MonitoringProcedure]
  private let positions: [MonitoringProcedureID: Int]

  /// Creates a plan.
  ///
  /// - Parameter procedures: The procedures, in the order reports list them in.
  /// - Throws: ``MonitoringPlanError`` for the first procedure with an empty or repeated id or a
  ///   periodicity with a ``MonitoringProcedure/Periodicity/problem``.
  /// - Complexity: O(p) for p procedures.
  public init(_ procedures: [MonitoringProcedure]) throws(MonitoringPlanError) {
    var positions: [MonitoringProcedureID: Int] = [:]
    for (index, procedure) in procedures.enumerated() {
      guard !procedure.id.rawValue.isEmpty else {
        throw MonitoringPlanError(kind: .emptyProcedureID, procedure: procedure.id)
      }
      guard positions.updateValue(index, forKey: procedure.id) == nil else {
        throw MonitoringPlanError(kind: .duplicateProcedure, procedure: procedure.id)
      }
      if let problem = procedure.periodicity.problem {
        throw MonitoringPlanError(kind: problem, procedure: procedure.id)
      }
    }
    self.procedures = procedures
    self.positions = positions
  }

  /// Creates an empty plan: no procedures, an empty calendar (for a pack without monitoring).
  ///
  /// - Complexity: O(1).
  public init() {
    procedures = []
    positions = [:]
  }

  /// The ids of the procedures, in plan order: what a records file may name.
  public var ids: [MonitoringProcedureID] { procedures.map(\.id) }

  /// The procedure with `id`, or `nil`.
  ///
  /// - Complexity: O(1) on average.
  public func procedure(_ id: MonitoringProcedureID) -> MonitoringProcedure? {
    positions[id].map { procedures[$0] }
  }

  /// The occurrences of every procedure in `year`, sorted by due date, then procedure id, then
  /// number; undated procedures (``MonitoringProcedure/Periodicity/continuous``, ``MonitoringProcedure/Periodicity/asScheduled``) last,
  /// one occurrence each, by id.
  ///
  /// A ``MonitoringProcedure/Periodicity/once(from:to:)`` procedure whose dates do not touch the year has no
  /// occurrence in it.
  ///
  /// - Parameter year: The academic year, 1 September – 31 August.
  /// - Returns: The calendar of the year.
  /// - Complexity: O(o log o) for o occurrences.
  public func calendar(for year: AcademicYear) -> [MonitoringPlan.Occurrence] {
    var occurrences: [MonitoringPlan.Occurrence] = []
    for procedure in procedures {
      guard procedure.periodicity.isDated else {
        occurrences.append(
          MonitoringPlan.Occurrence(procedure: procedure, index: 1, count: 1, window: nil))
        continue
      }
      let windows = procedure.periodicity.windows(in: year)
      for (offset, window) in windows.enumerated() {
        occurrences.append(
          MonitoringPlan.Occurrence(
            procedure: procedure, index: offset + 1, count: windows.count, window: window))
      }
    }
    return occurrences.sorted(by: MonitoringPlan.Occurrence.calendarOrder)
  }

  /// Two plans are equal when they have the same procedures in the same order.
  public static func == (lhs: MonitoringPlan, rhs: MonitoringPlan) -> Bool {
    lhs.procedures == rhs.procedures
  }

  /// Hashes the procedures.
  public func hash(into hasher: inout Hasher) { hasher.combine(procedures) }
}

extension MonitoringPlan: Codable {
  private enum CodingKeys: String, CodingKey {
    case procedures
  }

  /// Decodes a plan from `{"procedures": [...]}` and checks it like ``init(_:)``.
  ///
  /// - Throws: `DecodingError.dataCorrupted` with the ``MonitoringPlanError`` message (in English)
  ///   when the plan is not valid.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let procedures = try container.decode([MonitoringProcedure].self, forKey: .procedures)
    do {
      try self.init(procedures)
    } catch {
      throw DecodingError.dataCorruptedError(
        forKey: .procedures, in: container, debugDescription: error.message(in: .english))
    }
  }

  /// Encodes the plan as `{"procedures": [...]}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(procedures, forKey: .procedures)
  }
}
