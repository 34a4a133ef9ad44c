extension ProgrammeStatusReport {
  /// The report for `pack`'s expected results and stages in `year`, with result statuses read
  /// from `progress` (a progress report of the pack's indicators).
  ///
  /// Here rather than with the report: the report is a domain value, and a pack is a floor above.
  public init(pack: RulePack, progress: ProgressReport, year: AcademicYear) {
    self.init(
      expectedResults: pack.expectedResults, stages: pack.stages, progress: progress, year: year)
  }
}
