extension IdentificationReport {
  /// The table `context` («С учётом условий»): one row per school with its context-adjusted
  /// result — results, conditions, expected, residual, residual in standard deviations, band,
  /// resilient — or why it has none; `nil` when the run has no context adjustment. Values of a
  /// school that small-group suppression hides are empty cells, the reason says why.
  ///
  /// - Complexity: O(s) for s schools, when written.
  func contextTable(_ language: Language) -> ExportTable? {
    guard contextAdjustment != nil else { return nil }
    let columns: [ExportTable.Column] = [
      .code("school_id"), .init("школа", "school"), .init("муниципалитет", "municipality"),
      .init("результаты", "results", .decimal(places: 2)),
      .init("условия", "conditions", .decimal(places: 2)),
      .init("ожидаемое", "expected", .decimal(places: 2)),
      .init("остаток", "residual", .decimal(places: 2)),
      .init("остаток, ст. откл.", "residual, SD", .decimal(places: 2)),
      .init("оценка", "assessment"), .code("band_id"),
      .init("резильентная школа", "resilient school"), .init("причина", "reason"),
    ]
    let report = self
    return ExportTable(
      id: "context",
      title: LocalizedText(ru: "С учётом условий", en: "Adjusted for conditions"),
      columns: columns
    ) { row in
      let language = row.language
      let yes = language == .russian ? "да" : "yes"
      let no = language == .russian ? "нет" : "no"
      for outcome in report.schools {
        guard let adjusted = report.contextAdjusted(outcome) else { continue }
        row.code(outcome.school.id.rawValue)
        row.text(outcome.school.name)
        row.text(outcome.school.municipality)
        switch adjusted {
        case .adjusted(let result) where outcome.mayShowValues:
          for value in [
            result.results, result.context, result.expected, result.residual, result.residualZ,
          ] {
            row.number(value)
          }
          row.text(result.band.title(in: language))
          row.code(result.band.rawValue)
          row.text(result.resilient ? yes : no)
          row.text("")
        case .adjusted:
          for _ in 0..<5 { row.number(nil) }
          row.text("")
          row.code("")
          row.text("")
          row.text(
            outcome.suppression?.notice(language, limit: report.minimumGroupSize)
              ?? SmallCell.notice(language, limit: report.minimumGroupSize, reason: nil))
        case .insufficientData(let missing):
          for _ in 0..<5 { row.number(nil) }
          row.text("")
          row.code("")
          row.text("")
          row.text(missing.title(in: language))
        }
        row.endRow()
      }
    }
  }
}
