import ExampleData
import Foundation
import QualityKit

/// The command line of `plan-support`, parsed by hand: the package takes no dependencies.
struct Options {
  /// Which social index the partner matching prefers similar schools by.
  enum SocialIndex: Equatable {
    /// The pack's own social index when it has one (see `PlanSupport.socialIndexIDs`), else none.
    case packDefault
    /// No social preference: the strongest free partner of the municipality.
    case none
    /// An index of the packs, by id.
    case id(IndexID)
  }

  /// What the document holds.
  enum Section: String {
    case all, roadmaps, partners
  }

  var schools: String?
  var workbook: String?
  var values: [String] = []
  var benchmarks: String?
  var decisions: String?
  var packs = PackSelection()
  var year: Int?
  var academicYear: AcademicYear?
  var capacity = 2
  var socialIndex = SocialIndex.packDefault
  var section = Section.all
  /// The table `--section` named (`municipal-roadmap`, `school-roadmaps`), for CSV and XLSX.
  var table: String?
  var format = ReportFormat.text
  var language = Language.russian
  var out: String?
  var describe = false
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
      case "--pack":
        let list = try value()
        guard !list.split(separator: ",").isEmpty else {
          throw UsageError(ru: "--pack: не указан пакет", en: "--pack: no pack named")
        }
        packs.names = list
      case "--pack-file": packs.files.append(try value())
      case "--assume-large-when-unknown": assumeLargeWhenUnknown = true
      case "--year":
        let text = try value()
        guard let year = Int(text), (1900...2200).contains(year) else {
          throw UsageError(ru: "--year: «\(text)» — не год", en: "--year: '\(text)' is not a year")
        }
        self.year = year
      case "--academic-year":
        let text = try value()
        guard let year = Self.academicYear(text) else {
          throw UsageError(
            ru: "--academic-year: ожидается учебный год вида 2022/2023, получено «\(text)»",
            en: "--academic-year: expected an academic year such as 2022/2023, got '\(text)'")
        }
        academicYear = year
      case "--capacity":
        let text = try value()
        guard let capacity = Int(text), capacity >= 1 else {
          throw UsageError(
            ru: "--capacity: ожидается целое число не меньше 1, получено «\(text)»",
            en: "--capacity: expected a whole number of at least 1, got '\(text)'")
        }
        self.capacity = capacity
      case "--social-index":
        let text = try value()
        socialIndex = text == "none" ? .none : .id(IndexID(text))
      case "--section":
        let text = try value()
        if ["municipal-roadmap", "school-roadmaps"].contains(text) {
          // A table of the roadmaps: only the plan is made.
          section = .roadmaps
          table = text
        } else {
          guard let section = Section(rawValue: text) else {
            throw UsageError(
              ru: "--section: ожидается all, roadmaps, partners, municipal-roadmap или "
                + "school-roadmaps, получено «\(text)»",
              en: "--section: expected all, roadmaps, partners, municipal-roadmap or "
                + "school-roadmaps, got '\(text)'")
          }
          self.section = section
        }
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
      case "--describe": describe = true
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
    if table != nil, !format.isTable {
      throw UsageError(
        ru: "--section \(table ?? ""): таблица — для --format csv или xlsx",
        en: "--section \(table ?? ""): a table is for --format csv or xlsx")
    }
    try ExampleData.checkDataFiles(
      workbook: workbook, schools: schools, values: values, benchmarks: benchmarks)
  }

  /// `2022/2023` as the academic year ending in 2023; `nil` unless the two years are consecutive
  /// and within 1900…2200, the range `--year` accepts.
  static func academicYear(_ text: String) -> AcademicYear? {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCIIDigit) }),
      let start = Int(parts[0]), let end = Int(parts[1]), end == start + 1,
      (1900...2200).contains(end)
    else { return nil }
    return AcademicYear(end)
  }

  /// Where the document goes: the file named by `--out`, or standard output.
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
    language == .russian ? "Справка: plan-support --help" : "Help: plan-support --help"
  }

  static func usage(_ language: Language) -> String {
    switch language {
    case .russian:
      return """
        plan-support — дорожные карты поддержки ШНОР/ШНСУ и школы-партнёры

        Использование:
          plan-support                       пример: 9 школ г. Лесосибирска, пакет krasnoyarsk
          plan-support --schools S.csv --values V.csv [--values V2.csv] [--benchmarks B.csv]
                       [--pack krasnoyarsk[,…]] [--pack-file ПАКЕТ.json]… [--year 2022]
                       [--academic-year 2022/2023] [--capacity 2] [--social-index ID|none]
                       [--section all|roadmaps|partners|ТАБЛИЦА] [--format text|markdown|html|json|csv|xlsx]
                       [--lang ru|en] [--out ФАЙЛ] [--decisions РЕШЕНИЯ.csv]
                       [--assume-large-when-unknown]
          plan-support --describe [--pack …] [--pack-file …] [--format text|markdown|html|json]

        Школы выявляются за учебный год --year (2022 = 2021/2022; по умолчанию последний год,
        за который есть значения не менее чем у половины школ), а дорожные карты строятся на СЛЕДУЮЩИЙ учебный год: по данным 2021/2022 —
        на 2022/2023. --academic-year задаёт планируемый год явно.
        --assume-large-when-unknown  считать школу без известной численности обучающихся
                     достаточно большой: по умолчанию её значения не выводятся (как при численности
                     менее 5 в любом году, из которого они берутся)
        --pack-file     пакет правил из JSON-файла (qualitykit.pack/1, может расширять встроенный
                        пакет или другой файл через «extends»); без --pack используются только
                        пакеты из файлов; пакет, расширенный другим указанным пакетом, отдельно не
                        запускается
        --capacity      сколько выявленных школ принимает одна сильная школа (не меньше 1)
        --social-index  индекс, по которому подбирается партнёр с похожими условиями; по умолчанию
                        социальный индекс пакета (krasnoyarsk — index.social_wellbeing, amur —
                        index.amur.social_wellbeing), у остальных пакетов — без индекса; none —
                        без индекса
        --section       all — карты и партнёры; roadmaps — только карты; partners — только пары;
                        для csv и xlsx также одна таблица: municipal-roadmap, school-roadmaps
        --workbook      книга Excel (.xlsx) с листами schools/школы, values/значения,
                        benchmarks/эталоны, decisions/решения; явные --schools и другие
                        заменяют её листы; вместо любого CSV можно дать КНИГА.xlsx или КНИГА.xlsx:ЛИСТ
        --decisions     решения органа управления (school_id;category;decision;act;date;reason):
                        карты и партнёры — по спискам с их учётом
        --describe      меры поддержки пакетов с источниками (и остальное содержание пакетов)
        CSV (Excel: «;», десятичная запятая, UTF-8 с BOM): по таблице на файл — в вывод
        муниципальная карта (или --section), с --out ФАЙЛ.csv ещё ФАЙЛ.school-roadmaps.csv и
        ФАЙЛ.partners.csv; xlsx — книга Excel с листом на каждую таблицу (с --out).
        Коды выхода: 0 — успех, 1 — ошибка данных или пакета, 2 — ошибка в аргументах.
        """
    case .english:
      return """
        plan-support — support roadmaps for ШНОР/ШНСУ schools and partner schools

        Usage:
          plan-support                       sample: 9 Lesosibirsk schools, pack krasnoyarsk
          plan-support --schools S.csv --values V.csv [--values V2.csv] [--benchmarks B.csv]
                       [--pack krasnoyarsk[,…]] [--pack-file PACK.json]… [--year 2022]
                       [--academic-year 2022/2023] [--capacity 2] [--social-index ID|none]
                       [--section all|roadmaps|partners|TABLE] [--format text|markdown|html|json|csv|xlsx]
                       [--lang ru|en] [--out FILE] [--decisions DECISIONS.csv]
                       [--assume-large-when-unknown]
          plan-support --describe [--pack …] [--pack-file …] [--format text|markdown|html|json]

        Schools are identified for the academic year --year (2022 = 2021/2022; by default the
        latest year with values for at least half of the schools) and the roadmaps plan the academic year that FOLLOWS: data of
        2021/2022 give roadmaps for 2022/2023. --academic-year sets the planned year explicitly.
        --assume-large-when-unknown  take a school without a known enrolment as large enough:
                     by default its values are not shown (as with fewer than 5 students in any
                     year they come from)
        --pack-file     a rule pack from a JSON file (qualitykit.pack/1; it may extend a built-in
                        pack or another file with "extends"); without --pack only the files' packs
                        are used; a pack extended by another pack given does not run on its own
        --capacity      how many identified schools one strong school takes (at least 1)
        --social-index  the index by which a partner in similar conditions is chosen; by default
                        the pack's social index (krasnoyarsk: index.social_wellbeing, amur:
                        index.amur.social_wellbeing), none for the other packs; none: no index
        --section       all: roadmaps and partners; roadmaps: roadmaps only; partners: pairs only;
                        for csv and xlsx also one table: municipal-roadmap, school-roadmaps
        --workbook      an Excel workbook (.xlsx) with sheets schools/школы, values/значения,
                        benchmarks/эталоны, decisions/решения; explicit --schools and others
                        replace its sheets; any CSV may be given as BOOK.xlsx or BOOK.xlsx:SHEET
        --decisions     an authority's decisions (school_id;category;decision;act;date;reason):
                        roadmaps and partners follow the decided lists
        --describe      the packs' support measures with their sources (and the rest of the packs)
        CSV (Excel: ';', decimal comma, UTF-8 with BOM; ',' and decimal points with --lang en): a
        table per file: the municipal roadmap to the output (or --section), with --out FILE.csv
        also FILE.school-roadmaps.csv and FILE.partners.csv; xlsx: an Excel workbook with a sheet
        per table (with --out).
        Exit status: 0 success, 1 data or pack error, 2 usage error.
        """
    }
  }
}

extension Character {
  /// `0`…`9`: `Int("+2022")` would also accept a sign.
  fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
