/// Writes a ``ProgressReport`` as JSON in the `qualitykit.progress/1` schema.
///
/// Keys are written in a fixed order, numbers with at most six decimals, indicators in the report's
/// order, years ascending and schools by id, so the same input gives byte-identical output. Each
/// year of an indicator sits on one line. Titles carry both languages; notes are in the writer's
/// language. A value hidden by small-cell suppression is `null` with `"suppressed": true`.
///
/// ```json
/// {
///   "schema": "qualitykit.progress/1",
///   "language": "ru",
///   "years": [2022, 2023],
///   "minimum_group_size": 5,
///   "indicators": [
///     {"id": "amur.i4", "title": {"ru": "…", "en": "…"}, "unit": "count", "level": "municipality",
///      "better": "+", "target": {"comparison": ">=", "plan": [{"year": 2024, "value": 20}],
///      "baseline": {"year": 2021, "value": 6}, "reading": null}, "aggregation": {"ru": "…", "en": "…"},
///      "trend": "improving", "slope": 4,
///      "years": [
///       {"year": 2022, "status": "not_yet_due", "actual": 8, "target": null, "distance": null,
///        "schools_used": null, "left_out": 0, "note": "указано для муниципалитета", "schools": []},
///       …]}
///   ]
/// }
/// ```
///
/// - Complexity: O(i · y · n) for i indicators, y years and n schools.
struct ProgressJSONReport: Sendable {
  /// The language of notes.
  var language: Language

  /// Creates a writer.
  init(language: Language = .russian) { self.language = language }

  /// Writes `report` to `output`.
  func write(_ report: ProgressReport, to output: inout some TextOutputStream) {
    var buffer = ByteBuffer(capacity: 4096)
    buffer.append("{\n  \"schema\": \"qualitykit.progress/1\",\n  \"language\": ")
    buffer.appendJSONString(language.rawValue)
    buffer.append(",\n  \"years\": [")
    for (index, year) in report.years.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.append(int: year.endYear)
    }
    buffer.append("],\n  \"minimum_group_size\": ")
    buffer.append(int: report.minimumGroupSize)
    buffer.append(",\n  \"assume_large_when_unknown\": ")
    buffer.append(report.assumeLargeWhenUnknown ? "true" : "false")
    buffer.append(",\n  \"indicators\": [")
    for (index, progress) in report.indicators.enumerated() {
      buffer.append(index == 0 ? "\n" : ",\n")
      write(progress, report, to: &buffer)
    }
    buffer.append(report.indicators.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    output.write(buffer.string)
  }

