extension MonitoringRecordsFile {
  /// What a monitoring records file refuses in the meaning of a cell, carried by a ``CSVError`` as
  /// ``CSVError/Kind/content(_:)``.
  public enum Problem: CSVError.ContentProblem {
    /// A monitoring procedure id that the ``MonitoringPlan`` does not have.
    case unknownProcedure(String)
    /// A cell that should hold a date (`YYYY-MM-DD` or `DD.MM.YYYY`) holds this text, or a day
    /// that does not exist (`31.02.2023`).
    case invalidDate(String)
    /// A second record of the same procedure on the same day.
    case duplicateRecord(procedure: MonitoringProcedureID, date: CalendarDate)

    /// `unknown_procedure`, `invalid_date` or `duplicate_record`.
    public var code: String {
      switch self {
      case .unknownProcedure: "unknown_procedure"
      case .invalidDate: "invalid_date"
      case .duplicateRecord: "duplicate_record"
      }
    }

    /// The sentence that says what is wrong, in `language`.
    public func message(in language: Language) -> String {
      let ru = language == .russian
      switch self {
      case .unknownProcedure(let id):
        return ru
          ? "неизвестная процедура мониторинга «\(id)»: её нет в плане мониторинга"
          : "unknown monitoring procedure \"\(id)\": it is not in the monitoring plan"
      case .invalidDate(let text):
        return ru
          ? "«\(text)» — не дата: ожидается ГГГГ-ММ-ДД или ДД.ММ.ГГГГ"
          : "\"\(text)\" is not a date: expected YYYY-MM-DD or DD.MM.YYYY"
      case .duplicateRecord(let procedure, let date):
        return ru
          ? "повторная запись: процедура \(procedure) уже отмечена датой "
            + date.formatted(in: .russian)
          : "duplicate record: procedure \(procedure) is already recorded on \(date)"
      }
    }
  }
}

extension CSVError.Kind {
  /// A monitoring procedure id that the ``MonitoringPlan`` does not have.
  public static func unknownProcedure(_ id: String) -> Self {
    .content(CSVError.ContentIssue(MonitoringRecordsFile.Problem.unknownProcedure(id)))
  }

  /// A cell that should hold a date (`YYYY-MM-DD` or `DD.MM.YYYY`) holds this text, or a day that
  /// does not exist (`31.02.2023`).
  public static func invalidDate(_ text: String) -> Self {
    .content(CSVError.ContentIssue(MonitoringRecordsFile.Problem.invalidDate(text)))
  }

  /// A second record of the same procedure on the same day.
  public static func duplicateRecord(procedure: MonitoringProcedureID, date: CalendarDate) -> Self {
    .content(
      CSVError.ContentIssue(
        MonitoringRecordsFile.Problem.duplicateRecord(procedure: procedure, date: date)))
  }
}
