extension SupportPlan {
  /// A section a host or another part of the library appends to a support plan — partner school
  /// pairs, a municipality's own notes — after the roadmaps, in every format
  /// (``SupportPlan/appending(_:)``).
  ///
  /// A section gives only its own part:
  /// - documents: its document, heading included, which follows the plan's document;
  /// - JSON: one more key of the top-level object, ``jsonKey``, whose value
  ///   ``writeJSONValue(language:to:)`` writes (an object or an array);
  /// - tables (CSV, workbooks): tables of its own after the plan's (``tables(language:)``), each
  ///   a CSV file or a sheet; none by default.
  ///
  /// ```swift
  /// struct Notes: SupportPlan.Section {
  ///   let jsonKey = "notes"
  ///   func sectionDocument(language: Language) -> ReportDocument {
  ///     var document = ReportDocument()
  ///     document.heading(2, "Примечания")
  ///     document.item("…")
  ///     return document
  ///   }
  ///   func writeJSONValue(language: Language, to output: inout some ReportOutputStream) {
  ///     output.write("[\"…\"]")
  ///   }
  /// }
  /// ```
  public protocol Section: Sendable {
    /// The key of the section in the JSON object, e.g. `partners`; not one of the plan's own keys.
    var jsonKey: String { get }

    /// The section's document, heading included, to follow the plan's.
    func sectionDocument(language: Language) -> ReportDocument

    /// Writes the section's JSON value (an object or an array), without the key.
    func writeJSONValue(language: Language, to output: inout some ReportOutputStream)

    /// The section's tables, after the plan's: their ids must differ from the plan's
    /// (`municipal-roadmap`, `school-roadmaps`).
    func tables(language: Language) -> [ExportTable]
  }
}

extension SupportPlan.Section {
  /// No tables.
  public func tables(language: Language) -> [ExportTable] { [] }
}
