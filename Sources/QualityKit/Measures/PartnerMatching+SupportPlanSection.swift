/// Partner-school pairs as a section of a support plan: the roadmaps say what help is given when,
/// the pairs say which strong school gives the partnership measures their partner.
///
/// - Documents: the partner matching's document at level 2, the level of the plan's own sections
///   («Муниципальная дорожная карта», «Дорожные карты школ»), so the pairs read as one more part
///   of the same document. Its heading names the identification year the pairs come from
///   («Школы-партнёры по итогам идентификации за 2021/2022 учебный год»), as the plan's second
///   line does, so it is not read as the year the plan is for.
/// - JSON: the key `partners`, whose value is the `qualitykit.partners/1` object, indented as a
///   top-level value.
/// - Tables: the `partners` table after the plan's roadmaps (``tables(language:)``).
///
/// ```swift
/// let text = ReportFormat.text.render(plan.appending([matching]))
/// // "…Школы-партнёры по итогам идентификации за 2021/2022 учебный год\n-----…"
/// ```
extension PartnerMatching: SupportPlan.Section {
  /// `partners`.
  public var jsonKey: String { "partners" }

  /// The pairs, the schools without a partner and the strong schools' load under a level-2
  /// heading.
  ///
  /// - Complexity: O(p + u + s) for p pairs, u unmatched and s strong schools.
  public func sectionDocument(language: Language) -> ReportDocument {
    // The plan's title names the planned year; the pairs come from the identification year.
    let heading =
      language == .russian
      ? "Школы-партнёры по итогам идентификации за \(year) учебный год"
      : "Partner schools following identification for \(year)"
    return PartnerDocument(language: language).document(self, level: 2, heading: heading)
  }

  /// Writes the `qualitykit.partners/1` object, its lines indented for a top-level key.
  ///
  /// - Complexity: O(p + u + s).
  public func writeJSONValue(language: Language, to output: inout some ReportOutputStream) {
    var buffer = ByteBuffer(capacity: 4096)
    PartnerJSONReport(language: language).append(self, indent: 2, to: &buffer)
    buffer.withUnsafeBytes { output.write(bytes: $0) }
  }

}
