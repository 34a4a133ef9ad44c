import Foundation
import QualityKit
import QualityRules
import Testing

/// Properties every default pack must have, whatever its region.
@Suite struct PackInvariantsTests {
  /// Every provenance record of a pack, named: criteria, category rules, indices, indicators,
  /// monitoring procedures, support measures, expected results, stages and risks, and how the
  /// document lists its schools.
  static func provenanceRecords(of pack: RulePack) -> [(String, Provenance)] {
    let indices: [(String, Provenance)] = pack.indices.compactMap { index in
      index.provenance.map { (index.id.rawValue, $0) }
    }
    return pack.criteria.map { ($0.id.rawValue, $0.criterionDescription.provenance) }
      + pack.categoryRules.map { ("rule \($0.category.id)", $0.provenance) }
      + indices
      + pack.indicators.map {
        ($0.indicatorDescription.id.rawValue, $0.indicatorDescription.provenance)
      }
      + pack.monitoring.map { ($0.id.rawValue, $0.provenance) }
      + pack.measures.map { ($0.id.rawValue, $0.measureDescription.provenance) }
      + (pack.listing.provenance.map { [("listing", $0)] } ?? [])
      + pack.expectedResults.map { ($0.id.rawValue, $0.provenance) }
      + pack.stages.map { ($0.id.rawValue, $0.provenance) }
      + pack.risks.map { ($0.id.rawValue, $0.provenance) }
  }

  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func packValidates(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    try pack.validate()
    #expect(!pack.criteria.isEmpty)
    #expect(!pack.categoryRules.isEmpty)
  }

  @Test func allPacksRunTogether() throws {
    let identifier = try Identifier(packs: TestedPacks.all)
    #expect(identifier.packs.count == TestedPacks.all.count)
  }

  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func everyCriterionHasMetAndNotMetExamples(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    for criterion in pack.criteria {
      let statuses = Set(criterion.criterionDescription.examples.flatMap(\.expected.values))
      #expect(statuses.contains(.met), "\(criterion.id) has no `met` example")
      #expect(statuses.contains(.notMet), "\(criterion.id) has no `not met` example")
    }
  }

