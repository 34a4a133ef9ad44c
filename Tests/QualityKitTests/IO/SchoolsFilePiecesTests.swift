import Testing

@testable import QualityKit

/// A schools file read in pieces on several cores gives what reading it record by record gives:
/// the same schools, and the same errors at the same lines in the same order.
@Suite("SchoolsFile in pieces")
struct SchoolsFilePiecesTests {
  /// 3,000 schools with a bad row of every kind scattered through them, a blank line, regions that
  /// change, and kinds in other spellings.
  static let text: String = {
    var lines = ["school_id;name;municipality;region;kind;settlement;director"]
    for index in 1...3_000 {
      let digits = String(index)
      let id = "S" + String(repeating: "0", count: 5 - digits.count) + digits
      var fields = [
        id, "МБОУ СОШ №\(index)", "Муниципалитет \(index % 37)", "Край \(index / 1_000)",
        index % 7 == 0 ? "Lyceum" : "secondary", index % 5 == 0 ? "rural" : "urban",
        index % 11 == 0 ? "Иванова И. И." : "",
      ]
      switch index {
      case 400: fields[4] = "university"
      case 900: fields[1] = " "
      case 1_300: fields.append("лишнее")
      case 1_700: fields[0] = "S00010"  // school 10's id again
      case 2_100: fields[5] = "town"
      case 2_500: fields.removeLast(3)
      default: break
      }
      lines.append(fields.joined(separator: ";"))
      if index == 1_950 { lines.append("") }
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  static func read(_ split: SchoolsFile.Split, mode: CSVSource.ReadMode) -> (
    schools: [School], rejected: [CSVError], thrown: CSVError?
  ) {
    var rejected: [CSVError] = []
    do throws(CSVError) {
      let schools = try SchoolsFile.read(
        CSVSource(name: "s.csv", text: text), mode: mode, rejected: &rejected, split: split)
      return (schools, rejected, nil)
    } catch {
      return ([], rejected, error)
    }
  }

  @Test(arguments: [2, 3, 7])
  func collectingGivesTheSameSchoolsAndErrors(pieces: Int) {
    let sequential = Self.read(.sequential, mode: .collecting)
    let parallel = Self.read(.pieces(pieces), mode: .collecting)
    #expect(sequential.schools.count == 2_994)
    #expect(sequential.rejected.map(\.line) == [401, 901, 1_301, 1_701, 2_102, 2_502])
    #expect(parallel.schools == sequential.schools)
    #expect(parallel.rejected == sequential.rejected)
    #expect(parallel.thrown == nil && sequential.thrown == nil)
  }

  @Test(arguments: [2, 3, 7])
  func strictThrowsTheSameFirstError(pieces: Int) {
    let sequential = Self.read(.sequential, mode: .strict)
    let parallel = Self.read(.pieces(pieces), mode: .strict)
    #expect(sequential.thrown?.line == 401)
    #expect(parallel.thrown == sequential.thrown)
  }

  @Test func aFileWithQuotesIsReadRecordByRecord() {
    var rejected: [CSVError] = []
    let text = Self.text.replacingOccurrences(of: "МБОУ СОШ №12;", with: "\"МБОУ СОШ №12\";")
    let schools = try? SchoolsFile.read(
      CSVSource(name: "s.csv", text: text), mode: .collecting, rejected: &rejected,
      split: .pieces(3))
    #expect(schools == Self.read(.sequential, mode: .collecting).schools)
  }
}
