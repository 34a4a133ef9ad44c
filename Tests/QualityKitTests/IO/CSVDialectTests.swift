import Testing

@testable import QualityKit

@Suite("CSVDialect")
struct CSVDialectTests {
  func detect(_ text: String) -> CSVDialect { CSVDialect.detect(header: Array(text.utf8)) }

  @Test func picksTheMostFrequentDelimiterOfTheHeaderLine() {
    #expect(detect("school_id;name;municipality\n") == .semicolon)
    #expect(detect("school_id,name,municipality\n") == .comma)
    #expect(detect("school_id\tname\tmunicipality\n") == .tab)
    #expect(detect("a,b,c;d\n") == .comma)
    #expect(detect("\u{FEFF}a\tb\n") == .tab)
  }

  @Test func tiesAndHeadersWithoutDelimitersGoToSemicolon() {
    #expect(detect("a;b,c\n") == .semicolon)
    #expect(detect("a,b\tc\n") == .semicolon)
    #expect(detect("school_id\n") == .semicolon)
    #expect(detect("") == .semicolon)
  }

  @Test func ignoresDelimitersInsideQuotesAndAfterTheFirstLine() {
    #expect(detect("\"a,b,c\";d;e\n") == .semicolon)
    #expect(detect("\"x;\ny;z\",b\n") == .comma)
    #expect(detect("a;b\n1,2,3,4,5\n") == .semicolon)
    #expect(detect("a;b\r\n1,2,3\r\n") == .semicolon)
  }

  @Test func decimalCommaOnlyWhenTheDelimiterIsNotAComma() {
    #expect(CSVDialect.semicolon.allowsDecimalComma)
    #expect(CSVDialect.tab.allowsDecimalComma)
    #expect(!CSVDialect.comma.allowsDecimalComma)
    #expect(CSVDialect(delimiter: UInt8(ascii: ",")) == .comma)
  }
}
