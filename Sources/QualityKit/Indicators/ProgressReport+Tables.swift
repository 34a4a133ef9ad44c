/// The table of a progress report, for CSV and workbooks: `progress`, one row per indicator and
/// year, followed by one row per school value behind it.
///
/// A municipal row has an empty `school_id`; a school row has the school and its value only.
/// Years are academic years («2021/2022») with the end year in `year_end`; the unit, level,
/// status and trend are titles, with their ids in `…_id` columns for filters. A value hidden by
/// small-group suppression is an empty cell with the reason in the basis.
///
/// - Complexity: O(i · y · n) for i indicators, y years and n schools, when written.
extension ProgressReport {
  /// The progress table.
  public func tables(language: Language) -> [ExportTable] {
    let report = self
    return [
      ExportTable(
        id: "progress",
        title: LocalizedText(ru: "Целевые показатели", en: "Target indicators"),
        columns: [
          .code("indicator_id"), .init("показатель", "indicator"), .init("единица", "unit"),
          .code("unit_id"), .init("уровень", "level"), .code("level_id"),
          .init("год", "year"), .init("год окончания", "year_end", .integer),
          .code("school_id"), .init("школа", "school"),
          .init("факт", "actual", .decimal(places: 2)),
          .init("цель", "target", .decimal(places: 2)), .init("сравнение", "comparison"),
          .init("статус", "status"), .code("status_id"),
          .init("отклонение", "distance", .decimal(places: 2)), .init("тренд", "trend"),
          .code("trend_id"), .init("основание", "basis"),
        ], isMain: true
      ) { row in
        let language = row.language
        let names = ReadableNames(MetricCatalog.standard)
        let hiddenNote =
          language == .russian
          ? "значение не выводится: менее \(report.minimumGroupSize) обучающихся или их число "
            + "неизвестно в одном из лет значения"
          : "the value is not shown: fewer than \(report.minimumGroupSize) students, or an "
            + "unknown number, in a year of the value"
        for progress in report.indicators {
          let d = progress.description
          func lead(_ year: AcademicYear) {
            row.code(d.id.rawValue)
            row.text(d.title[language])
            row.text(d.unit.symbol(in: language).trimmingSpaces)
            row.code(d.unit.rawValue)
            row.text(d.level.title(in: language))
            row.code(d.level.rawValue)
            row.text(year.description)
            row.integer(year.endYear)
          }
          let comparison = d.target?.comparison.title(in: language) ?? ""
          for line in progress.rows {
            let show = line.mayShowValue
            lead(line.year)
            row.empty()
            row.empty()
            row.number(show ? line.value : nil)
            row.number(line.target)
            row.text(comparison)
            row.text(line.status.title(in: language))
            row.code(line.status.rawValue)
            row.number(show ? line.distance : nil)
            row.text(progress.trend.title(in: language))
            row.code(progress.trend.rawValue)
            row.text(
              show || line.value == nil
                ? names.text(line.actual.note[language], in: language) : hiddenNote)
            row.endRow()
            for entry in line.schools {
              lead(line.year)
              row.code(entry.school.rawValue)
              row.text(report.schoolNames[entry.school] ?? "")
              row.number(entry.mayShowValue ? entry.value : nil)
              for _ in 0..<7 { row.empty() }
              row.text(
                entry.mayShowValue
                  ? names.text(d.schoolValueMeaning?[language] ?? "", in: language) : hiddenNote)
              row.endRow()
            }
          }
        }
      }
    ]
  }
}

extension String {
  /// The text without spaces at either end: a unit symbol is « %» after a number.
  fileprivate var trimmingSpaces: String {
    var text = Substring(self)
    while text.first == " " { text.removeFirst() }
    while text.last == " " { text.removeLast() }
    return String(text)
  }
}
