import Foundation

/// Figures made from their data: each builder fills the fields its kind reads and makes the data
/// table a reader gets instead of the picture (a summary for thousands of points), in the
/// document's language. A report's `+Figures` file says what to plot; these say how it reads.
extension ReportDocument.Figure {
  /// Above this many points a scatter is drawn as a density grid and its data table is a summary:
  /// a marker per school stays legible to about two thousand, and 40,000 of them twice (marks and
  /// table rows) would be most of a national document.
  public static let densityThreshold = 2000

  /// A scatter chart of `points`, each in one of `series` (by colour and marker shape), with
  /// reference lines such as cut-offs.
  ///
  /// The data table lists the points (`pointTitle`, x, y, series) up to ``densityThreshold``;
  /// beyond it, how many points of each series lie on either side of the first reference line of
  /// each axis (or the count of each series when there is none).
  public static func scatter(
    title: ReportDocument.Inline, x: Axis, y: Axis, series: [Series], points: [Point],
    pointTitle: String, references: [Reference] = [], note: ReportDocument.Inline? = nil,
    language: Language
  ) -> Self {
    let ru = language == .russian
    func number(_ value: Double) -> String { NumberText.format(value, decimals: 2, language) }
    func seriesName(_ index: Int) -> String {
      series.indices.contains(index) ? series[index].name : ""
    }
    var table: ReportDocument.Table
    if points.count <= densityThreshold {
      table = ReportDocument.Table(
        header: [
          .init(pointTitle), .init(x.label), .init(y.label), .init(ru ? "группа" : "group"),
        ],
        rows: points.map { point in
          [
            .init(point.label ?? ""), .init(number(point.x)), .init(number(point.y)),
            .init(seriesName(point.series)),
          ]
        })
    } else {
      let xCut = references.first { $0.axis == .x }?.value
      let yCut = references.first { $0.axis == .y }?.value
      // The sides of each cut: at or below it, above it (a lowest-share cut-off includes its
      // value).
      func sides(_ cut: Double?) -> [(String, (Double) -> Bool)] {
        guard let cut else { return [("", { _ in true })] }
        let text = number(cut)
        return [("≤ " + text, { $0 <= cut }), ("> " + text, { $0 > cut })]
      }
      var rows: [[ReportDocument.Inline]] = []
      for (xText, xSide) in sides(xCut) {
        for (yText, ySide) in sides(yCut) {
          var counts = [Int](repeating: 0, count: series.count)
          var total = 0
          for point in points where xSide(point.x) && ySide(point.y) {
            if counts.indices.contains(point.series) { counts[point.series] += 1 }
            total += 1
          }
          rows.append(
            [.init(xText), .init(yText)] + counts.map { .init("\($0)") } + [.init("\(total)")])
        }
      }
      table = ReportDocument.Table(
        header: [.init(x.title), .init(y.title)] + series.map { .init($0.name) }
          + [.init(ru ? "всего" : "total")],
        rows: rows)
    }
    return Self(
      kind: .scatter, title: title, data: table, x: x, y: y, series: series, points: points,
      references: references, note: note)
  }

  /// A histogram of `values` in about `bins` equal bins of a round width, with reference lines
  /// such as the cut-off. `count` names what is counted («школ») on the y axis and in the table.
  ///
  /// The data table has a row per bin: its interval, half-open, `[a; b)`, the last one closed,
  /// and its count.
  public static func histogram(
    title: ReportDocument.Inline, x: Axis, count: Axis, values: [Double], bins: Int = 20,
    references: [Reference] = [], note: ReportDocument.Inline? = nil, language: Language
  ) -> Self {
    let values = values.filter(\.isFinite)
    let (edges, counts) = histogramBins(values, bins: bins)
    func number(_ value: Double) -> String { NumberText.format(value, decimals: 4, language) }
    let separator = language == .russian ? "; " : ", "
    let labels = counts.indices.map { index in
      "[" + number(edges.lowerBound + Double(index) * edges.width) + separator
        + number(edges.lowerBound + Double(index + 1) * edges.width)
        + (index == counts.count - 1 ? "]" : ")")
    }
    var x = x
    x.range = edges.lowerBound...(edges.lowerBound + Double(counts.count) * edges.width)
    let groups = zip(labels, counts).map { Group($0, values: [Double($1)]) }
    let table = ReportDocument.Table(
      header: [.init(x.label), .init(count.label)],
      rows: zip(labels, counts).map { [.init($0), .init("\($1)")] })
    return Self(
      kind: .histogram, title: title, data: table, x: x, y: count,
      series: [Series(count.title)], groups: groups, references: references, note: note)
  }

