/// Writes an identification history as JSON in the `qualitykit.history/1` schema.
///
/// ```json
/// {
///   "schema": "qualitykit.history/1",
///   "years": [2020, 2021, 2022], "years_run": [2020, 2021, 2022],
///   "cohort": "all", "language": "ru",
///   "packs": [{"id": "krasnoyarsk", "version": "1.0.0"}],
///   "parameters": {"…": 0.25},
///   "categories": [
///     {"id": "low_results", "title": "…", "years": [
///       {"year": 2020, "run": true, "on_list": ["S1"], "entries": [], "exits": [],
///        "undetermined": []}]}],
///   "schools": [
///     {"id": "S1", "name": "…", "municipality": "…", "categories": [
///       {"category": "low_results", "statuses": ["on", "off", "undetermined"],
///        "years_on_list": [2020], "entries": [], "exits": [{"year": 2021, "since": 2020}],
///        "undetermined": [2022]}]}],
///   "improvement": {"index": "…", "title": "…", "years": [2020, 2021, 2022], "top": 10,
///     "steady_improvers": ["S2"],
///     "schools": [{"id": "S2", "scores": [-0.5, 0, 0.5], "first_year": 2020, "last_year": 2022,
///                  "change": 1, "steady": true, "gap": false}]},
///   "issues": []
/// }
/// ```
///
/// `statuses` is aligned with `years`. `improvement` is `null` when no index was ranked; its
/// `schools` are in ranking order. Values of schools below the small-cell limit are `null` with
/// `"suppressed": true`. Keys are written in a fixed order and numbers with at most six decimals,
/// so equal histories give byte-identical files.
///
/// - Complexity: O(s · k · y) for s schools, k categories and y years.
struct HistoryJSONReport: Sendable {
  /// The language of titles and messages.
  var language: Language

  /// Creates a writer.
  init(language: Language = .russian) { self.language = language }

  /// Writes `history` to `output`.
  func write(_ history: IdentificationHistory, to output: inout some ReportOutputStream) {
    var buffer = ByteBuffer(capacity: 4096 + history.schools.count * 256)
    buffer.append("{\n  \"schema\": \"qualitykit.history/1\",\n  \"years\": ")
    years(history.years, &buffer)
    buffer.append(",\n  \"years_run\": ")
    years(history.yearsRun, &buffer)
    buffer.append(",\n  \"cohort\": ")
    buffer.appendJSONString(history.cohort.rawValue)
    buffer.append(",\n  \"language\": ")
    buffer.appendJSONString(language.rawValue)
    buffer.appendJSONRun(
      packs: history.packs, parameters: history.parameters, language: language)
    if let year = history.decisionsYear {
      // Only with decisions: a history without them keeps its bytes.
      let included = history.decisions.filter { $0.verdict == .include }.count
      buffer.append(",\n  \"decisions\": {\"year\": ")
      buffer.append(int: year.endYear)
      buffer.append(", \"included\": ")
      buffer.append(int: included)
      buffer.append(", \"excluded\": ")
      buffer.append(int: history.decisions.count - included)
      buffer.append("}")
    }
    buffer.append(",\n  \"categories\": [")
    for (index, summary) in history.summaries.enumerated() {
      buffer.append(index == 0 ? "\n    {\"id\": " : ",\n    {\"id\": ")
      buffer.appendJSONString(summary.category.id)
      buffer.append(", \"title\": ")
      buffer.appendJSONString(summary.category.title[language])
      buffer.append(", \"years\": [")
      for (offset, year) in summary.years.enumerated() {
        buffer.append(offset == 0 ? "\n      {\"year\": " : ",\n      {\"year\": ")
        buffer.append(int: year.year.endYear)
        buffer.append(year.wasRun ? ", \"run\": true" : ", \"run\": false")
        buffer.append(", \"on_list\": ")
        ids(year.onList, &buffer)
        buffer.append(", \"entries\": ")
        ids(year.entries, &buffer)
        buffer.append(", \"exits\": ")
        ids(year.exits, &buffer)
        buffer.append(", \"undetermined\": ")
        ids(year.undetermined, &buffer)
        buffer.append("}")
      }
      buffer.append(summary.years.isEmpty ? "]}" : "\n    ]}")
    }
    buffer.append(history.summaries.isEmpty ? "],\n  \"schools\": [" : "\n  ],\n  \"schools\": [")
    for (index, school) in history.schools.enumerated() {
      buffer.append(index == 0 ? "\n" : ",\n")
      write(school, &buffer)
    }
    buffer.append(
      history.schools.isEmpty ? "],\n  \"improvement\": " : "\n  ],\n  \"improvement\": ")
    if let improvement = history.improvement {
      write(improvement, &buffer)
    } else {
      buffer.append("null")
    }
    buffer.append(",\n  ")
    buffer.appendJSONIssues(history.issues, in: language)
    buffer.append("\n}\n")
    buffer.withUnsafeBytes { output.write(bytes: $0) }
  }

