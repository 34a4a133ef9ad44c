import Foundation
import QualityKit
import Testing

/// JSON coders set up as the pack loader and exporter set them up, and checks that a criterion
/// decoded from its JSON form is the same criterion.
public enum PackJSON {
  /// A `JSONEncoder` with sorted keys (the exporter's setting) and `indices` by id in `userInfo`.
  public static func encoder(indices: [CompositeIndex] = []) -> JSONEncoder {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    encoder.userInfo[.packIndices] = byID(indices)
    return encoder
  }

  /// A `JSONDecoder` with `indices` by id in `userInfo`.
  public static func decoder(indices: [CompositeIndex] = []) -> JSONDecoder {
    let decoder = JSONDecoder()
    decoder.userInfo[.packIndices] = byID(indices)
    return decoder
  }

  /// The criterion decoded from `json` through ``PackBlockKinds/CriterionBlock``.
  public static func criterion(_ json: String, indices: [CompositeIndex] = []) throws
    -> any IdentificationCriterion
  {
    try decoder(indices: indices).decode(PackBlockKinds.CriterionBlock.self, from: Data(json.utf8))
      .criterion
  }

  /// `criterion`'s JSON text, keys sorted.
  public static func text(of criterion: any IdentificationCriterion, indices: [CompositeIndex] = [])
    throws -> String
  {
    String(
      decoding: try encoder(indices: indices).encode(PackBlockKinds.CriterionBlock(criterion)),
      as: UTF8.self)
  }

  /// The `PackFileError.FormatIssue` decoding `json` as `type` throws, or `nil` when it throws none (or
  /// another error).
  public static func issue<T: Decodable>(
    decoding json: String, as type: T.Type, indices: [CompositeIndex] = []
  ) -> PackFileError.FormatIssue? {
    do {
      _ = try decoder(indices: indices).decode(type, from: Data(json.utf8))
      return nil
    } catch {
      return error as? PackFileError.FormatIssue
    }
  }

  private static func byID(_ indices: [CompositeIndex]) -> [IndexID: CompositeIndex] {
    Dictionary(indices.map { ($0.id, $0) }) { first, _ in first }
  }
}

/// Checks that `decoded` is `original` read back from JSON: the same type, the same description
/// (id, title, rationale, provenance, required metrics, regional benchmarks, parameters), the same
/// block fields, the same examples, and — on every one of its examples — the same results, statuses
/// and explanations in both languages.
public func expectSameCriterion(
  _ decoded: any IdentificationCriterion, _ original: any IdentificationCriterion,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let id = original.id
  #expect(type(of: decoded) == type(of: original), "\(id): type", sourceLocation: sourceLocation)
  let (a, b) = (decoded.criterionDescription, original.criterionDescription)
  #expect(a.id == b.id, sourceLocation: sourceLocation)
  #expect(a.title == b.title, "\(id): title", sourceLocation: sourceLocation)
  #expect(a.rationale == b.rationale, "\(id): rationale", sourceLocation: sourceLocation)
  #expect(a.provenance == b.provenance, "\(id): provenance", sourceLocation: sourceLocation)
  #expect(a.requiredMetrics == b.requiredMetrics, "\(id): metrics", sourceLocation: sourceLocation)
  #expect(
    a.requiresRegionalBenchmarks == b.requiresRegionalBenchmarks, "\(id): benchmarks",
    sourceLocation: sourceLocation)
  #expect(a.parameters == b.parameters, "\(id): parameters", sourceLocation: sourceLocation)
  #expect(
    BlockFields(decoded) == BlockFields(original), "\(id): block fields",
    sourceLocation: sourceLocation)
  #expect(
    a.examples.map(ExampleFields.init) == b.examples.map(ExampleFields.init), "\(id): examples",
    sourceLocation: sourceLocation)
  for example in b.examples {
    let expected = try example.evaluate(original)
    let actual = try example.evaluate(decoded)
    #expect(actual == expected, "\(id): results", sourceLocation: sourceLocation)
    for school in expected.keys.sorted() {
      for language in Language.allCases {
        #expect(
          actual[school]?.explanation(in: language) == expected[school]?.explanation(in: language),
          "\(id) \(school): explanation", sourceLocation: sourceLocation)
      }
    }
  }
}

