import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// What a pack file can get wrong in a criterion, and where the issue says it is.
@Suite struct CriterionBlockJSONIssueTests {
  typealias Literal = CriterionBlockJSONTests

  static let threshold = """
    {\(Literal.header("threshold", "t.threshold")), "metric": "results.quality_percent",
     "comparison": "<", "threshold": \(Literal.parameterJSON("t.threshold.value", 60))}
    """

  static let index = CompositeIndex(
    id: "index.t", title: LocalizedText(ru: "и", en: "i"),
    components: [CompositeIndex.Component(.resultsQualityPercent, .positive)])

  /// A lowest-share criterion whose `index` is `index` (a JSON value).
  static func lowestShare(index: String) -> String {
    """
    {\(Literal.header("lowest_share", "t.lowest")), "index": \(index),
     "share": \(Literal.parameterJSON("t.lowest.share", 0.25, unit: "share", min: 0.01, max: 1))}
    """
  }

  /// The issue `json` causes when decoded through ``PackBlockKinds/CriterionBlock``.
  func issue(_ json: String, indices: [CompositeIndex] = []) throws -> PackFileError.FormatIssue {
    try #require(
      PackJSON.issue(decoding: json, as: PackBlockKinds.CriterionBlock.self, indices: indices))
  }

  /// `json` with `original` replaced, checking that it was there.
  func replacing(_ original: String, with replacement: String, in json: String) -> String {
    #expect(json.contains(original))
    return json.replacingOccurrences(of: original, with: replacement)
  }

  // MARK: - Kinds

  @Test func anUnknownKindListsTheKnownOnes() throws {
    let json = replacing(#""kind": "threshold""#, with: #""kind": "thresold""#, in: Self.threshold)
    let issue = try issue(json)
    #expect(issue.path == ["kind"])
    #expect(
      issue.kind
        == .unknownKind(
          "thresold",
          expected: [
            "below_references", "gap", "lowest_share", "objectivity_markers", "persistence",
            "threshold", "window_mean",
          ]))
  }

  @Test func anUnknownKindInsideAConditionIsReportedThere() throws {
    let json = replacing(
      #""kind": "threshold""#, with: #""kind": "share""#, in: Literal.persistenceJSON)
    #expect(try issue(json).path == ["condition", "kind"])
  }

  @Test func aBlockDecodedOnItsOwnChecksItsKind() throws {
    let json = replacing(#""kind": "threshold""#, with: #""kind": "gap""#, in: Self.threshold)
    let issue = try #require(PackJSON.issue(decoding: json, as: ThresholdCriterion.self))
    #expect(issue.path == ["kind"])
    #expect(issue.kind == .unknownKind("gap", expected: ["threshold"]))
    // Without `kind` the type is known from the call: the block decodes.
    let bare = replacing(#""kind": "threshold", "#, with: "", in: Self.threshold)
    let criterion = try PackJSON.decoder().decode(ThresholdCriterion.self, from: Data(bare.utf8))
    #expect(criterion.id == "t.threshold")
  }

  // MARK: - Index references

  @Test func anIndexIDIsLookedUpInThePackIndices() throws {
    let criterion = try #require(
      try PackJSON.criterion(Self.lowestShare(index: #""index.t""#), indices: [Self.index])
        as? LowestShareCriterion)
    #expect(criterion.index == Self.index)
  }

  @Test func anUnknownIndexIDIsReportedAtIndex() throws {
    let issue = try issue(Self.lowestShare(index: #""index.missing""#), indices: [Self.index])
    #expect(issue.path == ["index"])
    #expect(
      issue.kind
        == .unknownReference(
          "index.missing",
          expected: LocalizedText(
            ru: "id индекса из списка indices пакета: index.t",
            en: "the id of an index in the pack's indices: index.t")))
    #expect(
      issue.description
        == "index: «index.missing» не найден: ожидается id индекса из списка indices пакета: index.t"
    )
  }

  @Test func anIndexIDWithoutPackIndicesIsUnknown() throws {
    let issue = try issue(Self.lowestShare(index: #""index.t""#))
    #expect(issue.path == ["index"])
    #expect(issue.message(in: .english).hasSuffix("(the pack has none)"))
  }

  @Test func anIndexIsWrittenByIDOnlyWhenThePackHasTheSameOne() throws {
    let criterion = LowestShareCriterion(
      id: "t.lowest", title: Fixtures.text("t"), rationale: Fixtures.text("r"),
      provenance: Fixtures.provenance, index: Self.index,
      share: Fixtures.parameter("t.lowest.share", 0.25, unit: .share, range: 0.01...1))
    #expect(try PackJSON.text(of: criterion, indices: [Self.index]).contains(#""index":"index.t""#))
    // The pack lists an index of the same id with another window: the criterion's own is written.
    var other = Self.index
    other.window = 2
    let inline = try PackJSON.text(of: criterion, indices: [other])
    #expect(inline.contains(#""index":{"components":"#))
    let decoded = try #require(
      try PackJSON.criterion(inline, indices: [other]) as? LowestShareCriterion)
    #expect(decoded.index == Self.index)
  }

  // MARK: - Invalid values

  @Test(
    "values a block cannot take, at their path",
    arguments: [
      // Both metric and metrics.
      (
        Self.threshold, #""metric": "results.quality_percent""#,
        #""metric": "results.quality_percent", "metrics": ["results.success_percent"]"#,
        ["metrics"]
      ),
      // An empty list of metrics.
      (Self.threshold, #""metric": "results.quality_percent""#, #""metrics": []"#, ["metrics"]),
      // A parameter inside a condition, three levels down.
      (
        Literal.persistenceJSON, #""range": {"min": 0.0, "max": 100.0}"#,
        #""range": {"min": 100.0, "max": 0.0}"#, ["condition", "threshold", "range"]
      ),
      // n of years that `Int(_:)` could not hold.
      (
        Literal.persistenceJSON, #""range": {"min": 1.0, "max": 10.0}, "kind": "stated","#,
        #""range": {"min": 1.0, "max": 1e300}, "kind": "stated","#, ["window"]
      ),
      // A share of 0…100 would multiply the cohort by up to 100.
      (
        lowestShare(index: #""index.t""#), #""range": {"min": 0.01, "max": 1.0}"#,
        #""range": {"min": 0.01, "max": 100.0}"#, ["share"]
      ),
      // An example overriding a parameter the criterion does not have.
      (
        Literal.persistenceJSON, #""examples": [{"year": 2022,"#,
        #""examples": [{"year": 2022, "parameters": {"t.persistent.windw": 2},"#,
        ["examples", "[0]", "parameters"]
      ),
      // An example overriding a count with a fraction.
      (
        Literal.persistenceJSON, #""examples": [{"year": 2022,"#,
        #""examples": [{"year": 2022, "parameters": {"t.persistent.required": 1.5},"#,
        ["examples", "[0]", "parameters"]
      ),
    ])
  func invalidValues(json: String, original: String, replacement: String, path: [String])
    throws
  {
    let changed = replacing(original, with: replacement, in: json)
    #expect(try issue(changed, indices: [Self.index]).path == path)
  }

  @Test func aThresholdWithoutMetricsIsAMissingKey() throws {
    let json = replacing(#""metric": "results.quality_percent","#, with: "", in: Self.threshold)
    #expect(throws: DecodingError.self) { try PackJSON.criterion(json) }
  }

  @Test func aWindowMeanNeedsAWindowOfAtLeastOneYear() throws {
    let json = """
      {\(Literal.header("window_mean", "t.window")), "metric": "results.quality_percent",
       "window": 0, "comparison": "<=", "threshold": \(Literal.parameterJSON("t.window.value", 1))}
      """
    let issue = try issue(json)
    #expect(issue.path == ["window"])
    #expect(issue.message(in: .english) == "invalid value '0': a window is 1 to 10000 years")
  }

  @Test func markersAndGapMetricsCannotBeEmpty() throws {
    let markers = """
      {\(Literal.header("objectivity_markers", "t.markers")), "markers": [],
       "minimum_markers": \(Literal.parameterJSON("t.markers.k", 1, unit: "count", min: 0, max: 5))}
      """
    #expect(try issue(markers).path == ["markers"])
    let gap = """
      {\(Literal.header("gap", "t.gap")), "metrics": [], "reference": "municipal_mean",
       "threshold": \(Literal.parameterJSON("t.gap.value", 10))}
      """
    #expect(try issue(gap).path == ["metrics"])
  }

  @Test func oneKeyDeclaredTwiceDifferentlyIsReportedAtTheCriterion() throws {
    // Two markers share a threshold key with defaults 15 and 20: no run could resolve it.
    let json = """
      {\(Literal.header("objectivity_markers", "t.markers")),
       "markers": [
         {"kind": "above", "metric": "vpr.marks_raised_percent",
          "threshold": \(Literal.parameterJSON("t.markers.limit", 15))},
         {"kind": "above", "metric": "vpr.marks_lowered_percent",
          "threshold": \(Literal.parameterJSON("t.markers.limit", 20))}],
       "minimum_markers": \(Literal.parameterJSON("t.markers.k", 1, unit: "count", min: 0, max: 5))}
      """
    let issue = try issue(json)
    #expect(issue.path == [])
    #expect(
      issue.kind
        == .invalidValue(
          "t.markers.limit",
          reason: LocalizedText(
            ru: "параметр «t.markers.limit» объявлен дважды по-разному",
            en: "parameter 't.markers.limit' is declared twice differently")))
  }

  @Test func aConditionWithoutAJSONFormCannotBeWritten() throws {
    struct Custom: IdentificationCriterion {
      let criterionDescription = CriterionDescription(
        id: "host.custom", title: Fixtures.text("c"), rationale: Fixtures.text("c"),
        provenance: Fixtures.provenance, requiredMetrics: [])
      func evaluate(in context: EvaluationContext) -> [CriterionResult] { [] }
    }
    let criterion = PersistenceCriterion(
      id: "t.persistent", title: Fixtures.text("p"), rationale: Fixtures.text("p"),
      provenance: Fixtures.provenance, condition: Custom(),
      window: Fixtures.parameter("t.n", 3, unit: .years, range: 1...10),
      required: Fixtures.parameter("t.m", 2, unit: .count, range: 1...10))
    #expect(throws: EncodingError.self) { try PackJSON.text(of: criterion) }
  }
}
