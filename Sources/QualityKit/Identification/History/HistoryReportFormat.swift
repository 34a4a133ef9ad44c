/// The formats an identification history can be written in.
public enum HistoryReportFormat: String, Sendable, Hashable, CaseIterable {
  /// Plain text for the terminal: the default.
  case text
  /// Markdown, for wikis and documents.
  case markdown
  /// JSON in the `qualitykit.history/1` schema, for programs.
  case json

  /// Writes `history` in this format to `output`.
  ///
  /// - Complexity: O(s · k · y) for s schools, k categories and y years.
  public func write(
    _ history: IdentificationHistory, language: Language = .russian,
    to output: inout some ReportOutputStream
  ) {
    switch self {
    case .text: HistoryTextReport(language: language, markdown: false).write(history, to: &output)
    case .markdown:
      HistoryTextReport(language: language, markdown: true).write(history, to: &output)
    case .json: HistoryJSONReport(language: language).write(history, to: &output)
    }
  }

  /// The history as one string.
  ///
  /// - Complexity: O(s · k · y) for s schools, k categories and y years.
  public func render(_ history: IdentificationHistory, language: Language = .russian) -> String {
    var text = ""
    write(history, language: language, to: &text)
    return text
  }
}
