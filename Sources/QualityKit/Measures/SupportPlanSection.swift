/// A section a host or another part of the library appends to a written support plan — partner
/// school pairs, a municipality's own notes — after the roadmaps, in every format.
///
/// The plan writers (``SupportPlanTextReport``, ``SupportPlanCSVReport``,
/// ``SupportPlanJSONReport``) take a list of sections and call each in turn; a section writes only
/// its own part:
/// - text and Markdown: its heading and body, after the plan's last section;
/// - JSON: one more key of the top-level object, ``jsonKey``, whose value ``writeJSON(language:to:)``
///   writes (an object or an array);
/// - CSV: rows in the plan's columns (``SupportPlanCSVReport/header(in:)``), e.g. with `roadmap`
///   set to the section's name; none by default.
///
/// ```swift
/// struct Notes: SupportPlanSection {
///   let jsonKey = "notes"
///   func writeText(language: Language, markdown: Bool, to output: inout some TextOutputStream) {
///     output.write("Примечания\n----------\n• …\n")
///   }
///   func writeJSON(language: Language, to output: inout some TextOutputStream) {
///     output.write("[\"…\"]")
///   }
/// }
/// ```
public protocol SupportPlanSection: Sendable {
  /// The key of the section in the JSON object, e.g. `partners`; not one of the plan's own keys.
  var jsonKey: String { get }

  /// Writes the section as text or Markdown, heading included.
  func writeText(language: Language, markdown: Bool, to output: inout some TextOutputStream)

  /// Writes the section's JSON value (an object or an array), without the key.
  func writeJSON(language: Language, to output: inout some TextOutputStream)

  /// The section's CSV rows, each in the plan's columns (cells beyond the header are dropped,
  /// missing ones left empty).
  func csvRows(language: Language) -> [[String]]
}

extension SupportPlanSection {
  /// No CSV rows: the section is written in text, Markdown and JSON only.
  public func csvRows(language: Language) -> [[String]] { [] }
}
