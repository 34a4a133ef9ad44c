import Foundation
import QualityKitTestSupport
import Testing

@testable import QualityKit

/// Documents in parts (``ReportDocument/Parts``): every format draws the parts exactly as it draws
/// the whole document, and a support plan's parts — built a few schools at a time, with the lines
/// its entries share laid out once per part — hold each school's own findings.
@Suite struct DocumentPartsTests {
  /// A host report whose document comes in three parts, a list running across the cuts.
  struct ThreeParts: Reportable {
    static let parts: [ReportDocument] = {
      var first = ReportDocument()
      first.heading(1, "Заголовок & страница")
      first.paragraph("вступление")
      first.item("первая")
      var second = ReportDocument()
      second.item("деталь", level: 1)
      second.item("вторая")
      var third = ReportDocument()
      third.item("ещё деталь", level: 1)
      third.heading(2, "Конец")
      third.paragraph(.strong("итог"))
      return [first, second, third]
    }()

    func document(language: Language) -> ReportDocument {
      Self.parts.reduce(ReportDocument(), +)
    }
    func documentParts(language: Language, detail: ReportDocument.Detail)
      -> ReportDocument.Parts
    {
      ReportDocument.Parts(count: Self.parts.count) { Self.parts[$0] }
    }
    func writeJSON(language: Language, to output: inout some ReportOutputStream) {
      output.write("{}")
    }
  }

