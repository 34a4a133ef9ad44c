import Foundation
import QualityKit

/// The command line of `track-indicators`.
struct Options {
  static let usage = """
    track-indicators — целевые показатели, календарь мониторинга, история идентификации

      track-indicators [--schools S.csv --values V.csv [--values V2.csv] [--benchmarks B.csv]]
                       [--reported R.csv] [--records M.csv] [--pack krasnoyarsk] [--year 2022]
                       [--as-of 2022-03-01] [--section all|progress|monitoring|history]
                       [--format text|markdown|json|csv] [--lang ru|en] [--out FILE]

    Без файлов — встроенный пример (9 школ г. Лесосибирска, пакет krasnoyarsk).
    --reported   indicator;year;value[;school_id] — значения показателей, собранные вручную
    --records    procedure;date — когда процедуры мониторинга были проведены
    --year       учебный год календаря мониторинга (2022 = 2021/2022); по умолчанию последний год данных
    --as-of      дата, на которую проверяются сроки (по умолчанию 1 марта года --year)
    --format csv выводит один раздел: укажите --section
    """

  var schools: String?
  var values: [String] = []
  var benchmarks: String?
  var reported: String?
  var records: String?
  var pack = "krasnoyarsk"
  var year: Int?
  var asOf: CalendarDate?
  var section = "all"
  var format = ReportFormat.text
  var language = Language.russian
  var out: String?
  var help = false

  init(_ arguments: ArraySlice<String>) throws(RunError) {
    var rest = arguments
    func value(_ flag: String) throws(RunError) -> String {
      guard let next = rest.popFirst() else { throw .usage("\(flag) needs a value") }
      return next
    }
    while let flag = rest.popFirst() {
      switch flag {
      case "--schools": schools = try value(flag)
      case "--values": values.append(try value(flag))
      case "--benchmarks": benchmarks = try value(flag)
      case "--reported": reported = try value(flag)
      case "--records": records = try value(flag)
      case "--pack": pack = try value(flag)
      case "--year":
        let text = try value(flag)
        guard let number = Int(text), (1900...2200).contains(number) else {
          throw .usage("--year: «\(text)» is not a year")
        }
        year = number
      case "--as-of":
        let text = try value(flag)
        guard let date = CalendarDate(text) else {
          throw .usage("--as-of: «\(text)» is not a date (YYYY-MM-DD or DD.MM.YYYY)")
        }
        asOf = date
      case "--section":
        section = try value(flag)
        guard ["all", "progress", "monitoring", "history"].contains(section) else {
          throw .usage("--section: «\(section)»; use all, progress, monitoring or history")
        }
      case "--format":
        let text = try value(flag)
        guard let parsed = ReportFormat(rawValue: text) else {
          throw .usage("--format: «\(text)»; use text, markdown, json or csv")
        }
        format = parsed
      case "--lang":
        switch try value(flag) {
        case "ru": language = .russian
        case "en": language = .english
        case let other: throw .usage("--lang: «\(other)»; use ru or en")
        }
      case "--out": out = try value(flag)
      case "--help", "-h": help = true
      default: throw .usage("unknown option \(flag); see --help")
      }
    }
    if schools != nil, values.isEmpty { throw .usage("--schools needs --values") }
    if schools == nil, !values.isEmpty { throw .usage("--values needs --schools") }
    if format == .csv, section == "all" {
      throw .usage("--format csv writes one section: add --section progress|monitoring|history")
    }
    if format == .csv, section == "history" {
      throw .usage("the history has no CSV form: use text, markdown or json")
    }
  }

  /// Where the report goes: the file named by `--out`, or standard output.
  func output() throws(RunError) -> FileOutput {
    guard let out else { return FileOutput.standardOutput() }
    do {
      return try FileOutput(path: out)
    } catch {
      throw .data("\(out): \(error)")
    }
  }
}
