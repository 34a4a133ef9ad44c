extension SupportPlan {
  /// A support plan followed by extra sections (partner school pairs, a host's notes), written as
  /// one report: the plan's document and then each section's; the plan's JSON with a key per
  /// section after `not_selected`; the plan's tables followed by the sections' tables.
  public struct Extended: Reportable {
    /// The plan.
    public let plan: SupportPlan
    /// The sections after it, in order.
    public let sections: [any SupportPlan.Section]

    /// The plan's document followed by the sections' documents.
    ///
    /// - Complexity: O(e + s) for the plan, plus the sections'.
    public func document(language: Language) -> ReportDocument {
      documentParts(language: language, detail: .full).joined()
    }

    /// The plan's parts, then a part per section.
    public func documentParts(language: Language, detail: ReportDocument.Detail)
      -> ReportDocument.Parts
    {
      sections.reduce(plan.documentParts(language: language, detail: detail)) { parts, section in
        parts + ReportDocument.Parts(section.sectionDocument(language: language))
      }
    }

    /// Writes the `qualitykit.support/1` JSON with the sections' keys.
    ///
    /// - Complexity: O(m + e + s) for m measures, e entries and s schools, plus the sections'.
    public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
      SupportPlanJSONReport(language: language, sections: sections).write(plan, to: &output)
    }

    /// The plan's tables, then the sections'.
    public func tables(language: Language) -> [ExportTable] {
      plan.tables(language: language) + sections.flatMap { $0.tables(language: language) }
    }
  }

  /// The plan followed by `sections`.
  public func appending(_ sections: [any SupportPlan.Section]) -> Extended {
    Extended(plan: self, sections: sections)
  }
}
