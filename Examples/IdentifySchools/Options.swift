import ExampleData
import Foundation
import QualityKit

/// The command line of `identify-schools`, parsed by hand: the package takes no dependencies.
struct Options {
  var schools: String?
  var workbook: String?
  var values: [String] = []
  var benchmarks: String?
  var decisions: String?
  var packs = PackSelection()
  var exportPack: String?
  var year: Int?
  var cohort = Cohort.Scope.all
  var overrides: [ParameterKey: Double] = [:]
  var format = ReportFormat.text
  var language = Language.russian
  var out: String?
  var section: String?
  var describe = false
  var metrics = false
  var school: String?
  var mode = CSVSource.ReadMode.strict
  var assumeLargeWhenUnknown = false
  var help = false

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
      case "--pack": packs.names = try value()
      case "--pack-file": packs.files.append(try value())
      case "--export-pack": exportPack = try value()
      case "--year":
        let text = try value()
        guard let year = Int(text), (1900...2200).contains(year) else {
          throw UsageError(ru: "--year: «\(text)» — не год", en: "--year: '\(text)' is not a year")
        }
        self.year = year
      case "--cohort":
        let text = try value()
        guard let cohort = Cohort.Scope(rawValue: text) else {
          throw UsageError(
            ru: "--cohort: ожидается all, municipality или region, получено «\(text)»",
            en: "--cohort: expected all, municipality or region, got '\(text)'")
        }
        self.cohort = cohort
      case "--set":
        let text = try value()
        guard let equals = text.firstIndex(of: "=") else {
          throw UsageError(
            ru: "--set: ожидается ПАРАМЕТР=ЗНАЧЕНИЕ, получено «\(text)»",
            en: "--set: expected KEY=VALUE, got '\(text)'")
        }
        let key = ParameterKey(String(text[..<equals]))
        let raw = String(text[text.index(after: equals)...])
        guard let number = Double(raw.replacingOccurrences(of: ",", with: ".")), number.isFinite
        else {
          throw UsageError(
            ru: "--set: значение «\(raw)» параметра «\(key)» — не число",
            en: "--set: value '\(raw)' of '\(key)' is not a number")
        }
        overrides[key] = number
      case "--format":
        let text = try value()
        guard let format = ReportFormat(rawValue: text) else {
          throw UsageError(
            ru: "--format: ожидается text, markdown, html, json, csv или xlsx, получено «\(text)»",
            en: "--format: expected text, markdown, html, json, csv or xlsx, got '\(text)'")
        }
        self.format = format
      case "--lang":
        let text = try value()
        guard let language = Language(rawValue: text) else {
          throw UsageError(
            ru: "--lang: ожидается ru или en, получено «\(text)»",
            en: "--lang: expected ru or en, got '\(text)'")
        }
        self.language = language
      case "--out": out = try value()
      case "--section": section = try value()
      case "--describe": describe = true
      case "--metrics": metrics = true
      case "--school": school = try value()
      case "--collect": mode = .collecting
      case "--assume-large-when-unknown": assumeLargeWhenUnknown = true
      case "--help", "-h": help = true
      default:
        throw UsageError(
          ru: "неизвестный аргумент «\(reader.argument)»",
          en: "unknown argument '\(reader.argument)'")
      }
    }
    if describe, format.isTable {
      throw UsageError(
        ru: "--describe выводит text, markdown, html или json, не \(format.rawValue)",
        en: "--describe writes text, markdown, html or json, not \(format.rawValue)")
    }
    if school != nil, format.isTable {
      throw UsageError(
        ru: "--school выводит text, markdown, html или json, не \(format.rawValue)",
        en: "--school writes text, markdown, html or json, not \(format.rawValue)")
    }
    if section != nil, !format.isTable {
      throw UsageError(
        ru: "--section выбирает таблицу для --format csv или xlsx",
        en: "--section picks a table for --format csv or xlsx")
    }
    if school != nil, describe || metrics {
      throw UsageError(
        ru: "--school не сочетается с --describe и --metrics",
        en: "--school does not go with --describe or --metrics")
    }
    try ExampleData.checkDataFiles(
      workbook: workbook, schools: schools, values: values, benchmarks: benchmarks)
  }

  func output() throws(RunError) -> FileOutput {
    try ExampleData.output(to: out, language: language)
  }

  /// Takes the data files `--workbook` holds: each sheet no explicit option replaces (see
  /// ``ExampleData/workbookSheets(_:requiring:)``).
  mutating func useWorkbook() throws(CSVError) {
    _ = try ExampleData.useWorkbook(
      workbook, schools: &schools, values: &values, benchmarks: &benchmarks,
      decisions: &decisions)
  }

  static func usageHint(_ language: Language) -> String {
    language == .russian ? "Справка: identify-schools --help" : "Help: identify-schools --help"
  }

  static func usage(_ language: Language) -> String {
    switch language {
    case .russian:
      return """
        identify-schools — идентификация ШНОР и ШНСУ по критериям региональных программ

        Использование:
          identify-schools                         пример: 9 школ г. Лесосибирска, пакет krasnoyarsk
          identify-schools --schools S.csv --values V.csv [--values V2.csv] [--benchmarks B.csv]
                           [--pack krasnoyarsk[,…]] [--pack-file ПАКЕТ.json]…
                           [--year 2022] [--cohort all|municipality|region]
                           [--set ПАРАМЕТР=ЗНАЧЕНИЕ]… [--format text|markdown|html|json|csv|xlsx]
                           [--section ТАБЛИЦА] [--lang ru|en] [--out ФАЙЛ] [--collect]
                           [--decisions РЕШЕНИЯ.csv] [--assume-large-when-unknown]
          identify-schools --describe [--pack …] [--pack-file …] [--format text|markdown|html|json]
          identify-schools --export-pack krasnoyarsk [--out ПАКЕТ.json]
          identify-schools --metrics [--format text|markdown|html|json|csv|xlsx]
          identify-schools --school LES05 [--pack …] [данные как выше] [--format text|markdown|html|json]

        --pack-file   пакет правил из JSON-файла (qualitykit.pack/1, может расширять встроенный
                      пакет или другой файл через «extends»); без --pack используются только
                      пакеты из файлов; пакет, расширенный другим указанным пакетом, отдельно не
                      запускается
        --export-pack записать встроенный пакет в JSON (образец для своего пакета)
        --metrics     словарь показателей: ключи, названия, единицы, диапазоны, направления
        --school      почему школа в списке или нет: все критерии всех пакетов и правила категорий
        --workbook    книга Excel (.xlsx) с листами schools/школы, values/значения,
                      benchmarks/эталоны, decisions/решения; явные --schools и другие
                      заменяют её листы; вместо любого CSV можно дать КНИГА.xlsx или КНИГА.xlsx:ЛИСТ
        --decisions   решения органа управления после правил: school_id;category;decision;act;
                      date;reason (include/exclude или включить/исключить)
        --format      text — сводка: итоги, таблица по муниципалитетам, списки; markdown — полный
                      отчёт: ещё таблица критериев, карточка каждой школы из списков, параметры;
                      csv — таблица schools (школа × критерий); xlsx — книга Excel со всеми
                      таблицами (только с --out или в перенаправленный вывод)
        --section     одна таблица для csv или xlsx: summary, municipalities, schools,
                      parameters, issues; с --out ФАЙЛ.csv без --section — файл на каждую
                      таблицу (ФАЙЛ.csv — schools, ФАЙЛ.summary.csv и т. д.)

        --collect   не останавливаться на первой ошибке в данных: отклонённые ячейки перечисляются
                    в отчёте как замечания и считаются отсутствующими
        --assume-large-when-unknown  считать школу без известной численности обучающихся
                     достаточно большой: по умолчанию её значения не выводятся (как при численности
                     менее 5 в любом году, из которого они берутся)
        Коды выхода: 0 — успех, 1 — ошибка данных или пакета, 2 — ошибка в аргументах.
        """
    case .english:
      return """
        identify-schools — identify ШНОР and ШНСУ schools by the criteria of regional programmes

        Usage:
          identify-schools                         sample: 9 Lesosibirsk schools, pack krasnoyarsk
          identify-schools --schools S.csv --values V.csv [--values V2.csv] [--benchmarks B.csv]
                           [--pack krasnoyarsk[,…]] [--pack-file PACK.json]…
                           [--year 2022] [--cohort all|municipality|region]
                           [--set KEY=VALUE]… [--format text|markdown|html|json|csv|xlsx]
                           [--section TABLE] [--lang ru|en] [--out FILE] [--collect]
                           [--decisions DECISIONS.csv] [--assume-large-when-unknown]
          identify-schools --describe [--pack …] [--pack-file …] [--format text|markdown|html|json]
          identify-schools --export-pack krasnoyarsk [--out PACK.json]
          identify-schools --metrics [--format text|markdown|html|json|csv|xlsx]
          identify-schools --school LES05 [--pack …] [data as above] [--format text|markdown|html|json]

        --pack-file   a rule pack from a JSON file (qualitykit.pack/1; it may extend a built-in
                      pack or another file with "extends"); without --pack only the files' packs
                      are used; a pack extended by another pack given does not run on its own
        --export-pack write a built-in pack as JSON (a template for your own pack)
        --metrics     the metric dictionary: keys, titles, units, ranges, directions
        --school      why a school is (not) on a list: every criterion of every pack and the rules
        --workbook    an Excel workbook (.xlsx) with sheets schools/школы, values/значения,
                      benchmarks/эталоны, decisions/решения; explicit --schools and others
                      replace its sheets; any CSV may be given as BOOK.xlsx or BOOK.xlsx:SHEET
        --decisions   an authority's decisions, applied after the rules: school_id;category;
                      decision;act;date;reason (include/exclude or включить/исключить)
        --format      text: the summary (totals, the table by municipality, the lists); markdown:
                      the full report (also the criterion table, a card per listed school, the
                      parameters); csv: the schools table (school × criterion); xlsx: an Excel
                      workbook of every table (with --out or redirected output only)
        --section     one table for csv or xlsx: summary, municipalities, schools, parameters,
                      issues; with --out FILE.csv and no --section, a file per table (FILE.csv
                      holds schools, FILE.summary.csv and so on)

        --collect   do not stop at the first data error: rejected cells are listed in the report as
                    issues and treated as missing
        --assume-large-when-unknown  take a school without a known enrolment as large enough:
                     by default its values are not shown (as with fewer than 5 students in any
                     year they come from)
        Exit status: 0 success, 1 data or pack error, 2 usage error.
        """
    }
  }
}
