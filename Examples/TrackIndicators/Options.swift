import ExampleData
import Foundation
import QualityKit

/// The command line of `track-indicators`, parsed by hand: the package takes no dependencies.
struct Options {
  var schools: String?
  var workbook: String?
  var values: [String] = []
  var benchmarks: String?
  var reported: String?
  var records: String?
  var decisions: String?
  var packs = PackSelection()
  var year: Int?
  var asOf: CalendarDate?
  var section = "all"
  /// The table `--section` named beyond the sections (`history-summary`), for CSV and XLSX.
  var table: String?
  var format = ReportFormat.text
  var language = Language.russian
  var out: String?
  var help = false
  var assumeLargeWhenUnknown = false

  /// The language asked for, looked up before full parsing so that usage errors speak it too.
  static func language(in arguments: [String]) -> Language {
    CommandLineReader.language(in: arguments)
  }

  init(parsing arguments: [String]) throws(UsageError) {
    var reader = CommandLineReader(arguments)
    while let name = reader.nextName() {
      func value() throws(UsageError) -> String { try reader.value() }
      switch name {
      case "--schools": schools = try value()
      case "--workbook": workbook = try value()
      case "--values": values.append(try value())
      case "--benchmarks": benchmarks = try value()
      case "--decisions": decisions = try value()
      case "--reported": reported = try value()
      case "--records": records = try value()
      case "--pack": packs.names = try value()
      case "--pack-file": packs.files.append(try value())
      case "--assume-large-when-unknown": assumeLargeWhenUnknown = true
      case "--year":
        let text = try value()
        guard let number = Int(text), (1900...2200).contains(number) else {
          throw UsageError(ru: "--year: «\(text)» — не год", en: "--year: '\(text)' is not a year")
        }
        year = number
      case "--as-of":
        let text = try value()
        guard let date = CalendarDate(text) else {
          throw UsageError(
            ru: "--as-of: «\(text)» — не дата (ГГГГ-ММ-ДД или ДД.ММ.ГГГГ)",
            en: "--as-of: '\(text)' is not a date (YYYY-MM-DD or DD.MM.YYYY)")
        }
        asOf = date
      case "--section":
        section = try value()
        if section == "history-summary" {
          // The history's second table: the history is made, its summary written.
          table = section
          section = "history"
        }
        guard ["all", "progress", "programme", "monitoring", "history"].contains(section) else {
          throw UsageError(
            ru: "--section: ожидается all, progress, programme, monitoring, history или "
              + "history-summary, получено «\(section)»",
            en: "--section: expected all, progress, programme, monitoring, history or "
              + "history-summary, got '\(section)'")
        }
      case "--format":
        let text = try value()
        guard let parsed = ReportFormat(rawValue: text) else {
          throw UsageError(
            ru: "--format: ожидается text, markdown, html, json, csv или xlsx, получено «\(text)»",
            en: "--format: expected text, markdown, html, json, csv or xlsx, got '\(text)'")
        }
        format = parsed
      case "--lang":
        let text = try value()
        guard let parsed = Language(rawValue: text) else {
          throw UsageError(
            ru: "--lang: ожидается ru или en, получено «\(text)»",
            en: "--lang: expected ru or en, got '\(text)'")
        }
        language = parsed
      case "--out": out = try value()
      case "--help", "-h": help = true
      default:
        throw UsageError(
          ru: "неизвестный аргумент «\(reader.argument)»",
          en: "unknown argument '\(reader.argument)'")
      }
    }
    if workbook == nil {
      if schools != nil, values.isEmpty {
        throw UsageError(ru: "--schools требует --values", en: "--schools needs --values")
      }
      if schools == nil, !values.isEmpty {
        throw UsageError(ru: "--values требует --schools", en: "--values needs --schools")
      }
    }
    if table != nil, !format.isTable {
      throw UsageError(
        ru: "--section history-summary: таблица — для --format csv или xlsx",
        en: "--section history-summary: a table is for --format csv or xlsx")
    }
    if format == .csv, section != "all", table == nil {
      // A section's main table: the history's school table, not its summary.
      table = section
    }
  }

  /// Where the report goes: the file named by `--out`, or standard output.
  func output() throws(RunError) -> FileOutput {
    try ExampleData.output(to: out, language: language)
  }

  /// Takes the data files `--workbook` holds: each sheet no explicit option replaces (see
  /// ``ExampleData/workbookSheets(_:requiring:)``).
  mutating func useWorkbook() throws(CSVError) {
    let sheets = try ExampleData.useWorkbook(
      workbook, schools: &schools, values: &values, benchmarks: &benchmarks,
      decisions: &decisions)
    if reported == nil { reported = sheets[.reported] }
    if records == nil { records = sheets[.monitoring] }
  }

  static func usageHint(_ language: Language) -> String {
    language == .russian ? "Справка: track-indicators --help" : "Help: track-indicators --help"
  }

