/// Where a programme stands in one academic year: its current stage and the status of each
/// expected result. This is the `programme` section of `track-indicators`.
///
/// **Current stage.** The stages whose years contain the report's year. The documents date their
/// stages rarely: when none of the pack's stages has dates, the report says the document dates no
/// stage rather than guess one (``stagesDated`` is `false`); when the year falls in no dated stage,
/// it says so.
///
/// **Expected results.** A result linked to indicators takes its status from their rows for the
/// year in a ``ProgressReport``, in this order: any linked indicator not achieved → ``Status/notAchieved``;
/// any without data (or missing from the progress report) → ``Status/noData``; any achieved →
/// ``Status/achieved``; any not yet due → ``Status/notYetDue``; any with no target set for the
/// year → ``Status/targetNotSet``; otherwise ``Status/noTarget``.
/// Missing data is therefore never «достигнут», and one achieved indicator does not hide another
/// that is not. A result without indicators is ``Status/byHand``: a person records it.
///
/// ```swift
/// let progress = ProgressReport(indicators: pack.indicators, context: context)
/// let programme = ProgrammeStatusReport(pack: pack, progress: progress, year: 2022)
/// programme.currentStages.map(\.id)      // ["krasnoyarsk.stage.model"]
/// programme.results.map(\.status)        // [.byHand, .noData, …]
/// ```
///
/// - Complexity: O(r · i + s) for r results with i indicators each and s stages.
public struct ProgrammeStatusReport: Sendable {
  /// Where an expected result stands.
  public enum Status: String, Sendable, Hashable, CaseIterable {
    /// Every linked indicator with a target in force meets it, and at least one does
    /// («достигнут»).
    case achieved
    /// A linked indicator misses its target («не достигнут»).
    case notAchieved = "not_achieved"
    /// A linked indicator has a target in force but no value («нет данных»).
    case noData = "no_data"
    /// No linked indicator has a target in force yet («срок не наступил»).
    case notYetDue = "not_yet_due"
    /// No linked indicator has a target for the year: it is before the plan («цель не
    /// установлена»).
    case targetNotSet = "target_not_set"
    /// The linked indicators have no target: only their trend can be followed («цель не задана»).
    case noTarget = "no_target"
    /// Nothing in the pack measures the result («отмечается вручную»).
    case byHand = "by_hand"

    /// The status in words, agreeing with «результат»: «достигнут», «отмечается вручную».
    public func title(in language: Language) -> String {
      switch (self, language) {
      case (.achieved, .russian): "достигнут"
      case (.achieved, .english): "achieved"
      case (.notAchieved, .russian): "не достигнут"
      case (.notAchieved, .english): "not achieved"
      case (.noData, .russian): "нет данных"
      case (.noData, .english): "no data"
      case (.notYetDue, .russian): "срок не наступил"
      case (.notYetDue, .english): "not yet due"
      case (.targetNotSet, .russian): "цель не установлена"
      case (.targetNotSet, .english): "target not set"
      case (.noTarget, .russian): "цель не задана"
      case (.noTarget, .english): "no target"
      case (.byHand, .russian): "отмечается вручную"
      case (.byHand, .english): "recorded by hand"
      }
    }
  }

  /// One expected result in the report's year.
  public struct ResultProgress: Sendable {
    /// The result.
    public let result: ExpectedResult
    /// Where it stands.
    public let status: Status
    /// Each linked indicator with its title and status in the year (`nil` when the progress
    /// report has no row for it).
    public let indicators:
      [(id: IndicatorID, title: LocalizedText?, status: ProgressReport.Status?)]
  }

  /// The academic year the report is for.
  public let year: AcademicYear
  /// The programme's stages, in document order.
  public let stages: [ProgrammeStage]
  /// The stages whose years contain ``year``; empty when none does or none is dated.
  public let currentStages: [ProgrammeStage]
  /// The expected results, in document order.
  public let results: [ResultProgress]

  /// Whether the document dates any stage: without dates there is no current stage to tell.
  public var stagesDated: Bool { stages.contains(where: \.isDated) }

  /// The report for `expectedResults` and `stages` in `year`, with result statuses read from
  /// `progress`.
  public init(
    expectedResults: [ExpectedResult], stages: [ProgrammeStage], progress: ProgressReport,
    year: AcademicYear
  ) {
    self.year = year
    self.stages = stages
    currentStages = stages.filter { $0.contains(year) }
    var byID: [IndicatorID: ProgressReport.IndicatorProgress] = [:]
    for indicator in progress.indicators where byID[indicator.description.id] == nil {
      byID[indicator.description.id] = indicator
    }
    results = expectedResults.map { result in
      let linked = result.indicators.map { id in
        (id: id, title: byID[id]?.description.title, status: byID[id]?.row(for: year)?.status)
      }
      return ResultProgress(
        result: result, status: Self.status(of: linked.map(\.status), byHand: linked.isEmpty),
        indicators: linked)
    }
  }

  /// A result's status from its indicators' statuses (`nil`: no row), in the order the type's
  /// documentation gives.
  static func status(of statuses: [ProgressReport.Status?], byHand: Bool) -> Status {
    if byHand { return .byHand }
    if statuses.contains(.notAchieved) { return .notAchieved }
    if statuses.contains(where: { $0 == nil || $0 == .noData }) { return .noData }
    if statuses.contains(.achieved) { return .achieved }
    if statuses.contains(.notYetDue) { return .notYetDue }
    if statuses.contains(.targetNotSet) { return .targetNotSet }
    return .noTarget
  }
}
