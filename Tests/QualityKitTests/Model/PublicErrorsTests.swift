import Foundation
import QualityKit
import Testing

/// Every public error type reads well everywhere: `localizedDescription`, `"\(error)"` and
/// `description` are the same Russian message, located at file:line:column where the error has a
/// place — never «The operation could not be completed. (QualityKit.CSVError error 1.)».
///
/// The expected messages are written out from each type's message switch by hand. A domain's error
/// has a case for each kind that an older, separate error type used to throw, so the merge into one
/// type per domain is seen to keep those messages byte for byte.
@Suite struct PublicErrorsTests {
  /// One representative error of a type (of a kind, when the type has several here), its Russian
  /// message and, if it has one, its location.
  struct Case: Sendable, CustomStringConvertible {
    let type: String
    var kind: String? = nil
    let error: any Error & Sendable
    let russian: String
    let location: String?

    var description: String { kind.map { "\(type).\($0)" } ?? type }
  }

  struct Key: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }
    init(_ value: String) { stringValue = value }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  /// The error of registering a standard metric again: the catalogue's own path, not the factory.
  static let duplicateMetric: any Error & Sendable = {
    // If the metric were missing or registering it twice were accepted, the case would fail on
    // the type name.
    guard let definition = MetricCatalog.standard[.resultsQualityPercent] else {
      return CocoaError(.featureUnsupported)
    }
    do {
      _ = try MetricCatalog.standard.registering(definition)
      return CocoaError(.featureUnsupported)
    } catch {
      return error
    }
  }()

  static let cases: [Case] = [
    Case(
      type: "CSVError",
      error: CSVError(kind: .notANumber("abc"), file: "values.csv", line: 3, column: 4),
      russian: "values.csv:3:4: «abc» — не число", location: "values.csv:3:4"),
    Case(
      type: "FileAccessError",
      error: FileAccessError(kind: .notFound, path: "/tmp/x.csv", access: .read),
      russian: "нет файла /tmp/x.csv", location: "/tmp/x.csv"),
    Case(
      type: "PackFileError",
      error: PackFileError(
        kind: .unknownKey("critera"), file: "p.json", path: "remove.critera", line: 6, column: 14),
      russian: "p.json:6:14: remove.critera: неизвестное поле «critera» (опечатка?)",
      location: "p.json:6:14"),
    Case(
      type: "FormatIssue",
      error: PackFileError.FormatIssue(
        .unknownKind("tresh", expected: ["threshold", "gap"]),
        codingPath: [Key("criteria"), Key("kind")]),
      russian: "criteria.kind: неизвестный вид блока «tresh»; допустимы: threshold, gap",
      location: "criteria.kind"),
    Case(
      type: "PackError", error: PackError(kind: .duplicateCriterion("k.c"), pack: "k"),
      russian: "пакет k: критерий k.c объявлен дважды", location: nil),
    Case(
      type: "PackFileError", kind: "notExportable",
      error: PackFileError.notExportable(pack: "host", reason: "HostCriterion has no JSON form"),
      russian: "пакет host нельзя записать в JSON: HostCriterion has no JSON form",
      location: nil),
    Case(
      type: "ParameterError",
      error: ParameterError(kind: .conflictingDeclarations, key: "b.share"),
      russian: "параметр «b.share» объявлен дважды по-разному", location: nil),
    Case(
      type: "IdentificationError", kind: "unknownSchool",
      error: IdentificationError.unknownSchool("LES5", known: ["LES01", "LES05", "LES15"]),
      russian: "школы «LES5» нет в данных; похожие: LES05, LES15 — опечатка?", location: nil),
    Case(
      type: "IdentificationError", kind: "noSchools", error: IdentificationError.noSchools,
      russian: "в наборе данных нет ни одной школы", location: nil),
    Case(
      type: "IdentificationError", kind: "emptySpan",
      error: IdentificationError.emptySpan(from: 2023, through: 2019),
      russian: "первый год истории (2022/2023) позже последнего (2018/2019)", location: nil),
    Case(
      type: "IdentificationError", kind: "inYear",
      error: IdentificationError.inYear(2023, .yearWithoutValues(2023, available: [2022])),
      russian:
        "идентификация за 2022/2023 учебный год: за 2022/2023 учебный год нет данных; есть: "
        + "2021/2022",
      location: nil),
    Case(
      type: "DatasetError", kind: "duplicateMetric", error: duplicateMetric,
      russian: "метрика results.quality_percent уже определена", location: nil),
    Case(
      type: "MeasureError", error: MeasureError(kind: .emptyID, measure: "m.x"),
      russian: "мероприятие m.x: пустой идентификатор мероприятия", location: nil),
    Case(
      type: "SupportPlanError", kind: "packNotInRun",
      error: SupportPlanError.packNotInRun("amur", run: ["krasnoyarsk"]),
      russian: "пакет amur не участвовал в идентификации (пакеты расчёта: krasnoyarsk)",
      location: nil),
    Case(
      type: "SupportPlanError", kind: "invalidCapacity", error: SupportPlanError.invalidCapacity(0),
      russian: "вместимость партнёра должна быть не меньше 1, получено 0", location: nil),
    Case(
      type: "MonitoringPlanError",
      error: MonitoringPlanError(kind: .emptyProcedureID, procedure: ""),
      russian: "процедура мониторинга «»: пустой идентификатор процедуры", location: nil),
    Case(
      type: "IndicatorError", kind: "notFiniteValue",
      error: IndicatorError.notFiniteValue(
        .init(indicator: "webinars", year: 2022, value: .nan)),
      russian: "значение показателя webinars за 2022 год — не число", location: nil),
    Case(
      type: "IndicatorError", kind: "emptyPlan", error: IndicatorError.emptyPlan,
      russian: "в плане целевого значения нет ни одного года", location: nil),
    Case(
      type: "DatasetError", kind: "notFiniteBenchmark",
      error: DatasetError.notFiniteBenchmark(
        .init(scope: .region, year: 2022, metric: .egeRussianMeanScore, value: .infinity)),
      russian:
        "ориентир для region за 2021/2022 учебный год по метрике ege.russian.mean_score — не число",
      location: nil),
    Case(
      type: "DatasetError", kind: "unknownSchool", error: DatasetError.unknownSchool("S9"),
      russian: "школы S9 нет в наборе данных", location: nil),
    Case(
      type: "WorkbookProblem", kind: "formulaWithoutValue",
      error: WorkbookProblem.formulaWithoutValue,
      russian:
        "у формулы нет сохранённого значения: откройте файл в Excel или LibreOffice и сохраните "
        + "его заново",
      location: nil),
  ]

  @Test(arguments: cases)
  func localizedDescriptionIsTheRussianMessage(_ example: Case) {
    #expect(String(describing: type(of: example.error)) == example.type)
    #expect(example.error is any LocalizedError)
    #expect(example.error.localizedDescription == example.russian)
    // Without its own `description` an error would print as its case or memberwise form.
    #expect("\(example.error)" == example.russian)
    if let location = example.location {
      #expect(example.error.localizedDescription.contains(location))
    }
  }

  /// The public error types declared in Sources/QualityKit and Sources/QualityRules: a type whose
  /// declaration lists `Error` (or `LocalizedError`) among its conformances.
  static func declaredPublicErrorTypes() throws -> Set<String> {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let declaration = try NSRegularExpression(
      pattern:
        #"public\s+(?:final\s+)?(?:struct|enum|class|actor)\s+(\w+)\s*:([^{]*)\{"#)
    let extensionDeclaration = try NSRegularExpression(
      pattern: #"(?:public\s+)?extension\s+(\w+)\s*:([^{]*)\{"#)
    var names = Set<String>()
    for target in ["Sources/QualityKit", "Sources/QualityRules"] {
      let folder = root.appendingPathComponent(target)
      let files = try #require(FileManager.default.enumerator(atPath: folder.path))
      for case let file as String in files where file.hasSuffix(".swift") {
        let text = try String(
          contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let range = NSRange(text.startIndex..., in: text)
        for expression in [declaration, extensionDeclaration] {
          for match in expression.matches(in: text, range: range) {
            guard let name = Range(match.range(at: 1), in: text),
              let conformances = Range(match.range(at: 2), in: text)
            else { continue }
            let list = text[conformances].split(separator: ",").map {
              $0.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            if list.contains("Error") || list.contains("LocalizedError") {
              names.insert(String(text[name]))
            }
          }
        }
      }
    }
    return names
  }

  @Test func everyPublicErrorTypeIsTestedHere() throws {
    let declared = try Self.declaredPublicErrorTypes()
    // The scan must find what is known to be there, or it proves nothing.
    #expect(declared.contains("CSVError") && declared.contains("PackFileError"))
    let tested = Set(Self.cases.map(\.type))
    #expect(
      declared.subtracting(tested).isEmpty,
      "public Error types without a case here (add LocalizedError and a case): \(declared.subtracting(tested).sorted())"
    )
    #expect(tested.subtracting(declared).isEmpty, "\(tested.subtracting(declared).sorted())")
  }
}
