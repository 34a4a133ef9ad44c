import Testing

@testable import QualityKit

/// The charts of `HTMLRenderer`: the marks stand where their values are on the axes as drawn,
/// a dense scatter becomes a grid, each chart is named, has a legend and its data table.
///
/// The plot areas are fixed in a 720-unit view box: a scatter's plot runs from x = 64 to 704 and
/// from y = 392 (bottom) to 12; a histogram's from 64 to 704 and from 252 to 12. An axis runs
/// over its values widened to round steps (1, 2, 2.5 or 5 times a power of ten).
@Suite struct HTMLChartTests {
  typealias Figure = ReportDocument.Figure

  static func page(_ figures: Figure...) throws -> ParsedHTML {
    var document = ReportDocument()
    document.heading(1, "Диаграммы")
    for figure in figures { document.figure(figure) }
    return try #require(ParsedHTML(HTMLRenderer().render(document)))
  }

  /// A value back from a coordinate: `coordinate` between `from` and `to` on an axis of `domain`.
  static func value(
    _ coordinate: String?, from: Double, to: Double, domain: ClosedRange<Double>
  ) -> Double {
    let position = Double(coordinate ?? "") ?? .nan
    return domain.lowerBound + (position - from) / (to - from)
      * (domain.upperBound - domain.lowerBound)
  }

  static func scatter(_ count: Int) -> Figure {
    // x from 0 to 10 and y from 0 to 100, in steps that repeat.
    let points = (0..<count).map { index in
      Figure.Point(
        x: Double(index % 11), y: Double(index % 101), series: index % 3,
        label: "школа \(index)")
    }
    return .scatter(
      title: "результаты и условия", x: .init(title: "условия", unit: "z"),
      y: .init(title: "результаты", unit: "балл"),
      series: [.init("оба списка"), .init("один список"), .init("нет", style: .muted)],
      points: points, pointTitle: "школа",
      references: [.init(.x, 2.5, label: "порог x"), .init(.y, 25, label: "порог y")],
      language: .russian)
  }

  @Test("a scatter has a marker per point where its values are, by series and shape")
  func scatterPoints() throws {
    let page = try Self.page(Self.scatter(12))
    let markers = page.all("use", inside: "g.pts")
    #expect(markers.count == 12)
    // Series 0 (points 0, 3, 6, 9) in the first colour, 1 in the second, the muted one grey.
    func series(_ className: String) -> [ParsedHTML.Element] {
      markers.filter { $0.ancestors.contains(className) }
    }
    #expect(series("g.c0").count == 4)
    #expect(series("g.c1").count == 4)
    #expect(series("g.cm").count == 4)
    // Shapes: circle for the first series, square for the second (not colour alone).
    #expect(Set(series("g.c0").map { $0.attributes["href"] }) == ["#qk-f1-m0"])
    #expect(Set(series("g.c1").map { $0.attributes["href"] }) == ["#qk-f1-m1"])
    // Point 7 is (7, 7). x: 0…10 widened to steps of 2 (10 ÷ 8 ticks = 1.25 → 2) is 0…10;
    // y: 0…25 (the cut-off line is the highest) in steps of 5 (25 ÷ 6 → 5) is 0…25.
    let seven = try #require(markers.first { $0.text.hasPrefix("школа 7:") })
    #expect(seven.text == "школа 7: 7; 7")
    let x = Self.value(seven.attributes["x"], from: 64, to: 704, domain: 0...10)
    let y = Self.value(seven.attributes["y"], from: 392, to: 12, domain: 0...25)
    #expect(abs(x - 7) < 0.01)
    #expect(abs(y - 7) < 0.01)
    #expect(seven.attributes["x"] == "512")  // 64 + 0.7 × 640
    #expect(seven.attributes["y"] == "285.6")  // 392 − 7/25 × 380
  }

  @Test("a scatter is named, labels its axes with units, has a legend and its data table")
  func scatterParts() throws {
    let page = try Self.page(Self.scatter(12))
    #expect(page.all("figcaption").first?.text == "результаты и условия")
    let svg = try #require(page.all("svg").first)
    #expect(svg.attributes["role"] == "img")
    #expect(svg.attributes["aria-labelledby"] == "qk-f1-t")
    #expect(page.all("title", inside: "svg").first?.text == "результаты и условия")
    let texts = page.all("text").map(\.text)
    #expect(texts.contains("условия, z"))
    #expect(texts.contains("результаты, балл"))
    // The legend: each series with its count, each cut-off.
    #expect(texts.contains("оба списка: 4"))
    #expect(texts.contains("нет: 4"))
    #expect(texts.contains("порог x"))
    // The cut-off lines: x = 2.5 → 64 + 0.25 × 640 = 224; y = 25 → the top, 12.
    let lines = page.withClass("reference").filter { $0.name == "line" }
    #expect(lines.count == 2 + 2)  // two in the plot, two in the legend
    #expect(lines[0].attributes["x1"] == "224")
    #expect(lines[1].attributes["y1"] == "12")
    // The data: a row per point.
    let table = page.all("tr", inside: "tbody")
    #expect(table.count == 12)
    #expect(page.all("th").map(\.text) == ["школа", "условия, z", "результаты, балл", "группа"])
  }

