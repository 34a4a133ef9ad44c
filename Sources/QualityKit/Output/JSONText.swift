import Foundation

/// Renders a long list in chunks on several cores and emits the chunks in order.
enum ParallelChunks {
  /// Splits `0..<count` into chunks of `chunkSize`, renders them with `render` on other threads, a
  /// few chunks ahead, and hands each chunk's bytes to `emit` on the calling thread, in order, while
  /// the next ones are being rendered. A buffer starts at `chunkSize × bytesPerItem` bytes.
  ///
  /// The chunks in flight take turns with a few buffers, whose memory is reused from chunk to
  /// chunk: chunk `i` renders into the buffer chunk `i − window` was emitted from.
  static func render(
    count: Int, chunkSize: Int, bytesPerItem: Int = 4096,
    _ render: @escaping @Sendable (Range<Int>, inout ByteBuffer) -> Void,
    emit: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard count > 0 else { return }
    let chunks = (count + chunkSize - 1) / chunkSize
    let window = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8)) * 2
    let storages = (0..<min(window, chunks)).map { _ in ByteStorage() }
    let estimate = chunkSize * bytesPerItem
    Parallel.pipeline(count: chunks, window: window) { chunk in
      let storage = storages[chunk % window]
      let range = (chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize)
      var buffer = ByteBuffer(reusing: storage, capacity: estimate)
      render(range, &buffer)
      buffer.store(in: storage)
      return chunk
    } consume: { chunk, _ in
      storages[chunk % window].withUnsafeBytes(emit)
    }
  }
}

/// JSON literals as strings, for the small documents that are not worth a byte buffer.
enum JSONText {
  /// A JSON string literal with the escapes RFC 8259 requires.
  static func string(_ text: String) -> String {
    var buffer = ByteBuffer(capacity: text.utf8.count + 2)
    buffer.appendJSONString(text)
    return buffer.string
  }

  /// `{"ru": …, "en": …}`: a text in both languages.
  static func localized(_ text: LocalizedText) -> String {
    "{\"ru\": \(string(text.ru)), \"en\": \(string(text.en))}"
  }

  /// A JSON number with at most six decimals, or `null`.
  static func number(_ value: Double?) -> String {
    var buffer = ByteBuffer(capacity: 24)
    buffer.appendJSON(number: value)
    return buffer.string
  }
}

/// Small-cell suppression: the wording used where a school's values are not printed.
enum SmallCell {
  /// The notice printed in place of a school's values: the reason's own
  /// (``SmallGroupRule/Reason/notice(_:limit:)``), or without one the rule in general.
  static func notice(_ language: Language, limit: Int, reason: SmallGroupRule.Reason? = nil)
    -> String
  {
    if let reason { return reason.notice(language, limit: limit) }
    return language == .russian
      ? "Значения не выводятся: в одном из лет, из которых они берутся, в школе менее \(limit) "
        + "обучающихся или их число неизвестно."
      : "Values are not shown: in a year they come from, the school had fewer than \(limit) "
        + "students or an unknown number."
  }
}

extension ByteBuffer {
  /// `"suppression": {"minimum_group_size": 5, "assume_large_when_unknown": false, "schools": 3,
  /// "small_group": 1, "unknown_enrollment": 2, "reveals_groupmate": 0}`.
  mutating func appendJSONSuppression(_ summary: SuppressionSummary) {
    append("\"suppression\": {\"minimum_group_size\": ")
    append(int: summary.minimumGroupSize)
    append(", \"assume_large_when_unknown\": ")
    append(summary.assumeLargeWhenUnknown ? "true" : "false")
    append(", \"schools\": ")
    append(int: summary.total)
    append(", \"small_group\": ")
    append(int: summary.smallGroup)
    append(", \"unknown_enrollment\": ")
    append(int: summary.unknownEnrollment)
    append(", \"reveals_groupmate\": ")
    append(int: summary.revealsGroupmate)
    append("}")
  }
}

extension ByteBuffer {
  /// `"issues": [{"severity", "code", "file", "line", "column", "message"}…]`, one per line.
  mutating func appendJSONIssues(_ issues: [DataIssue], in language: Language) {
    append("\"issues\": [")
    for (index, issue) in issues.enumerated() {
      append(index == 0 ? "\n    " : ",\n    ")
      append("{\"severity\": ")
      appendJSONString(issue.severity.rawValue)
      append(", \"code\": ")
      appendJSONString(issue.code)
      append(", \"file\": ")
      if let file = issue.file { appendJSONString(file) } else { append("null") }
      append(", \"line\": ")
      if let line = issue.line { append(int: line) } else { append("null") }
      append(", \"column\": ")
      if let column = issue.column { append(int: column) } else { append("null") }
      append(", \"message\": ")
      appendJSONString(issue.message[language])
      append("}")
    }
    append(issues.isEmpty ? "]" : "\n  ]")
  }
}
