import QualityKit

/// Writes the values file school by school and keeps the sums the benchmarks are made from.
struct RegionValues {
  private(set) var file: RegionCSVWriter
  private let years: [Int]
  private let dialect: RegionDialect
  private var random: RegionRandom
  /// Per year and benchmarked metric: the plain sum and count over the region's schools.
  private var regionSums: [[(sum: Double, count: Int)]]
  /// Per municipality, year and benchmarked metric: the enrolment-weighted sum and the weight.
  private var municipalSums: [[[(sum: Double, weight: Double)]]]
  private var row: [Double]

  /// The share of cells left empty, as in a real collection where some schools skip some items.
  static let missingShare = 0.03

  private static let columns = RegionGenerator.metricKeys
  private static let benchmarkColumns: [Int] = RegionMetric.benchmarked.map { key in
    columns.firstIndex(of: key) ?? 0
  }
  private static let enrollmentColumn = columns.firstIndex(of: .contextEnrollment) ?? 0

  init(years: [Int], municipalities: Int, dialect: RegionDialect, seed: UInt64, schools: Int) {
    self.years = years
    self.dialect = dialect
    random = RegionRandom(seed: seed, stream: 2)
    let benchmarked = RegionMetric.benchmarked.count
    regionSums = Array(
      repeating: Array(repeating: (0, 0), count: benchmarked), count: years.count)
    municipalSums = Array(
      repeating: Array(
        repeating: Array(repeating: (0, 0), count: benchmarked), count: years.count),
      count: municipalities)
    row = Array(repeating: .nan, count: Self.columns.count)
    // About 6 bytes a cell, which the file rarely outgrows.
    file = RegionCSVWriter(dialect, capacity: (schools * years.count + 1) * Self.columns.count * 6)
    file.row(["school_id", "year"] + Self.columns.map(\.rawValue))
  }

  /// Draws and writes the rows of `school`, one per year.
  mutating func write(_ school: RegionSchool) {
    for (yearIndex, year) in years.enumerated() {
      draw(school, yearIndex: yearIndex)
      file.text(school.id)
      file.integer(year)
      for (column, value) in row.enumerated() {
        if value.isNaN {
          file.empty()
        } else if column == Self.enrollmentColumn {
          file.integer(Int(value))
        } else {
          file.number(value, decimals: Self.decimals[column])
        }
      }
      file.endRow()
      let weight = row[Self.enrollmentColumn]
      for (index, column) in Self.benchmarkColumns.enumerated() where !row[column].isNaN {
        regionSums[yearIndex][index].sum += row[column]
        regionSums[yearIndex][index].count += 1
        municipalSums[school.municipality][yearIndex][index].sum += row[column] * weight
        municipalSums[school.municipality][yearIndex][index].weight += weight
      }
    }
  }

