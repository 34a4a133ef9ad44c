import Foundation
import QualityKit
import Testing

/// `qualitykit.catalogue/1`: entries take their source and section from the group and the document,
/// a reading is written once for derivation, target, rationale and notes, roles are named by id;
/// and every mistake is an error at the line and column where it is written.
@Suite struct PackCatalogueTests {
  /// One group of each section: a measure with a base and a declared role, an indicator with a
  /// reading, one without, and a procedure with a reading; the second measure quotes another
  /// seed and section of its own.
  static let catalogue = #"""
    {
      "format": "qualitykit.catalogue/1",
      "source": "003.txt",
      "stated_rationale": {"ru": "Как в документе.", "en": "As the document writes it."},
      "roles": {"network_coordinator": {"ru": "Координатор сети", "en": "Network coordinator"}},
      "indicators": [
        {"section": "3. Ожидаемые результаты", "entries": [
          {"kind": "reported", "id": "k.share", "unit": "percent", "level": "municipality",
           "better": "+", "target": {"comparison": ">=", "plan": {"2021": 100}},
           "title": {"ru": "Доля школ", "en": "Share of schools"},
           "provenance": {"kind": "derived", "quote": "в 100% школ"},
           "reading": {"ru": "Не менее 100 %.", "en": "At least 100 %."}},
          {"kind": "reported", "id": "k.count", "unit": "count", "level": "municipality",
           "better": "+", "title": {"ru": "Число", "en": "Count"},
           "provenance": {"kind": "stated", "quote": "число"}}]}
      ],
      "monitoring": [
        {"section": "4. План-график", "entries": [
          {"id": "k.yearly", "periodicity": {"kind": "times_per_year", "times": 1},
           "title": {"ru": "Ежегодно", "en": "Yearly"},
           "provenance": {"kind": "derived", "quote": "1 раз в год"},
           "reading": {"ru": "Учебный год.", "en": "The academic year."}}]}
      ],
      "measures": [
        {"section": "2.1. Компоненты", "entries": [
          {"id": "k.programme", "categories": ["monitoring"], "level": "municipal",
           "responsible": ["education_department", "network_coordinator"],
           "schedule": {"form": "continuous"}, "condition": {"kind": "programme"},
           "title": {"ru": "Программа", "en": "Programme"},
           "provenance": {"kind": "stated", "quote": "Программа"}}]},
        {"source": "000.txt", "entries": [
          {"id": "k.visits", "categories": ["monitoring"], "level": "municipal",
           "schedule": {"form": "continuous"}, "condition": {"kind": "identified"},
           "title": {"ru": "Выезды", "en": "Visits"}, "lines": "L10–12",
           "provenance": {"kind": "derived", "section": "п. 5", "quote": "выезды"},
           "reading": {"ru": "Постоянно.", "en": "Continuous."}}]}
      ]
    }
    """#

  /// The error `json` gives, or a recorded issue if it loads.
  static func error(
    _ json: String, firstLine: Int = 1, indentation: Int = 0
  ) -> PackFileError? {
    do {
      _ = try PackCatalogue(
        json: json, file: "c.swift", firstLine: firstLine, indentation: indentation)
      Issue.record("loaded")
    } catch {
      return error
    }
    return nil
  }

  @Test func expectedResultsStagesAndRisksTakeTheGroupsSourceSectionAndReading() throws {
    let text = #"""
      {"format": "qualitykit.catalogue/1", "source": "003.txt",
       "expected_results": [
         {"section": "3. Ожидаемые результаты", "entries": [
           {"id": "k.result", "title": {"ru": "р", "en": "r"}, "indicators": ["k.share"],
            "provenance": {"kind": "stated", "quote": "в 100% школ"},
            "reading": {"ru": "Измеряется долей.", "en": "Measured by the share."}}]}],
       "stages": [
         {"source": "001.txt", "section": "Этапы", "entries": [
           {"id": "k.stage", "title": {"ru": "э", "en": "s"},
            "provenance": {"kind": "stated", "quote": "Первый этап"}}]}],
       "risks": [
         {"section": "Риски", "entries": [
           {"id": "k.risk", "title": {"ru": "к", "en": "k"}, "measures": ["k.programme"],
            "provenance": {"kind": "derived", "quote": "Риски"},
            "reading": {"ru": "Прочтение.", "en": "A reading."}}]}]}
      """#
    let catalogue = try PackCatalogue(json: text, file: "c.json")
    let result = try #require(catalogue.expectedResults.first)
    #expect(result.indicators == ["k.share"])
    #expect(result.provenance.source == "003.txt")
    #expect(result.provenance.section == "3. Ожидаемые результаты")
    #expect(result.provenance.derivation?.ru == "Измеряется долей.")
    let stage = try #require(catalogue.stages.first)
    #expect(stage.provenance.source == "001.txt" && !stage.isDated)
    let risk = try #require(catalogue.risks.first)
    #expect(risk.measures == ["k.programme"] && risk.provenance.derivation?.en == "A reading.")
  }

  @Test func sourceAndSectionComeFromTheGroupUnlessTheEntryWritesThem() throws {
    let catalogue = try PackCatalogue(json: Self.catalogue, file: "c.json")
    #expect(catalogue.indicators.map(\.id) == ["k.share", "k.count"])
    #expect(catalogue.monitoring.map(\.id) == ["k.yearly"])
    #expect(catalogue.measures.map(\.id) == ["k.programme", "k.visits"])
    let share = catalogue.indicators[0].indicatorDescription.provenance
    #expect(share.source == "003.txt")
    #expect(share.section == "3. Ожидаемые результаты")
    #expect(catalogue.monitoring[0].provenance.section == "4. План-график")
    #expect(catalogue.measures[0].provenance.source == "003.txt")
    #expect(catalogue.measures[0].provenance.section == "2.1. Компоненты")
    // The group's source, the entry's own section.
    #expect(catalogue.measures[1].provenance.source == "000.txt")
    #expect(catalogue.measures[1].provenance.section == "п. 5")
    #expect(catalogue.measures[1].lines == "L10–12")
  }

  @Test func aReadingIsTheDerivationTargetReadingRationaleAndNotes() throws {
    let catalogue = try PackCatalogue(json: Self.catalogue, file: "c.json")
    let reading = LocalizedText(ru: "Не менее 100 %.", en: "At least 100 %.")
    let share = catalogue.indicators[0].indicatorDescription
    #expect(share.provenance.derivation == reading)
    #expect(share.target?.reading == reading)
    #expect(share.target?.plan == [2021: 100])
    #expect(share.rationale == reading)
    // No reading: the document's stated rationale, no derivation.
    let count = catalogue.indicators[1].indicatorDescription
    #expect(
      count.rationale == LocalizedText(ru: "Как в документе.", en: "As the document writes it."))
    #expect(count.provenance.derivation == nil)
    #expect(count.target == nil)
    let procedure = catalogue.monitoring[0]
    let yearly = LocalizedText(ru: "Учебный год.", en: "The academic year.")
    #expect(procedure.notes == yearly)
    #expect(procedure.provenance.derivation == yearly)
    #expect(
      catalogue.measures[1].provenance.derivation
        == LocalizedText(ru: "Постоянно.", en: "Continuous."))
    #expect(catalogue.measures[0].provenance.derivation == nil)
  }

  @Test func rolesByIdAreBaseRolesOrTheCataloguesOwn() throws {
    let catalogue = try PackCatalogue(json: Self.catalogue, file: "c.json")
    #expect(
      catalogue.measures[0].responsible == [
        .educationDepartment,
        ResponsibleRole(
          id: "network_coordinator",
          title: LocalizedText(ru: "Координатор сети", en: "Network coordinator")),
      ])
    #expect(catalogue.measures[1].responsible.isEmpty)
  }

  @Test func aTypoInAnEntryIsAnUnknownKeyAtItsLineAndColumn() throws {
    let typo = Self.catalogue.replacingOccurrences(of: #""lines": "L10"#, with: #""line": "L10"#)
    let error = try #require(Self.error(typo))
    guard case .unknownKey("line") = error.kind else {
      Issue.record("\(error)")
      return
    }
    #expect(error.path == "measures[1].entries[0].line")
    #expect(error.line == 34)
    #expect(error.column == 51)
    // Embedded in a Swift file: the text starts on line 101, four columns in.
    let embedded = try #require(Self.error(typo, firstLine: 101, indentation: 4))
    #expect(embedded.description.hasPrefix("c.swift:134:55: measures[1].entries[0].line"))
  }

  @Test func aMissingQuoteIsReportedAtTheEntrysProvenance() throws {
    let broken = Self.catalogue.replacingOccurrences(
      of: #", "quote": "1 раз в год""#, with: "")
    let error = try #require(Self.error(broken))
    guard case .missingField("quote", _) = error.kind else {
      Issue.record("\(error)")
      return
    }
    #expect(error.path == "monitoring[0].entries[0].provenance")
    #expect(error.line == 21)
  }

  @Test func anUnknownRoleIsAnErrorAtItsId() throws {
    let broken = Self.catalogue.replacingOccurrences(
      of: #""education_department""#, with: #""educaton_department""#)
    let error = try #require(Self.error(broken))
    #expect(error.path == "measures[0].entries[0].responsible[0]")
    #expect(error.line == 27)
    #expect(error.column == 24)
    #expect(error.message(in: .english).contains("no role 'educaton_department'"))
  }

  @Test func anotherFormatIsRefused() throws {
    let other = Self.catalogue.replacingOccurrences(
      of: "qualitykit.catalogue/1", with: "qualitykit.pack/1")
    let error = try #require(Self.error(other))
    #expect(error.path == "format")
    #expect(error.line == 2)
  }
}
