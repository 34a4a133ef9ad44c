import Foundation

/// A title an ``Explanation`` names — a composite index, a metric — held without reference
/// counting.
///
/// A report copies each finding once to write it, on several threads at once, and every school's
/// explanation of a criterion names the same title: were the title's strings held by the
/// explanation, each copy would retain and release reference counts that all threads share. A
/// title is instead interned once per criterion evaluation (one lookup per title, not per school)
/// into a record that lives as long as the process and keeps the text in both languages as UTF-8,
/// plain and JSON-escaped, ready to be copied into a report. The handle is a bare reference to that
/// record, so copying an explanation copies a pointer.
///
/// Records are never freed: there is one per distinct title, and titles come from the packs'
/// definitions and the metric catalogue, not from the data.
struct ExplanationTitle: @unchecked Sendable, Hashable {
  /// Kept alive by ``Registry`` for the life of the process, so the reference needs no count.
  private unowned(unsafe) let record: Record

  /// The interned title for `text`: equal texts give the same title.
  ///
  /// - Complexity: one hash lookup under a lock.
  init(_ text: LocalizedText) { record = Registry.shared.record(for: text) }

  /// The title's text.
  var text: LocalizedText { record.text }

  /// The title's UTF-8 in `language`, JSON-escaped (without quotes) when `json`; valid for the
  /// life of the process.
  @inline(__always)
  func utf8(_ language: Language, json: Bool) -> UnsafeBufferPointer<UInt8> {
    switch (language, json) {
    case (.russian, false): record.russian
    case (.russian, true): record.russianJSON
    case (.english, false): record.english
    case (.english, true): record.englishJSON
    }
  }

  /// Interned titles are equal exactly when their texts are.
  static func == (lhs: ExplanationTitle, rhs: ExplanationTitle) -> Bool {
    lhs.record === rhs.record
  }

  func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(record)) }

  /// One title's text and bytes; immutable once made.
  private final class Record: @unchecked Sendable {
    let text: LocalizedText
    let russian: UnsafeBufferPointer<UInt8>
    let russianJSON: UnsafeBufferPointer<UInt8>
    let english: UnsafeBufferPointer<UInt8>
    let englishJSON: UnsafeBufferPointer<UInt8>

    init(_ text: LocalizedText) {
      self.text = text
      russian = Self.bytes(text.ru, json: false)
      russianJSON = Self.bytes(text.ru, json: true)
      english = Self.bytes(text.en, json: false)
      englishJSON = Self.bytes(text.en, json: true)
    }

    private static func bytes(_ text: String, json: Bool) -> UnsafeBufferPointer<UInt8> {
      var buffer = ByteBuffer(capacity: text.utf8.count + 16)
      if json { buffer.appendJSONEscaped(text) } else { buffer.append(string: text) }
      return buffer.withUnsafeBytes { bytes in
        let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        _ = copy.initialize(from: bytes)
        return UnsafeBufferPointer(rebasing: copy[0..<bytes.count])
      }
    }
  }

  /// Every title interned so far, by text.
  private final class Registry: @unchecked Sendable {
    static let shared = Registry()

    private let lock = NSLock()
    private var records: [LocalizedText: Record] = [:]

    func record(for text: LocalizedText) -> Record {
      lock.lock()
      defer { lock.unlock() }
      if let record = records[text] { return record }
      let record = Record(text)
      records[text] = record
      return record
    }
  }
}
