/// A named, typed parameter of a rule pack: a threshold, a share, a window, a count.
///
/// Every number a criterion compares with is a parameter, so a host can override it by name
/// (`--set krasnoyarsk.continuation_below_60.threshold=55`) and a derived number is never hidden in
/// code. A parameter says whether the document states its default or the library derived it, and why.
/// Its JSON form is described in `PackParameter+Codable.swift`.
public struct PackParameter: Sendable, Hashable {
  /// What a parameter's value measures.
  public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
    /// A share of the cohort, 0–1 (e.g. 0.25 for «25 % школ»).
    case share
    /// A percentage, 0–100.
    case percent
    /// Percentage points (a difference of two percentages).
    case percentagePoints = "percentage_points"
    /// Exam points.
    case points
    /// A mark, 2–5.
    case mark
    /// A number of criteria, schools or events.
    case count
    /// A number of academic years.
    case years
    /// A composite index value (z-score scale).
    case index
    /// A switch: 1 turns something on (an optional index component), 0 turns it off.
    case flag

    /// The unit's name in `language`.
    public func title(in language: Language) -> String {
      switch (self, language) {
      case (.share, .russian): "доля"
      case (.share, .english): "share"
      case (.percent, _): "%"
      case (.percentagePoints, .russian): "п.п."
      case (.percentagePoints, .english): "p.p."
      case (.points, .russian): "баллы"
      case (.points, .english): "points"
      case (.mark, .russian): "отметка"
      case (.mark, .english): "mark"
      case (.count, .russian): "количество"
      case (.count, .english): "count"
      case (.years, .russian): "лет"
      case (.years, .english): "years"
      case (.index, .russian): "индекс"
      case (.index, .english): "index"
      case (.flag, .russian): "вкл. (1) / выкл. (0)"
      case (.flag, .english): "on (1) / off (0)"
      }
    }
  }

  /// The key, e.g. `krasnoyarsk.continuation_below_60.threshold`.
  public var key: ParameterKey
  /// The default value.
  public var defaultValue: Double
  /// The unit.
  public var unit: Unit
  /// The values an override may take.
  public var range: ClosedRange<Double>
  /// Whether the document states the default (`stated`) or the library derived it (`derived`).
  public var kind: Provenance.Kind
  /// One line: what the parameter does and, for a derived default, why this value.
  public var rationale: LocalizedText

  /// Creates a parameter.
  public init(
    key: ParameterKey, defaultValue: Double, unit: Unit, range: ClosedRange<Double>,
    kind: Provenance.Kind, rationale: LocalizedText
  ) {
    self.key = key
    self.defaultValue = defaultValue
    self.unit = unit
    self.range = range
    self.kind = kind
    self.rationale = rationale
  }
}
