import QualityKit
import QualityKitTestSupport
import Testing

/// The charts of the identification document, on nine schools checked by hand with the
/// krasnoyarsk-like pack (results: lowest quarter of ЕГЭ Russian; social: lowest quarter of recent
/// textbooks).
///
/// | school | ЕГЭ rus | textbooks | continuation | students | municipality |
/// |--------|---------|-----------|--------------|----------|--------------|
/// | S1     | 30      | 10        | 50           | 300      | A            |
/// | S2…S5  | 35…50   | 20…50     | 80           | 300      | A            |
/// | S6…S8  | 55…65   | 60…80     | 80           | 300      | B            |
/// | S9     | 70      | 90        | 80           | 3        | B            |
///
/// Both values are evenly spaced, so a school's z-score is the same on both indices: the mean is
/// the middle school's (50 and 50), the population SD 5·√(60/9) = 12.91 and 10·√(60/9) = 25.82,
/// and S1's z is −20 / 12.91 = −40 / 25.82 = −1.549. Of nine, the lowest quarter is k = ⌈2.25⌉ = 3
/// schools, cut off at S3's z = −10 / 12.91 = −0.775: S1, S2, S3 are ШНСУ, and S1 alone is ШНОР (its
/// continuation, 50, is below 60). S9 has three students: its values are plotted nowhere.
@Suite struct IdentificationFiguresTests {
  static let municipalityA = "Город <А&Б>"
  static let municipalityB = "\"><img src=x onerror=alert(1)>"

  static func report(cohort: Cohort.Scope = .all) throws -> IdentificationReport {
    var values: CohortValues = [:]
    var municipalities: [SchoolID: String] = [:]
    for number in 1...9 {
      let id = SchoolID("S\(number)")
      values[id] = [
        .egeRussianMeanScore: [2022: 25 + 5 * Double(number)],
        .resourcesRecentTextbooksPercent: [2022: 10 * Double(number)],
        .continuationGrade10Percent: [2022: number == 1 ? 50 : 80],
        .olympiadParticipationPercent: [2020: 1, 2021: 1, 2022: 1],
        .resultsQualityPercent: [2022: 70],
        .contextEnrollment: [2020: 300, 2021: 300, 2022: number == 9 ? 3 : 300],
      ]
      municipalities[id] = number <= 5 ? municipalityA : municipalityB
    }
    let dataset = try Fixtures.dataset(
      values, municipalities: municipalities,
      names: ["S4": "<script>alert(1)</script>", "S5": "\"><img src=x onerror=alert(1)>"])
    return try Identifier(packs: [Fixtures.krasnoyarskLikePack()]).identify(
      dataset, cohort: cohort)
  }

  static func figures(_ report: IdentificationReport, _ language: Language = .russian)
    -> [ReportDocument.Figure]
  {
    report.document(language: language).blocks.compactMap {
      if case .figure(let figure) = $0 { figure } else { nil }
    }
  }

