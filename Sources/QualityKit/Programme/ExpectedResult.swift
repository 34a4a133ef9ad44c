/// An expected result of a programme («ожидаемые результаты»), as the document words it.
///
/// Documents list what the programme should achieve in prose; some of it is measured by a target
/// indicator of the same pack (the indicator quotes the same sentence, or counts what the sentence
/// promises), most of it is not. A result linked to indicators takes its status from theirs in a
/// progress report (``ProgrammeStatusReport``); one without is recorded by hand — the library
/// cannot tell whether «создана система внутреннего аудита» holds, and says so rather than guess.
///
/// ```swift
/// let fewerFailing = ExpectedResult(
///   id: "krasnoyarsk.result.fewer_failing",
///   title: LocalizedText(ru: "Снизится доля неуспешных учащихся…", en: "Fewer failing students…"),
///   indicators: ["krasnoyarsk.failing_students_basic_subjects_share"],
///   provenance: Provenance(source: "003_2156e850bfcb12b0.txt", section: "…",
///                          quote: "Снизится доля неуспешных учащихся", kind: .stated))
/// ```
public struct ExpectedResult: Sendable, Hashable {
  /// The result's id, unique among the pack's results, stages and risks.
  public let id: ProgrammeElementID
  /// The result as the document words it (shortened where it is long).
  public let title: LocalizedText
  /// The indicators that measure it, in the pack's order of reading; empty when none does and the
  /// result is recorded by hand.
  public let indicators: [IndicatorID]
  /// Where the document states the result; its derivation says why the indicators measure it.
  public let provenance: Provenance

  /// Creates an expected result.
  ///
  /// - Parameters:
  ///   - id: The id, unique within the pack's programme elements.
  ///   - title: The result in words.
  ///   - indicators: The pack's indicators that measure it, or none.
  ///   - provenance: The document, section and quote.
  public init(
    id: ProgrammeElementID, title: LocalizedText, indicators: [IndicatorID] = [],
    provenance: Provenance
  ) {
    self.id = id
    self.title = title
    self.indicators = indicators
    self.provenance = provenance
  }

  /// Whether nothing in the pack measures the result, so a person records it.
  public var isRecordedByHand: Bool { indicators.isEmpty }
}
