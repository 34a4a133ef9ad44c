/// The language a report or message is written in.
///
/// Russian is the default everywhere: the people who read QualityKit's output are analysts and
/// methodologists of Russian education departments.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
  /// Русский — the default.
  case russian = "ru"
  /// English, on request.
  case english = "en"
}

/// A short text in Russian and English.
///
/// ```swift
/// let title = LocalizedText(ru: "Школы с низкими результатами", en: "Schools with low results")
/// title[.russian]  // "Школы с низкими результатами"
/// ```
public struct LocalizedText: Sendable, Hashable, Codable {
  /// The Russian text.
  public var ru: String
  /// The English text.
  public var en: String

  /// Creates a text from its Russian and English forms.
  public init(ru: String, en: String) {
    self.ru = ru
    self.en = en
  }

  /// The text in `language`.
  public subscript(language: Language) -> String {
    switch language {
    case .russian: ru
    case .english: en
    }
  }
}
