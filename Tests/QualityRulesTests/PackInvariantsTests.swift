import Foundation
import QualityKit
import QualityRules
import Testing

/// Properties every default pack must have, whatever its region.
@Suite struct PackInvariantsTests {
  /// Every provenance record of a pack, named: criteria, category rules, indices, indicators,
  /// monitoring procedures and support measures.
  static func provenanceRecords(of pack: RulePack) -> [(String, Provenance)] {
    pack.criteria.map { ($0.id.rawValue, $0.description.provenance) }
      + pack.categoryRules.map { ("rule \($0.category.id)", $0.provenance) }
      + pack.indices.compactMap { index in index.provenance.map { (index.id, $0) } }
      + pack.indicators.map { ($0.description.id.rawValue, $0.description.provenance) }
      + pack.monitoring.map { ($0.id.rawValue, $0.provenance) }
      + pack.measures.map { ($0.id.rawValue, $0.provenance) }
  }

  @Test(arguments: DefaultPacks.all.map(\.id))
  func packValidates(_ id: String) throws {
    let pack = try #require(DefaultPacks.pack(id: id))
    try pack.validate()
    #expect(!pack.criteria.isEmpty)
    #expect(!pack.categoryRules.isEmpty)
  }

  @Test func allPacksRunTogether() throws {
    let identifier = try Identifier(packs: DefaultPacks.all)
    #expect(identifier.packs.count == DefaultPacks.all.count)
  }

  @Test(arguments: DefaultPacks.all.map(\.id))
  func everyCriterionHasMetAndNotMetExamples(_ id: String) throws {
    let pack = try #require(DefaultPacks.pack(id: id))
    for criterion in pack.criteria {
      let statuses = Set(criterion.description.examples.flatMap(\.expected.values))
      #expect(statuses.contains(.met), "\(criterion.id) has no `met` example")
      #expect(statuses.contains(.notMet), "\(criterion.id) has no `not met` example")
    }
  }

