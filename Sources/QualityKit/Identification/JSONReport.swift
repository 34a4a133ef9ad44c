import Foundation

/// Writes an identification report as JSON in the `qualitykit.identification/1` schema.
///
/// Keys are written in a fixed order and numbers with at most six decimals, so equal reports give
/// byte-identical files. Each school and each finding sits on one line, which keeps national runs
/// readable with `grep` and diffable. Values of schools with fewer students than the small-cell limit
/// are written as `null` with `"suppressed": true`.
///
/// Schools are rendered in chunks, several chunks at a time on different cores, into byte buffers
/// that are written out in school order: the output is the same whatever the number of cores, and
/// memory holds only the chunks in flight, not the whole document.
///
/// - Complexity: O(s · c) for s schools and c criteria.
struct JSONReport: Sendable {
  /// The language of explanations and messages.
  var language: Language

  /// Creates a writer.
  init(language: Language = .russian) { self.language = language }

  /// Schools per rendering chunk.
  static let chunkSize = 512

  /// Writes `report` to `output`.
  func write(_ report: IdentificationReport, to output: inout some ReportOutputStream) {
    write(report, to: &output) { _ in }
  }

  /// Writes `report` to `output`, telling `written` how many more schools are out after each
  /// chunk.
  func write(
    _ report: IdentificationReport, to output: inout some ReportOutputStream,
    written: (Int) -> Void
  ) {
    var head = ByteBuffer(capacity: 4096)
    head.append("{\n  \"schema\": \"qualitykit.identification/1\",\n  \"year\": ")
    head.append(int: report.year.endYear)
    head.append(",\n  \"report_year_basis\": ")
    head.appendJSONString(report.yearBasis.code)
    head.append(",\n  \"cohort\": ")
    head.appendJSONString(report.cohort.rawValue)
    head.append(",\n  \"language\": ")
    head.appendJSONString(language.rawValue)
    head.appendJSONRun(packs: report.packs, parameters: report.parameters, language: language)
    head.append(",\n  \"summary\": {\"schools\": ")
    head.append(int: report.schools.count)
    head.append(", \"categories\": {")
    for (index, category) in report.categories.enumerated() {
      if index > 0 { head.append(", ") }
      head.appendJSONString(category.id)
      head.append(": ")
      head.append(int: report.schools.reduce(0) { $0 + ($1.categories.contains(category) ? 1 : 0) })
    }
    head.append("}, ")
    head.appendJSONSuppression(report.suppression)
    let decisions = report.decisions
    if !decisions.isEmpty {
      // Only with decisions: how many placements an authority's decisions made or removed.
      let included = decisions.filter { $0.verdict == .include }.count
      head.append(", \"decisions\": {\"included\": ")
      head.append(int: included)
      head.append(", \"excluded\": ")
      head.append(int: decisions.count - included)
      head.append("}")
    }
    head.append("}")
    head.appendJSONContextModel(report.contextAdjustment)
    head.append(",\n  \"schools\": [")
    head.withUnsafeBytes { output.write(bytes: $0) }

    let shared = Shared(report, language: language)
    // About 250 bytes per school and 400 per finding: a chunk's buffer is made large enough once,
    // not grown (and copied) on its first use.
    let bytesPerSchool = 512 + 448 * report.criteria.count
    var emitted = 0
    ParallelChunks.render(
      count: report.schools.count, chunkSize: Self.chunkSize, bytesPerItem: bytesPerSchool
    ) { range, buffer in
      report.schools.withUnsafeBufferPointer { schools in
        guard let first = schools.baseAddress else { return }
        Self.withColumns(of: shared.table) { columns in
          for index in range {
            buffer.append(index == 0 ? "\n" : ",\n")
            writeSchool(first + index, columns, shared, to: &buffer)
          }
        }
      }
    } emit: { bytes in
      output.write(bytes: bytes)
      written(min(Self.chunkSize, report.schools.count - emitted))
      emitted += Self.chunkSize
    }

    var tail = ByteBuffer(capacity: 4096)
    tail.append(report.schools.isEmpty ? "],\n" : "\n  ],\n")
    tail.append("  ")
    tail.appendJSONIssues(report.issues, in: language)
    tail.append("\n}\n")
    tail.withUnsafeBytes { output.write(bytes: $0) }
  }

  /// What every school's rendering shares: the small-cell limit, and the opening of each
  /// criterion's findings (`{"criterion": "…"`) escaped once for the report's result table.
  private struct Shared: Sendable {
    let limit: Int
    let table: IdentificationReport.ResultTable?
    let criterionKeys: [[UInt8]]
    /// Every school's context-adjusted result by position, when the run has them.
    let context: [ContextAdjustment.Outcome]?