  private func write(
    _ progress: ProgressReport.IndicatorProgress, _ report: ProgressReport,
    to buffer: inout ByteBuffer
  ) {
    let d = progress.description
    buffer.append("    {\"id\": ")
    buffer.appendJSONString(d.id.rawValue)
    buffer.append(", \"title\": ")
    append(d.title, to: &buffer)
    buffer.append(", \"unit\": ")
    buffer.appendJSONString(d.unit.rawValue)
    buffer.append(", \"level\": ")
    buffer.appendJSONString(d.level.rawValue)
    buffer.append(", \"better\": ")
    buffer.appendJSONString(d.better.rawValue)
    buffer.append(",\n     \"target\": ")
    if let target = d.target {
      buffer.append("{\"comparison\": ")
      buffer.appendJSONString(target.comparison.rawValue)
      buffer.append(", \"plan\": [")
      for (index, year) in target.plannedYears.enumerated() {
        if index > 0 { buffer.append(", ") }
        buffer.append("{\"year\": ")
        buffer.append(int: year)
        buffer.append(", \"value\": ")
        buffer.appendJSON(number: target.plan[year])
        buffer.append("}")
      }
      buffer.append("]")
      if let start = target.start {
        buffer.append(", \"start\": ")
        buffer.append(int: start)
      }
      if let relative = target.relative {
        // Only for a relative target: a plan of numbers keeps its bytes.
        buffer.append(", \"relative_to\": {\"scopes\": [")
        for (index, scope) in relative.scopes.enumerated() {
          if index > 0 { buffer.append(", ") }
          buffer.appendJSONString(scope.description)
        }
        buffer.append("], \"key\": ")
        buffer.appendJSONString(relative.key.rawValue)
        buffer.append(", \"from\": ")
        buffer.append(int: relative.from)
        buffer.append("}")
      }
      if let baseline = target.baseline {
        // Only with a baseline: a target without one keeps its bytes.
        buffer.append(", \"baseline\": {\"year\": ")
        buffer.append(int: baseline.year)
        buffer.append(", \"value\": ")
        buffer.appendJSON(number: baseline.value)
        buffer.append("}")
      }
      buffer.append(", \"reading\": ")
      append(target.reading, to: &buffer)
      buffer.append("}")
    } else {
      buffer.append("null")
    }
    buffer.append(", \"aggregation\": ")
    append(d.aggregation, to: &buffer)
    buffer.append(", \"school_value_meaning\": ")
    append(d.schoolValueMeaning, to: &buffer)
    buffer.append(",\n     \"trend\": ")
    buffer.appendJSONString(progress.trend.rawValue)
    buffer.append(", \"slope\": ")
    buffer.appendJSON(number: progress.mayShowValues ? progress.slope : nil)
    if !progress.mayShowValues, progress.slope != nil {
      buffer.append(", \"slope_suppressed\": true")
    }
    buffer.append(",\n     \"years\": [")
    for (index, row) in progress.rows.enumerated() {
      buffer.append(index == 0 ? "\n      " : ",\n      ")
      write(row, report, to: &buffer)
    }
    buffer.append(progress.rows.isEmpty ? "]}" : "\n     ]}")
  }

  private func write(
    _ row: ProgressReport.Row, _ report: ProgressReport, to buffer: inout ByteBuffer
  ) {
    let basis = row.actual.basis
    buffer.append("{\"year\": ")
    buffer.append(int: row.year.endYear)
    buffer.append(", \"status\": ")
    buffer.appendJSONString(row.status.rawValue)
    buffer.append(", \"actual\": ")
    buffer.appendJSON(number: row.mayShowValue ? row.value : nil)
    if !row.mayShowValue, row.value != nil { buffer.append(", \"suppressed\": true") }
    buffer.append(", \"target\": ")
    buffer.appendJSON(number: row.target)
    buffer.append(", \"distance\": ")
    buffer.appendJSON(number: row.mayShowValue ? row.distance : nil)
    buffer.append(", \"schools_used\": ")
    if let schools = basis?.schools { buffer.append(int: schools) } else { buffer.append("null") }
    buffer.append(", \"left_out\": ")
    buffer.append(int: basis?.leftOut ?? 0)
    buffer.append(", \"note\": ")
    buffer.appendJSONString(row.actual.note[language])
    buffer.append(", \"schools\": [")
    for (index, entry) in row.schools.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.append("{\"id\": ")
      buffer.appendJSONString(entry.school.rawValue)
      buffer.append(", \"name\": ")
      if let name = report.schoolNames[entry.school] {
        buffer.appendJSONString(name)
      } else {
        buffer.append("null")
      }
      buffer.append(", \"value\": ")
      buffer.appendJSON(number: entry.mayShowValue ? entry.value : nil)
      if !entry.mayShowValue { buffer.append(", \"suppressed\": true") }
      buffer.append("}")
    }
    buffer.append("]}")
  }

  private func append(_ text: LocalizedText?, to buffer: inout ByteBuffer) {
    guard let text else {
      buffer.append("null")
      return
    }
    buffer.append("{\"ru\": ")
    buffer.appendJSONString(text.ru)
    buffer.append(", \"en\": ")
    buffer.appendJSONString(text.en)
    buffer.append("}")
  }
}
