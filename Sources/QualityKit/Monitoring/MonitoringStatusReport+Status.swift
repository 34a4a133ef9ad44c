extension MonitoringStatusReport {
  /// Where an occurrence of a monitoring procedure stands on the report date.
  ///
  /// For a dated occurrence, exactly one of the first four holds on a date `asOf`:
  ///
  /// - ``done``: a record dated inside the window (and not after `asOf`);
  /// - ``overdue``: not done, and the due date is before `asOf` — on the due date itself the
  ///   occurrence is still in progress;
  /// - ``inProgress``: not done, and `asOf` is inside the window;
  /// - ``upcoming``: not done, and the window opens after `asOf`.
  ///
  /// ``undated`` is the status of ``MonitoringProcedure/Periodicity/continuous`` and ``MonitoringProcedure/Periodicity/asScheduled``
  /// procedures, which are listed but never due, and so never overdue.
  ///
  /// ```swift
  /// MonitoringStatusReport.Status.overdue.title[.russian]   // "просрочено"
  /// MonitoringStatusReport.Status.inProgress.rawValue       // "in_progress"
  /// ```
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// Выполнено: a record falls inside the window.
    case done
    /// Просрочено: the due date has passed without a record.
    case overdue
    /// Идёт: the window is open and has no record yet.
    case inProgress = "in_progress"
    /// Предстоит: the window has not opened.
    case upcoming
    /// Без срока: a continuous or externally scheduled procedure.
    case undated

    /// The status as reports print it: «выполнено», «просрочено», «идёт», «предстоит», «без срока».
    public var title: LocalizedText {
      switch self {
      case .done: LocalizedText(ru: "выполнено", en: "done")
      case .overdue: LocalizedText(ru: "просрочено", en: "overdue")
      case .inProgress: LocalizedText(ru: "идёт", en: "in progress")
      case .upcoming: LocalizedText(ru: "предстоит", en: "upcoming")
      case .undated: LocalizedText(ru: "без срока", en: "no due date")
      }
    }
  }
}
