/// The one-sentence reason for a criterion's decision, rendered in Russian or English on demand.
///
/// Building blocks store the numbers and render the sentence only when a report asks for it, in the
/// one language the report is written in, straight into the report's buffer: a national run has
/// hundreds of thousands of findings, and formatting two sentences for each up front would cost more
/// than the identification itself.
///
/// The sentences most findings have — a lowest share, a threshold, a gap — hold nothing but numbers
/// and an `ExplanationTitle`, so copying one retains no reference count.
public struct Explanation: Sendable, Hashable {
  enum Storage: Sendable, Hashable {
    case text(LocalizedText)
    /// `index` is capitalised: it starts the sentence.
    case lowestShare(
      index: ExplanationTitle, value: Double, cutoff: Double, share: Double, k: Int, n: Int,
      met: Bool)
    /// `metric` is capitalised: it starts the sentence.
    case threshold(
      metric: ExplanationTitle, value: Double, comparison: Comparison, threshold: Double,
      windowYears: Int, met: Bool)
    /// `metric` is capitalised: it starts the sentence.
    case gap(
      metric: ExplanationTitle, school: Double, reference: Double, regional: Bool, gap: Double,
      threshold: Double, below: Bool, met: Bool)
    /// `condition` is the counted criterion's title.
    case persistence(
      condition: LocalizedText, metYears: [AcademicYear], window: Int, undecided: Int,
      required: Int,
      met: Bool)
    /// `subjects` are the subjects below both references in every year.
    case belowReferences(
      subjects: [LocalizedText], undecided: Int, window: Int, required: Int, met: Bool)
    /// Each decided marker with its value.
    case markers(readings: [MarkerReading], total: Int, required: Int, met: Bool)
  }

  /// One objectivity marker as read for a school.
  struct MarkerReading: Sendable, Hashable {
    var title: LocalizedText
    var value: Double
    var comparison: Comparison
    var threshold: Double
    var holds: Bool
  }

  let storage: Storage

  init(_ storage: Storage) { self.storage = storage }

  /// A fixed sentence, for host criteria.
  public init(_ text: LocalizedText) { self.storage = .text(text) }

  /// The sentence in `language`.
  public func text(in language: Language) -> String {
    var buffer = ByteBuffer(capacity: 160)
    write(in: language, to: &buffer, json: false)
    return buffer.string
  }

  /// Writes the sentence into `buffer`, JSON-escaping the parts that come from titles when `json`.
  func write(in language: Language, to buffer: inout ByteBuffer, json: Bool) {
    let ru = language == .russian
    func title(_ title: ExplanationTitle) { buffer.append(title.utf8(language, json: json)) }
    func number(_ value: Double, decimals: Int = 2) {
      buffer.append(number: value, decimals: decimals, decimalComma: ru)
    }
    switch storage {
    case .text(let text):
      Self.appendTitle(text, in: language, json: json, to: &buffer)
    case .lowestShare(let index, let value, let cutoff, let share, let k, let n, let met):
      title(index)
      buffer.append(ru ? ": " : ": ")
      number(value)
      switch (ru, met) {
      case (true, true): buffer.append(" — не выше порога отсечения ")
      case (true, false): buffer.append(" — выше порога отсечения ")
      case (false, true): buffer.append(", at or below the cut-off ")
      case (false, false): buffer.append(", above the cut-off ")
      }
      number(cutoff)
      switch (ru, met) {
      case (true, true): buffer.append("; школа среди ")
      case (true, false): buffer.append(" (нижние ")
      case (false, true): buffer.append("; the school is among the lowest ")
      case (false, false): buffer.append(" (lowest ")
      }
      number(share * 100, decimals: 1)
      switch (ru, met) {
      case (true, true): buffer.append(" % школ с самыми низкими значениями (")
      case (true, false): buffer.append(" %: ")
      case (false, true): buffer.append("% (")
      case (false, false): buffer.append("%: ")
      }
      buffer.append(int: k)
      buffer.append(ru ? " из " : " of ")
      buffer.append(int: n)
      buffer.append(").")
    case .threshold(let metric, let value, let comparison, let threshold, let windowYears, let met):
      title(metric)
      if windowYears > 1 {
        buffer.append(ru ? " в среднем за " : ", mean over ")
        buffer.append(int: windowYears)
        buffer.append(ru ? " г." : " years")
      }
      buffer.append(ru ? ": " : ": ")
      number(value)
      buffer.append(ru ? " — " : ", ")
      buffer.append(
        string: met ? comparison.title(in: language) : comparison.negatedTitle(in: language))
      buffer.append(" ")
      number(threshold)
      buffer.append(".")
    case .gap(
      let metric, let school, let reference, let regional, let gap, let threshold, let below,
      let met):
      title(metric)
      buffer.append(": ")
      number(school)
      switch (ru, regional) {
      case (true, true): buffer.append(" при среднем по региону ")
      case (true, false): buffer.append(" при среднем по муниципалитету ")
      case (false, true): buffer.append(" against the regional mean ")
      case (false, false): buffer.append(" against the municipal mean ")
      }
      number(reference)
      // `gap` is signed: positive on the criterion's side of the reference (below it for `below`).
      let onCriterionSide = gap >= 0
      let lower = below == onCriterionSide
      if ru {
        buffer.append(lower ? "; школа ниже на " : "; школа выше на ")
        number(gap.magnitude)
        if onCriterionSide {
          buffer.append(met ? " — более " : " — не более ")
          number(threshold)
          buffer.append(".")
        } else {
          buffer.append(" — разрыва в эту сторону нет (порог ")
          number(threshold)
          buffer.append(").")
        }
      } else {
        buffer.append("; the school is ")
        number(gap.magnitude)
        buffer.append(lower ? " below it" : " above it")
        if onCriterionSide {
          buffer.append(met ? ", more than " : ", not more than ")
          number(threshold)
          buffer.append(".")
        } else {
          buffer.append(", no gap on that side (threshold ")
          number(threshold)
          buffer.append(").")
        }
      }
    case .persistence(let condition, let metYears, let window, let undecided, let required, _):
      Self.writePersistence(
        condition: condition, metYears: metYears, window: window, undecided: undecided,
        required: required, in: language, to: &buffer, json: json)
    case .belowReferences(let subjects, let undecided, let window, let required, _):
      Self.writeBelowReferences(
        subjects: subjects, undecided: undecided, window: window, required: required,
        in: language, to: &buffer, json: json)
    case .markers(let readings, let total, let required, let met):
      Self.writeMarkers(
        readings: readings, total: total, required: required, met: met, in: language,
        to: &buffer, json: json)
    }
  }

