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
public struct JSONReport: Sendable {
  /// The language of explanations and messages.
  public var language: Language

  /// Creates a writer.
  public init(language: Language = .russian) { self.language = language }

  /// Schools per rendering chunk.
  static let chunkSize = 512

  /// Writes `report` to `output`.
  public func write(_ report: IdentificationReport, to output: inout some ReportOutputStream) {
    var head = ByteBuffer(capacity: 4096)
    head.append("{\n  \"schema\": \"qualitykit.identification/1\",\n  \"year\": ")
    head.append(int: report.year.endYear)
    head.append(",\n  \"cohort\": ")
    head.appendJSONString(report.cohort.rawValue)
    head.append(",\n  \"language\": ")
    head.appendJSONString(language.rawValue)
    head.append(",\n  \"packs\": [")
    for (index, pack) in report.packs.enumerated() {
      if index > 0 { head.append(", ") }
      head.append("{\"id\": ")
      head.appendJSONString(pack.id)
      head.append(", \"version\": ")
      head.appendJSONString(pack.version)
      head.append("}")
    }
    head.append("],\n  \"parameters\": {")
    for (index, parameter) in report.parameters.enumerated() {
      if index > 0 { head.append(", ") }
      head.appendJSONString(parameter.key)
      head.append(": ")
      head.appendJSON(number: parameter.value)
    }
    head.append("},\n  \"summary\": {\"schools\": ")
    head.append(int: report.schools.count)
    head.append(", \"categories\": {")
    for (index, category) in report.categories.enumerated() {
      if index > 0 { head.append(", ") }
      head.appendJSONString(category.id)
      head.append(": ")
      head.append(int: report.schools.reduce(0) { $0 + ($1.categories.contains(category) ? 1 : 0) })
    }
    head.append("}},\n  \"schools\": [")
    head.bytes.withUnsafeBufferPointer { output.write(bytes: $0) }

    ParallelChunks.render(count: report.schools.count, chunkSize: Self.chunkSize) {
      range, buffer in
      for index in range {
        buffer.append(index == 0 ? "\n" : ",\n")
        writeSchool(report.schools[index], limit: report.minimumGroupSize, to: &buffer)
      }
    } emit: { bytes in
      output.write(bytes: bytes)
    }

    var tail = ByteBuffer(capacity: 4096)
    tail.append(report.schools.isEmpty ? "],\n" : "\n  ],\n")
    tail.append("  \"issues\": [")
    for (index, issue) in report.issues.enumerated() {
      tail.append(index == 0 ? "\n    " : ",\n    ")
      tail.append("{\"severity\": ")
      tail.appendJSONString(issue.severity.rawValue)
      tail.append(", \"code\": ")
      tail.appendJSONString(issue.code)
      tail.append(", \"file\": ")
      if let file = issue.file { tail.appendJSONString(file) } else { tail.append("null") }
      tail.append(", \"line\": ")
      if let line = issue.line { tail.append(int: line) } else { tail.append("null") }
      tail.append(", \"column\": ")
      if let column = issue.column { tail.append(int: column) } else { tail.append("null") }
      tail.append(", \"message\": ")
      tail.appendJSONString(issue.message[language])
      tail.append("}")
    }
    tail.append(report.issues.isEmpty ? "]\n}\n" : "\n  ]\n}\n")
    tail.bytes.withUnsafeBufferPointer { output.write(bytes: $0) }
  }