  /// Fills `row` with the values of `school` in year number `yearIndex`.
  private mutating func draw(_ school: RegionSchool, yearIndex: Int) {
    var column = 0
    // This year's result level: the social conditions, the school's own effect and the year's luck.
    let level = school.wellbeing * 0.7 + school.effect + random.normal(deviation: 0.35)
    for metric in RegionMetric.results {
      defer { column += 1 }
      guard metric.applies(to: school.kind) else {
        row[column] = .nan
        continue
      }
      var x =
        metric.mean + metric.sign * level * metric.deviation * 0.8
        + random.normal(deviation: metric.deviation * 0.4)
      // A small share cannot go below zero; a school whose level puts it there has a few cases.
      if metric.sign < 0 || metric.key == .olympiadParticipationPercent { x = abs(x) }
      var value = Self.rounded(x, metric)
      // Ties: one school in five reports its satisfaction survey as a round figure.
      if metric.key == .satisfactionPercent, random.chance(0.2) {
        value = (value / 10).rounded(.toNearestOrAwayFromZero) * 10
      }
      row[column] = value
    }
    // ВПР against the journal: most schools confirm about 60 % of marks; a school with an unusually
    // strong own effect sometimes inflates its journal marks (many raised, few lowered).
    let inflated = school.effect > 0.9 && random.chance(0.5)
    let raised = min(max(random.normal(mean: 6, deviation: 3) + (inflated ? 18 : 0), 0), 60)
    let lowered = Self.tenths(
      min(max(random.normal(mean: 30, deviation: 9) - (inflated ? 15 : 0), 0), 80))
    let raisedShare = Self.tenths(min(raised, 100 - lowered))
    row[column] = lowered
    row[column + 1] = Self.tenths(100 - lowered - raisedShare)
    row[column + 2] = raisedShare
    column += 3
    // Enrolment drifts by about 2 % a year and never falls below one student.
    let drift = random.normal(deviation: Double(school.enrollment) * 0.02 * Double(yearIndex))
    row[column] = Double(max(1, school.enrollment + Int(drift.rounded(.toNearestOrAwayFromZero))))
    row[column + 1] = school.distance
    column += 2
    for metric in RegionMetric.social {
      var mean = metric.mean
      // Rural children ride the school bus; urban ones seldom do.
      if metric.key == .socialSchoolBusPercent { mean = school.rural ? 14 : 1.5 }
      let x =
        mean + metric.sign * school.wellbeing * metric.deviation * 0.8
        + random.normal(deviation: metric.deviation * 0.3)
      row[column] = Self.rounded(x, metric)
      column += 1
    }
    for metric in RegionMetric.staff {
      let x =
        metric.mean + metric.sign * school.wellbeing * metric.deviation * 0.5
        + random.normal(deviation: metric.deviation * 0.5)
      row[column] = Self.rounded(x, metric)
      column += 1
    }
    for index in row.indices where index != Self.enrollmentColumn && !row[index].isNaN {
      if random.chance(Self.missingShare) { row[index] = .nan }
    }
  }

  /// The benchmarks file: per year and metric the region's reference — the plain mean of its
  /// schools plus a margin (6 points for ЕГЭ, 0.1 for a mark), as a region whose large cities pull
  /// the official mean up — then each municipality's enrolment-weighted mean, as an official
  /// municipal mean over students is.
  func benchmarks(municipalities: Int) -> [UInt8] {
    var file = RegionCSVWriter(
      dialect, capacity: 64 * (municipalities + 1) * years.count * RegionMetric.benchmarked.count)
    file.row(["scope", "year", "metric", "value"])
    for (yearIndex, year) in years.enumerated() {
      for (index, key) in RegionMetric.benchmarked.enumerated() {
        let total = regionSums[yearIndex][index]
        guard total.count > 0 else { continue }
        let margin = key.rawValue.hasPrefix("ege.") ? 6.0 : 0.1
        let upper = key.rawValue.hasPrefix("ege.") ? 100.0 : 5.0
        row(&file, "region", year, key, min(total.sum / Double(total.count) + margin, upper))
      }
    }
    for municipality in 0..<municipalities {
      let scope = "municipality:" + RegionGenerator.municipalityName(municipality)
      for (yearIndex, year) in years.enumerated() {
        for (index, key) in RegionMetric.benchmarked.enumerated() {
          let total = municipalSums[municipality][yearIndex][index]
          guard total.weight > 0 else { continue }
          row(&file, scope, year, key, total.sum / total.weight)
        }
      }
    }
    return file.bytes
  }

  private func row(
    _ file: inout RegionCSVWriter, _ scope: String, _ year: Int, _ key: MetricKey, _ value: Double
  ) {
    file.text(scope)
    file.integer(year)
    file.text(key.rawValue)
    file.number(value, decimals: 2)
    file.endRow()
  }

  private static let decimals: [Int] = columns.map { key in
    (RegionMetric.results + RegionMetric.social + RegionMetric.staff).first { $0.key == key }?
      .decimals ?? 1
  }

  /// `x` within the metric's range, rounded to its decimals as it will be written, so that the
  /// benchmark sums are those of the written values.
  private static func rounded(_ x: Double, _ metric: RegionMetric) -> Double {
    let clamped = min(max(x, metric.range.lowerBound), metric.range.upperBound)
    let scale = [1.0, 10, 100][metric.decimals]
    return (clamped * scale).rounded(.toNearestOrAwayFromZero) / scale
  }

  private static func tenths(_ x: Double) -> Double {
    (x * 10).rounded(.toNearestOrAwayFromZero) / 10
  }
}
