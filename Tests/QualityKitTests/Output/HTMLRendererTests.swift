import Testing

@testable import QualityKit

/// `HTMLRenderer`: one self-contained page in XML syntax, every text escaped, lists, tables and
/// anchors as HTML has them, A4 print rules.
@Suite struct HTMLRendererTests {
  func sample() -> ReportDocument {
    var document = ReportDocument()
    document.heading(1, "Отчёт <за> 2022 & «далее»")
    document.paragraph(.strong("Итого") + ": 2 — см. " + .link("раздел", anchor: "part-1"))
    document.blank()
    document.heading(2, "Раздел", anchor: "part-1")
    document.item("первая")
    document.item("деталь", level: 1)
    document.item("ещё деталь", level: 1)
    document.item("вторая")
    document.item("факт", marked: false)
    document.blank(.textOnly)
    document.line("строка с ключом " + .code("krasnoyarsk.share"))
    document.table(["школа", "балл"], [["A|1", "5"], ["B", "нет данных"]])
    document.note(.literal("*") + " — скрыто")
    return document
  }

  @Test("a well-formed XHTML-syntax page: doctype, namespace, language, charset, title")
  func page() throws {
    let html = HTMLRenderer().render(sample())
    #expect(
      html.hasPrefix("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"ru\">"))
    let page = try #require(ParsedHTML(html))
    #expect(page.all("meta").contains { $0.attributes["charset"] == "utf-8" })
    #expect(page.all("title").first?.text == "Отчёт <за> 2022 & «далее»")
    #expect(page.all("h1").first?.text == "Отчёт <за> 2022 & «далее»")
    #expect(page.all("style").count == 1)
    #expect(HTMLRenderer(language: .english).render(sample()).contains("lang=\"en\""))
  }

  @Test("self-contained: no script, no address but the XHTML namespace")
  func selfContained() {
    let html = HTMLRenderer().render(sample())
    #expect(!html.contains("<script"))
    #expect(html.components(separatedBy: "http://").count == 2)
    #expect(html.components(separatedBy: "http://www.w3.org/1999/xhtml").count == 2)
    #expect(!html.contains("https://"))
    #expect(!html.contains("@import"))
  }

  @Test("A4 print rules: page size, a page per section, repeated headers, no cut rows")
  func printRules() {
    let html = HTMLRenderer().render(sample())
    #expect(html.contains("@page{size:A4;margin:"))
    #expect(html.contains("@media print{"))
    #expect(html.contains("h2{break-before:page;page-break-before:always"))
    #expect(html.contains("h2:first-of-type{break-before:auto"))
    #expect(html.contains("thead{display:table-header-group}"))
    #expect(html.contains("tr,li,p.line,svg.chart{break-inside:avoid"))
  }

  @Test("headings carry their anchors and every link leads to one")
  func anchors() throws {
    let page = try #require(ParsedHTML(HTMLRenderer().render(sample())))
    let links = page.all("a").compactMap { $0.attributes["href"] }
    #expect(links == ["#part-1"])
    Self.expectLinksResolve(page)
    #expect(page.all("h2").first?.attributes["id"] == "part-1")
    #expect(page.all("a").first?.text == "раздел")
  }

  /// Every `href="#x"` on the page names an element with `id="x"`.
  static func expectLinksResolve(
    _ page: ParsedHTML, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    let ids = Set(page.elements.compactMap { $0.attributes["id"] })
    for element in page.elements {
      guard let href = element.attributes["href"] else { continue }
      #expect(href.hasPrefix("#"), "\(href)", sourceLocation: sourceLocation)
      #expect(ids.contains(String(href.dropFirst())), "\(href)", sourceLocation: sourceLocation)
    }
  }

  @Test("items become nested lists, an unmarked item an unbulleted one; blank lines vanish")
  func lists() throws {
    let html = HTMLRenderer().render(sample())
    #expect(
      html.contains(
        "<ul>\n<li>первая<ul>\n<li>деталь</li>\n<li>ещё деталь</li>\n</ul>\n</li>\n<li>вторая</li>\n"
          + "<li class=\"plain\">факт</li>\n</ul>\n<p class=\"line\">"))
    let page = try #require(ParsedHTML(html))
    #expect(page.all("ul").count == 2)
    #expect(page.all("li", inside: "li").map(\.text) == ["деталь", "ещё деталь"])
    #expect(page.all("code").first?.text == "krasnoyarsk.share")
    #expect(page.all("strong").first?.text == "Итого")
    #expect(page.withClass("note").first?.text == "* — скрыто")
  }

  @Test("tables have a head and a body; numbers right, words left")
  func tables() throws {
    let html = HTMLRenderer().render(sample())
    #expect(
      html.contains(
        "<table class=\"numeric\">\n<thead><tr><th>школа</th><th>балл</th></tr></thead>\n<tbody>\n"
          + "<tr><td>A|1</td><td>5</td></tr>\n<tr><td>B</td><td class=\"text\">нет данных</td></tr>"
      ))
    let page = try #require(ParsedHTML(html))
    #expect(page.all("th", inside: "thead").count == 2)
    #expect(page.all("td", inside: "tbody").count == 4)
  }

  @Test("every text is escaped: & < > \" ' and control characters")
  func escaping() throws {
    var document = ReportDocument()
    document.heading(1, "a & b", anchor: "x\"><script>")
    document.paragraph("<script>alert(1)</script>")
    document.paragraph("\"><img src=x onerror=alert(1)>")
    document.paragraph(.link("'quoted'", anchor: "x\"><script>"))
    document.paragraph("bell\u{7}tab\tend")
    let html = HTMLRenderer().render(document)
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(html.contains("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"))
    #expect(html.contains("<p>&quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>"))
    #expect(html.contains("<h1 id=\"x&quot;&gt;&lt;script&gt;\">a &amp; b</h1>"))
    #expect(html.contains("&#39;quoted&#39;"))
    #expect(html.contains("bell\u{FFFD}tab\tend"))
    let page = try #require(ParsedHTML(html))
    #expect(page.all("p").map(\.text).contains("<script>alert(1)</script>"))
    #expect(page.all("p").map(\.text).contains("\"><img src=x onerror=alert(1)>"))
    Self.expectLinksResolve(page)
  }

  @Test("escaping a long text keeps every byte between the escapes")
  func longEscaping() throws {
    let piece = "Школа №1 «Ромашка» — abcdefgh <b> & 'x' \"y\" "
    let text = String(repeating: piece, count: 50)
    var document = ReportDocument()
    document.paragraph(ReportDocument.Inline(text))
    let page = try #require(ParsedHTML(HTMLRenderer().render(document)))
    #expect(page.all("p").first?.text == text)
  }

  @Test("ReportFormat.html draws a report's document")
  func dispatch() throws {
    struct Note: Reportable {
      func document(language: Language) -> ReportDocument {
        var document = ReportDocument()
        document.heading(1, language == .russian ? "Заметка" : "Note")
        return document
      }
      func writeJSON(language: Language, to output: inout some ReportOutputStream) {
        output.write("{}\n")
      }
    }
    #expect(ReportFormat(rawValue: "html") == .html)
    let russian = ReportFormat.html.render(Note())
    #expect(russian.contains("<title>Заметка</title>"))
    #expect(ReportFormat.html.render(Note(), language: .english).contains("<h1>Note</h1>"))
    // Text and Markdown leave figures out, HTML draws them.
    var document = ReportDocument()
    document.figure(
      .histogram(
        title: "распределение", x: .init(title: "индекс"), count: .init(title: "школ"),
        values: [1, 2, 3], language: .russian))
    #expect(TextRenderer().render(document).isEmpty)
    #expect(MarkdownRenderer().render(document).isEmpty)
    #expect(HTMLRenderer().render(document).contains("<svg"))
  }
}
