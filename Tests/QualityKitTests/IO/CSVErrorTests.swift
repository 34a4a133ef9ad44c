import QualityKit
import Testing

@Suite("CSVError")
struct CSVErrorTests {
  static let everyKind: [CSVError.Kind] = [
    .unreadableFile(FileAccessError(kind: .notFound, path: "s.csv", access: .read)), .emptyFile,
    .missingColumn("school_id"),
    .duplicateColumn("year"), .unexpectedColumn("comment"), .emptyColumnName,
    .unknownMetric("ege.russain.mean_score"), .notANumber("abc"),
    .valueOutOfRange(metric: .resultsQualityPercent, value: 120, range: 0...100),
    .duplicateValue(school: "S1", year: 2022, metric: .resultsQualityPercent),
    .duplicateRow(school: "S1", year: 2022), .duplicateSchool("S1"), .unknownSchool("S9"),
    .invalidYear("20x2"), .invalidKind("школа"), .invalidSettlement("town"),
    .invalidScope("city"),
    .duplicateBenchmark(scope: "region", year: 2022, metric: .egeRussianMeanScore),
    .emptyIdentifier, .missingValue(column: "name"), .wrongFieldCount(expected: 4, found: 3),
    .malformedQuoting, .invalidUTF8, .invalidText(.utf16LittleEndian), .controlCharacter("\u{0}"),
  ]

  @Test func descriptionIsFileLineColumnAndTheRussianMessage() {
    let error = CSVError(
      kind: .valueOutOfRange(metric: .resultsQualityPercent, value: 120, range: 0...100),
      file: "data/values.csv", line: 3, column: 4)
    #expect(
      error.description
        == "data/values.csv:3:4: значение 120 вне допустимого диапазона 0–100 "
        + "для метрики results.quality_percent")
    #expect(
      error.located(in: .english)
        == "data/values.csv:3:4: value 120 is outside the valid range 0–100 "
        + "of metric results.quality_percent")
  }

  @Test func aWholeLineOrFileLeavesColumnAndLineOut() {
    let line = CSVError(
      kind: .wrongFieldCount(expected: 4, found: 3), file: "v.csv", line: 7, column: 0)
    #expect(line.description == "v.csv:7: в строке 3 поля, а в заголовке 4")
    let file = CSVError(kind: .emptyFile, file: "v.csv", line: 0, column: 0)
    #expect(file.description == "v.csv: файл пуст: нет строки заголовка")
  }

  @Test(arguments: everyKind)
  func everyKindHasDifferentRussianAndEnglishMessages(kind: CSVError.Kind) {
    let russian = kind.message(in: .russian)
    let english = kind.message(in: .english)
    #expect(!russian.isEmpty)
    #expect(!english.isEmpty)
    #expect(russian != english)
    #expect(russian.contains { ("а"..."я").contains($0) })
    #expect(kind.message() == russian)
  }

  @Test func messagesNameWhatIsWrong() {
    #expect(CSVError.Kind.notANumber("abc").message(in: .russian) == "«abc» — не число")
    #expect(CSVError.Kind.notANumber("abc").message(in: .english) == "\"abc\" is not a number")
    #expect(CSVError.Kind.unknownSchool("S9").message().contains("S9"))
    #expect(CSVError.Kind.unknownMetric("x.y").message(in: .english).contains("x.y"))
    let duplicate = CSVError.Kind.duplicateValue(school: "S1", year: 2022, metric: "m.k")
    #expect(["S1", "2022", "m.k"].allSatisfy { duplicate.message().contains($0) })
  }

  @Test func russianNumbersUseADecimalComma() {
    let kind = CSVError.Kind.valueOutOfRange(metric: .ogeMathMeanMark, value: 5.25, range: 2...5)
    #expect(kind.message(in: .russian).contains("5,25 вне допустимого диапазона 2–5"))
    #expect(kind.message(in: .english).contains("5.25 is outside the valid range 2–5"))
  }

  @Test func fieldCountIsDeclinedInRussian() {
    let words = [1, 2, 5, 11, 21, 22, 25].map {
      CSVError.Kind.wrongFieldCount(expected: 3, found: $0).message()
    }
    #expect(
      words == [
        "в строке 1 поле, а в заголовке 3", "в строке 2 поля, а в заголовке 3",
        "в строке 5 полей, а в заголовке 3", "в строке 11 полей, а в заголовке 3",
        "в строке 21 поле, а в заголовке 3", "в строке 22 поля, а в заголовке 3",
        "в строке 25 полей, а в заголовке 3",
      ])
  }

  @Test func errorsAreValues() {
    let a = CSVError(kind: .notANumber("abc"), file: "v.csv", line: 3, column: 4)
    #expect(a == CSVError(kind: .notANumber("abc"), file: "v.csv", line: 3, column: 4))
    #expect(a != CSVError(kind: .notANumber("abc"), file: "v.csv", line: 3, column: 5))
    #expect(a != CSVError(kind: .notANumber("abd"), file: "v.csv", line: 3, column: 4))
    #expect(Set(Self.everyKind).count == Self.everyKind.count)
  }
}
