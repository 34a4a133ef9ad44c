/// Something the library writes as a report: a document for people, typed JSON for programs, and
/// tables for spreadsheets (CSV, Excel workbooks). ``ReportFormat`` writes any of them in any format.
///
/// The identification report, progress report, monitoring status report, identification history,
/// support plan (with its extra sections), partner matching and pack description conform; so may a
/// host's own report.
///
/// ```swift
/// var output = FileOutput.standardOutput()
/// ReportFormat.markdown.write(progress, language: .english, to: &output)
/// ```
public protocol Reportable: Sendable {
  /// The document for people (text, Markdown and the formats to come), in `language`: everything
  /// the report has to say, as ``ReportDocument/Detail/full``.
  func document(language: Language) -> ReportDocument

  /// The document at `detail`: plain text asks for the ``ReportDocument/Detail/summary``. By
  /// default the same document at every level, ``document(language:)``.
  func document(language: Language, detail: ReportDocument.Detail) -> ReportDocument

  /// The document at `detail` in parts (``ReportDocument/Parts``), which the renderers draw one by
  /// one without holding the whole: a long report (a support plan, a roadmap per school) builds
  /// each part only when it is drawn. By default one part, ``document(language:detail:)``.
  func documentParts(language: Language, detail: ReportDocument.Detail) -> ReportDocument.Parts

  /// Writes the JSON export, its schema the concept's own, texts that are not bilingual in
  /// `language`.
  func writeJSON(language: Language, to output: inout some ReportOutputStream)

  /// The report's tables in `language`, for CSV (one file per table) and workbooks (one sheet
  /// per table); the main one first or marked ``ExportTable/isMain``. Empty (the default) for a
  /// report without a table form, such as a pack description.
  func tables(language: Language) -> [ExportTable]

  /// How many units the writing phase of a progress report counts: one per school of an
  /// identification report; `0` (the default) for a report too small to follow.
  var progressUnits: Int { get }

  /// Writes the JSON export, telling `written` how many more ``progressUnits`` are out after each
  /// piece; by default, all of them at the end.
  func writeJSON(
    language: Language, to output: inout some ReportOutputStream, written: (Int) -> Void)
}

extension Reportable {
  /// The one document of a report that shows the same at every level.
  public func document(language: Language, detail: ReportDocument.Detail) -> ReportDocument {
    document(language: language)
  }

  /// The whole document as one part.
  public func documentParts(language: Language, detail: ReportDocument.Detail)
    -> ReportDocument.Parts
  {
    ReportDocument.Parts(document(language: language, detail: detail))
  }

  /// Nothing to follow: a small report is written at once.
  public var progressUnits: Int { 0 }

  /// Writes the JSON export and reports every unit at the end.
  public func writeJSON(
    language: Language, to output: inout some ReportOutputStream, written: (Int) -> Void
  ) {
    writeJSON(language: language, to: &output)
    written(progressUnits)
  }

  /// No tables: a report without a table form.
  public func tables(language: Language) -> [ExportTable] { [] }

  /// The report in `format` as one string.
  public func render(_ format: ReportFormat, language: Language = .russian) -> String {
    format.render(self, language: language)
  }
}
