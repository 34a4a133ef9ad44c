import Foundation
import Testing

@testable import QualityKit

/// `--describe` as a rule book (`PackDescription.document(language:)`): every rule of every pack
/// the registry lists is in it with its quote and basis, every link leads to a heading of the same
/// book, the contents list every pack, and the toy region's criterion and parameter read exactly as
/// written here.
@Suite struct RuleBookTests {
  typealias Block = ReportDocument.Block
  typealias Inline = ReportDocument.Inline

  /// The words of a basis, as a methodologist reads them.
  static func basis(_ kind: Provenance.Kind, _ language: Language) -> String {
    switch (kind, language) {
    case (.stated, .russian): "установлено документом"
    case (.derived, .russian): "выведено"
    case (.stated, .english): "stated by the document"
    case (.derived, .english): "derived"
    }
  }

  // MARK: - Every rule, with its quote and basis

  /// The section each kind of entry is in, by its heading.
  static let sections: [String: LocalizedText] = [
    "criterion": LocalizedText(ru: "Критерии", en: "Criteria"),
    "index": LocalizedText(ru: "Индексы", en: "Composite indices"),
    "indicator": LocalizedText(ru: "Целевые показатели", en: "Target indicators"),
    "procedure": LocalizedText(ru: "Процедуры мониторинга", en: "Monitoring procedures"),
    "measure": LocalizedText(ru: "Меры поддержки", en: "Support measures"),
  ]