  /// «… in 2 of 3 years (2021/2022, …); at least 2 required.»
  private static func writePersistence(
    condition: LocalizedText, metYears: [AcademicYear], window: Int, undecided: Int, required: Int,
    in language: Language, to buffer: inout ByteBuffer, json: Bool
  ) {
    let ru = language == .russian
    buffer.append(ru ? "Условие «" : "Condition «")
    appendTitle(condition, in: language, json: json, to: &buffer)
    buffer.append(ru ? "» выполнено в " : "» holds in ")
    buffer.append(int: metYears.count)
    buffer.append(ru ? " из " : " of ")
    buffer.append(int: window)
    buffer.append(ru ? " лет" : " years")
    if !metYears.isEmpty {
      buffer.append(" (")
      buffer.append(string: metYears.map(\.description).joined(separator: ", "))
      buffer.append(")")
    }
    if undecided > 0 {
      buffer.append(ru ? ", не определено в " : ", undecided in ")
      buffer.append(int: undecided)
    }
    buffer.append(ru ? "; требуется не менее " : "; at least ")
    buffer.append(int: required)
    buffer.append(ru ? "." : " required.")
  }

  /// «Below both … in every year of 3: A, B (2 subjects; at least 2 required).»
  private static func writeBelowReferences(
    subjects: [LocalizedText], undecided: Int, window: Int, required: Int,
    in language: Language, to buffer: inout ByteBuffer, json: Bool
  ) {
    let ru = language == .russian
    buffer.append(
      ru
        ? "Ниже муниципального и регионального среднего все "
        : "Below both the municipal and the regional mean in all ")
    buffer.append(int: window)
    buffer.append(ru ? " г.: " : " years: ")
    if subjects.isEmpty {
      buffer.append(ru ? "ни одного предмета" : "no subject")
    } else {
      for (offset, subject) in subjects.enumerated() {
        if offset > 0 { buffer.append("; ") }
        appendTitle(subject, in: language, json: json, to: &buffer)
      }
    }
    buffer.append(" (")
    buffer.append(int: subjects.count)
    if undecided > 0 {
      buffer.append(ru ? ", не определено: " : ", undecided: ")
      buffer.append(int: undecided)
    }
    buffer.append(ru ? "; требуется не менее " : "; at least ")
    buffer.append(int: required)
    buffer.append(ru ? ")." : " required).")
  }

  /// «Markers of non-objectivity: 1 of 3 (at least 1 required): A 20 — above 15.»
  private static func writeMarkers(
    readings: [MarkerReading], total: Int, required: Int, met: Bool,
    in language: Language, to buffer: inout ByteBuffer, json: Bool
  ) {
    let ru = language == .russian
    let held = readings.filter(\.holds)
    buffer.append(ru ? "Признаки необъективности: " : "Signs of non-objective results: ")
    buffer.append(int: held.count)
    buffer.append(ru ? " из " : " of ")
    buffer.append(int: total)
    buffer.append(ru ? " (требуется не менее " : " (at least ")
    buffer.append(int: required)
    buffer.append(ru ? ")" : " required)")
    // A met school is explained by the markers it shows; one not met by every value read.
    let shown = met ? held : readings
    for (offset, reading) in shown.enumerated() {
      buffer.append(offset == 0 ? ": " : "; ")
      appendTitle(reading.title, in: language, json: json, to: &buffer)
      buffer.append(" ")
      buffer.append(number: reading.value, decimals: 2, decimalComma: ru)
      buffer.append(" — ")
      buffer.append(
        string: reading.holds
          ? reading.comparison.title(in: language) : reading.comparison.negatedTitle(in: language))
      buffer.append(" ")
      buffer.append(number: reading.threshold, decimals: 2, decimalComma: ru)
    }
    buffer.append(".")
  }

  /// Appends a title, JSON-escaped when `json`.
  private static func appendTitle(
    _ text: LocalizedText, in language: Language, json: Bool, to buffer: inout ByteBuffer
  ) {
    if json {
      buffer.appendJSONEscaped(text[language])
    } else {
      buffer.append(string: text[language])
    }
  }

  /// `text` with its first letter in upper case in both languages, interned as the title a
  /// sentence starts with.
  static func capitalized(_ text: LocalizedText) -> ExplanationTitle {
    ExplanationTitle(LocalizedText(ru: capitalized(text.ru), en: capitalized(text.en)))
  }

  private static func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
