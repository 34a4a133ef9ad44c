import ExampleData
import QualityKit
import QualityRules
import RegionGenerator

/// The command line of `make-region`, parsed by hand: the package takes no dependencies.
struct Options {
  var directory: String?
  var schools: Int?
  var municipalities: Int?
  var years = [2020, 2021, 2022]
  var seed: UInt64 = 1
  var excel = false
  var programme = DefaultPacks.krasnoyarsk
  var language = Language.russian
  var help = false

  /// The largest region generated: far above any real one (Russia has about 40,000 schools), low
  /// enough that a typo cannot fill the disk.
  static let maximumSchools = 1_000_000

  init(parsing arguments: [String]) throws(UsageError) {
    var reader = CommandLineReader(arguments)
    while let name = reader.nextName() {
      func value() throws(UsageError) -> String { try reader.value() }
      switch name {
      case "--schools":
        schools = try Self.count(try value(), "--schools", 1...Self.maximumSchools)
      case "--municipalities":
        municipalities = try Self.count(try value(), "--municipalities", 1...Self.maximumSchools)
      case "--years": years = try Self.years(try value())
      case "--seed":
        let text = try value()
        guard let number = UInt64(text) else {
          throw UsageError(
            ru: "--seed: «\(text)» — не целое число от 0 до \(UInt64.max)",
            en: "--seed: '\(text)' is not a whole number from 0 to \(UInt64.max)")
        }
        seed = number
      case "--excel": excel = true
      case "--pack":
        let text = try value()
        guard let pack = DefaultPacks.pack(id: PackID(text)) else {
          let known = DefaultPacks.all.map(\.id.rawValue).joined(separator: ", ")
          throw UsageError(
            ru: "--pack: неизвестный пакет «\(text)»; есть: \(known)",
            en: "--pack: unknown pack '\(text)'; known: \(known)")
        }
        programme = pack
      case "--lang":
        let text = try value()
        guard let parsed = Language(rawValue: text) else {
          throw UsageError(
            ru: "--lang: ожидается ru или en, получено «\(text)»",
            en: "--lang: expected ru or en, got '\(text)'")
        }
        language = parsed
      case "--help", "-h": help = true
      default:
        guard !name.hasPrefix("-"), directory == nil else {
          throw UsageError(
            ru: "неизвестный аргумент «\(reader.argument)»",
            en: "unknown argument '\(reader.argument)'")
        }
        directory = name
      }
    }
    guard !help else { return }
    guard directory != nil else {
      throw UsageError(ru: "не указан каталог для файлов", en: "no output directory given")
    }
    guard schools != nil else {
      throw UsageError(ru: "не указано --schools N", en: "--schools N is missing")
    }
  }

  /// The generator's options.
  var region: RegionOptions {
    RegionOptions(
      schools: schools ?? 0, municipalities: municipalities, years: years, seed: seed,
      dialect: excel ? .excel : .plain, programme: programme)
  }

  private static func count(_ text: String, _ option: String, _ range: ClosedRange<Int>)
    throws(UsageError) -> Int
  {
    guard let number = Int(text), range.contains(number) else {
      throw UsageError(
        ru: "\(option): «\(text)» — ожидается целое число от \(range.lowerBound) до "
          + "\(range.upperBound)",
        en: "\(option): '\(text)' — expected a whole number from \(range.lowerBound) to "
          + "\(range.upperBound)")
    }
    return number
  }

  /// `2020-2022` (a range) or `2020,2021,2022` (a list): increasing years 1900–2200, at most 30.
  static func years(_ text: String) throws(UsageError) -> [Int] {
    let invalid = UsageError(
      ru: "--years: «\(text)» — ожидается диапазон 2020-2022 или список 2020,2021,2022 "
        + "(годы 1900–2200 по возрастанию, не больше 30)",
      en: "--years: '\(text)' — expected a range 2020-2022 or a list 2020,2021,2022 "
        + "(increasing years 1900–2200, at most 30)")
    let years: [Int]
    let bounds = text.split(separator: "-", omittingEmptySubsequences: false)
    if bounds.count == 2 {
      guard let first = Int(bounds[0]), let last = Int(bounds[1]), first <= last,
        last - first < 30
      else { throw invalid }
      years = Array(first...last)
    } else {
      let parts = text.split(separator: ",", omittingEmptySubsequences: false)
      let parsed = parts.compactMap { Int($0) }
      guard parsed.count == parts.count else { throw invalid }
      years = parsed
    }
    guard !years.isEmpty, years.count <= 30, years.allSatisfy((1900...2200).contains),
      zip(years, years.dropFirst()).allSatisfy({ $0 < $1 })
    else { throw invalid }
    return years
  }

  static func usageHint(_ language: Language) -> String {
    language == .russian ? "Справка: make-region --help" : "Help: make-region --help"
  }

  static func usage(_ language: Language) -> String {
    switch language {
    case .russian:
      return """
        make-region — синтетический регион в форматах CSV QualityKit

          make-region КАТАЛОГ --schools N [--municipalities M] [--years 2020-2022] [--seed S]
                      [--excel] [--pack krasnoyarsk|amur|khabarovsk|krasnodar] [--lang ru|en]

        Пишет в КАТАЛОГ schools.csv, values.csv, benchmarks.csv, reported.csv и
        monitoring-records.csv. Одни и те же аргументы дают побайтно одинаковые файлы на любой
        платформе.
        --municipalities  число муниципалитетов (по умолчанию одно на 40 школ)
        --years           годы данных: диапазон 2020-2022 или список 2020,2021,2022
        --seed            зерно генератора, целое число ≥ 0 (по умолчанию 1)
        --excel           «;», десятичная запятая и BOM, как сохраняет Excel с русскими настройками;
                          без него — «,», десятичная точка, UTF-8 без BOM
        --pack            чья программа в reported.csv и monitoring-records.csv (по умолчанию
                          krasnoyarsk); остальные файлы от него не зависят
        Коды выхода: 0 — успех, 1 — не удалось записать файлы, 2 — ошибка в аргументах.
        """
    case .english:
      return """
        make-region — a synthetic region in QualityKit's CSV formats

          make-region DIR --schools N [--municipalities M] [--years 2020-2022] [--seed S]
                      [--excel] [--pack krasnoyarsk|amur|khabarovsk|krasnodar] [--lang ru|en]

        Writes schools.csv, values.csv, benchmarks.csv, reported.csv and monitoring-records.csv
        into DIR. The same arguments give byte-identical files on every platform.
        --municipalities  the number of municipalities (default: one per 40 schools)
        --years           years of data: a range 2020-2022 or a list 2020,2021,2022
        --seed            the generator's seed, a whole number ≥ 0 (default 1)
        --excel           ';', decimal comma and a BOM, as Excel with Russian settings saves;
                          without it ',', a decimal point, UTF-8 without a BOM
        --pack            whose programme reported.csv and monitoring-records.csv follow (default
                          krasnoyarsk); the other files do not depend on it
        Exit status: 0 success, 1 the files cannot be written, 2 usage error.
        """
    }
  }
}
