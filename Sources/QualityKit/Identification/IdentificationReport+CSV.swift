extension CSVReport {
  /// Writes `report` to `output`: one row per school and criterion.
  ///
  /// - Complexity: O(s · c) for s schools and c criteria.
  func write(_ report: IdentificationReport, to output: inout some TextOutputStream) {
    let header =
      language == .russian
      ? [
        "school_id", "школа", "муниципалитет", "категории", "критерий", "статус", "значение",
        "порог", "эталон", "годы", "пояснение",
      ]
      : [
        "school_id", "school", "municipality", "categories", "criterion", "status", "value",
        "threshold", "reference", "years", "explanation",
      ]
    output.write("\u{FEFF}")
    output.write(header.joined(separator: ";") + "\r\n")
    for outcome in report.schools {
      let categories = outcome.categories.map(\.id).joined(separator: ",")
      for finding in outcome.findings {
        let evidence = outcome.mayShowValues ? finding.result.evidence : nil
        let explanation =
          outcome.mayShowValues || finding.result.evidence == nil
          ? finding.result.explanation(in: language)
          : SmallCell.notice(
            language, limit: report.minimumGroupSize, reason: outcome.suppression)
        let cells = [
          Self.inert(outcome.school.id.rawValue), Self.inert(outcome.school.name),
          Self.inert(outcome.school.municipality), categories,
          finding.criterion.rawValue, finding.status.rawValue, number(evidence?.value),
          number(evidence?.threshold), number(evidence?.reference),
          finding.result.years.map { String($0.endYear) }.joined(separator: ","), explanation,
        ]
        output.write(cells.map(Self.quoted).joined(separator: ";") + "\r\n")
      }
    }
  }

  private func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    return NumberText.format(value, decimals: 6, .russian)
  }
}
