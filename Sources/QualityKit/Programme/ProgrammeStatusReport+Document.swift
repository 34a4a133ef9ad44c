/// A programme status report for people, and its JSON (`qualitykit.programme/1`) and CSV exports.
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

  /// Writes the CSV for Russian Excel: one row per stage (`kind` `stage`, status `current`,
  /// `not_current` or `undated`) and per expected result (`kind` `expected_result`, its status
  /// code, the linked indicators' ids), with the same conventions as the progress CSV.
  public func writeCSV(language: Language, to output: inout some ReportOutputStream) {
    let ru = language == .russian
    let header =
      ru
      ? ["kind", "id", "название", "год", "статус", "с", "по", "indicators"]
      : ["kind", "id", "title", "year", "status", "from", "to", "indicators"]
    var text = "\u{FEFF}" + header.joined(separator: ";") + "\r\n"
    func row(_ cells: [String]) {
      text += cells.map(CSVReport.quoted).joined(separator: ";") + "\r\n"
    }
    for stage in stages {
      let status =
        !stage.isDated ? "undated" : currentStages.contains(stage) ? "current" : "not_current"
      row([
        "stage", CSVReport.inert(stage.id.rawValue), CSVReport.inert(stage.title[language]),
        String(year.endYear), status, stage.from.map { String($0.endYear) } ?? "",
        stage.to.map { String($0.endYear) } ?? "", "",
      ])
    }
    for progress in results {
      row([
        "expected_result", CSVReport.inert(progress.result.id.rawValue),
        CSVReport.inert(progress.result.title[language]), String(year.endYear),
        progress.status.rawValue, "", "",
        CSVReport.inert(progress.indicators.map(\.id.rawValue).joined(separator: ", ")),
      ])
    }
    output.write(text)
  }
}
