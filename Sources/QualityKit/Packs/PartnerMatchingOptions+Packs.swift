extension PartnerMatcher.Options {
  /// The composite index with `id` among the indices of `packs`: the way to name a pack's social
  /// index (`index.social_wellbeing` of `krasnoyarsk`, `index.amur.social_wellbeing` of `amur`).
  ///
  /// - Throws: ``SupportPlanError`` when no pack has an index with that id.
  /// - Complexity: O(i) in the number of indices of the packs.
  public static func index(_ id: IndexID, in packs: [RulePack]) throws(SupportPlanError)
    -> CompositeIndex
  {
    let all = packs.flatMap(\.indices)
    guard let index = all.first(where: { $0.id == id }) else {
      throw .unknownIndex(id, known: all.map(\.id))
    }
    return index
  }
}
