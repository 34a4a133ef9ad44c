/// Writes an identification report as JSON in the `qualitykit.identification/1` schema.
///
/// Keys are written in a fixed order and numbers with at most six decimals, so equal reports give
/// byte-identical files. Each school and each finding sits on one line, which keeps national runs
/// readable with `grep` and diffable. Values of schools with fewer students than the small-cell limit
/// are written as `null` with `"suppressed": true`.
///
/// - Complexity: O(s · c) for s schools and c criteria.
public struct JSONReport: Sendable {
  /// The language of explanations and messages.
  public var language: Language

  /// Creates a writer.
  public init(language: Language = .russian) { self.language = language }

  /// Writes `report` to `output`.
  public func write(_ report: IdentificationReport, to output: inout some TextOutputStream) {
    output.write("{\n  \"schema\": \"qualitykit.identification/1\",\n")
    output.write("  \"year\": \(report.year.endYear),\n")
    output.write("  \"cohort\": \(JSONText.string(report.cohort.rawValue)),\n")
    output.write("  \"language\": \(JSONText.string(language.rawValue)),\n")
    output.write("  \"packs\": [")
    output.write(
      report.packs.map {
        "{\"id\": \(JSONText.string($0.id)), \"version\": \(JSONText.string($0.version))}"
      }.joined(separator: ", "))
    output.write("],\n  \"parameters\": {")
    output.write(
      report.parameters.map { "\(JSONText.string($0.key)): \(JSONText.number($0.value))" }
        .joined(separator: ", "))
    output.write("},\n  \"summary\": {\"schools\": \(report.schools.count), \"categories\": {")
    output.write(
      report.categories.map { category in
        "\(JSONText.string(category.id)): \(report.schools(in: category).count)"
      }.joined(separator: ", "))
    output.write("}},\n  \"schools\": [")
    for (index, outcome) in report.schools.enumerated() {
      output.write(index == 0 ? "\n" : ",\n")
      writeSchool(outcome, limit: report.minimumGroupSize, to: &output)
    }
    output.write(report.schools.isEmpty ? "],\n" : "\n  ],\n")
    output.write("  \"issues\": [")
    for (index, issue) in report.issues.enumerated() {
      output.write(index == 0 ? "\n    " : ",\n    ")
      output.write("{\"severity\": \(JSONText.string(issue.severity.rawValue))")
      output.write(", \"code\": \(JSONText.string(issue.code))")
      output.write(", \"file\": \(issue.file.map(JSONText.string) ?? "null")")
      output.write(", \"line\": \(issue.line.map(String.init) ?? "null")")
      output.write(", \"column\": \(issue.column.map(String.init) ?? "null")")
      output.write(", \"message\": \(JSONText.string(issue.message[language]))}")
    }
    output.write(report.issues.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
  }

  private func writeSchool(
    _ outcome: IdentificationReport.SchoolOutcome, limit: Int, to output: inout some TextOutputStream
  ) {
    let school = outcome.school
    output.write("    {\"id\": \(JSONText.string(school.id.rawValue))")
    output.write(", \"name\": \(JSONText.string(school.name))")
    output.write(", \"municipality\": \(JSONText.string(school.municipality))")
    output.write(", \"categories\": [")
    output.write(outcome.categories.map { JSONText.string($0.id) }.joined(separator: ", "))
    output.write("], \"undetermined_categories\": [")
    output.write(
      outcome.undeterminedCategories.map { JSONText.string($0.id) }.joined(separator: ", "))
    output.write("],\n     \"findings\": [")
    for (index, finding) in outcome.findings.enumerated() {
      output.write(index == 0 ? "\n      " : ",\n      ")
      writeFinding(
        finding, showValues: outcome.mayShowValues, limit: limit, to: &output)
    }
    output.write("]}")
  }

  private func writeFinding(
    _ finding: IdentificationReport.Finding, showValues: Bool, limit: Int,
    to output: inout some TextOutputStream
  ) {
    output.write("{\"criterion\": \(JSONText.string(finding.criterion.rawValue))")
    output.write(", \"status\": \"\(finding.status.rawValue)\"")
    let evidence = showValues ? finding.result.evidence : nil
    output.write(", \"value\": \(JSONText.number(evidence?.value))")
    output.write(", \"threshold\": \(JSONText.number(evidence?.threshold))")
    output.write(", \"reference\": \(JSONText.number(evidence?.reference))")
    output.write(", \"metric\": \(evidence?.metric.map { JSONText.string($0.rawValue) } ?? "null")")
    output.write(", \"years\": [")
    output.write(finding.result.years.map { String($0.endYear) }.joined(separator: ", "))
    output.write("]")
    if case .insufficientData(let missing, _) = finding.result {
      output.write(", \"missing\": [")
      output.write(
        missing.map { cell in
          "{\"metric\": \(JSONText.string(cell.metric.rawValue)), \"year\": "
            + "\(cell.year.map { String($0.endYear) } ?? "null"), \"source\": "
            + "\"\(cell.source.rawValue)\"}"
        }.joined(separator: ", "))
      output.write("]")
    }
    if !showValues, finding.result.evidence != nil {
      output.write(", \"suppressed\": true")
      output.write(", \"explanation\": \(JSONText.string(SmallCell.notice(language, limit: limit)))}")
    } else {
      output.write(", \"explanation\": \(JSONText.string(finding.result.explanation(in: language)))}")
    }
  }
}

/// JSON literals.
enum JSONText {
  /// A JSON string literal with the escapes RFC 8259 requires.
  static func string(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case let c where c.value < 0x20:
        let hex = String(c.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    result += "\""
    return result
  }

  /// A JSON number with at most six decimals, or `null`.
  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "null" }
    return NumberText.plain(value, decimals: 6)
  }
}

/// Small-cell suppression: the wording used where a school's values are not printed.
enum SmallCell {
  static func notice(_ language: Language, limit: Int) -> String {
    language == .russian
      ? "Значения не выводятся: в школе менее \(limit) обучающихся."
      : "Values are not shown: the school has fewer than \(limit) students."
  }
}
