/// A risk a programme names («риски»), with the support measures of the pack that answer it.
///
/// Documents list risks without saying which measure answers which; the measures here are the
/// library's reading (the risk's provenance is `derived` and its derivation names the reasoning),
/// so that a reader can check that every named risk has an answer in the plan.
public struct ProgrammeRisk: Sendable, Hashable {
  /// The risk's id, unique among the pack's results, stages and risks.
  public let id: ProgrammeElementID
  /// The risk as the document words it.
  public let title: LocalizedText
  /// The pack's measures that answer it.
  public let measures: [MeasureID]
  /// Where the document names the risk; its derivation says why these measures answer it.
  public let provenance: Provenance

  /// Creates a risk.
  public init(
    id: ProgrammeElementID, title: LocalizedText, measures: [MeasureID] = [],
    provenance: Provenance
  ) {
    self.id = id
    self.title = title
    self.measures = measures
    self.provenance = provenance
  }
}
