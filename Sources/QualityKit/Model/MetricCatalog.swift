import Foundation

extension MetricCatalog {
  /// The unit a metric is measured in.
  public enum Unit: String, Sendable, Hashable, Codable, CaseIterable {
    /// A share of students or teachers, 0–100 (not a fraction). Gaps are in percentage points.
    case percent
    /// Exam points (ЕГЭ, 0–100).
    case points
    /// A school mark, 2–5.
    case mark
    /// A count (students, events).
    case count
    /// Kilometres.
    case kilometres = "km"
    /// A dimensionless index value.
    case index

    /// The values a quantity in this unit can take at all: 0–100 for percent and exam points, 2–5
    /// for a mark, not below 0 for a count or a distance, any number for an index. A metric of
    /// the catalogue has its own, narrower ``MetricCatalog/Definition/range``; this one checks a
    /// value that has only a unit, such as a target indicator's reported value.
    public var validRange: ClosedRange<Double> {
      switch self {
      case .percent, .points: 0...100
      case .mark: 2...5
      case .count, .kilometres: 0...Double.infinity
      case .index: -Double.infinity...Double.infinity
      }
    }

    /// The unit's short Russian or English symbol for reports.
    public func symbol(in language: Language) -> String {
      switch (self, language) {
      case (.percent, _): "%"
      case (.points, .russian): "балл."
      case (.points, .english): "pts"
      case (.mark, _): ""
      case (.count, .russian): "чел."
      case (.count, .english): ""
      case (.kilometres, .russian): "км"
      case (.kilometres, .english): "km"
      case (.index, _): ""
      }
    }
  }
}

extension MetricCatalog {
  /// Whether more of a metric is better (+) or worse (−) when it enters a composite index.
  public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
    /// Higher is better: the z-score enters as it is.
    case positive = "+"
    /// Higher is worse: the z-score enters as −z.
    case negative = "-"

    /// +1 or −1.
    public var sign: Double { self == .positive ? 1 : -1 }
  }
}

extension MetricCatalog {
  /// What the library knows about one metric: unit, valid range, title and default direction.
  public struct Definition: Sendable, Hashable, Codable {
    /// The key.
    public var key: MetricKey
    /// The unit.
    public var unit: MetricCatalog.Unit
    /// The values a school can have; anything outside is an input error.
    public var range: ClosedRange<Double>
    /// The metric's name for reports.
    public var title: LocalizedText
    /// The sign the metric enters a composite index with, where the metric dictionary states one.
    public var direction: MetricCatalog.Direction?
    /// Where values are expected when the dictionary states no hard range: a value outside is kept
    /// and reported as a warning (e.g. a negative enrolment).
    public var plausibleRange: ClosedRange<Double>?

    /// Creates a definition.
    public init(
      key: MetricKey, unit: MetricCatalog.Unit, range: ClosedRange<Double>,
      plausibleRange: ClosedRange<Double>? = nil, title: LocalizedText,
      direction: MetricCatalog.Direction? = nil
    ) {
      self.plausibleRange = plausibleRange
      self.key = key
      self.unit = unit
      self.range = range
      self.title = title
      self.direction = direction
    }
  }
}

/// The metrics a run accepts: the standard dictionary plus whatever the host registered.
///
/// An input file that names a key the catalogue does not know is rejected, so that a misspelt column
/// is never silently ignored.
///
/// ```swift
/// let catalog = try MetricCatalog.standard.registering(
///   MetricCatalog.Definition(key: "attendance.percent", unit: .percent, range: 0...100,
///                    title: LocalizedText(ru: "посещаемость", en: "attendance")))
/// catalog["attendance.percent"]?.unit  // .percent
/// ```
public struct MetricCatalog: Sendable {
  /// The definitions, by key.
  public let definitions: [MetricKey: MetricCatalog.Definition]

  /// Creates a catalogue. A key listed twice keeps its last definition.
  public init(definitions: [MetricCatalog.Definition]) {
    var byKey: [MetricKey: MetricCatalog.Definition] = [:]
    for definition in definitions { byKey[definition.key] = definition }
    self.definitions = byKey
  }

  /// The definition of `key`, or `nil` when the key is unknown.
  public subscript(key: MetricKey) -> MetricCatalog.Definition? { definitions[key] }

  /// Every key, sorted.
  public var keys: [MetricKey] { definitions.keys.sorted() }

  /// A catalogue with the host's own metrics added.
  ///
  /// - Throws: ``DatasetError`` (``DatasetError/Kind/duplicateMetric(_:)``) when a key is already
  ///   defined, so that a host cannot redefine a standard metric's range by accident.
  public func registering(_ added: MetricCatalog.Definition...) throws(DatasetError)
    -> MetricCatalog
  {
    try registering(contentsOf: added)
  }

  /// A catalogue with the host's own metrics added.
  ///
  /// - Throws: ``DatasetError`` (``DatasetError/Kind/duplicateMetric(_:)``) when a key is already
  ///   defined.
  public func registering(contentsOf added: [MetricCatalog.Definition]) throws(DatasetError)
    -> MetricCatalog
  {
    var all = Array(definitions.values)
    var seen = Set(definitions.keys)
    for definition in added {
      guard seen.insert(definition.key).inserted else {
        throw .duplicateMetric(definition.key)
      }
      all.append(definition)
    }
    return MetricCatalog(definitions: all)
  }
}
