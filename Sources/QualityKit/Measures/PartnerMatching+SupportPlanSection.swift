/// Partner-school pairs as a section of a written support plan: the roadmaps say what help is
/// given when, the pairs say which strong school gives the partnership measures their partner.
///
/// - Text and Markdown: the ``PartnerTextReport`` section at level 2, the level of the plan's own
///   sections («Муниципальная дорожная карта», «Дорожные карты школ»), so the pairs read as one
///   more part of the same document. Its heading names the identification year the pairs come
///   from («Школы-партнёры по итогам идентификации за 2021/2022 учебный год»), as the plan's
///   second line does, so it is not read as the year the plan is for.
/// - JSON: the key `partners`, whose value is the `qualitykit.partners/1` object of
///   ``PartnerJSONReport``, indented as a top-level value.
/// - CSV: no rows. The partner table's columns (strengths, social index values, their
///   difference) are not the plan's, and the plan writer makes every section cell inert for
///   Excel, which would turn a negative strength into text. Write ``PartnerCSVReport/writeRows(_:to:)``
///   after the plan instead, as `plan-support` does.
///
/// ```swift
/// let text = ReportFormat.text.render(plan, sections: [matching])
/// // "…Школы-партнёры по итогам идентификации за 2021/2022 учебный год\n-----…"
/// ```
extension PartnerMatching: SupportPlanSection {
  /// `partners`.
  public var jsonKey: String { "partners" }

  /// Writes the pairs, the schools without a partner and the strong schools' load under a
  /// level-2 heading.
  ///
  /// - Complexity: O(p + u + s) for p pairs, u unmatched and s strong schools.
  public func writeText(
    language: Language, markdown: Bool, to output: inout some TextOutputStream
  ) {
    // The plan's title names the planned year; the pairs come from the identification year.
    let heading =
      language == .russian
      ? "Школы-партнёры по итогам идентификации за \(year) учебный год"
      : "Partner schools following identification for \(year)"
    PartnerTextReport(language: language, markdown: markdown)
      .write(self, layout: TextLayout(markdown: markdown), level: 2, heading: heading, to: &output)
  }

  /// Writes the `qualitykit.partners/1` object, its lines indented for a top-level key.
  ///
  /// - Complexity: O(p + u + s).
  public func writeJSON(language: Language, to output: inout some TextOutputStream) {
    var buffer = ByteBuffer(capacity: 4096)
    PartnerJSONReport(language: language).append(self, indent: 2, to: &buffer)
    output.write(buffer.string)
  }
}