    init(_ report: IdentificationReport, language: Language) {
      limit = report.minimumGroupSize
      context = report.contextAdjustment?.outcomes
      table = report.schools.first?.table
      criterionKeys = (table?.criteria ?? []).map { criterion in
        var key = ByteBuffer(capacity: 64)
        key.append("{\"criterion\": ")
        key.appendJSONString(criterion.id.rawValue)
        return key.withUnsafeBytes { Array($0) }
      }
    }
  }

  /// Calls `body` with the columns of `table` as buffers (none without a table), so that a chunk
  /// reads findings without going through the table, which every school shares, for each one.
  private static func withColumns(
    of table: IdentificationReport.ResultTable?,
    _ body: (UnsafeBufferPointer<UnsafeBufferPointer<CriterionResult>>) -> Void
  ) {
    guard let table else { return [].withUnsafeBufferPointer(body) }
    table.withColumns(body)
  }

  /// Writes one school. The outcome is read in place, field by field, and its findings straight
  /// from `columns`, the report's result columns, when the school's results are in them: copying
  /// the outcome or a finding would retain what every school shares (the result table) from both
  /// threads.
  private func writeSchool(
    _ outcome: UnsafePointer<IdentificationReport.SchoolOutcome>,
    _ columns: UnsafeBufferPointer<UnsafeBufferPointer<CriterionResult>>, _ shared: Shared,
    to buffer: inout ByteBuffer
  ) {
    buffer.append("    {\"id\": ")
    buffer.appendJSONString(outcome.pointee.school.id.rawValue)
    buffer.append(", \"name\": ")
    buffer.appendJSONString(outcome.pointee.school.name)
    buffer.append(", \"municipality\": ")
    buffer.appendJSONString(outcome.pointee.school.municipality)
    buffer.append(", \"categories\": [")
    let placements = outcome.pointee.placements
    for (index, placement) in placements.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.appendJSONString(placement.category.id)
    }
    buffer.append("], \"placements\": [")
    for (index, placement) in placements.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.append("{\"category\": ")
      buffer.appendJSONString(placement.category.id)
      buffer.append(", \"packs\": [")
      for (offset, pack) in placement.packs.enumerated() {
        if offset > 0 { buffer.append(", ") }
        buffer.appendJSONString(pack)
      }
      buffer.append("], \"severity\": ")
      buffer.appendJSONString(orNull: placement.severity?.id)
      buffer.append(", \"basis\": ")
      buffer.appendJSONString(placement.basis.rawValue)
      if let decision = placement.decision {
        writeAct(decision, to: &buffer)
      }
      buffer.append("}")
    }
    buffer.append("], \"suppression\": ")
    buffer.appendJSONString(orNull: outcome.pointee.suppression?.code)
    buffer.append(", \"undetermined_categories\": ")
    buffer.appendJSONStrings(outcome.pointee.undeterminedCategories.lazy.map(\.id))
    buffer.append(", \"decisions\": [")
    for (index, decision) in outcome.pointee.decisions.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.append("{\"category\": ")
      buffer.appendJSONString(decision.category.id)
      buffer.append(", \"decision\": ")
      buffer.appendJSONString(decision.verdict.rawValue)
      writeAct(decision, to: &buffer)
      buffer.append("}")
    }
    buffer.append("]")
    let position = outcome.pointee.position
    if let context = shared.context, position < context.count {
      buffer.appendJSONContextAdjusted(
        context[position], mayShow: outcome.pointee.mayShowValues)
    }
    buffer.append(",\n     \"findings\": [")
    let showValues = outcome.pointee.mayShowValues
    let notice = outcome.pointee.suppression?.notice(language, limit: shared.limit) ?? ""
    if let table = shared.table, outcome.pointee.table === table {
      for index in 0..<columns.count {
        buffer.append(index == 0 ? "\n      " : ",\n      ")
        shared.criterionKeys[index].withUnsafeBufferPointer { buffer.append($0) }
        writeFinding(
          columns[index][position], showValues: showValues, notice: notice, to: &buffer)
      }
    } else {
      let table = outcome.pointee.table
      for index in 0..<table.columns.count {
        buffer.append(index == 0 ? "\n      " : ",\n      ")
        buffer.append("{\"criterion\": ")
        buffer.appendJSONString(table.criteria[index].id.rawValue)
        writeFinding(
          table.columns[index][position], showValues: showValues, notice: notice,
          to: &buffer)
      }
    }
    buffer.append("]}")
  }

  /// `, "act": …, "date": "YYYY-MM-DD", "reason": …` of a decision.
  private func writeAct(_ decision: Decision, to buffer: inout ByteBuffer) {
    buffer.append(", \"act\": ")
    buffer.appendJSONString(decision.act)
    buffer.append(", \"date\": ")
    buffer.appendJSONString(decision.date.description)
    buffer.append(", \"reason\": ")
    buffer.appendJSONString(decision.reason)
  }

  /// A finding after its `{"criterion": "…"` opening.
  private func writeFinding(
    _ result: borrowing CriterionResult, showValues: Bool, notice: String,
    to buffer: inout ByteBuffer
  ) {
    switch result {
    case .met(let evidence):
      buffer.append(", \"status\": \"met\"")
      writeDecided(evidence, showValues: showValues, notice: notice, to: &buffer)
    case .notMet(let evidence):
      buffer.append(", \"status\": \"not_met\"")
      writeDecided(evidence, showValues: showValues, notice: notice, to: &buffer)
    case .insufficientData(let missing, let years):
      buffer.append(", \"status\": \"insufficient_data\", \"value\": null, \"threshold\": null")
      buffer.append(", \"reference\": null, \"metric\": null")
      writeYears(years, to: &buffer)
      buffer.append(", \"missing\": [")
      for (index, cell) in missing.enumerated() {
        if index > 0 { buffer.append(", ") }
        buffer.append("{\"metric\": ")
        buffer.appendJSONString(cell.metric.rawValue)
        buffer.append(", \"year\": ")
        if let year = cell.year { buffer.append(int: year.endYear) } else { buffer.append("null") }
        buffer.append(", \"source\": \"")
        buffer.append(string: cell.source.rawValue)
        buffer.append("\"}")
      }
      buffer.append("]")
      buffer.append(", \"explanation\": \"")
      CriterionResult.writeInsufficient(missing, in: language, to: &buffer, json: true)
      buffer.append("\"}")
    }
  }

  /// The rest of a decided finding: its numbers (or nulls when suppressed), years and explanation.
  private func writeDecided(
    _ evidence: borrowing Evidence, showValues: Bool, notice: String, to buffer: inout ByteBuffer
  ) {
    buffer.append(", \"value\": ")
    if showValues {
      buffer.appendJSON(number: evidence.value)
      buffer.append(", \"threshold\": ")
      buffer.appendJSON(number: evidence.threshold)
      buffer.append(", \"reference\": ")
      buffer.appendJSON(number: evidence.reference)
      buffer.append(", \"metric\": ")
      if let metric = evidence.metric {
        buffer.appendJSONString(metric.rawValue)
      } else {
        buffer.append("null")
      }
    } else {
      buffer.append("null, \"threshold\": null, \"reference\": null, \"metric\": null")
    }
    writeYears(evidence.yearSpan, to: &buffer)
    if showValues {
      buffer.append(", \"explanation\": \"")
      evidence.explanation.write(in: language, to: &buffer, json: true)
      buffer.append("\"}")
    } else {
      buffer.append(", \"suppressed\": true, \"explanation\": ")
      buffer.appendJSONString(notice)
      buffer.append("}")
    }
  }

  private func writeYears(_ years: [AcademicYear], to buffer: inout ByteBuffer) {
    buffer.append(", \"years\": [")
    for (index, year) in years.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.append(int: year.endYear)
    }
    buffer.append("]")
  }

  private func writeYears(_ years: YearSpan, to buffer: inout ByteBuffer) {
    buffer.append(", \"years\": [")
    for index in 0..<years.count {
      if index > 0 { buffer.append(", ") }
      buffer.append(int: years[index].endYear)
    }
    buffer.append("]")
  }
}

extension ByteBuffer {
  /// `"packs": [{"id", "version", "listing"[, "act"]}…], "parameters": {key: value…}` — how a run
  /// names its rules, in the identification and the history reports alike. `listing` is `rules`
  /// or `act`; for `act` the pack's rules only propose the list the act (named in `language`)
  /// fixes.
  mutating func appendJSONRun(
    packs: [IdentificationReport.PackReference], parameters: [(key: ParameterKey, value: Double)],
    language: Language
  ) {
    append(",\n  \"packs\": [")
    for (index, pack) in packs.enumerated() {
      if index > 0 { append(", ") }
      append("{\"id\": ")
      appendJSONString(pack.id)
      append(", \"version\": ")
      appendJSONString(pack.version)
      append(", \"listing\": ")
      appendJSONString(pack.listing.basis.rawValue)
      if let act = pack.listing.act {
        append(", \"act\": ")
        appendJSONString(act[language])
      }
      append("}")
    }
    append("],\n  \"parameters\": {")
    for (index, parameter) in parameters.enumerated() {
      if index > 0 { append(", ") }
      appendJSONString(parameter.key.rawValue)
      append(": ")
      appendJSON(number: parameter.value)
    }
    append("}")
  }
}
