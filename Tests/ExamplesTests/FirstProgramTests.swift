import Foundation
import Testing

/// The README's first program (`Examples/FirstProgram`): it is the code the README shows, it prints
/// the Russian report of the two packs, and a missing file is one Russian sentence.
@Suite struct FirstProgramTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  @Test("the README shows the program exactly as it is built")
  func readmeShowsTheProgram() throws {
    let program = try String(
      contentsOf: Self.root.appendingPathComponent("Examples/FirstProgram/FirstProgram.swift"),
      encoding: .utf8)
    let readme = try String(
      contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains("```swift\n" + program + "```\n"))
    // Short enough to read at once: the brief promises about fifteen lines.
    #expect(program.split(separator: "\n", omittingEmptySubsequences: false).count <= 20)
  }

  @Test("it prints the Russian report of krasnoyarsk and amur, as identify-schools does")
  func printsTheReport() throws {
    let data = Self.root.appendingPathComponent("Examples/Data").path
    let program = try runExample("first-program", [data])
    #expect(program.status == 0)
    let text = String(decoding: program.stdout, as: UTF8.self)
    // LES05 is ШНОР under both packs (README, identify-schools --school LES05): crisis under amur.
    #expect(text.hasPrefix("Идентификация школ: 2021/2022 учебный год\n"))
    #expect(
      text.contains(
        "• МБОУ «СОШ №6» (LES05) — в кризисной ситуации; пакеты: krasnoyarsk, amur. Критерии: "))
    let tool = try runIdentifySchools(["--pack", "krasnoyarsk,amur"])
    #expect(tool.status == 0)
    // The tool also names its data files and the day in the heading; the program sets neither.
    let toolText = tool.stdout.split(separator: "\n", omittingEmptySubsequences: false)
      .filter { !$0.hasPrefix("Данные: ") && !$0.hasPrefix("Составлен: ") }
      .joined(separator: "\n")
    #expect(text == toolText)
  }

  @Test("a folder without the files is one Russian sentence and exit status 1")
  func missingFiles() throws {
    let empty = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: empty) }
    let program = try runExample("first-program", [empty.path])
    #expect(program.status == 1)
    #expect(program.stdout.isEmpty)
    let message = String(decoding: program.stderr, as: UTF8.self)
    #expect(message == "нет файла \(empty.appendingPathComponent("schools.csv").path)\n")
  }
}
