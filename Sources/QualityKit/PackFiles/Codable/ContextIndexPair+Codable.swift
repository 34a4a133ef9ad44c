/// The JSON form of a pack's results and conditions indices, the `context_indices` of a pack file:
///
/// ```json
/// "context_indices": {"results": "index.krasnoyarsk.results", "context": "index.social_wellbeing"}
/// ```
///
/// `context` may be left out: the run then borrows the conditions index of another pack.
extension ContextIndexPair: Codable {
  private enum CodingKeys: String, CodingKey { case results, context }

  /// Decodes the pair; whether the indices exist is the pack's concern (``RulePack/validate()``).
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      results: try container.decode(IndexID.self, forKey: .results),
      context: try container.decodeIfPresent(IndexID.self, forKey: .context))
  }

  /// Encodes the pair; `context` only when named.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(results, forKey: .results)
    try container.encodeIfPresent(context, forKey: .context)
  }
}
