import Foundation
import Testing

/// `custom-criterion` runs the bundled sample with a host metric, a host criterion, an overridden
/// threshold and a removed criterion. Expected values are read off Examples/Data/README.md and the
/// attendance figures written in the example itself.
@Suite struct CustomCriterionTests {
  func run(_ args: [String] = []) throws -> (status: Int32, stdout: String) {
    let result = try runExample("custom-criterion", args)
    #expect(String(decoding: result.stderr, as: UTF8.self).isEmpty)
    return (result.status, String(decoding: result.stdout, as: UTF8.self))
  }

  @Test func hostCriterionJoinsTheLowResultsRule() throws {
    let run = try run()
    #expect(run.status == 0)
    let sections = ReportSections(run.stdout)
    // Same ШНОР list as the regional pack (СОШ №6 and №8), now with attendance among the reasons:
    // LES05 86,5 % and LES06 88,9 % are below 90 %.
    #expect(sections.ids("low_results") == ["LES05", "LES06"])
    for id in ["LES05", "LES06"] {
      #expect(sections.reasons("low_results", id).contains { $0.contains("Посещаемость уроков") })
    }
    #expect(run.stdout.contains("Посещаемость 86,5 % при пороге 90 %."))
  }

  @Test func overrideAndRemovalAreInForce() throws {
    let run = try run()
    #expect(run.stdout.contains("krasnoyarsk.continuation_below_60.threshold = 55"))
    #expect(!run.stdout.contains("krasnoyarsk.satisfaction_at_most_40"))
    // LES01 95,2, LES09 89,4: the criterion table counts 3 schools below 90 (LES05, LES06, LES09).
    let row = try #require(
      run.stdout.split(separator: "\n").first { $0.contains("[krasnoyarsk.host.attendance_below]") }
    )
    #expect(row.split(separator: " ").suffix(3).map(String.init) == ["3", "6", "0"])
  }

  @Test func englishOnRequest() throws {
    let run = try run(["--lang", "en"])
    #expect(run.stdout.hasPrefix("School identification: 2021/2022 academic year"))
    #expect(run.stdout.contains("Attendance 86.5% against a threshold of 90%."))
  }
}
