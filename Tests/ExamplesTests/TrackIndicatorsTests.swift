import Foundation
import QualityRules
import Testing

/// `track-indicators` on the bundled data: Examples/Data/reported.csv and monitoring-records.csv
/// are written by hand (see Examples/Data/README.md), so every expectation below is read off them
/// and the targets of seed 003 section 3 («не менее 4-х в год», «в 100% школ»).
@Suite struct TrackIndicatorsTests {
  func run(_ args: [String] = []) throws -> (status: Int32, stdout: String, stderr: String) {
    let result = try runExample("track-indicators", args)
    return (
      result.status, String(decoding: result.stdout, as: UTF8.self),
      String(decoding: result.stderr, as: UTF8.self)
    )
  }

  func lines(_ text: String, after heading: String) -> [String] {
    let all = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let start = all.firstIndex(where: { $0.contains(heading) }) else { return [] }
    return Array(all[start...].prefix(14))
  }

  @Test func printsTheRussianProgressReportCalendarAndHistory() throws {
    let run = try run()
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.hasPrefix("Целевые показатели: ход достижения"))
    // 2021/2022: 3 exchange events against «не менее 4» → not achieved by 1.
    // Indicators are headed by their titles (ids are for the reported-values file and --describe).
    let events = lines(
      run.stdout, after: "Количество мероприятий по обмену опытом между школами (ШНРО/ШНСУ")
    #expect(events.contains { $0.hasPrefix("2021/2022  3     4     не достигнуто        -1") })
    #expect(events.contains { $0.hasPrefix("2020/2021  5     4     достигнуто           +1") })
    // 2020/2021: deficits identified in 75 % of schools against 100 % → −25.
    let deficits = lines(run.stdout, after: "в которых выявлены профессиональные дефициты")
    #expect(deficits.contains { $0.hasPrefix("2020/2021  75    100   не достигнуто        -25") })
    // No 2021/2022 value for a target in force: no data, never «не достигнуто».
    let staffing = lines(run.stdout, after: "получивших рекомендации по штатному расписанию")
    #expect(staffing.contains { $0.hasPrefix("2021/2022  —     100   нет данных") })
    // Monitoring on 01.03.2022: the first half-year interim monitoring (Sep–Feb) has no record.
    #expect(run.stdout.contains("Мониторинг: 2021/2022 учебный год, на 01.03.2022"))
    #expect(run.stdout.contains("Выполнено: 3, просрочено: 1, идёт: 2"))
    #expect(
      run.stdout.contains(
        "• 28.02.2022 — Промежуточный мониторинг ШНРО/ШНСУ динамики изменений, 1 из 2 "
          + "(01.09.2021–28.02.2022)"))
    // The record written 15.10.2021 (DD.MM.YYYY) counts for the roadmaps.
    #expect(run.stdout.contains("выполнено   1 из 1  01.09.2021–31.08.2022  15.10.2021"))
    // History: СОШ №6 and №8 are ШНОР in 2020/2021 and 2021/2022, as identify-schools says.
    #expect(
      run.stdout.contains(
        "• МБОУ «СОШ №6» (LES05): годы в списке: 2020/2021, 2021/2022"))
  }

  @Test func laterDateMakesMoreOverdue() throws {
    // On 01.09.2022 the academic year 2021/2022 is over: the second interim window and the
    // programme-effectiveness monitoring have no record either.
    let run = try run(["--section", "monitoring", "--as-of", "2022-09-01"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("Выполнено: 3, просрочено: 3, идёт: 0"))
  }

  @Test func jsonHoldsTheThreeDocuments() throws {
    let run = try run(["--format", "json"])
    #expect(run.status == 0)
    let root = try jsonObject(run.stdout)
    #expect(root["schema"] as? String == "qualitykit.tracking/1")
    #expect((root["progress"] as? [String: Any])?["schema"] as? String == "qualitykit.progress/1")
    #expect(
      (root["monitoring"] as? [String: Any])?["schema"] as? String == "qualitykit.monitoring/1")
    #expect((root["history"] as? [String: Any])?["schema"] as? String == "qualitykit.history/1")
  }

  @Test func csvWritesTheMainTableAndNamesTheOthersAndBadInputIsAnError() throws {
    // Without --section: the progress table, and a note naming the other tables.
    let csv = try run(["--format", "csv"])
    #expect(csv.status == 0)
    #expect(csv.stdout.hasPrefix("\u{FEFF}indicator_id;"))
    #expect(csv.stderr.contains("programme, monitoring, history, history-summary"))
    #expect(csv.stderr.contains("--section"))
    let monitoring = try run(["--format", "csv", "--section", "monitoring"])
    #expect(monitoring.status == 0)
    #expect(monitoring.stdout.hasPrefix("\u{FEFF}procedure_id;"))
    let date = try run(["--as-of", "31.02.2022"])
    #expect(date.status == 2)
    // A records file naming an unknown procedure: a data error with file, line and column.
    let records = FileManager.default.temporaryDirectory
      .appendingPathComponent("track-indicators-records-\(UUID().uuidString).csv")
    try "procedure;date\nkrasnoyarsk.nope;2021-10-01\n".write(
      to: records, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: records) }
    let bad = try run(["--records", records.path])
    #expect(bad.status == 1)
    #expect(bad.stderr.contains(":2:1:") && bad.stderr.contains("krasnoyarsk.nope"))
    // A reported value outside its indicator's unit: 150 for a share in percent.
    let reported = FileManager.default.temporaryDirectory
      .appendingPathComponent("track-indicators-reported-\(UUID().uuidString).csv")
    try "indicator;year;value\nkrasnoyarsk.schools_analysed_share;2022;150\n".write(
      to: reported, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: reported) }
    let over = try run(["--reported", reported.path])
    #expect(over.status == 1)
    #expect(
      over.stderr.hasSuffix(
        ":2:3: значение 150 вне допустимого диапазона 0–100 для показателя "
          + "krasnoyarsk.schools_analysed_share\n"))
  }

  /// Every registered pack but the sample's own.
  @Test(arguments: DefaultPacks.all.map(\.id.rawValue).filter { $0 != "krasnoyarsk" })
  func otherPacksRunOnTheSampleWithoutItsProgrammeFiles(_ pack: String) throws {
    // The bundled reported values and records belong to the Lesosibirsk programme: another pack
    // gets no reported values (its hand-reported indicators show «нет данных» or «срок не
    // наступил»), never an error about ids it does not know.
    let run = try run(["--pack", pack])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    #expect(run.stdout.hasPrefix("Целевые показатели: ход достижения"))
    // Its own indicators, by title: the pack's ids never reach the text.
    #expect(run.stdout.contains("Цель: "))
    #expect(!run.stdout.contains("[\(pack)."))
  }

  @Test func englishOnRequest() throws {
    let run = try run(["--lang", "en"])
    #expect(run.status == 0)
    #expect(!run.stdout.contains("Целевые показатели: ход достижения"))
    #expect(run.stdout.contains("achieved") || run.stdout.contains("Achieved"))
  }
}

