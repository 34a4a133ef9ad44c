/// The one-sentence reason for a criterion's decision, rendered in Russian or English on demand.
///
/// Building blocks store the numbers and render the sentence only when a report asks for it, in the
/// one language the report is written in: a national run has hundreds of thousands of findings, and
/// formatting two sentences for each would cost more than the identification itself.
public struct Explanation: Sendable, Hashable {
  enum Storage: Sendable, Hashable {
    case text(LocalizedText)
    case lowestShare(
      index: LocalizedText, value: Double, cutoff: Double, share: Double, k: Int, n: Int, met: Bool)
    case threshold(
      metric: LocalizedText, value: Double, comparison: Comparison, threshold: Double,
      windowYears: Int, met: Bool)
    case gap(
      metric: LocalizedText, school: Double, reference: Double, regional: Bool, gap: Double,
      threshold: Double, below: Bool, met: Bool)
  }

  let storage: Storage

  init(_ storage: Storage) { self.storage = storage }

  /// A fixed sentence, for host criteria.
  public init(_ text: LocalizedText) { self.storage = .text(text) }

  /// The sentence in `language`.
  public func text(in language: Language) -> String {
    switch storage {
    case .text(let text):
      return text[language]
    case .lowestShare(let index, let value, let cutoff, let share, let k, let n, let met):
      let v = NumberText.format(value, language)
      let c = NumberText.format(cutoff, language)
      let percent = NumberText.format(share * 100, decimals: 1, language)
      let name = Self.capitalized(index[language])
      switch (language, met) {
      case (.russian, true):
        return "\(name): \(v) — не выше порога отсечения \(c); школа среди \(percent) % школ "
          + "с самыми низкими значениями (\(k) из \(n))."
      case (.russian, false):
        return "\(name): \(v) — выше порога отсечения \(c) (нижние \(percent) %: \(k) из \(n))."
      case (.english, true):
        return "\(name): \(v), at or below the cut-off \(c); the school is among the lowest "
          + "\(percent)% (\(k) of \(n))."
      case (.english, false):
        return "\(name): \(v), above the cut-off \(c) (lowest \(percent)%: \(k) of \(n))."
      }
    case .threshold(let metric, let value, let comparison, let threshold, let windowYears, let met):
      let v = NumberText.format(value, language)
      let t = NumberText.format(threshold, language)
      let word = met ? comparison.title(in: language) : comparison.negatedTitle(in: language)
      switch language {
      case .russian:
        let what = windowYears > 1 ? "\(metric.ru) в среднем за \(windowYears) г." : metric.ru
        return "\(Self.capitalized(what)): \(v) — \(word) \(t)."
      case .english:
        let what = windowYears > 1 ? "\(metric.en), mean over \(windowYears) years" : metric.en
        return "\(Self.capitalized(what)): \(v), \(word) \(t)."
      }
    case .gap(
      let metric, let school, let reference, let regional, let gap, let threshold, let below,
      let met):
      let s = NumberText.format(school, language)
      let r = NumberText.format(reference, language)
      let g = NumberText.format(gap, language)
      let t = NumberText.format(threshold, language)
      switch language {
      case .russian:
        let whose = regional ? "среднем по региону" : "среднем по муниципалитету"
        let side = below ? "ниже" : "выше"
        let verdict = met ? "более \(t)" : "не более \(t)"
        return "\(Self.capitalized(metric.ru)): \(s) при \(whose) \(r); школа \(side) "
          + "на \(g) — \(verdict)."
      case .english:
        let whose = regional ? "regional" : "municipal"
        let side = below ? "below" : "above"
        let verdict = met ? "more than \(t)" : "not more than \(t)"
        return "\(Self.capitalized(metric.en)): \(s) against the \(whose) mean \(r); the school is "
          + "\(g) \(side) it, \(verdict)."
      }
    }
  }

  private static func capitalized(_ text: String) -> String {
    guard let first = text.first else { return text }
    return first.uppercased() + text.dropFirst()
  }
}
