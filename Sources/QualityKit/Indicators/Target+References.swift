extension Target.Relative {
  /// The benchmark keys the relative targets of `indicators` read that `catalog` does not define,
  /// as metric definitions with each indicator's unit, valid range and title: register them in
  /// the catalogue a benchmarks file is read with, and name them as references
  /// (``DatasetLoader``'s `references`), so that the file may carry their regional and national
  /// values although no school has values of them.
  ///
  /// - Complexity: O(i) for i indicators.
  public static func references(
    of indicators: [any Indicator], in catalog: MetricCatalog = .standard
  ) -> [MetricCatalog.Definition] {
    var seen = Set<MetricKey>()
    var definitions: [MetricCatalog.Definition] = []
    for indicator in indicators.map(\.indicatorDescription) {
      guard let key = indicator.target?.relative?.key, catalog[key] == nil,
        seen.insert(key).inserted
      else { continue }
      definitions.append(
        MetricCatalog.Definition(
          key: key, unit: indicator.unit, range: indicator.unit.validRange,
          title: indicator.title))
    }
    return definitions
  }
}
