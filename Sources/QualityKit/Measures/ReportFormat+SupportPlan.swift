extension ReportFormat {
  /// Writes a support plan in this format to `output`: ``SupportPlanTextReport`` for text and
  /// Markdown, ``SupportPlanJSONReport`` for JSON, ``SupportPlanCSVReport`` for CSV, each with the
  /// extra `sections` after the plan.
  ///
  /// - Complexity: O(m + e + s) for m measures, e roadmap entries (occurrences in CSV) and s
  ///   schools.
  public func write(
    _ plan: SupportPlan, language: Language = .russian, sections: [any SupportPlanSection] = [],
    to output: inout some ReportOutputStream
  ) {
    switch self {
    case .text:
      SupportPlanTextReport(language: language, markdown: false, sections: sections)
        .write(plan, to: &output)
    case .markdown:
      SupportPlanTextReport(language: language, markdown: true, sections: sections)
        .write(plan, to: &output)
    case .json:
      SupportPlanJSONReport(language: language, sections: sections).write(plan, to: &output)
    case .csv: SupportPlanCSVReport(language: language, sections: sections).write(plan, to: &output)
    }
  }

  /// A support plan as one string.
  ///
  /// - Complexity: O(m + e + s).
  public func render(
    _ plan: SupportPlan, language: Language = .russian, sections: [any SupportPlanSection] = []
  ) -> String {
    var text = ""
    write(plan, language: language, sections: sections, to: &text)
    return text
  }
}
