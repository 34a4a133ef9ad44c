import Testing

@testable import QualityKit

@Suite("CSVReader")
struct CSVReaderTests {
  /// One record as the tests compare it: its line and its fields' text.
  struct Record: Equatable, CustomStringConvertible {
    let line: Int
    let fields: [String]
    init(_ line: Int, _ fields: [String]) {
      self.line = line
      self.fields = fields
    }
    var description: String { "\(line): \(fields)" }
  }

  func records(_ text: String, file: String = "t.csv") throws(CSVError) -> [Record] {
    try records(CSVSource(name: file, text: text))
  }

  func records(_ source: CSVSource) throws(CSVError) -> [Record] {
    var reader = CSVReader(source)
    var result: [Record] = []
    while try reader.nextRecord() {
      var fields: [String] = []
      for index in 0..<reader.fieldCount { fields.append(try reader.string(at: index)) }
      result.append(Record(reader.line, fields))
    }
    return result
  }

  @Test func readsSemicolonSeparatedRecords() throws {
    #expect(
      try records("school_id;year\nS1;2022\nS2;2021\n") == [
        Record(1, ["school_id", "year"]), Record(2, ["S1", "2022"]), Record(3, ["S2", "2021"]),
      ])
  }

  @Test func quotedFieldsKeepDelimitersQuotesAndLineBreaks() throws {
    let text = """
      name;note
      "МБОУ ""Лицей"" №1";"a;b"
      "две
      строки";x
      last;"три
      строки
      тут"
      after;1

      """
    #expect(
      try records(text) == [
        Record(1, ["name", "note"]),
        Record(2, ["МБОУ \"Лицей\" №1", "a;b"]),
        Record(3, ["две\nстроки", "x"]),
        Record(5, ["last", "три\nстроки\nтут"]),
        Record(8, ["after", "1"]),
      ])
  }

  @Test func skipsByteOrderMark() throws {
    let text = "\u{FEFF}school_id;year\nS1;2022\n"
    #expect(try records(text) == [Record(1, ["school_id", "year"]), Record(2, ["S1", "2022"])])
    #expect(CSVReader(CSVSource(name: "t.csv", text: text)).dialect == .semicolon)
  }

  @Test func readsCRLFAndCRAndALastLineWithoutBreak() throws {
    #expect(
      try records("a;b\r\n\"x\r\ny\";2\r\nz;3") == [
        Record(1, ["a", "b"]), Record(2, ["x\r\ny", "2"]), Record(4, ["z", "3"]),
      ])
    #expect(try records("a;b\r1;2\r") == [Record(1, ["a", "b"]), Record(2, ["1", "2"])])
    #expect(try records("a;b\n1;") == [Record(1, ["a", "b"]), Record(2, ["1", ""])])
  }

  @Test func skipsBlankLinesButKeepsLineNumbers() throws {
    let text = "a;b\n\n\r\n1;2\n;\n   \n ; \n3;4\n\n"
    #expect(
      try records(text) == [Record(1, ["a", "b"]), Record(4, ["1", "2"]), Record(8, ["3", "4"])])
  }

  @Test func emptyCellsAreEmptyAndUnquotedSpacesAreTrimmed() throws {
    var reader = CSVReader(CSVSource(name: "t.csv", text: "a;;  ; b ;\" c \";\"\"\n"))
    #expect(try reader.nextRecord())
    #expect(reader.fieldCount == 6)
    #expect((0..<6).map { reader.isEmpty(at: $0) } == [false, true, true, false, false, true])
    #expect(try reader.string(at: 3) == "b")
    #expect(try reader.string(at: 4) == " c ")
    #expect(reader.number(at: 1) == .missing)
  }

  @Test func aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() throws {
    #expect(try records("a;b\nМБОУ \"Школа\";2\n")[1] == Record(2, ["МБОУ \"Школа\"", "2"]))
  }

  @Test func spacesAroundAQuotedFieldAreIgnored() throws {
    #expect(try records("a;b\n  \"x;y\"  ;2\n")[1] == Record(2, ["x;y", "2"]))
  }

  @Test func tabDelimitedWithDecimalComma() throws {
    var reader = CSVReader(CSVSource(name: "t.tsv", text: "school_id\tvalue\nS1\t72,5\n"))
    #expect(reader.dialect == .tab)
    #expect(try reader.nextRecord())
    #expect(try reader.nextRecord())
    #expect(try reader.string(at: 0) == "S1")
    #expect(reader.number(at: 1) == .value(72.5))
  }

  @Test func commaDelimitedReadsOnlyDecimalPoints() throws {
    var reader = CSVReader(CSVSource(name: "t.csv", text: "a,b,c\n72.5,\"72,5\", 1e2 \n"))
    #expect(reader.dialect == .comma)
    #expect(try reader.nextRecord())
    #expect(try reader.nextRecord())
    #expect(reader.number(at: 0) == .value(72.5))
    #expect(reader.number(at: 1) == .invalid)
    #expect(reader.number(at: 2) == .value(100))
  }

  @Test func unterminatedQuoteIsMalformedAtItsLineAndColumn() {
    #expect(throws: CSVError(kind: .malformedQuoting, file: "q.csv", line: 3, column: 2)) {
      _ = try records("a;b\n1;2\n3;\"open\n4;5\n", file: "q.csv")
    }
  }

  @Test func textAfterAClosingQuoteIsMalformed() {
    #expect(throws: CSVError(kind: .malformedQuoting, file: "q.csv", line: 2, column: 3)) {
      _ = try records("a;b;c\n1;\"x\";\"y\"z\n", file: "q.csv")
    }
  }

  @Test func malformedQuotingAfterAMultiLineRecordHasThePhysicalLine() {
    #expect(throws: CSVError(kind: .malformedQuoting, file: "q.csv", line: 5, column: 1)) {
      _ = try records("a;b\n\"x\ny\nz\";1\n\"w\"!;2\n", file: "q.csv")
    }
  }

  @Test func invalidUTF8IsReportedAtTheField() throws {
    var bytes = Array("a;b\nS1;".utf8)
    bytes += [0xD0, 0x28, 0x0A]  // a broken two-byte sequence
    var reader = CSVReader(CSVSource(name: "u.csv", bytes: bytes))
    #expect(try reader.nextRecord())
    #expect(try reader.nextRecord())
    #expect(try reader.string(at: 0) == "S1")
    #expect(throws: CSVError(kind: .invalidUTF8, file: "u.csv", line: 2, column: 2)) {
      _ = try reader.string(at: 1)
    }
    #expect(reader.displayText(at: 1) == "\u{FFFD}(")
  }

  @Test func anEmptyFileHasNoRecords() throws {
    #expect(try records("").isEmpty)
    #expect(try records("\u{FEFF}").isEmpty)
    #expect(try records("\n\n \n").isEmpty)
  }

  @Test func errorsCarryTheCurrentLine() throws {
    var reader = CSVReader(CSVSource(name: "e.csv", text: "a\n\nb\n"))
    try reader.nextRecord()
    try reader.nextRecord()
    #expect(
      reader.error(.emptyIdentifier, column: 1)
        == CSVError(kind: .emptyIdentifier, file: "e.csv", line: 3, column: 1))
  }
}
