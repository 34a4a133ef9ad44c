import Foundation
import QualityKit
import Testing

/// ``AcademicYear``: named by the year it ends in; windows Y−N+1 … Y.
@Suite struct AcademicYearTests {
  @Test("2022 is the academic year 2021/2022")
  func description() {
    #expect(AcademicYear(2022).description == "2021/2022")
    #expect(AcademicYear(2000).description == "1999/2000")
  }

  @Test("a window of N years ends with the year, oldest first")
  func window() {
    let year: AcademicYear = 2022
    #expect(year.window(3) == [2020, 2021, 2022])
    #expect(year.window(1) == [2022])
    #expect(year.window(0) == [])
    #expect(year.window(-2) == [])
  }

  @Test("years order chronologically and encode as a JSON number")
  func orderAndCoding() throws {
    #expect(AcademicYear(2021) < AcademicYear(2022))
    let data = try JSONEncoder().encode([AcademicYear(2022)])
    #expect(String(decoding: data, as: UTF8.self) == "[2022]")
    #expect(try JSONDecoder().decode([AcademicYear].self, from: data) == [2022])
  }
}