  @Test("the lists are as worked out by hand")
  func lists() throws {
    let report = try Self.report()
    #expect(report.schools(in: .lowResults).map(\.school.id) == ["S1"])
    #expect(
      report.schools(in: .unfavourableSocialConditions).map(\.school.id) == ["S1", "S2", "S3"])
    #expect(report.schools.filter { !$0.mayShowValues }.map(\.school.id) == ["S9"])
  }

  @Test("after the summary: results against conditions, two distributions, municipalities")
  func section() throws {
    let figures = Self.figures(try Self.report())
    #expect(figures.map(\.kind) == [.scatter, .histogram, .histogram, .bars])
    #expect(figures[0].section?.plainText == "Диаграммы")
    #expect(figures.dropFirst().allSatisfy { $0.section == nil })
    #expect(Self.figures(try Self.report(), .english)[0].section?.plainText == "Charts")
    // Text and Markdown leave the whole section out.
    let text = ReportFormat.text.render(try Self.report())
    #expect(!text.contains("Диаграммы"))
    #expect(!ReportFormat.markdown.render(try Self.report()).contains("Диаграммы"))
  }

  @Test("the scatter: a point per school that may be shown, by list, on the cut-offs")
  func scatter() throws {
    let figure = Self.figures(try Self.report())[0]
    #expect(figure.points.count == 8)
    // Both lists, ШНОР only, ШНСУ only, neither.
    #expect(
      figure.series.map(\.name) == [
        "ШНОР и ШНСУ", "только ШНОР", "только ШНСУ", "ни в одном из двух списков",
      ])
    #expect(figure.points.map(\.series) == [0, 2, 2, 3, 3, 3, 3, 3])
    #expect(figure.x.title == "Index")
    #expect(figure.y.title == "Results")
    #expect(figure.x.unit == "средняя z-оценка")
    let s1 = figure.points[0]
    #expect(abs(s1.x - -1.549) < 0.001)
    #expect(abs(s1.y - -1.549) < 0.001)
    #expect(figure.references.map(\.axis) == [.x, .y])
    #expect(figure.references.allSatisfy { abs($0.value - -0.7746) < 0.0001 })
    #expect(figure.references[0].label == "порог отсечения -0,77 (нижние 25 %)")
    #expect(
      figure.note?.plainText
        == "Не показаны школы, значения которых не выводятся (менее 5 обучающихся или их число "
        + "неизвестно в одном из лет, из которых берутся значения): 1.")
  }

  @Test("drawn: eight markers, S1 where its values are on the axes")
  func scatterDrawn() throws {
    let html = ReportFormat.html.render(try Self.report())
    let page = try #require(ParsedHTML(html))
    let markers = page.all("use", inside: "g.pts")
    #expect(markers.count == 8)
    // Both axes span −1.549 … 1.162 (S8; S9 is hidden) with the cut-off inside: x in steps of
    // 0.5 (2.711 ÷ 8 ticks = 0.34 → 0.5), y in steps of 0.5 (2.711 ÷ 6 = 0.45 → 0.5); both run
    // from −2 to 1.5.
    let s1 = try #require(markers.first { $0.text.hasPrefix("S1 (S1)") })
    #expect(s1.text == "S1 (S1): -1,55; -1,55")
    let x = HTMLChartTests.value(s1.attributes["x"], from: 64, to: 704, domain: -2...1.5)
    let y = HTMLChartTests.value(s1.attributes["y"], from: 392, to: 12, domain: -2...1.5)
    #expect(abs(x - -1.549) < 0.01)
    #expect(abs(y - -1.549) < 0.01)
    let legend = page.all("text", inside: "g.legend").map(\.text)
    #expect(legend.contains("ШНОР и ШНСУ: 1"))
    #expect(legend.contains("только ШНСУ: 2"))
    #expect(legend.contains("ни в одном из двух списков: 5"))
    HTMLRendererTests.expectLinksResolve(page)
  }

  @Test("each distribution has its cut-off line at the cut-off's place among the bins")
  func distributions() throws {
    let figures = Self.figures(try Self.report())
    let results = figures[1]
    // Eight values (S9 hidden) in five bins asked for: (1.162 + 1.549) ÷ 5 = 0.54 → 0.5 wide,
    // from −2: seven bins to 1.5.
    #expect(results.x.range == -2...1.5)
    #expect(results.groups.count == 7)
    #expect(results.groups.compactMap { $0.values.first ?? nil }.reduce(0, +) == 8)
    #expect(results.title.plainText == "Распределение: Results")
    let page = try #require(ParsedHTML(ReportFormat.html.render(try Self.report())))
    let lines = page.withClass("reference").filter {
      $0.name == "line" && !$0.ancestors.contains("g.legend")
    }
    // The scatter's two, then one per histogram.
    #expect(lines.count == 4)
    let cut = HTMLChartTests.value(lines[2].attributes["x1"], from: 64, to: 704, domain: -2...1.5)
    #expect(abs(cut - -0.7746) < 0.01)
  }

  @Test("the municipalities: the share of schools on each list, the worst first")
  func municipalities() throws {
    let figure = Self.figures(try Self.report())[3]
    #expect(figure.series.map(\.name) == ["ШНОР", "ШНСУ"])
    #expect(
      figure.data.rows.map { $0.map(\.plainText) } == [
        ["\(Self.municipalityA) (5 шк.)", "20", "60"],
        ["\(Self.municipalityB) (4 шк.)", "0", "0"],
      ])
  }

  @Test("names from the input are text: no script, no image, in every place they appear")
  func escaping() throws {
    for language in Language.allCases {
      let html = ReportFormat.html.render(try Self.report(), language: language)
      #expect(!html.contains("<script"))
      #expect(!html.contains("<img"))
      #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; (S4)"))
      #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
      let page = try #require(ParsedHTML(html))
      #expect(page.all("td").map(\.text).contains("<script>alert(1)</script> (S4)"))
      let schools = language == .russian ? "шк." : "schools"
      #expect(page.all("td").map(\.text).contains("\(Self.municipalityB) (4 \(schools))"))
      #expect(page.all("script").isEmpty)
      #expect(page.all("img").isEmpty)
    }
  }

  @Test("with a cut-off per municipality no single line is drawn, and the note says why")
  func cutoffPerGroup() throws {
    let figures = Self.figures(try Self.report(cohort: .municipality))
    #expect(figures[0].references.isEmpty)
    #expect(figures[1].references.isEmpty)
    #expect(figures[1].note?.plainText.contains("Порог отсечения свой в каждой группе") == true)
  }
}