  @Test(
    "every source of a built-in pack has a title in both languages, naming its years",
    arguments: TestedPacks.all.map(\.id.rawValue))
  func sourcesHaveTitles(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    #expect(Set(pack.sourceTitles.keys) == Set(pack.sources))
    for (file, title) in pack.sourceTitles {
      // Every programme names its years; a title without them names no programme.
      #expect(title.ru.contains("20") && title.en.contains("20"), "\(file)")
      #expect(
        !title.ru.contains(file) && !title.en.contains(file),
        "\(file): the name is added by reports")
    }
  }

  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func provenanceIsCompleteAndDerivedItemsExplainThemselves(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
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
        !criterion.criterionDescription.rationale.ru.isEmpty
          && !criterion.criterionDescription.rationale.en.isEmpty)
      #expect(!criterion.criterionDescription.requiredMetrics.isEmpty)
    }
  }

  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func everyParameterHasADefaultInRangeAndARationale(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    for parameter in pack.allParameters {
      #expect(parameter.range.contains(parameter.defaultValue), "\(parameter.key)")
      // A pack's own parameters carry its id; the library's context-adjustment parameters, which
      // every pack naming a results index shares, carry `context_adjusted.`.
      let library = LinearContextAdjustment.parameters.contains { $0 == parameter }
      #expect(
        parameter.key.rawValue.hasPrefix(pack.id.rawValue + ".")
          || (library && pack.contextIndices != nil),
        "\(parameter.key) is not namespaced")
      #expect(
        parameter.rationale.ru.count >= 10 && parameter.rationale.en.count >= 10,
        "\(parameter.key) needs a rationale in Russian and English")
    }
  }

  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func idsAreUniqueAndNamespaced(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    let ids = pack.criteria.map(\.id)
    #expect(Set(ids).count == ids.count)
    for criterion in ids { #expect(criterion.rawValue.hasPrefix(pack.id.rawValue + ".")) }
  }

  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func packsUseOnlyCataloguedMetrics(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    for criterion in pack.criteria {
      for metric in criterion.criterionDescription.requiredMetrics {
        #expect(MetricCatalog.standard[metric] != nil, "\(criterion.id) uses unknown \(metric)")
      }
    }
  }

  /// Every quote can be found in its seed file by a text search: quotes are verbatim (white space
  /// folded and hyphenated line breaks joined, since the seeds break lines mid-sentence), cut only
  /// at «…».
  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func quotesAreVerbatimFromTheSeeds(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
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

  /// A quote starts and ends on a word's edge, unless «…» marks the cut: «… школ с низкими
  /// результатами обуч» would misquote the document.
  @Test(arguments: TestedPacks.all.map(\.id.rawValue))
  func quotesDoNotCutWords(_ id: String) throws {
    let pack = try #require(TestedPacks.pack(id: id))
    // Each seed read and folded once, as printed and with hyphenated words joined.
    var texts: [String: [String]] = [:]
    for source in pack.sources {
      texts[source] = [
        try Seeds.text(source), try Seeds.text(source, joiningHyphenatedWords: true),
      ]
    }
    #expect(
      !Self.occurs(
        "результатами обуч", in: "с результатами обучения", edgeBefore: false, edgeAfter: true))
    #expect(
      Self.occurs("результатами", in: "с результатами обучения", edgeBefore: true, edgeAfter: true))
    for (name, provenance) in Self.provenanceRecords(of: pack) {
      let quote = provenance.quote.trimmingCharacters(in: .whitespaces)
      let fragments = quote.components(separatedBy: "…").map(Seeds.folded)
      guard let first = fragments.first, let last = fragments.last else { continue }
      let seeds = try #require(texts[provenance.source], "\(name): \(provenance.source)")
      if !first.isEmpty {
        let starts = seeds.contains {
          Self.occurs(first, in: $0, edgeBefore: true, edgeAfter: false)
        }
        #expect(starts, "\(name): «\(first.prefix(40))…» starts inside a word")
      }
      if !last.isEmpty {
        let ends = seeds.contains { Self.occurs(last, in: $0, edgeBefore: false, edgeAfter: true) }
        #expect(ends, "\(name): «…\(last.suffix(40))» ends inside a word")
      }
    }
  }

  /// Whether `fragment` occurs in `text` with no letter or digit right before it (`edgeBefore`)
  /// or right after it (`edgeAfter`).
  static func occurs(_ fragment: String, in text: String, edgeBefore: Bool, edgeAfter: Bool)
    -> Bool
  {
    func isWordCharacter(_ character: Character?) -> Bool {
      character.map { $0.isLetter || $0.isNumber } ?? false
    }
    var searchStart = text.startIndex
    while let range = text.range(of: fragment, range: searchStart..<text.endIndex) {
      let before =
        range.lowerBound > text.startIndex ? text[text.index(before: range.lowerBound)] : nil
      let after = range.upperBound < text.endIndex ? text[range.upperBound] : nil
      let fragmentStartsWord = fragment.first.map { $0.isLetter || $0.isNumber } ?? false
      let fragmentEndsWord = fragment.last.map { $0.isLetter || $0.isNumber } ?? false
      let startOK = !edgeBefore || !fragmentStartsWord || !isWordCharacter(before)
      let endOK = !edgeAfter || !fragmentEndsWord || !isWordCharacter(after)
      if startOK && endOK { return true }
      searchStart = text.index(after: range.lowerBound)
    }
    return false
  }

  /// A region is one folder: a pack's criteria are declared in one folder of `QualityRules`,
  /// found through the source location their examples record (no folder-naming convention), and
  /// every file of that folder defines something the pack uses — a criterion with examples, or
  /// the region's namespace, pack or catalogue.
  @Test(arguments: DefaultPacks.all.map(\.id.rawValue))
  func everyFileOfTheRegionsFolderIsInItsPack(_ id: String) throws {
    let pack = try #require(DefaultPacks.pack(id: PackID(id)))
    let exampleFiles = pack.criteria.flatMap(\.criterionDescription.examples).map {
      URL(fileURLWithPath: $0.filePath)
    }
    let folders = Set(exampleFiles.map { $0.deletingLastPathComponent().standardizedFileURL })
    #expect(folders.count == 1, "\(id): criteria in \(folders.count) folders")
    let folder = try #require(folders.first)
    let examplesIn = Set(exampleFiles.map(\.lastPathComponent))
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix(".swift") }
    for file in files where !examplesIn.contains(file) {
      let text = try String(
        contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
      // What a region's folder holds besides criteria, recognised by what the file declares.
      let scaffolding =
        text.contains("public enum ") || text.contains("RulePack(")
        || text.contains("PackDeclarations.catalogue(")
      #expect(scaffolding, "\(file) defines no criterion with examples in \(id)")
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
