import Foundation
import QualityKit
import QualityKitTestSupport
import Testing

/// ``CompositeIndex/Component`` and ``CompositeIndex`` in JSON: fields, defaults, and the values an index
/// cannot take.
@Suite struct CompositeIndexJSONTests {
  static let flag = PackParameter(
    key: "p.include_large_families", defaultValue: 0, unit: .flag, range: 0...1, kind: .derived,
    rationale: Fixtures.text("switch"))

  static let index = CompositeIndex(
    id: "index.test", title: Fixtures.text("test index"),
    components: [
      CompositeIndex.Component(.socialLowSesFamilyPercent, .negative, weight: 2),
      CompositeIndex.Component(.contextEnrollment, .positive),
      CompositeIndex.Component(.socialLargeFamilyPercent, .negative, enabledBy: flag),
    ],
    window: 3, minimumCoverage: 0.75, provenance: Fixtures.provenance)

  static let json = """
    {"id": "index.test", "title": {"ru": "индекс", "en": "index"},
     "components": [{"metric": "social.low_ses_family_percent", "direction": "-", "weight": 2},
                    {"metric": "context.enrollment", "direction": "+"}]}
    """

  @Test func decodesALiteralWithItsDefaults() throws {
    let index = try PackJSON.decoder().decode(CompositeIndex.self, from: Data(Self.json.utf8))
    #expect(index.id == "index.test")
    #expect(index.title == LocalizedText(ru: "индекс", en: "index"))
    #expect(index.components.count == 2)
    #expect(index.components[0].metric == .socialLowSesFamilyPercent)
    #expect(index.components[0].direction == .negative)
    #expect(index.components[0].weight == 2)
    #expect(index.components[0].enabledBy == nil)
    // Left out: weight 1, window 1, minimum coverage 0.5, no provenance (the initialiser's defaults).
    #expect(index.components[1].weight == 1)
    #expect(index.window == 1)
    #expect(index.minimumCoverage == 0.5)
    #expect(index.provenance == nil)
  }

  @Test func anOptionalComponentKeepsItsSwitch() throws {
    let json = """
      {"metric": "social.large_family_percent", "direction": "-",
       "enabled_by": {"key": "p.include_large_families", "default_value": 0, "unit": "flag",
                      "range": {"min": 0, "max": 1}, "kind": "derived",
                      "rationale": {"ru": "switch", "en": "switch"}}}
      """
    let component = try PackJSON.decoder().decode(
      CompositeIndex.Component.self, from: Data(json.utf8))
    #expect(
      component
        == CompositeIndex.Component(.socialLargeFamilyPercent, .negative, enabledBy: Self.flag))
  }

  @Test func writesEveryFieldAndReadsBackEqual() throws {
    let data = try PackJSON.encoder().encode(Self.index)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains(#""minimum_coverage":0.75"#))
    #expect(text.contains(#""window":3"#))
    #expect(
      text.contains(#"{"direction":"-","metric":"social.low_ses_family_percent","weight":2}"#))
    #expect(text.contains(#""enabled_by":{"default_value":0,"key":"p.include_large_families""#))
    #expect(try PackJSON.decoder().decode(CompositeIndex.self, from: data) == Self.index)
  }

  @Test(
    "values an index cannot take, at their path",
    arguments: [
      (#""components": [{"metric": "m", "direction": "+"}]"#, #""components": []"#, ["components"]),
      (#""id": "index.test""#, #""id": "index.test", "window": 0"#, ["window"]),
      (
        #""id": "index.test""#, #""id": "index.test", "minimum_coverage": 1.5"#,
        ["minimum_coverage"]
      ),
      (#""direction": "+"}"#, #""direction": "+", "weight": 0}"#, ["components", "[0]", "weight"]),
    ])
  func invalidValues(original: String, replacement: String, path: [String]) throws {
    let json = """
      {"id": "index.test", "title": {"ru": "и", "en": "i"},
       "components": [{"metric": "m", "direction": "+"}]}
      """
    let changed = json.replacingOccurrences(of: original, with: replacement)
    #expect(changed != json)
    let issue = try #require(PackJSON.issue(decoding: changed, as: CompositeIndex.self))
    #expect(issue.path == path)
  }

  @Test func aSwitchMustBeAFlag() throws {
    let json = """
      {"metric": "m", "direction": "+",
       "enabled_by": {"key": "p.on", "default_value": 1, "unit": "count",
                      "range": {"min": 0, "max": 1}, "kind": "derived",
                      "rationale": {"ru": "r", "en": "r"}}}
      """
    let issue = try #require(PackJSON.issue(decoding: json, as: CompositeIndex.Component.self))
    #expect(issue.path == ["enabled_by"])
    #expect(
      issue.kind
        == .invalidValue(
          "p.on",
          reason: LocalizedText(
            ru: "переключатель компонента — параметр с единицей flag (1 — включён, 0 — выключен)",
            en: "a component's switch is a parameter of unit flag (1 on, 0 off)")))
  }
}
