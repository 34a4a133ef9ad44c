/// A monitoring procedure of a programme: what is checked, how often, by whom, and where the
/// document says so.
///
/// A procedure is a plain value; a ``MonitoringPlan`` checks a set of them (unique ids, a
/// periodicity that can be dated) and expands them into a calendar.
///
/// ```swift
/// let quality = MonitoringProcedure(
///   id: "quality",
///   title: LocalizedText(ru: "Мониторинг качества образования в ОУ",
///                        en: "Monitoring of education quality in schools"),
///   periodicity: .timesPerYear(4),
///   provenance: Provenance(
///     source: "000_2047c6b8ed2e3828.txt", section: "Паспорт программы: мониторинг",
///     quote: "мониторинг качества образования в ОУ - 4 раза в год…", kind: .stated))
/// ```
public struct MonitoringProcedure: Sendable, Hashable {
  /// The procedure's id, named by records files.
  public let id: MonitoringProcedureID
  /// What is monitored.
  public let title: LocalizedText
  /// When it is due.
  public let periodicity: MonitoringProcedure.Periodicity
  /// Who carries it out — a role («муниципальный координатор», «управление образования»), never a
  /// person — or `nil` when the document does not say.
  public let responsible: LocalizedText?
  /// Where the procedure and its periodicity come from.
  public let provenance: Provenance
  /// Why the procedure exists and anything a reader should know about it (what it assesses, how
  /// the periodicity was read).
  public let notes: LocalizedText?

  /// Creates a procedure.
  ///
  /// - Parameters:
  ///   - id: The id records files use.
  ///   - title: What is monitored.
  ///   - periodicity: When it is due.
  ///   - responsible: The responsible role, or `nil` when the document names none.
  ///   - provenance: The document, section and quote.
  ///   - notes: Rationale and remarks.
  public init(
    id: MonitoringProcedureID, title: LocalizedText, periodicity: MonitoringProcedure.Periodicity,
    responsible: LocalizedText? = nil, provenance: Provenance, notes: LocalizedText? = nil
  ) {
    self.id = id
    self.title = title
    self.periodicity = periodicity
    self.responsible = responsible
    self.provenance = provenance
    self.notes = notes
  }
}