/// `track-indicators --section programme` on the bundled Lesosibirsk sample: the year is 2021/2022
/// (the data's latest), which seed 003 puts in its first stage («2021 – 2022 у.г.»).
@Suite struct TrackIndicatorsProgrammeTests {
  func run(_ args: [String]) throws -> (status: Int32, stdout: String) {
    let result = try runExample("track-indicators", args)
    return (result.status, String(decoding: result.stdout, as: UTF8.self))
  }

  @Test func showsTheCurrentStageAndEachExpectedResultsStatus() throws {
    let run = try run(["--section", "programme"])
    #expect(run.status == 0)
    #expect(run.stdout.hasPrefix("Программа: этапы и ожидаемые результаты"))
    #expect(run.stdout.contains("Текущий этап: Разработка и апробация модели идентификации"))
    // The exchange events: 3 in 2021/2022 against «не менее 4» (reported.csv) → not achieved,
    // and the result they measure with them.
    let infrastructure = run.stdout.split(separator: "\n").first {
      $0.hasPrefix("В муниципалитете будет создана инфраструктура")
    }
    #expect(infrastructure?.contains("не достигнут") == true)
    #expect(run.stdout.contains("отмечается вручную"))
  }

  @Test func aPackWithUndatedStagesSaysSoInsteadOfGuessing() throws {
    let run = try run(["--section", "programme", "--pack", "khabarovsk", "--format", "json"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("\"stages_dated\": false"))
    #expect(run.stdout.contains("\"current_stages\": []"))
    let text = try self.run(["--section", "programme", "--pack", "khabarovsk"]).stdout
    #expect(text.contains("Документ не даёт сроков этапов, поэтому текущий этап не определяется."))
  }

  @Test func theAllSectionsJSONHasTheProgrammeUnderItsName() throws {
    let run = try run(["--format", "json"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("\"programme\": {\n  \"schema\": \"qualitykit.programme/1\""))
  }
}
