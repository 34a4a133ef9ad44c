/// Everything a reader — or `--describe` — needs to know about a criterion.
///
/// Built like SwiftLint's `RuleDescription`: a stable id, a title, a rationale, the document it comes
/// from, the data it needs, the parameters it reads and worked examples that double as tests.
/// `==` and hashing go by ``id``.
public struct CriterionDescription: Sendable, Hashable {
  /// Stable id, unique within a run, e.g. `krasnoyarsk.results_lowest_quarter`.
  public var id: CriterionID
  /// Short title in Russian and English.
  public var title: LocalizedText
  /// Why the rule exists and how it reads the document.
  public var rationale: LocalizedText
  /// Where the rule comes from.
  public var provenance: Provenance
  /// The metrics the criterion reads.
  public var requiredMetrics: [MetricKey]
  /// Whether the criterion needs regional benchmarks from the host.
  public var requiresRegionalBenchmarks: Bool
  /// The parameters the criterion reads, with their defaults.
  public var parameters: [PackParameter]
  /// Worked examples; every one is run by the test suite.
  public var examples: [CriterionDescription.Example]

  /// Creates a description.
  public init(
    id: CriterionID, title: LocalizedText, rationale: LocalizedText, provenance: Provenance,
    requiredMetrics: [MetricKey], requiresRegionalBenchmarks: Bool = false,
    parameters: [PackParameter] = [], examples: [CriterionDescription.Example] = []
  ) {
    self.id = id
    self.title = title
    self.rationale = rationale
    self.provenance = provenance
    self.requiredMetrics = requiredMetrics
    self.requiresRegionalBenchmarks = requiresRegionalBenchmarks
    self.parameters = parameters
    self.examples = examples
  }

  /// Compares by id.
  public static func == (lhs: CriterionDescription, rhs: CriterionDescription) -> Bool {
    lhs.id == rhs.id
  }

  /// Hashes the id.
  public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
