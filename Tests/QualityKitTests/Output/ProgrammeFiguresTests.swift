import QualityKit
import QualityKitTestSupport
import Testing

/// The charts of the programme documents: an indicator's actual values against its targets, the
/// monitoring calendar and the roadmaps as timelines by month. A timeline's x axis is the academic
/// year in months: September from 0 to 1 … August from 11 to 12, a day at its share of the month.
@Suite struct ProgrammeFiguresTests {
  static func figures(_ document: ReportDocument) -> [ReportDocument.Figure] {
    document.blocks.compactMap { if case .figure(let figure) = $0 { figure } else { nil } }
  }

  @Test("the monitoring calendar: a row per dated procedure, a bar per occurrence by status")
  func calendar() throws {
    let report = try MonitoringReportWriterTests().seed000Report()
    let figures = Self.figures(report.document(language: .russian))
    #expect(figures.map(\.kind) == [.timeline])
    let figure = try #require(figures.first)
    // Thirteen dated occurrences: 5 done, 2 overdue, 4 in progress, 2 upcoming.
    #expect(figure.spans.count == 13)
    #expect(figure.series.map(\.style) == [.done, .due, .overdue, .planned])
    #expect(figure.series.map(\.name) == ["выполнено", "идёт", "просрочено", "предстоит"])
    let counts = (0..<4).map { series in figure.spans.count(where: { $0.series == series }) }
    #expect(counts == [5, 4, 2, 2])
    // Management 1 of 4: 01.09.2022–30.11.2022 covers September to November, 0 to 3.
    let management = try #require(
      figure.spans.first { $0.period == "01.09.2022–30.11.2022" && $0.label.hasSuffix("(1 из 4)") })
    #expect(management.start == 0)
    #expect(management.end == 3)
    // The report date, 15 March 2023, through its day: March is 6, plus 15/31.
    let asOf = try #require(figure.references.first)
    #expect(abs(asOf.value - (6 + 15.0 / 31)) < 1e-9)
    #expect(asOf.label == "на 15.03.2023")
    // The calendar table follows in the document: the figure has none of its own.
    #expect(figure.data.rows.isEmpty)
    #expect(!ReportFormat.text.render(report).contains("Календарь мониторинга"))
    let page = try #require(ParsedHTML(ReportFormat.html.render(report)))
    #expect(page.all("figcaption").map(\.text) == ["Календарь мониторинга: 2022/2023 учебный год"])
    HTMLRendererTests.expectLinksResolve(page)
  }

  @Test("a roadmap: a row per dated measure, a bar per occurrence")
  func roadmap() throws {
    let plan = try MeasureFixture.plan()
    let figures = Self.figures(plan.document(language: .russian))
    #expect(!figures.isEmpty)
    #expect(figures.allSatisfy { $0.kind == .timeline })
    let municipal = try #require(figures.first)
    #expect(municipal.title.plainText == "Мероприятия по месяцам: 2020/2021 учебный год")
    // The working group meets once a quarter: 01.09–31.10, 01.11–31.12, 09.01–31.03, 01.04–31.05.
    let row = try #require(
      municipal.groups.firstIndex { $0.label == "Заседание муниципальной рабочей группы" })
    let meetings = municipal.spans.filter { $0.row == row }
    #expect(meetings.map(\.start) == [0, 2, 4 + 8.0 / 31, 7])
    #expect(meetings.map(\.end) == [2, 4, 7, 9])
    let page = try #require(ParsedHTML(ReportFormat.html.render(plan)))
    #expect(page.all("svg").count == figures.count)
  }

  @Test("an indicator: actual against target by year, a hidden value left out")
  func progress() throws {
    let report = try ProgressReportTests.report()
    let figures = Self.figures(report.document(language: .russian))
    // Trained teachers have neither values nor targets: no chart.
    #expect(figures.count == 4)
    let webinars = figures[0]
    #expect(webinars.kind == .line)
    #expect(webinars.series.map(\.style) == [.actual, .target])
    #expect(webinars.groups.map(\.label) == ["2020/2021", "2021/2022", "2022/2023"])
    #expect(webinars.groups.map(\.values) == [[8, nil], [14, nil], [21, 20]])
    #expect(webinars.y.unit == "количество")
    // Network 2023 is S3's alone, three students: not drawn, and the note says so.
    let network = figures[2]
    #expect(network.groups.map(\.values) == [[nil, nil], [80, 80], [nil, 80]])
    #expect(network.note?.plainText.contains("Скрытые значения") == true)
    #expect(try #require(ParsedHTML(ReportFormat.html.render(report))).all("svg").count == 4)
  }
}