  @Test(arguments: Language.allCases)
  func everyRuleOfEveryPackIsInTheBookWithItsQuoteAndBasis(_ language: Language) throws {
    let book = Book(TestedPacks.all, language)
    for pack in TestedPacks.all {
      let chapter = try #require(book.chapter(pack.title[language]), "no chapter for \(pack.id)")
      let entries = Book.entries(of: chapter)
      // A measure and a procedure may share an id and a title (seed 004 plans both): each is
      // looked for in its own section.
      func check(_ what: String, title: String, id: String, provenance: Provenance?) {
        let section = Self.sections[what]?[language]
        let found = entries.filter {
          $0.section == section && $0.title == title && $0.runs.contains(.code(id))
        }
        #expect(found.count == 1, "\(pack.id): \(what) \(id) is not in the book once")
        guard let entry = found.first, let provenance else { return }
        expect(entry, quotes: provenance, language, "\(pack.id): \(what) \(id)")
      }
      for criterion in pack.criteria {
        let d = criterion.criterionDescription
        check("criterion", title: d.title[language], id: d.id.rawValue, provenance: d.provenance)
      }
      for index in pack.indices {
        let title = index.title[language]
        check(
          "index", title: (title.first.map { $0.uppercased() } ?? "") + title.dropFirst(),
          id: index.id.rawValue, provenance: index.provenance)
      }
      for indicator in pack.indicators {
        let d = indicator.indicatorDescription
        check("indicator", title: d.title[language], id: d.id.rawValue, provenance: d.provenance)
      }
      for procedure in pack.monitoring {
        check(
          "procedure", title: procedure.title[language], id: procedure.id.rawValue,
          provenance: procedure.provenance)
      }
      for measure in pack.measures.map(\.measureDescription) {
        check(
          "measure", title: measure.title[language], id: measure.id.rawValue,
          provenance: measure.provenance)
      }
      for rule in pack.categoryRules {
        let found = entries.filter {
          $0.title.hasPrefix(rule.category.title[language])
            && $0.title.hasSuffix(rule.severity?.title[language] ?? rule.category.title[language])
            && $0.runs.contains(.code(rule.category.id))
        }
        #expect(
          found.count == 1, "\(pack.id): the rule for \(rule.category.id) is not in the book once")
        guard let entry = found.first else { continue }
        expect(entry, quotes: rule.provenance, language, "\(pack.id): rule \(rule.category.id)")
        // The rule names its criteria by title, each a link to the criterion's entry.
        let links = Set(entry.runs.compactMap(\.link))
        for id in rule.condition.criteria {
          let criterion = try #require(pack.criteria.first { $0.id == id })
          let target = entries.first { $0.runs.contains(.code(id.rawValue)) }?.anchor
          #expect(
            links.contains(
              Link(text: criterion.criterionDescription.title[language], anchor: target ?? "")),
            "\(pack.id): rule \(rule.category.id) does not link \(id)")
        }
      }
      try expectParameters(of: pack, in: chapter, language)
    }
  }

  /// The source, the section, the verbatim quote (as literal text), the basis and the reading of a
  /// derived rule are in `entry`.
  func expect(
    _ entry: Book.Entry, quotes provenance: Provenance, _ language: Language, _ name: String
  ) {
    let text = entry.plainText
    #expect(entry.runs.contains(.literal(provenance.quote)), "\(name): no quote")
    #expect(text.contains(provenance.source), "\(name): no source")
    #expect(text.contains("«\(provenance.section)»"), "\(name): no section")
    #expect(text.contains(Self.basis(provenance.kind, language)), "\(name): no basis")
    if let derivation = provenance.derivation?[language] {
      #expect(text.contains(derivation), "\(name): no reading")
    }
  }

  /// Every parameter is a row of the pack's parameter table: its `--set` key in code font, its
  /// default, its basis and its rationale.
  func expectParameters(of pack: RulePack, in chapter: [Block], _ language: Language) throws {
    let tables = chapter.compactMap { block -> ReportDocument.Table? in
      if case .table(let table) = block, table.header.first?.runs.contains(.code("--set")) == true {
        return table
      }
      return nil
    }
    if pack.allParameters.isEmpty { return #expect(tables.isEmpty) }
    #expect(tables.count == 1, "\(pack.id): one parameter table")
    let table = try #require(tables.first)
    #expect(table.rows.count == pack.allParameters.count)
    for parameter in pack.allParameters {
      let row = try #require(
        table.rows.first { $0.first?.runs == [.code(parameter.key.rawValue)] },
        "\(pack.id): no row for \(parameter.key)")
      let cells = row.map(\.plainText)
      let value = NumberText.format(parameter.defaultValue, decimals: 6, language)
      #expect(cells[1].hasPrefix(value), "\(parameter.key): default")
      #expect(cells.contains(Self.basis(parameter.kind, language)), "\(parameter.key): basis")
      #expect(cells.contains(parameter.rationale[language]), "\(parameter.key): rationale")
    }
  }

  // MARK: - Links and contents

  @Test(arguments: Language.allCases)
  func everyLinkLeadsToAHeadingOfTheBook(_ language: Language) {
    let document = Book(TestedPacks.all, language).document
    let anchors = document.blocks.compactMap { block -> String? in
      if case .heading(_, _, let anchor) = block { return anchor }
      return nil
    }
    #expect(Set(anchors).count == anchors.count, "an anchor is given to two headings")
    let links = document.blocks.flatMap(\.inlines).flatMap(\.runs).compactMap(\.link)
    #expect(!links.isEmpty)
    let missing = Set(links.map(\.anchor)).subtracting(anchors)
    #expect(missing.isEmpty, "links to no heading: \(missing.sorted())")
  }

  @Test(arguments: Language.allCases)
  func theContentsListEveryPackAndItsSections(_ language: Language) throws {
    let book = Book(TestedPacks.all, language)
    let blocks = book.document.blocks
    let start = try #require(
      blocks.firstIndex {
        if case .heading(2, _, let anchor) = $0 { return anchor == "contents" }
        return false
      })
    let contents = blocks[(start + 1)...].prefix { if case .heading = $0 { false } else { true } }
    var packs: [Link] = []
    var sections: [String: [String]] = [:]
    for block in contents {
      guard case .item(let text, let level, _, _) = block, let link = text.runs.first?.link else {
        continue
      }
      if level == 0 {
        packs.append(link)
      } else {
        sections[packs.last?.anchor ?? "", default: []].append(link.anchor)
      }
    }
    #expect(packs.map(\.text) == TestedPacks.all.map { $0.title[language] })
    for (pack, link) in zip(TestedPacks.all, packs) {
      let chapter = try #require(book.chapter(pack.title[language]))
      guard case .heading(2, _, let anchor) = chapter.first else {
        Issue.record("\(pack.id): the chapter does not open with its heading")
        continue
      }
      #expect(link.anchor == anchor, "\(pack.id): the contents link elsewhere")
      let headings = chapter.compactMap { block -> String? in
        if case .heading(3, _, let anchor) = block { return anchor }
        return nil
      }
      #expect(sections[link.anchor] == headings, "\(pack.id): the contents miss a section")
    }
  }

  // MARK: - The toy region, by hand

  static let toyCriterionTitle = "Менее 60 % выпускников 9 класса продолжили обучение в 10 классе"

  /// The toy criterion's entry, block by block: title, rationale, code, source, quote, basis,
  /// data, parameters (linked to the table) and examples.
  static let toyCriterion: [Block] = [
    .heading(
      level: 4, text: Inline(toyCriterionTitle), anchor: "pack-toy-criterion-continuation_below_60"),
    .paragraph("Критерий игрушечного региона: доля продолживших обучение за год Y."),
    field("Код: " + .code("toy.continuation_below_60")),
    field(
      "Источник: 003_2156e850bfcb12b0.txt, раздел «2.1.Организация процесса идентификации "
        + "ШНОР/ШНСУ»"),
    field(
      "Цитата: «"
        + .literal("Менее 60% учащихся, продолживших обучение на старшей ступени образования.")
        + "»"),
    field("Основание: установлено документом"),
    field("Данные: доля выпускников 9 кл., продолживших обучение в 10 кл."),
    field(
      .link("Параметры", anchor: "pack-toy-parameters") + ": "
        + .code("toy.continuation_below_60.threshold") + " = 60 %"),
    field("Примеры: 1, проверяются тестами"),
    .blank(.always),
  ]

  /// The toy pack's parameter table: the key for `--set`, default, range, basis, the criterion
  /// that reads it (linked) and the rationale.
  static let toyParameters: Block = .table(
    ReportDocument.Table(
      header: [
        "Ключ для " + .code("--set"), "По умолчанию", "Допустимо", "Основание",
        "Где используется", "Обоснование",
      ],
      rows: [
        [
          .code("toy.continuation_below_60.threshold"), "60 %", "0–100", "установлено документом",
          .link(toyCriterionTitle, anchor: "pack-toy-criterion-continuation_below_60"),
          "«Менее 60%»: строго меньше.",
        ]
      ], alignment: .left))

  static func field(_ text: Inline) -> Block { .item(text, level: 0, marked: false, details: []) }

  @Test func theToyCriterionAndParameterReadAsWrittenByHand() throws {
    let blocks = Book([Toy.pack], .russian).document.blocks.map(Book.normalized)
    let start = try #require(
      blocks.firstIndex { $0 == Book.normalized(Self.toyCriterion[0]) })
    let entry = Array(blocks[start..<min(start + Self.toyCriterion.count, blocks.count)])
    #expect(entry == Self.toyCriterion.map(Book.normalized))
    #expect(blocks.filter { $0 == Book.normalized(Self.toyParameters) }.count == 1)

    // And as Markdown, where the links are plain text and the key and quote keep their marks.
    let markdown = MarkdownRenderer().render(
      ReportDocument(Self.toyCriterion + [Self.toyParameters]))
    #expect(markdown == Self.toyMarkdown)
  }

  static let toyMarkdown = """
    #### Менее 60 % выпускников 9 класса продолжили обучение в 10 классе

    Критерий игрушечного региона: доля продолживших обучение за год Y.

    - Код: `toy.continuation_below_60`
    - Источник: 003_2156e850bfcb12b0.txt, раздел «2.1.Организация процесса идентификации ШНОР/ШНСУ»
    - Цитата: «Менее 60% учащихся, продолживших обучение на старшей ступени образования.»
    - Основание: установлено документом
    - Данные: доля выпускников 9 кл., продолживших обучение в 10 кл.
    - Параметры: `toy.continuation_below_60.threshold` = 60 %
    - Примеры: 1, проверяются тестами

    | Ключ для `--set` | По умолчанию | Допустимо | Основание | Где используется | Обоснование |
    | --- | --- | --- | --- | --- | --- |
    | `toy.continuation_below_60.threshold` | 60 % | 0–100 | установлено документом | Менее 60 % выпускников 9 класса продолжили обучение в 10 классе | «Менее 60%»: строго меньше. |

    """

  /// `Guides/RuleBook.md` shows the toy fragment as the book writes it.
  @Test func theGuideShowsTheToyFragmentAsWritten() throws {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let guide = try String(
      contentsOf: root.appendingPathComponent("Guides/RuleBook.md"), encoding: .utf8)
    let block = guide.components(separatedBy: "```markdown\n").dropFirst().first
      .map { String($0.components(separatedBy: "```")[0]) }
    #expect(block == Self.toyMarkdown)
  }
}

