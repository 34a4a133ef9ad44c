extension ProgressReport {
  /// Where an indicator stands against its target in one year.
  ///
  /// Decided in this order: no target at all → ``noTarget``; no target in force that year →
  /// ``notYetDue`` from the programme's start to the first planned year, ``targetNotSet``
  /// otherwise; no actual value → ``noData``; otherwise ``achieved`` or ``notAchieved`` by the
  /// target's comparison. Missing data is therefore never reported as "not achieved".
  public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
    /// The actual value meets the target in force («достигнуто»).
    case achieved
    /// The actual value is on the wrong side of the target in force («не достигнуто»).
    case notAchieved = "not_achieved"
    /// A target is in force but there is no actual value («нет данных»).
    case noData = "no_data"
    /// The target is set but due in a later year («К 2024 году …»), and the programme has started
    /// («срок не наступил»).
    case notYetDue = "not_yet_due"
    /// The document sets no target for this year: it is before the programme or the plan starts (a
    /// baseline year, say), or between planned years without a value of its own («цель не
    /// установлена»).
    case targetNotSet = "target_not_set"
    /// The indicator has no target at all («цель не задана»): the document names it without a value,
    /// and only its trend can be followed.
    case noTarget = "no_target"

    /// The status in words, e.g. «не достигнуто».
    public func title(in language: Language) -> String {
      switch (self, language) {
      case (.achieved, .russian): "достигнуто"
      case (.achieved, .english): "achieved"
      case (.notAchieved, .russian): "не достигнуто"
      case (.notAchieved, .english): "not achieved"
      case (.noData, .russian): "нет данных"
      case (.noData, .english): "no data"
      case (.notYetDue, .russian): "срок не наступил"
      case (.notYetDue, .english): "not yet due"
      case (.targetNotSet, .russian): "цель не установлена"
      case (.targetNotSet, .english): "target not set"
      case (.noTarget, .russian): "цель не задана"
      case (.noTarget, .english): "no target"
      }
    }
  }
}
