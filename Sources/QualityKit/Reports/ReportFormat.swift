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
  ///
  /// `progress`, when given, hears ``RunProgress/Phase/writing`` with one unit per school: as each
  /// chunk of schools is written for JSON, at the start and the end for the other formats (they
  /// are small next to JSON).
  public func write(
    _ report: IdentificationReport, language: Language = .russian,
    to output: inout some ReportOutputStream, progress: ProgressHandler? = nil
  ) {
    let written = progress.map {
      ProgressCounter(.writing, total: report.schools.count, handler: $0)
    }
    switch self {
    case .text: TextReport(language: language, markdown: false).write(report, to: &output)
    case .markdown: TextReport(language: language, markdown: true).write(report, to: &output)
    case .json:
      JSONReport(language: language).write(report, to: &output) { written?.advance(by: $0) }
    case .csv: CSVReport(language: language).write(report, to: &output)
    }
    // JSON has counted its schools chunk by chunk.
    if self != .json { written?.advance(by: report.schools.count) }
  }

  /// The report as one string.
  public func render(_ report: IdentificationReport, language: Language = .russian) -> String {
    var text = ""
    write(report, language: language, to: &text)
    return text
  }
}
