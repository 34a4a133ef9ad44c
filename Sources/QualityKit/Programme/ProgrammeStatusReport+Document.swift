/// A programme status report for people, its JSON (`qualitykit.programme/1`) and its table.
///
/// The document gives the year and the current stage — or that the document dates no stage, or
/// that the year falls in none — then every stage with its years, and a table of the expected
/// results: the result, its status («достигнут», «не достигнут», «нет данных», «срок не наступил»,
/// «цель не задана», «отмечается вручную») and the indicators that measure it with theirs.
extension ProgrammeStatusReport: Reportable {
  /// The report as a document in `language`.
  public func document(language: Language) -> ReportDocument {
    let t = { (ru: String, en: String) in language == .russian ? ru : en }
    var document = ReportDocument()
    document.heading(
      1, t("Программа: этапы и ожидаемые результаты", "Programme: stages and expected results"))
    document.line(t("Учебный год: ", "Academic year: ") + year.description + ".")
    document.blank()
    document.heading(2, t("Этапы", "Stages"))
    document.line(stageSentence(language))
    if !stages.isEmpty {
      document.blank(.markdownOnly)
      for stage in stages {
        let mark = currentStages.contains(stage) ? t(" — текущий", " — current") : ""
        document.item(stage.title[language] + " (" + stage.yearsText(in: language) + ")" + mark)
      }
    }
    document.blank()
    document.heading(2, t("Ожидаемые результаты", "Expected results"))
    guard !results.isEmpty else {
      document.line(
        t("Пакет не содержит ожидаемых результатов.", "The pack has no expected results."))
      return document
    }
    let header = [t("результат", "result"), t("статус", "status"), t("показатели", "indicators")]
    let rows = results.map { progress -> [String] in
      let indicators =
        progress.indicators.isEmpty
        ? "—"
        : progress.indicators.map { linked in
          let title = linked.title?[language] ?? linked.id.rawValue
          let status = linked.status?.title(in: language) ?? t("нет данных", "no data")
          return title + ": " + status
        }.joined(separator: "; ")
      return [progress.result.title[language], progress.status.title(in: language), indicators]
    }
    document.table(header, rows, alignment: .left)
    return document
  }

  /// The sentence about the current stage.
  private func stageSentence(_ language: Language) -> String {
    let t = { (ru: String, en: String) in language == .russian ? ru : en }
    if stages.isEmpty {
      return t("Документ не называет этапов программы.", "The document names no programme stages.")
    }
    if !stagesDated {
      return t(
        "Документ не даёт сроков этапов, поэтому текущий этап не определяется.",
        "The document gives its stages no dates, so the current stage cannot be told.")
    }
    if currentStages.isEmpty {
      return t(
        "Год \(year.description) не входит ни в один этап программы.",
        "The year \(year.description) falls in no stage of the programme.")
    }
    let titles = currentStages.map { $0.title[language] }.joined(separator: "; ")
    return t("Текущий этап: ", "Current stage: ") + titles + "."
  }

  /// Writes the `qualitykit.programme/1` JSON: the year, whether stages are dated, the current
  /// stages' ids, every stage (`from`/`to` end years or `null`, `current`) and every expected
  /// result with its status code and its indicators' status codes. Titles carry both languages.
  public func writeJSON(language: Language, to output: inout some ReportOutputStream) {
    var text = "{\n  \"schema\": \"qualitykit.programme/1\",\n  \"language\": "
    text += JSONText.string(language.rawValue) + ",\n  \"year\": \(year.endYear),\n"
    text += "  \"stages_dated\": \(stagesDated),\n  \"current_stages\": ["
    text += currentStages.map { JSONText.string($0.id.rawValue) }.joined(separator: ", ") + "],\n"
    text += "  \"stages\": ["
    text += stages.map { stage in
      "\n    {\"id\": \(JSONText.string(stage.id.rawValue)), \"title\": "
        + JSONText.localized(stage.title) + ", \"from\": "
        + (stage.from.map { String($0.endYear) } ?? "null") + ", \"to\": "
        + (stage.to.map { String($0.endYear) } ?? "null")
        + ", \"current\": \(currentStages.contains(stage))}"
    }.joined(separator: ",")
    text += stages.isEmpty ? "],\n" : "\n  ],\n"
    text += "  \"expected_results\": ["
    text += results.map { progress in
      let indicators = progress.indicators.map { linked in
        "{\"id\": \(JSONText.string(linked.id.rawValue)), \"status\": "
          + (linked.status.map { JSONText.string($0.rawValue) } ?? "null") + "}"
      }
      return "\n    {\"id\": \(JSONText.string(progress.result.id.rawValue)), \"title\": "
        + JSONText.localized(progress.result.title) + ", \"status\": "
        + JSONText.string(progress.status.rawValue) + ", \"indicators\": ["
        + indicators.joined(separator: ", ") + "]}"
    }.joined(separator: ",")
    text += results.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
    output.write(text)
  }

  /// One table, `programme`: a row per stage (status «текущий», «не текущий» or «без сроков»)
  /// and per expected result (its status, the linked indicators' ids), each status's id beside
  /// its title, as in the progress table.
  public func tables(language: Language) -> [ExportTable] {
    let report = self
    return [
      ExportTable(
        id: "programme", title: LocalizedText(ru: "Программа", en: "Programme"),
        columns: [
          .init("вид", "kind"), .code("kind_id"), .code("id"), .init("название", "title"),
          .init("год", "year", .integer), .init("статус", "status"), .code("status_id"),
          .init("с", "from", .integer), .init("по", "to", .integer),
          .init("indicator_id", "indicator_id", .list),
        ]
      ) { row in
        let ru = row.language == .russian
        for stage in report.stages {
          let status: (id: String, ru: String, en: String) =
            !stage.isDated
            ? ("undated", "без сроков", "undated")
            : report.currentStages.contains(stage)
              ? ("current", "текущий", "current") : ("not_current", "не текущий", "not current")
          row.text(ru ? "этап" : "stage")
          row.code("stage")
          row.code(stage.id.rawValue)
          row.text(stage.title[row.language])
          row.integer(report.year.endYear)
          row.text(ru ? status.ru : status.en)
          row.code(status.id)
          row.integer(stage.from?.endYear)
          row.integer(stage.to?.endYear)
          row.list([])
          row.endRow()
        }
        for progress in report.results {
          row.text(ru ? "ожидаемый результат" : "expected result")
          row.code("expected_result")
          row.code(progress.result.id.rawValue)
          row.text(progress.result.title[row.language])
          row.integer(report.year.endYear)
          row.text(progress.status.title(in: row.language))
          row.code(progress.status.rawValue)
          row.empty()
          row.empty()
          row.list(progress.indicators.map(\.id.rawValue))
          row.endRow()
        }
      }
    ]
  }
}