  static func usage(_ language: Language) -> String {
    switch language {
    case .russian:
      return """
        track-indicators — целевые показатели, календарь мониторинга, история идентификации

          track-indicators [--schools S.csv --values V.csv [--values V2.csv] [--benchmarks B.csv]]
                           [--reported R.csv] [--records M.csv]
                           [--pack krasnoyarsk] [--pack-file ПАКЕТ.json]… [--year 2022]
                           [--as-of 2022-03-01] [--section all|progress|programme|monitoring|history]
                           [--format text|markdown|html|json|csv|xlsx] [--lang ru|en] [--out ФАЙЛ]
                           [--decisions РЕШЕНИЯ.csv] [--assume-large-when-unknown]

        Без файлов — встроенный пример (9 школ г. Лесосибирска, пакет krasnoyarsk).
        --reported   indicator;year;value[;school_id] — значения показателей, собранные вручную
        --records    procedure;date — когда процедуры мониторинга были проведены
        --pack-file  пакет правил из JSON-файла (qualitykit.pack/1); без --pack — только пакеты
                     из файлов. Отчёт ведётся по одной программе: --pack и --pack-file вместе
                     должны дать один пакет, не считая пакетов, расширенных другим указанным
                     («extends»). Пакет krasnoyarsk и пакеты, расширяющие его, читают на
                     примере его значения показателей и записи мониторинга.
        --year       учебный год календаря мониторинга, текущего этапа и статуса ожидаемых
                     результатов (2022 = 2021/2022); по умолчанию последний год, за который есть
                     значения не менее чем у половины школ
        --section    programme — текущий этап программы и статус каждого ожидаемого результата
        --assume-large-when-unknown  считать школу без известной численности обучающихся
                     достаточно большой: по умолчанию её значения не выводятся (как при численности
                     менее 5 в любом году, из которого они берутся)
        --as-of      дата, на которую проверяются сроки (по умолчанию 1 марта года --year)
        --workbook   книга Excel (.xlsx) с листами schools/школы, values/значения,
                     benchmarks/эталоны, decisions/решения, reported/отчётность, monitoring/мониторинг; явные --schools и другие
                     заменяют её листы; вместо любого CSV можно дать КНИГА.xlsx или КНИГА.xlsx:ЛИСТ
        --decisions  решения органа управления (school_id;category;decision;act;date;reason):
                     история учитывает их в списках последнего года
        --format csv  таблица на файл: progress, programme, monitoring, history,
                     history-summary; --section выбирает одну, без него в вывод идёт progress,
                     а с --out ФАЙЛ.csv — ещё ФАЙЛ.programme.csv и т. д.
        --format xlsx книга Excel с листом на каждую таблицу разделов (с --out)
        Коды выхода: 0 — успех, 1 — ошибка данных или пакета, 2 — ошибка в аргументах.
        """
    case .english:
      return """
        track-indicators — target indicators, the monitoring calendar, the identification history

          track-indicators [--schools S.csv --values V.csv [--values V2.csv] [--benchmarks B.csv]]
                           [--reported R.csv] [--records M.csv]
                           [--pack krasnoyarsk] [--pack-file PACK.json]… [--year 2022]
                           [--as-of 2022-03-01] [--section all|progress|programme|monitoring|history]
                           [--format text|markdown|html|json|csv|xlsx] [--lang ru|en] [--out FILE]
                           [--decisions DECISIONS.csv] [--assume-large-when-unknown]

        Without files: the bundled sample (9 Lesosibirsk schools, pack krasnoyarsk).
        --reported   indicator;year;value[;school_id]: indicator values collected by hand
        --records    procedure;date: when the monitoring procedures were carried out
        --pack-file  a rule pack from a JSON file (qualitykit.pack/1); without --pack only the
                     files' packs are used. The report follows one programme: --pack and
                     --pack-file together must give one pack, not counting packs extended by
                     another pack given ("extends"). On the sample, krasnoyarsk and the packs
                     that extend it read its reported values and monitoring records.
        --year       academic year of the monitoring calendar, the current stage and the status of
                     the expected results (2022 = 2021/2022); by default the latest year with
                     values for at least half of the schools
        --section    programme: the programme's current stage and each expected result's status
        --assume-large-when-unknown  take a school without a known enrolment as large enough:
                     by default its values are not shown (as with fewer than 5 students in any
                     year they come from)
        --as-of      the date deadlines are checked on (by default 1 March of --year)
        --workbook   an Excel workbook (.xlsx) with sheets schools/школы, values/значения,
                     benchmarks/эталоны, decisions/решения, reported/отчётность, monitoring/мониторинг; explicit --schools and others
                     replace its sheets; any CSV may be given as BOOK.xlsx or BOOK.xlsx:SHEET
        --decisions  an authority's decisions (school_id;category;decision;act;date;reason): the
                     history applies them to the lists of its last year
        --format csv  a table per file: progress, programme, monitoring, history,
                     history-summary; --section picks one; without it progress goes to the
                     output, and with --out FILE.csv also FILE.programme.csv and so on
        --format xlsx an Excel workbook with a sheet per table of the sections (with --out)
        Exit status: 0 success, 1 data or pack error, 2 usage error.
        """
    }
  }
}