  private func writeSchool(
    _ outcome: IdentificationReport.SchoolOutcome, limit: Int, to buffer: inout ByteBuffer
  ) {
    let school = outcome.school
    buffer.append("    {\"id\": ")
    buffer.appendJSONString(school.id.rawValue)
    buffer.append(", \"name\": ")
    buffer.appendJSONString(school.name)
    buffer.append(", \"municipality\": ")
    buffer.appendJSONString(school.municipality)
    buffer.append(", \"categories\": [")
    for (index, category) in outcome.categories.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.appendJSONString(category.id)
    }
    buffer.append("], \"placements\": [")
    for (index, placement) in outcome.placements.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.append("{\"category\": ")
      buffer.appendJSONString(placement.category.id)
      buffer.append(", \"packs\": [")
      for (offset, pack) in placement.packs.enumerated() {
        if offset > 0 { buffer.append(", ") }
        buffer.appendJSONString(pack)
      }
      buffer.append("], \"severity\": ")
      if let severity = placement.severity {
        buffer.appendJSONString(severity.id)
      } else {
        buffer.append("null")
      }
      buffer.append("}")
    }
    buffer.append("], \"undetermined_categories\": [")
    for (index, category) in outcome.undeterminedCategories.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.appendJSONString(category.id)
    }
    buffer.append("],\n     \"findings\": [")
    for index in 0..<outcome.findingCount {
      buffer.append(index == 0 ? "\n      " : ",\n      ")
      writeFinding(
        outcome.finding(at: index), showValues: outcome.mayShowValues, limit: limit, to: &buffer)
    }
    buffer.append("]}")
  }

  private func writeFinding(
    _ finding: IdentificationReport.Finding, showValues: Bool, limit: Int,
    to buffer: inout ByteBuffer
  ) {
    buffer.append("{\"criterion\": ")
    buffer.appendJSONString(finding.criterion.rawValue)
    buffer.append(", \"status\": \"")
    buffer.append(finding.status.rawValue)
    let evidence = showValues ? finding.result.evidence : nil
    buffer.append("\", \"value\": ")
    buffer.appendJSON(number: evidence?.value)
    buffer.append(", \"threshold\": ")
    buffer.appendJSON(number: evidence?.threshold)
    buffer.append(", \"reference\": ")
    buffer.appendJSON(number: evidence?.reference)
    buffer.append(", \"metric\": ")
    if let metric = evidence?.metric {
      buffer.appendJSONString(metric.rawValue)
    } else {
      buffer.append("null")
    }
    buffer.append(", \"years\": [")
    for (index, year) in finding.result.years.enumerated() {
      if index > 0 { buffer.append(", ") }
      buffer.append(int: year.endYear)
    }
    buffer.append("]")
    if case .insufficientData(let missing, _) = finding.result {
      buffer.append(", \"missing\": [")
      for (index, cell) in missing.enumerated() {
        if index > 0 { buffer.append(", ") }
        buffer.append("{\"metric\": ")
        buffer.appendJSONString(cell.metric.rawValue)
        buffer.append(", \"year\": ")
        if let year = cell.year { buffer.append(int: year.endYear) } else { buffer.append("null") }
        buffer.append(", \"source\": \"")
        buffer.append(cell.source.rawValue)
        buffer.append("\"}")
      }
      buffer.append("]")
    }
    if !showValues, finding.result.evidence != nil {
      buffer.append(", \"suppressed\": true, \"explanation\": ")
      buffer.appendJSONString(SmallCell.notice(language, limit: limit))
      buffer.append("}")
    } else {
      buffer.append(", \"explanation\": \"")
      finding.result.writeExplanation(in: language, to: &buffer, json: true)
      buffer.append("\"}")
    }
  }
}

/// Renders a long list in chunks on several cores and emits the chunks in order.
enum ParallelChunks {
  /// Splits `0..<count` into chunks of `chunkSize`, renders up to one round of chunks per core at a
  /// time with `render`, and hands each chunk's bytes to `emit` in order.
  static func render(
    count: Int, chunkSize: Int,
    _ render: @Sendable (Range<Int>, inout ByteBuffer) -> Void,
    emit: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard count > 0 else { return }
    let chunks = (count + chunkSize - 1) / chunkSize
    let width = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) * 2
    var first = 0
    while first < chunks {
      let round = min(width, chunks - first)
      let base = first
      let buffers = Parallel.map(round) { offset in
        let chunk = base + offset
        let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
        var buffer = ByteBuffer(capacity: range.count * 4096)
        render(range, &buffer)
        return buffer
      }
      for buffer in buffers { buffer.bytes.withUnsafeBufferPointer(emit) }
      first += round
    }
  }
}

/// JSON literals as strings, for the small documents that are not worth a byte buffer.
enum JSONText {
  /// A JSON string literal with the escapes RFC 8259 requires.
  static func string(_ text: String) -> String {
    var buffer = ByteBuffer(capacity: text.utf8.count + 2)
    buffer.appendJSONString(text)
    return String(decoding: buffer.bytes, as: UTF8.self)
  }

  /// A JSON number with at most six decimals, or `null`.
  static func number(_ value: Double?) -> String {
    var buffer = ByteBuffer(capacity: 24)
    buffer.appendJSON(number: value)
    return String(decoding: buffer.bytes, as: UTF8.self)
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
