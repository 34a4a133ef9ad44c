/// The formats a report can be written in: the library's one choice between them.
public enum ReportFormat: String, Sendable, Hashable, CaseIterable {
  /// Plain text for the terminal: the default.
  case text
  /// Markdown, for wikis and documents.
  case markdown
  /// JSON in the report's schema (`qualitykit.identification/1`, `qualitykit.progress/1`, …), for
  /// programs.
  case json
  /// CSV of the report's main table (``Reportable/tables(language:)``): for Russian Excel `;` and
  /// a decimal comma, in English `,` and a decimal point; UTF-8 with BOM, CRLF.
  case csv
  /// One self-contained HTML page with the charts drawn, for the browser and for A4 printing
  /// (drawn by the library's HTML renderer; see `Guides/HTMLReports.md`).
  case html
  /// An Excel workbook (`.xlsx`) with a sheet per table of the report: binary, for a file.
  case xlsx

  /// How much of a report's document the format shows: plain text, read at a terminal, the
  /// summary; Markdown and HTML everything. `nil` for the data exports, which are not documents.
  public var detail: ReportDocument.Detail? {
    switch self {
    case .text: .summary
    case .markdown, .html: .full
    case .json, .csv, .xlsx: nil
    }
  }

  /// Writes `report` in this format to `output`: its document at the format's ``detail`` drawn by
  /// the text, Markdown or HTML renderer part by part
  /// (``Reportable/documentParts(language:detail:)``), its JSON export, the CSV of its main table
  /// or a workbook of all its tables. A report without tables writes its JSON as CSV or XLSX (the
  /// example tools refuse those formats for it first).
  ///
  /// `progress`, when given, hears ``RunProgress/Phase/writing`` in the report's
  /// ``Reportable/progressUnits`` (one per school of an identification report): as each chunk is
  /// written for JSON, at the start and the end for the other formats (they are small next to
  /// JSON).
  public func write(
    _ report: some Reportable, language: Language = .russian,
    to output: inout some ReportOutputStream, progress: RunProgress.Handler? = nil
  ) {
    let written = progress.map {
      ProgressCounter(.writing, total: report.progressUnits, handler: $0)
    }
    switch self {
    case .text, .markdown:
      let layout = TextLayout(markdown: self == .markdown)
      let parts = report.documentParts(language: language, detail: detail ?? .full)
      if parts.count == 1 {
        layout.write(parts[0], to: &output)
      } else {
        // Each part is built and laid out on another core, a few ahead of the writing.
        ParallelChunks.render(count: parts.count, chunkSize: 1, bytesPerItem: 1 << 16) {
          range, buffer in
          for index in range { layout.render(parts[index], into: &buffer) }
        } emit: {
          output.write(bytes: $0)
        }
      }
    case .json:
      report.writeJSON(language: language, to: &output) { written?.advance(by: $0) }
    case .csv:
      if let table = ExportTable.main(of: report.tables(language: language)) {
        table.writeCSV(language: language, to: &output)
      } else {
        report.writeJSON(language: language, to: &output)
      }
    case .xlsx:
      let tables = report.tables(language: language)
      if tables.isEmpty {
        report.writeJSON(language: language, to: &output)
      } else {
        ExportTable.workbook(tables, language: language).withUnsafeBufferPointer {
          output.write(bytes: $0)
        }
      }
    case .html:
      HTMLRenderer(language: language).render(
        report.documentParts(language: language, detail: .full), to: &output)
    }
    // JSON has counted its units chunk by chunk.
    if self != .json { written?.advance(by: report.progressUnits) }
  }

  /// The report as one string.
  public func render(_ report: some Reportable, language: Language = .russian) -> String {
    var text = ""
    write(report, language: language, to: &text)
    return text
  }
}

extension ReportFormat {
  /// Whether the format writes the report's tables (CSV, XLSX) rather than its document or JSON.
  public var isTable: Bool { self == .csv || self == .xlsx }
}