// MARK: - Reading the book

extension RuleBookTests {
  /// A link's text and the anchor it leads to.
  struct Link: Hashable {
    var text: String
    var anchor: String
  }
}

extension ReportDocument.Inline.Run {
  /// The link, for a link run.
  fileprivate var link: RuleBookTests.Link? {
    if case .link(let text, let anchor) = self {
      return RuleBookTests.Link(text: text, anchor: anchor)
    }
    return nil
  }
}

extension ReportDocument.Block {
  /// Every text of the block: a heading's, an item's and its details, a table's cells.
  fileprivate var inlines: [ReportDocument.Inline] {
    switch self {
    case .heading(_, let text, _), .paragraph(let text), .line(let text), .note(let text): [text]
    case .item(let text, _, _, let details): [text] + details
    case .table(let table):
      table.header + table.rows.flatMap { $0 } + [table.caption].compactMap { $0 }
    case .figure(let figure): [figure.title] + figure.data.header + figure.data.rows.flatMap { $0 }
    case .blank: []
    }
  }
}

extension RuleBookTests {
  /// The rule book of some packs, in pieces a test can look into.
  struct Book {
    typealias Block = ReportDocument.Block

    /// An entry: a level-4 heading and the blocks up to the next heading.
    struct Entry {
      /// The heading of the section the entry is in.
      var section: String?
      var title: String
      var anchor: String?
      var blocks: [Block]