  @Test(arguments: DefaultPacks.all.map(\.id))
  func provenanceIsCompleteAndDerivedItemsExplainThemselves(_ id: String) throws {
    let pack = try #require(DefaultPacks.pack(id: id))
    let records = Self.provenanceRecords(of: pack)
    for (name, provenance) in records {
      #expect(pack.sources.contains(provenance.source), "\(name): source is not one of the pack's")
      #expect(!provenance.section.isEmpty, "\(name): empty section")
      #expect(provenance.quote.count >= 20, "\(name): quote too short to find")
      if provenance.kind == .derived {
        #expect(
          (provenance.derivation?.ru ?? "").count >= 20
            && (provenance.derivation?.en ?? "").count >= 20, "\(name): derived without a rationale"
        )
      }
    }
    for criterion in pack.criteria {
      #expect(
        !criterion.description.rationale.ru.isEmpty && !criterion.description.rationale.en.isEmpty)
      #expect(!criterion.description.requiredMetrics.isEmpty)
    }
  }

  @Test(arguments: DefaultPacks.all.map(\.id))
  func everyParameterHasADefaultInRangeAndARationale(_ id: String) throws {
    let pack = try #require(DefaultPacks.pack(id: id))
    for parameter in pack.allParameters {
      #expect(parameter.range.contains(parameter.defaultValue), "\(parameter.key)")
      #expect(parameter.key.hasPrefix(pack.id + "."), "\(parameter.key) is not namespaced")
      #expect(
        parameter.rationale.ru.count >= 10 && parameter.rationale.en.count >= 10,
        "\(parameter.key) needs a rationale in Russian and English")
    }
  }

  @Test(arguments: DefaultPacks.all.map(\.id))
  func idsAreUniqueAndNamespaced(_ id: String) throws {
    let pack = try #require(DefaultPacks.pack(id: id))
    let ids = pack.criteria.map(\.id)
    #expect(Set(ids).count == ids.count)
    for criterion in ids { #expect(criterion.rawValue.hasPrefix(pack.id + ".")) }
  }

  @Test(arguments: DefaultPacks.all.map(\.id))
  func packsUseOnlyCataloguedMetrics(_ id: String) throws {
    let pack = try #require(DefaultPacks.pack(id: id))
    for criterion in pack.criteria {
      for metric in criterion.description.requiredMetrics {
        #expect(MetricCatalog.standard[metric] != nil, "\(criterion.id) uses unknown \(metric)")
      }
    }
  }

  /// Every quote can be found in its seed file by a text search: quotes are verbatim (white space
  /// folded and hyphenated line breaks joined, since the seeds break lines mid-sentence), cut only
  /// at «…».
  @Test(arguments: DefaultPacks.all.map(\.id))
  func quotesAreVerbatimFromTheSeeds(_ id: String) throws {
    let pack = try #require(DefaultPacks.pack(id: id))
    let records = Self.provenanceRecords(of: pack)
    for (name, provenance) in records {
      let seed = try Seeds.text(provenance.source)
      let joined = try Seeds.text(provenance.source, joiningHyphenatedWords: true)
      if !name.contains(".") || pack.criteria.contains(where: { $0.id.rawValue == name }) {
        // Criteria and rules name their section as printed; indicators and procedures describe
        // where in the document they are (a table row, a plan item) and are found by their quote.
        let section = Seeds.folded(provenance.section)
        let sectionFound = seed.contains(section)
        #expect(sectionFound, "\(name): section «\(provenance.section)» not in the seed")
      }
      for fragment in provenance.quote.components(separatedBy: "…") {
        let folded = Seeds.folded(fragment)
        guard !folded.isEmpty else { continue }
        let found = seed.contains(folded) || joined.contains(folded)
        #expect(found, "\(name): «\(folded)» is not in \(provenance.source)")
      }
    }
  }

  /// Every file of a region's folder defines something the pack uses: criterion files are found
  /// through the source location their examples record.
  @Test func everyCriterionFileIsInItsPack() throws {
    let rules = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Sources/QualityRules")
    for pack in DefaultPacks.all {
      let folder = rules.appendingPathComponent(
        pack.id.prefix(1).uppercased() + pack.id.dropFirst())
      let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        .filter { $0.hasSuffix(".swift") }
      let exampleFiles = Set(
        pack.criteria.flatMap(\.description.examples).map {
          URL(fileURLWithPath: $0.filePath).lastPathComponent
        })
      let scaffolding = Set(
        files.filter {
          !$0.contains(where: \.isLowercase) || $0.hasSuffix("Pack.swift")
            || $0.hasSuffix("Indicators.swift") || $0.hasSuffix("Monitoring.swift")
            || $0.hasSuffix("Measures.swift") || $0.hasSuffix("Catalogue.swift")
            || $0 == "\(folder.lastPathComponent).swift"
        })
      for file in files where !scaffolding.contains(file) {
        #expect(
          exampleFiles.contains(file), "\(file) defines no criterion with examples in \(pack.id)")
      }
    }
  }
}

/// The seed documents, copied into the test bundle so the tests need nothing outside the repository.
enum Seeds {
  /// The seed's text folded; with `joiningHyphenatedWords`, a word the typesetting split with a
  /// hyphen at a line break is joined without it («эф-⏎фективный» → «эффективный»), the way a
  /// quote of the word reads.
  static func text(_ name: String, joiningHyphenatedWords: Bool = false) throws -> String {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Seeds"),
      "seed \(name) is not in the test bundle")
    let raw = try String(contentsOf: url, encoding: .utf8)
    guard joiningHyphenatedWords else { return folded(raw) }
    return folded(
      raw.replacingOccurrences(
        of: #"(\p{L})-[ \t]*\r?\n\s*(\p{L})"#, with: "$1$2", options: .regularExpression))
  }

  /// White space folded to single spaces, trimmed, and words hyphenated across a line break joined
  /// again («культурно-⏎образовательным» → «культурно-образовательным»).
  static func folded(_ text: String) -> String {
    let unbroken = text.replacingOccurrences(
      of: #"(\p{L})-[ \t]*\r?\n\s*(\p{L})"#, with: "$1-$2", options: .regularExpression)
    return unbroken.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }
}
