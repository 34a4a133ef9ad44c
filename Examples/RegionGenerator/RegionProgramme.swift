import QualityKit

/// The programme files of a generated region: the values a department reports by hand for a
/// pack's reported indicators, and the dates its monitoring procedures were carried out.
///
/// Both are drawn from their own random stream, so the region's data files do not change with
/// the programme chosen. Values scatter around the target in force (about half reach it, so the
/// progress report shows every status), about one in ten earlier values is missing («нет данных»);
/// procedures are carried out in their window in most past occurrences and, in the latest year, in
/// most of those already open on 1 March — the date `track-indicators` checks by default — so that
/// some are overdue.
enum RegionProgramme {
  /// `indicator,year,value,school_id`: a municipal row (empty `school_id`) per municipal indicator
  /// and year, a row per school for a school-level indicator.
  static func reported(
    _ pack: RulePack, years: [Int], schools: [String], dialect: RegionDialect,
    random: inout RegionRandom
  ) -> [UInt8] {
    let indicators = pack.indicators.compactMap { $0 as? ReportedIndicator }.map(
      \.indicatorDescription)
    var file = RegionCSVWriter(dialect)
    file.row(["indicator", "year", "value", "school_id"])
    for indicator in indicators {
      for year in years {
        let rows = indicator.level == .school ? schools : [""]
        for school in rows {
          // A school skips a year now and then; the department always reports its latest figure
          // (an earlier one may be missing), so every indicator has a value to show.
          let reportedByHand =
            indicator.level == .school
            ? !random.chance(0.1) : year == years.last || !random.chance(0.15)
          guard reportedByHand else { continue }
          file.text(indicator.id.rawValue)
          file.integer(year)
          let value = self.value(of: indicator, in: year, random: &random)
          file.number(value.number, decimals: value.decimals)
          file.text(school)
          file.endRow()
        }
      }
    }
    return file.bytes
  }

  /// A plausible value: near the target in force when there is one, otherwise near a typical
  /// figure for the unit.
  private static func value(
    of indicator: IndicatorDescription, in year: Int, random: inout RegionRandom
  ) -> (number: Double, decimals: Int) {
    let decimals: Int
    var bounds = 0.0...1e6
    var typical: (mean: Double, spread: Double)
    switch indicator.unit {
    case .percent:
      (decimals, bounds, typical) = (1, 0...100, (70, 15))
    case .count:
      (decimals, typical) = (0, (6, 3))
    case .points:
      (decimals, bounds, typical) = (1, 0...100, (62, 8))
    case .mark:
      (decimals, bounds, typical) = (2, 2...5, (3.8, 0.3))
    case .kilometres, .index:
      (decimals, typical) = (1, (50, 10))
    }
    if let target = indicator.target?.value(in: AcademicYear(year)) {
      typical = (target, max(abs(target) * 0.1, typical.spread / 3))
    }
    let drawn = random.normal(mean: typical.mean, deviation: typical.spread)
    let scale = [1.0, 10, 100][decimals]
    let clamped = min(max(drawn, bounds.lowerBound), bounds.upperBound)
    return ((clamped * scale).rounded(.toNearestOrAwayFromZero) / scale, decimals)
  }

  /// `procedure,date`, in date order: each procedure's occurrences carried out in the years given.
  static func records(
    _ pack: RulePack, years: [Int], dialect: RegionDialect, random: inout RegionRandom
  ) -> [UInt8] {
    var file = RegionCSVWriter(dialect)
    file.row(["procedure", "date"])
    guard let plan = try? pack.monitoringPlan(), let latest = years.max() else {
      return file.bytes
    }
    // The latest year is under way: only what opened before 1 March has been done, if at all.
    let asOf = DayNumber.of(year: latest, month: 3, day: 1) - 1
    var done: [(day: Int, procedure: String)] = []
    for year in years {
      let yearStart = DayNumber.of(year: year - 1, month: 9, day: 1)
      let yearEnd = DayNumber.of(year: year, month: 8, day: 31)
      for occurrence in plan.calendar(for: AcademicYear(year)) {
        var first = yearStart
        var last = yearEnd
        if let window = occurrence.window {
          first = DayNumber.of(window.lowerBound)
          last = DayNumber.of(window.upperBound)
        }
        if year == latest { last = min(last, asOf) }
        guard first <= last, random.chance(year == latest ? 0.7 : 0.85) else { continue }
        let day = first + random.integer(below: last - first + 1)
        done.append((day, occurrence.procedure.id.rawValue))
      }
    }
    done.sort { ($0.day, $0.procedure) < ($1.day, $1.procedure) }
    var previous: (day: Int, procedure: String)?
    for record in done {
      // Two occurrences on one day would be the same record twice, which the reader rejects.
      if let previous, previous == record { continue }
      previous = record
      file.text(record.procedure)
      file.text(DayNumber.text(record.day, dialect: dialect))
      file.endRow()
    }
    return file.bytes
  }
}

/// Days counted from 1 March of year 0 of the proleptic Gregorian calendar, in integer arithmetic
/// (no `Calendar`, whose time zone and locale the output must not depend on).
enum DayNumber {
  /// The day number of a date.
  static func of(year: Int, month: Int, day: Int) -> Int {
    let shifted = month <= 2 ? year - 1 : year
    let era = (shifted >= 0 ? shifted : shifted - 399) / 400
    let yearOfEra = shifted - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra
  }

  /// The day number of a calendar date.
  static func of(_ date: CalendarDate) -> Int {
    of(year: date.year, month: date.month, day: date.day)
  }

  /// The date of a day number, `YYYY-MM-DD`, or `DD.MM.YYYY` in the Excel dialect.
  static func text(_ number: Int, dialect: RegionDialect) -> String {
    let era = (number >= 0 ? number : number - 146_096) / 146_097
    let dayOfEra = number - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let shiftedMonth = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
    let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    return dialect == .excel
      ? "\(two(day)).\(two(month)).\(year)" : "\(year)-\(two(month))-\(two(day))"
  }
}
