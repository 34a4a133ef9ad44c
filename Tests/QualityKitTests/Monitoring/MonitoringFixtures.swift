import QualityKit
import Testing

/// Shared values of the monitoring tests.
enum MonitoringFixture {
  /// The date written `text` (`YYYY-MM-DD` or `DD.MM.YYYY`); records an issue when it is not one.
  static func day(
    _ text: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> CalendarDate {
    guard let date = CalendarDate(text) else {
      Issue.record("not a date: \(text)", sourceLocation: sourceLocation)
      return CalendarDate(clampingYear: 1, month: 1, day: 1)
    }
    return date
  }

  /// `from...to` written as two dates.
  static func window(
    _ from: String, _ to: String, sourceLocation: SourceLocation = #_sourceLocation
  ) -> ClosedRange<CalendarDate> {
    let lower = day(from, sourceLocation: sourceLocation)
    let upper = day(to, sourceLocation: sourceLocation)
    guard lower <= upper else {
      Issue.record("window \(from)–\(to) ends before it starts", sourceLocation: sourceLocation)
      return lower...lower
    }
    return lower...upper
  }

  /// A procedure with a placeholder provenance.
  static func procedure(
    _ id: MonitoringProcedureID, _ periodicity: MonitoringProcedure.Periodicity,
    title: String? = nil,
    responsible: LocalizedText? = nil
  ) -> MonitoringProcedure {
    MonitoringProcedure(
      id: id,
      title: LocalizedText(ru: title ?? "Процедура \(id)", en: title ?? "Procedure \(id)"),
      periodicity: periodicity, responsible: responsible,
      provenance: Provenance(source: "test", section: "test", quote: "test", kind: .stated))
  }

  /// A plan of `procedures`; records an issue when it is not valid.
  static func plan(
    _ procedures: [MonitoringProcedure], sourceLocation: SourceLocation = #_sourceLocation
  ) -> MonitoringPlan {
    do {
      return try MonitoringPlan(procedures)
    } catch {
      Issue.record("invalid plan: \(error)", sourceLocation: sourceLocation)
      return MonitoringPlan()
    }
  }

  /// A record of `procedure` on `date`.
  static func record(
    _ procedure: MonitoringProcedureID, _ date: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) -> MonitoringRecord {
    MonitoringRecord(procedure: procedure, date: day(date, sourceLocation: sourceLocation))
  }

  // MARK: - Seed 000

  static let seed000Source = "000_2047c6b8ed2e3828.txt"
  static let seed000Section = "Раздел 3. Механизмы выявления ШНРО и ШНСУ"

  /// The five monitoring procedures of seed 000 (г. Свободный), L1009–1024.
  static let seed000Procedures: [MonitoringProcedure] = [
    MonitoringProcedure(
      id: "identification",
      title: LocalizedText(
        ru: "Мониторинг выявления ШНОР (SWOT-анализ)",
        en: "Identification of low-result schools (SWOT analysis)"),
      periodicity: .timesPerYear(1),
      provenance: Provenance(
        source: seed000Source, section: seed000Section,
        quote: "мониторинг выявления ШНОР (SWOT-анализ) -  1 раз в год", kind: .stated)),
    MonitoringProcedure(
      id: "teacher_competences",
      title: LocalizedText(
        ru: "Мониторинг профессиональных (в том числе предметных) компетенций педагогов",
        en: "Teachers' professional (including subject) competences"),
      periodicity: .timesPerYear(2),
      provenance: Provenance(
        source: seed000Source, section: seed000Section,
        quote: "система мониторинга для оценки профессиональных (в том числе …выявленных "
          + "дефицитов -  2 раза в год", kind: .stated),
      notes: LocalizedText(
        ru: "по итогам — программа индивидуального развития педагога",
        en: "followed by an individual development programme for each teacher")),
    MonitoringProcedure(
      id: "projects",
      title: LocalizedText(
        ru: "Мониторинг результативности проектов повышения качества образования в ОУ",
        en: "Results of schools' education-quality projects"),
      periodicity: .timesPerYear(2),
      provenance: Provenance(
        source: seed000Source, section: seed000Section,
        quote: "мониторинг результативности проектов повышения качества образования в … ОУ "
          + "города (дистанционный, выездной) - 2 раза в год", kind: .stated)),
    MonitoringProcedure(
      id: "management",
      title: LocalizedText(
        ru: "Мониторинг эффективности управленческой деятельности",
        en: "Effectiveness of school management"),
      periodicity: .timesPerYear(4),
      provenance: Provenance(
        source: seed000Source, section: seed000Section,
        quote: "мониторинг эффективности управленческой деятельности … (дистанционный) - 4 раза "
          + "в год", kind: .stated)),
    MonitoringProcedure(
      id: "quality",
      title: LocalizedText(
        ru: "Мониторинг качества образования в ОУ", en: "Education quality in schools"),
      periodicity: .timesPerYear(4),
      provenance: Provenance(
        source: seed000Source, section: seed000Section,
        quote: "мониторинг качества образования в ОУ - 4 раза в год по итогам …", kind: .stated,
        derivation: LocalizedText(
          ru: "«по итогам четвертей» прочитано как четыре периода по три месяца с сентября",
          en: "«по итогам четвертей» read as four three-month spans from September"))),
  ]

  /// The plan of the five procedures. They are valid; were they not, the plan would be empty and
  /// every test using it would fail.
  static let seed000 = (try? MonitoringPlan(seed000Procedures)) ?? MonitoringPlan()

  /// The records file of the guide's example.
  static let seed000Records = """
    procedure;date
    identification;20.09.2022
    identification;10.06.2022
    teacher_competences;05.10.2022
    management;25.11.2022
    management;2023-01-30
    quality;15.10.2022
    quality;30.11.2022

    """
}