  @Test("a list running across the parts is drawn as one list, in every format")
  func listAcrossParts() throws {
    let report = ThreeParts()
    let whole = report.document(language: .russian)
    #expect(report.documentParts(language: .russian, detail: .full).joined() == whole)
    #expect(ReportFormat.text.render(report) == TextRenderer().render(whole))
    #expect(ReportFormat.markdown.render(report) == MarkdownRenderer().render(whole))
    let html = ReportFormat.html.render(report)
    #expect(html == HTMLRenderer().render(whole))
    // Written out by hand: the nested list opened in the first part closes in the third.
    #expect(
      html.contains(
        "<ul>\n<li>первая<ul>\n<li>деталь</li>\n</ul>\n</li>\n<li>вторая<ul>\n<li>ещё деталь</li>\n"
          + "</ul>\n</li>\n</ul>\n<h2>Конец</h2>"))
    #expect(html.contains("<title>Заголовок &amp; страница</title>"))
    #expect(
      ReportFormat.text.render(report)
        == "Заголовок & страница\n====================\nвступление\n• первая\n  – деталь\n"
        + "• вторая\n  – ещё деталь\nКонец\n-----\nитог\n")
  }

  /// A host report of random blocks cut into random parts.
  struct RandomParts: Reportable {
    let parts: [ReportDocument]
    func document(language: Language) -> ReportDocument { parts.reduce(ReportDocument(), +) }
    func documentParts(language: Language, detail: ReportDocument.Detail)
      -> ReportDocument.Parts
    {
      let parts = self.parts
      return ReportDocument.Parts(count: parts.count) { parts[$0] }
    }
    func writeJSON(language: Language, to output: inout some ReportOutputStream) {}
  }

  @Test(
    "random blocks cut anywhere — inside lists, between figures — draw as the whole does",
    arguments: Array(1...40) as [UInt64])
  func randomCuts(seed: UInt64) {
    var rng = SeededGenerator(seed: seed)
    let figure = ReportDocument.Figure.bars(
      title: "доли", value: .init(title: "доля школ", unit: "%"), groupTitle: "муниципалитет",
      series: [.init("ШНОР")],
      groups: [.init("район 1", values: [12]), .init("район 2", values: [30])],
      language: .russian)
    var blocks: [ReportDocument.Block] = [.heading(level: 1, text: "Страница", anchor: nil)]
    for index in 0..<Int(rng.next() % 60 + 10) {
      switch rng.next() % 8 {
      case 0, 1, 2:
        blocks.append(
          .item(
            ReportDocument.Inline("пункт \(index)"), level: Int(rng.next() % 3),
            marked: rng.next() % 4 != 0,
            details: []))
      case 3: blocks.append(.blank(.always))
      case 4: blocks.append(.figure(figure))
      case 5:
        blocks.append(
          .heading(level: 2, text: ReportDocument.Inline("раздел \(index)"), anchor: nil))
      case 6: blocks.append(.table(ReportDocument.Table(header: ["a"], rows: [["1"]])))
      default: blocks.append(.paragraph(ReportDocument.Inline("абзац \(index)")))
      }
    }
    // Cut into parts at random places, some empty; the first holds the title, as a report's
    // first part does.
    var parts: [ReportDocument] = []
    var rest = blocks[...]
    while !rest.isEmpty {
      let size = min(rest.count, Int(rng.next() % 6) + (parts.isEmpty ? 1 : 0))
      parts.append(ReportDocument(Array(rest.prefix(size))))
      rest = rest.dropFirst(size)
    }
    let report = RandomParts(parts: parts)
    let whole = report.document(language: .russian)
    #expect(whole.blocks == blocks)
    #expect(ReportFormat.html.render(report) == HTMLRenderer().render(whole))
    #expect(ReportFormat.markdown.render(report) == MarkdownRenderer().render(whole))
  }

  @Test("parts joined with + keep their order; one document is one part")
  func joining() {
    let a = ReportDocument([.paragraph("a")])
    let b = ReportDocument([.paragraph("b")])
    let parts = ReportDocument.Parts(count: 2) { $0 == 0 ? a : b } + ReportDocument.Parts(a)
    #expect(parts.count == 3)
    #expect(parts.joined().blocks == [.paragraph("a"), .paragraph("b"), .paragraph("a")])
    #expect(ReportDocument.Parts(count: 0) { _ in a }.joined().blocks.isEmpty)
  }

  /// 210 schools in the pattern of ``MeasureFixture``'s seven, their values drawn at random, so
  /// that most are in the plan and their criteria's explanations differ school by school.
  static func largePlan(seed: UInt64) throws -> SupportPlan {
    var rng = SeededGenerator(seed: seed)
    let ids = (0..<210).map { SchoolID(String(format: "B%03d", $0)) }
    var builder = try Dataset.Builder(
      schools: ids.map { Fixtures.school($0, name: "Школа \($0)") })
    for id in ids {
      let values: [(MetricKey, Double?)] = [
        (.egeRussianMeanScore, rng.next() % 10 == 0 ? nil : Double(30 + rng.next() % 50)),
        (.resourcesRecentTextbooksPercent, Double(rng.next() % 80)),
        (.staffQualityTrainingPercent, rng.next() % 10 == 0 ? nil : Double(rng.next() % 90)),
        (.contextEnrollment, Double(rng.next() % 8 == 0 ? 3 : 50 + rng.next() % 400)),
      ]
      for (metric, value) in values {
        if let value { try builder.set(value, school: id, year: 2020, metric: metric) }
      }
    }
    let report = try Identifier(packs: [MeasureFixture.pack()]).identify(
      builder.build(), year: 2020)
    return try SupportPlanner(packs: [MeasureFixture.pack()]).plan(for: report, year: 2021)
  }

  @Test(
    "a plan of many schools in parts is drawn as the whole document is, in both languages",
    arguments: [1, 2] as [UInt64])
  func planInParts(seed: UInt64) throws {
    let plan = try Self.largePlan(seed: seed)
    #expect(plan.schools.count > 100)
    for language in [Language.russian, .english] {
      let parts = plan.documentParts(language: language, detail: .full)
      // the heading and the municipal roadmap, 32 schools a part, the measures not needed
      #expect(parts.count == 2 + (plan.schools.count + 31) / 32)
      let whole = parts.joined()
      #expect(parts[1].blocks.first.map(Self.level) == 2)
      #expect(parts[2].blocks.first.map(Self.level) == 3)
      #expect(whole.blocks.count(where: { Self.level($0) == 3 }) == plan.schools.count)
      #expect(ReportFormat.text.render(plan, language: language) == TextRenderer().render(whole))
      #expect(
        ReportFormat.markdown.render(plan, language: language)
          == MarkdownRenderer().render(whole))
      #expect(
        ReportFormat.html.render(plan, language: language)
          == HTMLRenderer(language: language).render(whole))
    }
  }

  @Test("a plan written to a file in parts, in the background, is the plan rendered to a string")
  func planToFile() throws {
    let plan = try Self.largePlan(seed: 4)
    for format in [ReportFormat.text, .markdown, .html, .json] {
      let path = FileManager.default.temporaryDirectory
        .appendingPathComponent("qualitykit-\(UUID().uuidString).\(format.rawValue)").path
      defer { try? FileManager.default.removeItem(atPath: path) }
      var output = try FileOutput(path: path)
      format.write(plan, to: &output)
      try output.finish()
      let written = try String(contentsOfFile: path, encoding: .utf8)
      #expect(written == format.render(plan), "\(format)")
      #expect(written.utf8.count > 100_000)
    }
  }

  @Test("each school's roadmap gives its own criteria's explanations, not another school's")
  func ownReasons() throws {
    let plan = try Self.largePlan(seed: 3)
    let text = ReportFormat.text.render(plan)
    // The text of each school, from its heading to the next school's.
    var sections: [SchoolID: Substring] = [:]
    let headings = plan.schools.map { ($0.school.id, "\($0.school.name) [\($0.school.id)], М\n") }
    let starts = headings.compactMap { id, heading in
      text.range(of: heading).map { (id, $0.lowerBound) }
    }.sorted { $0.1 < $1.1 }
    #expect(starts.count == plan.schools.count)
    for (index, (id, start)) in starts.enumerated() {
      let end = index + 1 < starts.count ? starts[index + 1].1 : text.endIndex
      sections[id] = text[start..<end]
    }
    // Each entry's line of reasons as the entry alone gives it; the explanations carry the
    // school's own values, so a line laid out for one school and reused for another would show.
    let names = ReadableNames(MetricCatalog.standard)
    var withValues = 0
    for roadmap in plan.schools {
      let section = try #require(sections[roadmap.school.id])
      let all = roadmap.roadmap.entries + roadmap.roadmap.outsideYear + roadmap.roadmap.noData
      for entry in all where !entry.reasons.isEmpty {
        let line =
          "  – основание: "
          + entry.reasons.map { $0.documentText(in: .russian, names: names) }
          .joined(separator: "; ") + "\n"
        #expect(section.contains(line), "\(roadmap.school.id): \(line)")
        if entry.reasons.contains(where: { if case .criterion = $0 { true } else { false } }) {
          withValues += 1
        }
      }
    }
    #expect(withValues > 50)
  }

  @Test("each school's timeline shows its own measures' dates, though a part draws each chart once")
  func ownTimelines() throws {
    // The host measure of HostMeasureTests dates each school by its own calendar: A3 on 5 October
    // 2020 and 15 March 2021, A6 on 20 November 2020; the fixture's schools are all in one part.
    let plan = try HostMeasureTests.plan()
    let document = plan.document(language: .russian)
    var figures: [SchoolID: ReportDocument.Figure] = [:]
    var school: SchoolID?
    for block in document.blocks {
      switch block {
      case .heading(3, let text, _):
        let title = text.runs.map { run in if case .text(let part) = run { part } else { "" } }
          .joined()
        school = plan.schools.map(\.school.id).first { title.contains("[\($0)]") }
      case .figure(let figure):
        if let school { figures[school] = figure }
      default: break
      }
    }
    #expect(figures.count > 3)
    for roadmap in plan.schools {
      // Drawn from the roadmap alone, with no chart shared.
      let own = roadmap.roadmap.timelineFigure(language: .russian).blocks.first
      if case .figure(let expected) = own {
        #expect(figures[roadmap.school.id] == expected, "\(roadmap.school.id)")
      } else {
        #expect(figures[roadmap.school.id] == nil, "\(roadmap.school.id)")
      }
    }
    func visits(_ id: SchoolID) -> [String] {
      (figures[id]?.spans ?? []).filter { $0.label.hasPrefix("Выезд методиста") }.map(\.period)
    }
    #expect(visits("A3") == ["05.10.2020", "15.03.2021"])
    #expect(visits("A6") == ["20.11.2020"])
  }

  static func level(_ block: ReportDocument.Block) -> Int? {
    if case .heading(let level, _, _) = block { return level }
    return nil
  }
}
