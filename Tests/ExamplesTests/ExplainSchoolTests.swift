import Foundation
import QualityKitTestSupport
import Testing

// `identify-schools --school ID` and `--metrics` on the bundled Lesosibirsk sample.
//
// Expectations by hand from `Examples/Data/README.md` ("What the `krasnoyarsk` pack should find for
// 2022") and the values in `Examples/Data/values.csv`: СОШ №6 (LES05) has the composite −1.131 at
// or below the cut-off −0.676 (n = 9, k = 3) and a quality gap of 71.33 − 60 = 11.33 > 10 p.p., its
// only supporting criterion (continuation 61.2 ≥ 60, success gap 2.12 ≤ 5): ШНОР. СОШ №1 (LES01)
// has the composite +0.103 (18 cells, population SD per metric and year), above the cut-off, and
// quality 74 above the mean 71.33: not ШНОР, and not ШНСУ (the three lowest on every index are
// LES04, LES05, LES06).

@Suite struct ExplainSchoolTests {
  @Test("LES05 under krasnoyarsk: ШНОР, with the rule's parts and the deciding criteria")
  func placed() throws {
    let run = try runIdentifySchools(["--school", "LES05"])
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty)
    let text = run.stdout
    #expect(text.hasPrefix("Почему школа в списке или нет: МБОУ «СОШ №6» (LES05)\n"))
    #expect(text.contains("• ШНОР — школы с низкими результатами обучения: да\n"))
    #expect(
      text.contains("• ШНСУ — школы, функционирующие в неблагоприятных социальных условиях: да\n"))
    #expect(text.contains("  – Все условия — выполнено: 2 из 2\n"))
    #expect(text.contains("    – Не менее 1 из 6 — выполнено: 1 из 6\n"))
    #expect(
      text.contains(
        "      – Качество обученности ниже среднего по муниципалитету более чем на 10 п.п. — выполнен\n"
      ))
    #expect(
      text.contains(
        "      – Менее 60 % учащихся продолжили обучение на старшей ступени — не выполнен\n"))
    #expect(text.contains("-1,13 — не выше порога отсечения -0,68"))
    #expect(
      text.contains("60 при среднем по муниципалитету 71,33; школа ниже на 11,33 — более 10."))
    #expect(text.contains("  значение 11,33; порог 10; эталон 71,33; годы 2021/2022\n"))
    for code in [
      "low_results", "unfavourable_social", "insufficient_data", "not_met", "krasnoyarsk.",
    ] {
      #expect(!text.contains(code), "no id or code in the text: \(code)")
    }
  }

  @Test("LES01 under krasnoyarsk: not ШНОР — the composite is above the cut-off")
  func notPlaced() throws {
    let run = try runIdentifySchools(["--school", "LES01"])
    #expect(run.status == 0)
    let text = run.stdout
    #expect(text.contains("• ШНОР — школы с низкими результатами обучения: нет\n"))
    #expect(
      text.contains("• ШНСУ — школы, функционирующие в неблагоприятных социальных условиях: нет\n"))
    #expect(
      text.contains(
        "• Правило пакета krasnoyarsk — не выполнено: по этому правилу школа не отнесена к категории.\n"
      ))
    #expect(text.contains("  – Все условия — не выполнено: 0 из 2\n"))
    #expect(text.contains("    – Не менее 1 из 6 — не выполнено: 0 из 6\n"))
    #expect(text.contains(": 0,1 — выше порога отсечения -0,68"))
  }

  @Test("four packs: each pack's rules, the severity amur grades with")
  func severalPacks() throws {
    let run = try runIdentifySchools([
      "--school", "LES05", "--pack", "krasnoyarsk,amur,khabarovsk,krasnodar",
    ])
    #expect(run.status == 0)
    let text = run.stdout
    // As in the README's multi-pack example: every pack places LES05 in ШНОР, amur «в кризисной»;
    // the packs are named in the order given.
    #expect(
      text.contains(
        "• ШНОР — школы с низкими результатами обучения: да (пакеты: krasnoyarsk, amur, "
          + "khabarovsk, krasnodar; в кризисной ситуации)\n"))
    for pack in ["krasnoyarsk", "amur", "khabarovsk", "krasnodar"] {
      #expect(text.contains("• Правило пакета \(pack)"), "a rule of \(pack)")
      #expect(text.contains("Пакет \(pack) — "), "findings of \(pack)")
    }
    #expect(text.contains("• Правило пакета amur («в кризисной ситуации») — выполнено"))
  }

  @Test("English, and JSON with the same decisions")
  func englishAndJSON() throws {
    let english = try runIdentifySchools(["--school", "LES05", "--lang", "en"])
    #expect(english.status == 0)
    #expect(
      english.stdout.hasPrefix("Why the school is or is not on a list: МБОУ «СОШ №6» (LES05)"))
    #expect(english.stdout.contains("• Schools with low learning results (ШНОР): yes\n"))
    #expect(english.stdout.contains("    – At least 1 of 6 — holds: 1 of 6\n"))
    #expect(!english.stdout.contains("Почему"))

    let json = try runIdentifySchools(["--school", "LES01", "--format", "json"])
    #expect(json.status == 0)
    let root = try jsonObject(json.stdout)
    #expect(root["schema"] as? String == "qualitykit.school/1")
    #expect(root["categories"] as? [String] == [])
    let decisions = try #require(root["decisions"] as? [[String: Any]])
    #expect(decisions.map { $0["status"] as? String } == ["not_placed", "not_placed"])
    let findings = try #require(root["findings"] as? [[String: Any]])
    #expect(findings.count == 10)
    let quality = try #require(
      findings.first { $0["criterion"] as? String == "krasnoyarsk.quality_gap_over_10" })
    #expect(quality["status"] as? String == "not_met")
    // 71.333… − 74: the school is above the mean.
    let gap = try #require((quality["value"] as? NSNumber)?.doubleValue)
    #expect(abs(gap - (-2.666667)) < 1e-6)
  }

  @Test("an unknown id is a usage error naming the nearest ids; CSV is refused")
  func errors() throws {
    let typo = try runIdentifySchools(["--school", "LES5"])
    #expect(typo.status == 2)
    #expect(typo.stdout.isEmpty)
    #expect(
      typo.stderr == "identify-schools: школы «LES5» нет в данных; похожие: LES05 — опечатка?\n")
    let english = try runIdentifySchools(["--school", "les01", "--lang", "en"])
    #expect(english.status == 2)
    #expect(english.stderr.contains("similar ids: LES01"))
    let csv = try runIdentifySchools(["--school", "LES05", "--format", "csv"])
    #expect(csv.status == 2)
  }

  @Test("--metrics --format markdown is Guides/Metrics.md; CSV in English")
  func metrics() throws {
    let run = try runIdentifySchools(["--metrics", "--format", "markdown"])
    #expect(run.status == 0)
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let page = try String(
      contentsOf: root.appendingPathComponent("Guides/Metrics.md"), encoding: .utf8)
    #expect(
      run.stdout == page,
      "regenerate: swift run identify-schools --metrics --format markdown > Guides/Metrics.md")
    let csv = try runIdentifySchools(["--metrics", "--format", "csv", "--lang", "en"])
    #expect(csv.status == 0)
    #expect(
      csv.stdout.contains(
        "\r\nresources.recent_textbooks_percent,share of textbooks no older than 3 years,"
          + "доля учебной литературы не старше 3 лет,percent,0,100,,,'+\r\n"))
  }
}
