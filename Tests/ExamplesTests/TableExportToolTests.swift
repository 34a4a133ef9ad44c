import Foundation
import Testing

/// CSV one table per file and Excel workbooks from the three tools (issue 18, items 2 and 3):
/// `--out FILE.csv` writes a file per table, standard output the main table with a note naming
/// the others, `--section` picks a table, `--format xlsx` writes the same bytes every run.
@Suite struct TableExportToolTests {
  static func text(_ data: Data) -> String {
    String(
      decoding: data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data, as: UTF8.self)
  }

  @Test func planSupportWritesAFilePerTableNextToOut() throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(directory) }
    let file = directory.appendingPathComponent("plan.csv")
    let result = try runExample("plan-support", ["--format", "csv", "--out", file.path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty && result.stderr.isEmpty)
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted()
    #expect(names == ["plan.csv", "plan.partners.csv", "plan.school-roadmaps.csv"])

    // The municipal roadmap: the section by title, its id beside it.
    let municipal = try Data(contentsOf: file)
    #expect(municipal.starts(with: [0xEF, 0xBB, 0xBF]))
    let rows = Self.text(municipal).components(separatedBy: "\r\n")
    #expect(rows[0].hasPrefix("раздел;section_id;measure_id;мероприятие;направления;direction_id;"))
    #expect(
      rows.contains {
        $0.hasPrefix("запланировано;planned;krasnoyarsk.experience_exchange_events;")
          && $0.contains(";2;4;01.12.2022;28.02.2023;")
      })
    let schools = Self.text(
      try Data(contentsOf: directory.appendingPathComponent("plan.school-roadmaps.csv")))
    #expect(schools.hasPrefix("school_id;школа;раздел;section_id;measure_id;"))

    // The pairs: a table of their own, one row per identified school; a negative strength stays a
    // number with a decimal comma (no apostrophe).
    let partners = Self.text(
      try Data(contentsOf: directory.appendingPathComponent("plan.partners.csv"))
    ).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(partners[0].hasPrefix("очередь;school_id;школа;муниципалитет;категории;category_id;"))
    #expect(partners.count == 1 + 3)
    #expect(partners[1].hasPrefix("1;LES06;МБОУ «СОШ №8»;г. Лесосибирск;"))
    #expect(partners[1].contains(";-1,"))
    #expect(!partners.contains { $0.contains(";'-") })

    // To standard output: the main table, and a note naming the others.
    let direct = try runExample("plan-support", ["--format", "csv"])
    #expect(direct.stdout == municipal)
    let note = String(decoding: direct.stderr, as: UTF8.self)
    #expect(note.contains("выведена таблица municipal-roadmap"))
    #expect(note.contains("school-roadmaps, partners"))
    let picked = try runExample("plan-support", ["--format", "csv", "--section", "partners"])
    #expect(Self.text(picked.stdout).hasPrefix("очередь;school_id;"))
    #expect(picked.stderr.isEmpty)
  }

  @Test func identificationTablesInEnglishUseCommasAndPoints() throws {
    let result = try runIdentifySchools([
      "--format", "csv", "--section", "municipalities", "--lang", "en",
    ])
    #expect(result.status == 0)
    // Nine schools of Lesosibirsk: 2 ШНОР (LES05, LES06) and 3 ШНСУ (LES04, LES05, LES06), the
    // shares 2/9 = 22.2 % and 3/9 = 33.3 %.
    #expect(
      result.stdout
        == "\u{FEFF}municipality,schools,ШНОР,\"ШНОР, %\",ШНСУ,\"ШНСУ, %\",undetermined,"
        + "\"undetermined, %\"\r\nг. Лесосибирск,9,2,22.2,3,33.3,0,0\r\n")
    let unknown = try runIdentifySchools(["--format", "csv", "--section", "bogus"])
    #expect(unknown.status == 2)
    #expect(
      unknown.stderr.contains(
        "нет таблицы «bogus»; таблицы этого отчёта: summary, municipalities, schools, context, "
          + "parameters, issues"))
    let notATable = try runIdentifySchools(["--section", "summary"])
    #expect(notATable.status == 2)
  }

  @Test func historyHasCSV() throws {
    let result = try runExample("track-indicators", ["--section", "history", "--format", "csv"])
    #expect(result.status == 0)
    let rows = Self.text(result.stdout).components(separatedBy: "\r\n")
    #expect(
      rows[0]
        == "school_id;школа;муниципалитет;категория;category_id;год;год окончания;статус;"
        + "status_id;изменение;change_id")
    // LES05 (the history's document): ШНОР undetermined in 2019/2020, on the list since.
    #expect(
      rows.contains(
        "LES05;МБОУ «СОШ №6»;г. Лесосибирск;ШНОР — школы с низкими результатами обучения;"
          + "low_results;2019/2020;2020;не определено;undetermined;;"))
    #expect(
      rows.contains(
        "LES05;МБОУ «СОШ №6»;г. Лесосибирск;ШНОР — школы с низкими результатами обучения;"
          + "low_results;2021/2022;2022;в списке;on;;"))
    // 9 schools × 2 categories × 3 years, the header and the empty string after the last CRLF.
    #expect(rows.count == 1 + 54 + 1)
  }

  @Test(arguments: ["identify-schools", "plan-support", "track-indicators"])
  func workbooksAreTheSameBytesEveryRun(_ tool: String) throws {
    let directory = try makeTemporaryDirectory()
    defer { removeTemporaryDirectory(directory) }
    let file = directory.appendingPathComponent("report.xlsx")
    let written = try runExample(tool, ["--format", "xlsx", "--out", file.path])
    #expect(written.status == 0)
    let piped = try runExample(tool, ["--format", "xlsx"])
    #expect(piped.status == 0)
    let bytes = try Data(contentsOf: file)
    #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    #expect(bytes == piped.stdout)
  }
}
