extension ReportDocument {
  /// How much of a report a document carries.
  ///
  /// The report decides what each level holds when it builds the document, not the renderer: a
  /// renderer draws whatever blocks it is given, so the same blocks look the same in every format,
  /// and a format that shows less is asked for less. ``ReportFormat`` asks plain text, read at a
  /// terminal, for the ``summary``, and the formats read at leisure, searched or printed (Markdown,
  /// HTML) for everything. A report whose document is the same at every level — most are — builds
  /// one document and ignores the level (``Reportable/document(language:detail:)``).
  public enum Detail: Sendable, Hashable, CaseIterable {
    /// What a reader takes in at once: totals, the tables behind them and the lists, each entry on
    /// one line. The identification report leaves out its per-school cards, its criterion table
    /// and its full parameter table.
    case summary
    /// Everything: for the identification report, a card per listed school with every finding
    /// (value, threshold, reference, years and sentence) and the rule that placed it, reached by
    /// links from the lists.
    case full
  }
}
