import Testing

@testable import QualityKit

/// ``ReportDocument`` drawn by `TextRenderer` and `MarkdownRenderer`: the rules every report's
/// text and Markdown follow, now in one place.
@Suite struct ReportDocumentTests {
  func sample() -> ReportDocument {
    var document = ReportDocument()
    document.heading(1, "Отчёт")
    document.paragraph(.strong("Итого") + ": 2")
    document.item("первая")
    document.item("деталь", level: 1)
    document.item("факт", marked: false)
    document.blank(.textOnly)
    document.blank(.markdownOnly)
    document.table(["школа", "балл"], [["A|1", "5"], ["B", "10"]])
    document.append(
      .figure(
        ReportDocument.Figure(
          kind: .line, title: "тренд", data: ReportDocument.Table(header: ["год"], rows: []))))
    document.note(.literal("*") + " — скрыто")
    return document
  }

  @Test("text: underlined headings, bullets, padded columns, no markup")
  func text() {
    #expect(
      TextRenderer().render(sample())
        == "Отчёт\n=====\nИтого: 2\n• первая\n  – деталь\nфакт\n\nшкола  балл\nA|1       5\n"
        + "B        10\n* — скрыто\n")
  }

  @Test("Markdown: # headings, - lists, pipe tables, strong and escaped literal runs")
  func markdown() {
    #expect(
      MarkdownRenderer().render(sample())
        == "# Отчёт\n\n**Итого**: 2\n\n- первая\n  - деталь\n- факт\n\n| школа | балл |\n"
        + "| --- | --- |\n| A/1 | 5 |\n| B | 10 |\n\\* — скрыто\n")
  }

  @Test("documents compose: a section follows the document it is appended to")
  func composition() {
    var section = ReportDocument()
    section.heading(2, "Раздел")
    let whole = sample() + section
    #expect(whole.blocks.count == sample().blocks.count + 1)
    #expect(TextRenderer().render(whole).hasSuffix("* — скрыто\nРаздел\n------\n"))
  }

  @Test("ReportFormat draws a report's document in text and Markdown")
  func dispatch() {
    struct Note: Reportable {
      func document(language: Language) -> ReportDocument {
        var document = ReportDocument()
        document.paragraph(language == .russian ? "да" : "yes")
        return document
      }
      func writeJSON(language: Language, to output: inout some ReportOutputStream) {
        output.write("{}\n")
      }
    }
    #expect(ReportFormat.text.render(Note()) == "да\n")
    #expect(ReportFormat.markdown.render(Note(), language: .english) == "yes\n\n")
    #expect(Note().render(.json) == "{}\n")
    // Without a table form, CSV is the JSON.
    #expect(Note().render(.csv) == "{}\n")
  }
}
