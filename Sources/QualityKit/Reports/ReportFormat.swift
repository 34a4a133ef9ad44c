/// The formats an identification report can be written in.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
  /// Plain text for the terminal: the default.
  case text
  /// Markdown, for wikis and documents.
  case markdown
  /// JSON in the `qualitykit.identification/1` schema, for programs.
  case json
  /// CSV for Russian Excel: `;`, decimal comma, UTF-8 with BOM; one row per school and criterion.
  case csv

  /// Writes `report` in this format to `output`.
  public func write(
    _ report: IdentificationReport, language: Language = .russian,
    to output: inout some ReportOutputStream
  ) {
    switch self {
    case .text: TextReport(language: language, markdown: false).write(report, to: &output)
    case .markdown: TextReport(language: language, markdown: true).write(report, to: &output)
    case .json: JSONReport(language: language).write(report, to: &output)
    case .csv: CSVReport(language: language).write(report, to: &output)
    }
  }

  /// The report as one string.
  public func render(_ report: IdentificationReport, language: Language = .russian) -> String {
    var text = ""
    write(report, language: language, to: &text)
    return text
  }
}