  private func write(_ history: IdentificationHistory.SchoolHistory, _ buffer: inout ByteBuffer) {
    buffer.append("    {\"id\": ")
    buffer.appendJSONSchool(history.school)
    buffer.append(", \"categories\": [")
    for (index, track) in history.tracks.enumerated() {
      buffer.append(index == 0 ? "\n      {\"category\": " : ",\n      {\"category\": ")
      buffer.appendJSONString(track.category.id)
      buffer.append(", \"statuses\": [")
      for (offset, status) in track.statuses.enumerated() {
        if offset > 0 { buffer.append(", ") }
        buffer.appendJSONString(status.rawValue)
      }
      buffer.append("], \"years_on_list\": ")
      years(track.yearsOnList, &buffer)
      buffer.append(", \"entries\": ")
      transitions(track.entries, &buffer)
      buffer.append(", \"exits\": ")
      transitions(track.exits, &buffer)
      buffer.append(", \"undetermined\": ")
      years(track.undeterminedYears, &buffer)
      buffer.append("}")
    }
    buffer.append(history.tracks.isEmpty ? "]}" : "\n    ]}")
  }

  private func write(
    _ ranking: IdentificationHistory.ImprovementRanking, _ buffer: inout ByteBuffer
  ) {
    buffer.append("{\"index\": ")
    buffer.appendJSONString(ranking.index.id.rawValue)
    buffer.append(", \"title\": ")
    buffer.appendJSONString(ranking.index.title[language])
    buffer.append(", \"years\": ")
    years(ranking.years, &buffer)
    buffer.append(", \"top\": ")
    buffer.append(int: ranking.top)
    buffer.append(",\n    \"steady_improvers\": ")
    ids(ranking.steadyImprovers.map(\.school.id), &buffer)
    buffer.append(",\n    \"schools\": [")
    for (index, school) in ranking.schools.enumerated() {
      buffer.append(index == 0 ? "\n      {\"id\": " : ",\n      {\"id\": ")
      buffer.appendJSONString(school.school.id.rawValue)
      buffer.append(", \"scores\": [")
      for (offset, score) in school.scores.enumerated() {
        if offset > 0 { buffer.append(", ") }
        buffer.appendJSON(number: school.mayShowValues ? score : nil)
      }
      buffer.append("], \"first_year\": ")
      if let year = school.firstYear {
        buffer.append(int: year.endYear)
      } else {
        buffer.append("null")
      }
      buffer.append(", \"last_year\": ")
      if let year = school.lastYear {
        buffer.append(int: year.endYear)
      } else {
        buffer.append("null")
      }
      buffer.append(", \"change\": ")
      buffer.appendJSON(number: school.mayShowValues ? school.change : nil)
      buffer.append(school.isSteady ? ", \"steady\": true" : ", \"steady\": false")
      buffer.append(school.hasGap ? ", \"gap\": true" : ", \"gap\": false")
      if !school.mayShowValues { buffer.append(", \"suppressed\": true") }
      buffer.append("}")
    }
    buffer.append(ranking.schools.isEmpty ? "]}" : "\n    ]}")
  }

  private func years(_ list: [AcademicYear], _ buffer: inout ByteBuffer) {
    buffer.append("[")
    for (index, year) in list.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.append(int: year.endYear)
    }
    buffer.append("]")
  }

  private func ids(_ list: [SchoolID], _ buffer: inout ByteBuffer) {
    buffer.append("[")
    for (index, id) in list.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.appendJSONString(id.rawValue)
    }
    buffer.append("]")
  }

  private func transitions(
    _ list: [IdentificationHistory.Transition], _ buffer: inout ByteBuffer
  ) {
    buffer.append("[")
    for (index, transition) in list.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.append("{\"year\": ")
      buffer.append(int: transition.year.endYear)
      buffer.append(", \"since\": ")
      buffer.append(int: transition.since.endYear)
      buffer.append("}")
    }
    buffer.append("]")
  }
}
