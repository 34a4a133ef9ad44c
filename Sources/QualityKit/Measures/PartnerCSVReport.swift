/// Writes a ``PartnerMatching`` as CSV for Russian Excel: one row per identified school, paired or
/// not, in the order served.
///
/// Like ``CSVReport``: `;` as the delimiter, a decimal comma, a UTF-8 byte-order mark, CRLF line
/// ends, RFC 4180 quoting where needed, and input text that Excel would run as a formula made
/// inert. The `outcome` column is a code a sheet can filter on: the ``PartnerMatching/Choice`` of
/// a pair (`same_municipality`, `other_municipality_no_strong`, `other_municipality_full`) or the
/// ``PartnerMatching/UnmatchedReason`` of a school without one (`no_strong_school`,
/// `no_free_capacity`); the partner cells of such a school are empty. Categories are their ids,
/// joined by `, `. A value hidden by small-cell suppression is an empty cell, and the explanation
/// says why.
///
/// ``writeRows(_:to:)`` writes the header and rows without the byte-order mark, for a file that
/// holds this table after another.
///
/// - Complexity: O(p + u) for p pairs and u unmatched schools.
struct PartnerCSVReport: Sendable {
  /// The language of the header and the explanations.
  var language: Language

  /// Creates a writer.
  init(language: Language = .russian) { self.language = language }

  /// Writes `matching` as a file of its own, with the byte-order mark.
  ///
  /// - Complexity: O(p + u).
  func write(_ matching: PartnerMatching, to output: inout some TextOutputStream) {
    output.write("\u{FEFF}")
    writeRows(matching, to: &output)
  }

  /// Writes the header and one row per identified school, without the byte-order mark.
  ///
  /// - Complexity: O(p + u).
  func writeRows(_ matching: PartnerMatching, to output: inout some TextOutputStream) {
    let header =
      language == .russian
      ? [
        "priority", "school_id", "школа", "муниципалитет", "категории", "серьёзность", "сила",
        "социальный индекс", "outcome", "partner_id", "партнёр", "муниципалитет партнёра",
        "сила партнёра", "социальный индекс партнёра", "разница индексов", "ничья с",
        "объяснение",
      ]
      : [
        "priority", "school_id", "school", "municipality", "categories", "severity", "strength",
        "social_index", "outcome", "partner_id", "partner", "partner_municipality",
        "partner_strength", "partner_social_index", "social_difference", "tied_with",
        "explanation",
      ]
    output.write(header.joined(separator: ";") + "\r\n")
    var rows: [(Int, [String])] = matching.pairs.map { pair in
      let show = pair.school.mayShowValues
      return (
        pair.priority,
        lead(pair.priority, pair.school, pair.categories, pair.severity) + [
          pair.choice.rawValue, CSVReport.inert(pair.partner.school.id.rawValue),
          CSVReport.inert(pair.partner.school.name),
          CSVReport.inert(pair.partner.school.municipality), number(pair.partner.strength),
          number(pair.partner.socialIndex), show ? number(pair.socialDifference) : "",
          pair.tiedWith.map { CSVReport.inert($0.rawValue) } ?? "",
          CSVReport.inert(pair.explanation[language]),
        ]
      )
    }
    rows += matching.unmatched.map { entry in
      (
        entry.priority,
        lead(entry.priority, entry.school, entry.categories, entry.severity) + [
          entry.reason.rawValue, "", "", "", "", "", "", "",
          CSVReport.inert(entry.explanation[language]),
        ]
      )
    }
    for (_, cells) in rows.sorted(by: { $0.0 < $1.0 }) {
      output.write(cells.map(CSVReport.quoted).joined(separator: ";") + "\r\n")
    }
  }

  private func lead(
    _ priority: Int, _ profile: PartnerMatching.Profile, _ categories: [SchoolCategory],
    _ severity: Severity?
  ) -> [String] {
    let show = profile.mayShowValues
    return [
      String(priority), CSVReport.inert(profile.school.id.rawValue),
      CSVReport.inert(profile.school.name), CSVReport.inert(profile.school.municipality),
      CSVReport.inert(categories.map(\.id).joined(separator: ", ")),
      CSVReport.inert(severity?.id ?? ""), show ? number(profile.strength) : "",
      show ? number(profile.socialIndex) : "",
    ]
  }

  private func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return NumberText.format(value, decimals: 6, .russian)
  }
}