/// An example's content, comparable: everything but the source location. A metric with no year is
/// dropped, since it holds no value.
public struct ExampleFields: Hashable {
  let note: String
  let year: AcademicYear
  let schools: [SchoolID: [MetricKey: [Int: Double]]]
  let municipalities: [SchoolID: String]
  let kinds: [SchoolID: School.Kind]
  let benchmarks: [Benchmarks.Entry]
  let parameters: [ParameterKey: Double]
  let cohort: Cohort.Scope
  let expected: [SchoolID: CriterionResult.Status]
  let isDocumented: Bool

  /// The content of `example`.
  public init(_ example: CriterionDescription.Example) {
    note = example.note
    year = example.year
    schools = example.schools.mapValues { $0.filter { !$0.value.isEmpty } }
    municipalities = example.municipalities
    kinds = example.kinds
    benchmarks = example.benchmarks
    parameters = example.parameters
    cohort = example.cohort
    expected = example.expected
    isDocumented = example.isDocumented
  }
}

/// A building block's own fields (besides its description), comparable; a persistence criterion's
/// condition is compared by its type, description and fields in turn.
public indirect enum BlockFields: Hashable {
  case lowestShare(index: CompositeIndex, share: PackParameter)
  case threshold(metrics: [MetricKey], comparison: Comparison, threshold: PackParameter)
  case gap(
    metrics: [MetricKey], reference: GapCriterion.Reference, side: GapCriterion.Side,
    threshold: PackParameter)
  case windowMean(
    metric: MetricKey, window: Int, comparison: Comparison, threshold: PackParameter)
  case persistence(
    condition: BlockFields, conditionDescription: DescriptionFields, window: PackParameter,
    required: PackParameter)
  case objectivityMarkers(
    markers: [ObjectivityMarkersCriterion.Marker], minimumMarkers: PackParameter)
  case belowReferences(metrics: [MetricKey], window: PackParameter, minimumSubjects: PackParameter)
  case other(String)

  /// The fields of `criterion`.
  public init(_ criterion: any IdentificationCriterion) {
    switch criterion {
    case let c as LowestShareCriterion: self = .lowestShare(index: c.index, share: c.share)
    case let c as ThresholdCriterion:
      self = .threshold(metrics: c.metrics, comparison: c.comparison, threshold: c.threshold)
    case let c as GapCriterion:
      self = .gap(metrics: c.metrics, reference: c.reference, side: c.side, threshold: c.threshold)
    case let c as WindowMeanCriterion:
      self = .windowMean(
        metric: c.metric, window: c.window, comparison: c.comparison, threshold: c.threshold)
    case let c as PersistenceCriterion:
      self = .persistence(
        condition: BlockFields(c.condition),
        conditionDescription: DescriptionFields(c.condition.criterionDescription), window: c.window,
        required: c.required)
    case let c as ObjectivityMarkersCriterion:
      self = .objectivityMarkers(markers: c.markers, minimumMarkers: c.minimumMarkers)
    case let c as BelowReferencesCriterion:
      self = .belowReferences(
        metrics: c.metrics, window: c.window, minimumSubjects: c.minimumSubjects)
    default: self = .other("\(type(of: criterion))")
    }
  }
}

/// A description's fields, comparable (``CriterionDescription``'s own `==` compares ids only).
public struct DescriptionFields: Hashable {
  let id: CriterionID
  let title: LocalizedText
  let rationale: LocalizedText
  let provenance: Provenance
  let requiredMetrics: [MetricKey]
  let requiresRegionalBenchmarks: Bool
  let parameters: [PackParameter]
  let examples: [ExampleFields]

  /// The fields of `description`.
  public init(_ description: CriterionDescription) {
    id = description.id
    title = description.title
    rationale = description.rationale
    provenance = description.provenance
    requiredMetrics = description.requiredMetrics
    requiresRegionalBenchmarks = description.requiresRegionalBenchmarks
    parameters = description.parameters
    examples = description.examples.map(ExampleFields.init)
  }
}
