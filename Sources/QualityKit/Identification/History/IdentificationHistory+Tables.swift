/// The tables of an identification history, for CSV and workbooks: `history` (the main table),
/// one row per school, category and year, and `history-summary`, one row per category and year.
///
/// A school's status in a year is a title («в списке», «не в списке», «не определено») with its id
/// in `status_id`; an entry onto the list or an exit from it is named in `change`
/// («вход», «выход»), read between determined years as the history reads it. A year without any
/// values was not run: every school is undetermined in it, and the summary says so.
///
/// - Complexity: O(s · c · y) for s schools, c categories and y years, when written.
extension IdentificationHistory {
  /// The school table and the summary by category and year.
  public func tables(language: Language) -> [ExportTable] {
    let history = self
    let school = ExportTable(
      id: "history", title: LocalizedText(ru: "История по школам", en: "History by school"),
      columns: [
        .code("school_id"), .init("школа", "school"), .init("муниципалитет", "municipality"),
        .init("категория", "category"), .code("category_id"), .init("год", "year"),
        .init("год окончания", "year_end", .integer), .init("статус", "status"),
        .code("status_id"), .init("изменение", "change"), .code("change_id"),
      ], isMain: true
    ) { row in
      let language = row.language
      for entry in history.schools {
        for track in entry.tracks {
          for (year, status) in zip(track.years, track.statuses) {
            row.code(entry.school.id.rawValue)
            row.text(entry.school.name)
            row.text(entry.school.municipality)
            row.text(track.category.title[language])
            row.code(track.category.id)
            row.text(year.description)
            row.integer(year.endYear)
            row.text(Self.title(of: status)[language])
            row.code(status.rawValue)
            let change: (id: String, title: LocalizedText)? =
              track.entered(in: year)
              ? ("entry", LocalizedText(ru: "вход", en: "entry"))
              : track.exited(in: year) ? ("exit", LocalizedText(ru: "выход", en: "exit")) : nil
            row.text(change?.title[language] ?? "")
            row.code(change?.id ?? "")
            row.endRow()
          }
        }
      }
    }
    let summary = ExportTable(
      id: "history-summary",
      title: LocalizedText(ru: "История по категориям", en: "History by category"),
      columns: [
        .init("категория", "category"), .code("category_id"), .init("год", "year"),
        .init("год окончания", "year_end", .integer),
        .init("идентификация проведена", "identification run"),
        .init("в списке", "on the list", .integer), .init("вошли", "entered", .integer),
        .init("вышли", "left", .integer), .init("не определено", "undetermined", .integer),
      ]
    ) { row in
      let language = row.language
      for category in history.summaries {
        for year in category.years {
          row.text(category.category.title[language])
          row.code(category.category.id)
          row.text(year.year.description)
          row.integer(year.year.endYear)
          row.text(
            year.wasRun
              ? (language == .russian ? "да" : "yes") : (language == .russian ? "нет" : "no"))
          row.integer(year.onList.count)
          row.integer(year.entries.count)
          row.integer(year.exits.count)
          row.integer(year.undetermined.count)
          row.endRow()
        }
      }
    }
    return [school, summary]
  }

  /// A status in words.
  static func title(of status: Status) -> LocalizedText {
    switch status {
    case .on: LocalizedText(ru: "в списке", en: "on the list")
    case .off: LocalizedText(ru: "не в списке", en: "off the list")
    case .undetermined: LocalizedText(ru: "не определено", en: "undetermined")
    }
  }
}
