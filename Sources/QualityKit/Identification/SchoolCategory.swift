/// A list a school can be put on: ШНОР, ШНСУ, schools with signs of non-objective results, or a
/// host's own.
public struct SchoolCategory: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The id used in output, e.g. `low_results`.
  public var id: String
  /// The category's name.
  public var title: LocalizedText

  /// Creates a category.
  public init(id: String, title: LocalizedText) {
    self.id = id
    self.title = title
  }

  /// ШНОР — школы с низкими результатами обучения.
  public static let lowResults = SchoolCategory(
    id: "low_results",
    title: LocalizedText(
      ru: "ШНОР — школы с низкими результатами обучения",
      en: "Schools with low learning results (ШНОР)"))

  /// ШНСУ — школы, функционирующие в неблагоприятных социальных условиях.
  public static let unfavourableSocialConditions = SchoolCategory(
    id: "unfavourable_social_conditions",
    title: LocalizedText(
      ru: "ШНСУ — школы, функционирующие в неблагоприятных социальных условиях",
      en: "Schools in unfavourable social conditions (ШНСУ)"))

  /// Школы с признаками необъективности результатов.
  public static let nonObjectiveResults = SchoolCategory(
    id: "non_objective_results",
    title: LocalizedText(
      ru: "Школы с признаками необъективности результатов",
      en: "Schools with signs of non-objective results"))

  /// The categories the library knows: ШНОР, ШНСУ and schools with signs of non-objective
  /// results. Pack files name them by id alone (see ``init(from:)``).
  public static let known: [SchoolCategory] = [
    .lowResults, .unfavourableSocialConditions, .nonObjectiveResults,
  ]

  /// The id.
  public var description: String { id }

  /// Orders by id.
  public static func < (lhs: SchoolCategory, rhs: SchoolCategory) -> Bool {
    lhs.id.utf8.lexicographicallyPrecedes(rhs.id.utf8)
  }

  /// Compares by id.
  public static func == (lhs: SchoolCategory, rhs: SchoolCategory) -> Bool { lhs.id == rhs.id }

  /// Hashes the id.
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