      var runs: [ReportDocument.Inline.Run] { blocks.flatMap(\.inlines).flatMap(\.runs) }
      var plainText: String { blocks.flatMap(\.inlines).map(\.plainText).joined(separator: "\n") }
    }

    let document: ReportDocument

    init(_ packs: [RulePack], _ language: Language) {
      document = PackDescription(packs: packs).document(language: language)
    }

    /// The chapter of the pack titled `title`: its level-2 heading and the blocks up to the next.
    func chapter(_ title: String) -> [Block]? {
      let blocks = document.blocks
      guard
        let start = blocks.firstIndex(where: {
          if case .heading(2, let text, _) = $0 { return text.plainText == title }
          return false
        })
      else { return nil }
      let rest = blocks[(start + 1)...].prefix {
        if case .heading(let level, _, _) = $0 { return level > 2 }
        return true
      }
      return [blocks[start]] + rest
    }

    /// The entries of a chapter.
    static func entries(of chapter: [Block]) -> [Entry] {
      var entries: [Entry] = []
      var current: Entry?
      var section: String?
      for block in chapter {
        if case .heading(let level, let text, let anchor) = block {
          if let current { entries.append(current) }
          if level == 3 { section = text.plainText }
          current =
            level == 4
            ? Entry(section: section, title: text.plainText, anchor: anchor, blocks: []) : nil
        } else {
          current?.blocks.append(block)
        }
      }
      if let current { entries.append(current) }
      return entries
    }

    /// `block` with the runs of each text merged where plain text meets plain text, so that blocks
    /// built in different steps compare equal when they read the same.
    static func normalized(_ block: Block) -> Block {
      func merge(_ inline: ReportDocument.Inline) -> ReportDocument.Inline {
        var runs: [ReportDocument.Inline.Run] = []
        for run in inline.runs {
          if case .text(let next) = run, case .text(let previous)? = runs.last {
            runs[runs.count - 1] = .text(previous + next)
          } else {
            runs.append(run)
          }
        }
        return ReportDocument.Inline(runs: runs)
      }
      switch block {
      case .heading(let level, let text, let anchor):
        return .heading(level: level, text: merge(text), anchor: anchor)
      case .paragraph(let text): return .paragraph(merge(text))
      case .line(let text): return .line(merge(text))
      case .note(let text): return .note(merge(text))
      case .item(let text, let level, let marked, let details):
        return .item(merge(text), level: level, marked: marked, details: details.map(merge))
      case .table(var table):
        table.header = table.header.map(merge)
        table.rows = table.rows.map { $0.map(merge) }
        table.caption = table.caption.map(merge)
        return .table(table)
      case .figure, .blank: return block
      }
    }
  }
}
