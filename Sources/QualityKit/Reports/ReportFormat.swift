/// The formats a report can be written in: the library's one choice between them.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
  /// Plain text for the terminal: the default.
  case text
  /// Markdown, for wikis and documents.
  case markdown
  /// JSON in the report's schema (`qualitykit.identification/1`, `qualitykit.progress/1`, …), for
  /// programs.
  case json
  /// CSV for Russian Excel: `;`, decimal comma, UTF-8 with BOM.
  case csv

  /// Writes `report` in this format to `output`: its document drawn by ``TextRenderer`` or
  /// ``MarkdownRenderer``, or its JSON or CSV export.
  public func write(
    _ report: some Reportable, language: Language = .russian,
    to output: inout some ReportOutputStream
  ) {
    switch self {
    case .text: TextRenderer().render(report.document(language: language), to: &output)
    case .markdown: MarkdownRenderer().render(report.document(language: language), to: &output)
    case .json: report.writeJSON(language: language, to: &output)
    case .csv: report.writeCSV(language: language, to: &output)
    }
  }

  /// The report as one string.
  public func render(_ report: some Reportable, language: Language = .russian) -> String {
    var text = ""
    write(report, language: language, to: &text)
    return text
  }
}
