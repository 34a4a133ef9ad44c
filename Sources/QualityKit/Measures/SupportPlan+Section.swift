extension SupportPlan {
  /// A section a host or another part of the library appends to a support plan — partner school
  /// pairs, a municipality's own notes — after the roadmaps, in every format
  /// (``SupportPlan/appending(_:)``).
  ///
  /// A section gives only its own part:
  /// - documents: its document, heading included, which follows the plan's document;
  /// - JSON: one more key of the top-level object, ``jsonKey``, whose value
  ///   ``writeJSONValue(language:to:)`` writes (an object or an array);
  /// - CSV: rows in the plan's columns (``SupportPlan/csvHeader(in:)``), e.g. with `roadmap` set to
  ///   the section's name, and a table with columns of its own after the plan's, after an empty
  ///   line; neither by default.
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

    /// The section's CSV rows, each in the plan's columns (cells beyond the header are dropped,
    /// missing ones left empty).
    func csvRows(language: Language) -> [[String]]

    /// The section's own CSV table — its header and rows, CRLF-ended, without a byte-order mark —
    /// written after the plan's rows and an empty line, or `nil`.
    func csvTable(language: Language) -> String?
  }
}

extension SupportPlan.Section {
  /// No CSV rows in the plan's columns.
  public func csvRows(language: Language) -> [[String]] { [] }

  /// No CSV table of its own.
  public func csvTable(language: Language) -> String? { nil }
}