  @Test("above the threshold a scatter is a density grid and its table a summary")
  func density() throws {
    #expect(Figure.densityThreshold == 2000)
    let points = try Self.page(Self.scatter(Figure.densityThreshold))
    #expect(points.all("use", inside: "g.pts").count == 2000)
    #expect(points.all("rect", inside: "g.density").isEmpty)

    let dense = try Self.page(Self.scatter(Figure.densityThreshold + 1))
    #expect(dense.all("use", inside: "g.pts").isEmpty)
    let cells = dense.all("rect", inside: "g.density")
    #expect(!cells.isEmpty)
    #expect(cells.count <= 40 * 30)
    // Every point is in a cell (a cell's title is its count): the counts add up.
    #expect(cells.compactMap { Int($0.text) }.reduce(0, +) == 2001)
    // The table: the four sides of the two cut-offs, a column per series and the total.
    #expect(
      dense.all("th").map(\.text) == [
        "условия", "результаты", "оба списка", "один список", "нет", "всего",
      ])
    let cellsOfTable = dense.all("td", inside: "tbody")
    #expect(cellsOfTable.count == 4 * 6)
    #expect(cellsOfTable.prefix(2).map(\.text) == ["≤ 2,5", "≤ 25"])
    let totals = stride(from: 5, to: cellsOfTable.count, by: 6).compactMap {
      Int(cellsOfTable[$0].text)
    }
    #expect(totals.reduce(0, +) == 2001)
  }

  @Test("a histogram's cut-off line stands at its value among the bins")
  func histogram() throws {
    // Ten values 0.5 … 9.5 in bins of 1 from 0 to 10.
    let values = (0..<10).map { Double($0) + 0.5 }
    let figure = Figure.histogram(
      title: "распределение", x: .init(title: "индекс"), count: .init(title: "школ"),
      values: values, bins: 10, references: [.init(.x, 2.5, label: "порог 2,5")],
      language: .russian)
    #expect(figure.groups.count == 10)
    #expect(figure.x.range == 0...10)
    #expect(figure.data.rows.first?.map(\.plainText) == ["[0; 1)", "1"])
    #expect(figure.data.rows.last?.map(\.plainText) == ["[9; 10]", "1"])
    let page = try Self.page(figure)
    let line = try #require(page.withClass("reference").first { $0.name == "line" })
    #expect(line.attributes["x1"] == "224")  // 64 + 2.5/10 × 640
    #expect(line.attributes["y1"] == "12")
    #expect(line.attributes["y2"] == "252")
    // Ten bars, each a count of 1 over a y axis of whole numbers 0…1.
    let bars = page.all("rect", inside: "g.bars")
    #expect(bars.count == 10)
    #expect(bars[2].attributes["x"] == "192")  // bin [2; 3): 64 + 0.2 × 640
    #expect(bars[2].attributes["width"] == "64")
    #expect(page.all("text").map(\.text).contains("0,5") == false)
  }

  @Test("bins: round widths, a value on an inner edge counts in the bin above")
  func bins() {
    let figure = Figure.histogram(
      title: "", x: .init(title: "x"), count: .init(title: "n"), values: [0, 1, 1, 2, 4],
      bins: 4, language: .english)
    // (4 − 0) ÷ 4 = 1: bins [0; 1), [1; 2), [2; 3), [3; 4], 4 closing the last.
    #expect(figure.groups.map(\.label) == ["[0, 1)", "[1, 2)", "[2, 3)", "[3, 4]"])
    #expect(figure.groups.map { $0.values.first ?? nil } == [1, 2, 1, 1])
  }

  @Test("bars: a row per group, a bar per series, long charts in parts")
  func bars() throws {
    let groups = (0..<35).map { Figure.Group("район \($0)", values: [Double($0), 50]) }
    let figure = Figure.bars(
      title: "доли", value: .init(title: "доля школ", unit: "%"), groupTitle: "муниципалитет",
      series: [.init("ШНОР"), .init("ШНСУ")], groups: groups, language: .russian)
    #expect(figure.data.header.map(\.plainText) == ["муниципалитет", "ШНОР, %", "ШНСУ, %"])
    let page = try Self.page(figure)
    // 35 groups: a picture of 30 and one of 5, each with its title.
    #expect(page.all("svg").count == 2)
    #expect(page.all("title", inside: "svg").first?.text == "доли (1/2)")
    #expect(page.withClass("bar").filter { $0.ancestors.contains("g.legend") == false }.count == 70)
    #expect(page.all("tr", inside: "tbody").count == 35)
  }

  @Test("lines: actual against target, a gap where a value is missing")
  func line() throws {
    let figure = Figure.line(
      title: "показатель", x: .init(title: "год"), y: .init(title: "доля", unit: "%"),
      series: [.init("факт", style: .actual), .init("цель", style: .target)],
      groups: [
        .init("2021", values: [40, 45]), .init("2022", values: [nil, 50]),
        .init("2023", values: [55, 55]),
      ], language: .russian)
    #expect(
      figure.data.rows.map { $0.map(\.plainText) } == [
        ["2021", "40", "45"], ["2022", "—", "50"], ["2023", "55", "55"],
      ])
    let page = try Self.page(figure)
    let paths = page.withClass("series").filter { $0.name == "path" }
    #expect(paths.count == 2)
    // The target is drawn first, dashed, so that the actual line lies on it.
    #expect(paths.map { $0.attributes["class"] } == ["series dashed", "series"])
    // The actual line is broken by the missing year: two moves.
    #expect(paths[1].attributes["d"]?.filter { $0 == "M" }.count == 2)
    #expect(page.all("use", inside: "g.hollow").count == 3 + 1)  // the targets and their legend
  }

  @Test("a timeline: bars across months, a date as a marker, statuses by pattern")
  func timeline() throws {
    let months = ["сен", "окт", "ноя"].enumerated().map {
      Figure.Tick(Double($0.offset) + 0.5, $0.element)
    }
    let figure = Figure.timeline(
      title: "календарь", x: .init(title: "месяц", range: 0...3, ticks: months),
      rowTitle: "процедура", rows: ["анкета", "отчёт"],
      series: [.init("выполнено", style: .done), .init("просрочено", style: .overdue)],
      spans: [
        .init(row: 0, start: 0, end: 1.5, series: 0, label: "анкета", period: "01.09–15.10"),
        .init(row: 1, start: 2, end: 2, series: 1, label: "отчёт", period: "01.11"),
      ], language: .russian)
    let page = try Self.page(figure)
    let bar = try #require(page.withClass("st-done").first { $0.name == "rect" })
    #expect(bar.attributes["width"].flatMap(Double.init).map { $0 > 0 } == true)
    #expect(page.all("use", inside: "g.mark").count == 1)
    #expect(page.all("pattern").count == 2)
    let overdue = page.withClass("st-overdue").filter { $0.name == "rect" }
    // The pattern as a style: a class's colour would win over a `fill` attribute.
    #expect(overdue.allSatisfy { $0.attributes["style"] == "fill:url(#qk-f1-overdue)" })
    #expect(page.all("td").map(\.text).contains("просрочено"))
    HTMLRendererTests.expectLinksResolve(page)
  }

  @Test("a chart drawn again is the same drawing under its own ids, whatever its texts hold")
  func chartDrawnAgain() throws {
    // Texts that hold what a kept drawing writes in place of its id: escaped, they stay text.
    func timeline(_ title: String) -> Figure {
      Figure.timeline(
        title: .init(title), x: .init(title: "месяц", range: 0...2, ticks: []),
        rowTitle: "мера", rows: ["мера &id; один"],
        series: [.init("сроки", style: .done)],
        spans: [.init(row: 0, start: 0, end: 1, series: 0, label: "&id;", period: "01.09")],
        language: .russian)
    }
    var document = ReportDocument()
    document.figure(timeline("A &id; B"))
    document.figure(timeline("другой"))
    document.figure(timeline("A &id; B"))
    let html = HTMLRenderer().render(document)
    func svg(_ number: Int) throws -> String {
      let start = try #require(html.range(of: "<figure id=\"qk-f\(number)\">"))
      let open = try #require(html.range(of: "<svg", range: start.upperBound..<html.endIndex))
      let close = try #require(html.range(of: "</svg>", range: open.upperBound..<html.endIndex))
      return String(html[open.lowerBound..<close.upperBound])
    }
    let first = try svg(1)
    let third = try svg(3)
    #expect(first.contains("id=\"qk-f1-t\""))
    #expect(third.contains("id=\"qk-f3-t\""))
    #expect(!third.contains("qk-f1"))
    #expect(third == first.replacingOccurrences(of: "qk-f1", with: "qk-f3"))
    #expect(try svg(2) != first.replacingOccurrences(of: "qk-f1", with: "qk-f2"))
    #expect(!html.contains("&id;"))
    #expect(html.contains("A &amp;id; B"))
    HTMLRendererTests.expectLinksResolve(try #require(ParsedHTML(html)))
  }
}