  /// The bins of a histogram of `values`: a round width near range ÷ `bins`, the first edge a
  /// multiple of it, and the count of each bin (a value on an inner edge counts in the bin above).
  static func histogramBins(_ values: [Double], bins: Int) -> (
    edges: (lowerBound: Double, width: Double), counts: [Int]
  ) {
    guard let low = values.min(), let high = values.max() else { return ((0, 1), []) }
    let width = niceWidth(high > low ? (high - low) / Double(max(bins, 1)) : 1)
    let first = (low / width).rounded(.down) * width
    var count = Int(((high - first) / width).rounded(.down)) + 1
    // The top value exactly on an edge closes the last bin rather than opening a new one.
    if count > 1, abs(first + Double(count - 1) * width - high) < width * 1e-9 { count -= 1 }
    var counts = [Int](repeating: 0, count: max(count, 1))
    for value in values {
      let index = Int(((value - first) / width + 1e-9).rounded(.down))
      counts[min(max(index, 0), counts.count - 1)] += 1
    }
    return ((first, width), counts)
  }

  /// 1, 2, 2.5 or 5 times a power of ten, the nearest to `raw` by ratio: the bins come out
  /// about as many as asked, in either direction.
  static func niceWidth(_ raw: Double) -> Double {
    guard raw.isFinite, raw > 0 else { return 1 }
    let power = pow(10, log10(raw).rounded(.down))
    let fraction = raw / power
    let nice = [1, 2, 2.5, 5, 10].min { abs(log($0 / fraction)) < abs(log($1 / fraction)) } ?? 1
    return nice * power
  }

  /// Horizontal bars: for each of `groups` a bar per series (or the series stacked), the values
  /// on the axis `value`. The data table has a row per group: `groupTitle`, a value per series.
  public static func bars(
    title: ReportDocument.Inline, value: Axis, groupTitle: String, series: [Series],
    groups: [Group], stacked: Bool = false, references: [Reference] = [],
    note: ReportDocument.Inline? = nil, language: Language
  ) -> Self {
    let unit = value.unit.map { ", " + $0 } ?? ""
    let table = ReportDocument.Table(
      header: [.init(groupTitle)] + series.map { .init($0.name + unit) },
      rows: groups.map { group in
        [.init(group.label)]
          + series.indices.map { index in
            let value = index < group.values.count ? group.values[index] : nil
            return .init(value.map { NumberText.format($0, decimals: 1, language) } ?? "—")
          }
      })
    return Self(
      kind: stacked ? .stackedBars : .bars, title: title, data: table, x: value,
      y: Axis(title: groupTitle), series: series, groups: groups, references: references,
      note: note)
  }

  /// Lines through `groups` (the x axis's labels, such as years), a value per series each, with
  /// horizontal reference lines. The data table has a row per group and a column per series.
  public static func line(
    title: ReportDocument.Inline, x: Axis, y: Axis, series: [Series], groups: [Group],
    references: [Reference] = [], note: ReportDocument.Inline? = nil, decimals: Int = 2,
    language: Language
  ) -> Self {
    let table = ReportDocument.Table(
      header: [.init(x.label)] + series.map { .init($0.name) },
      rows: groups.map { group in
        [.init(group.label)]
          + series.indices.map { index in
            let value = index < group.values.count ? group.values[index] : nil
            return .init(value.map { NumberText.format($0, decimals: decimals, language) } ?? "—")
          }
      })
    return Self(
      kind: .line, title: title, data: table, x: x, y: y, series: series, groups: groups,
      references: references, note: note)
  }

  /// A timeline of `spans` in `rows` across `x` (months, labelled by its ticks), each span's
  /// status one of `series`. The data table has a row per span: `rowTitle`, what, when, status.
  public static func timeline(
    title: ReportDocument.Inline, x: Axis, rowTitle: String, rows: [String], series: [Series],
    spans: [Span], references: [Reference] = [], note: ReportDocument.Inline? = nil,
    language: Language
  ) -> Self {
    let ru = language == .russian
    let table = ReportDocument.Table(
      header: [
        .init(rowTitle), .init(ru ? "что" : "what"), .init(ru ? "сроки" : "dates"),
        .init(ru ? "статус" : "status"),
      ],
      rows: spans.map { span in
        [
          .init(rows.indices.contains(span.row) ? rows[span.row] : ""), .init(span.label),
          .init(span.period),
          .init(series.indices.contains(span.series) ? series[span.series].name : ""),
        ]
      },
      alignment: .left)
    return Self(
      kind: .timeline, title: title, data: table, x: x, y: Axis(title: rowTitle), series: series,
      groups: rows.map { Group($0) }, references: references, spans: spans, note: note)
  }
}
