extension ReportFormat {
  /// Writes a monitoring status report in this format to `output`: ``MonitoringTextReport`` for
  /// text and Markdown, ``MonitoringJSONReport`` for JSON, ``MonitoringCSVReport`` for CSV.
  ///
  /// - Complexity: O(o + r + p) for o occurrences, r unmatched records and p procedures.
  public func write(
    _ report: MonitoringStatusReport, language: Language = .russian,
    to output: inout some TextOutputStream
  ) {
    switch self {
    case .text: MonitoringTextReport(language: language, markdown: false).write(report, to: &output)
    case .markdown:
      MonitoringTextReport(language: language, markdown: true).write(report, to: &output)
    case .json: MonitoringJSONReport(language: language).write(report, to: &output)
    case .csv: MonitoringCSVReport(language: language).write(report, to: &output)
    }
  }

  /// A monitoring status report as one string.
  ///
  /// - Complexity: O(o + r + p).
  public func render(_ report: MonitoringStatusReport, language: Language = .russian) -> String {
    var text = ""
    write(report, language: language, to: &text)
    return text
  }
}
