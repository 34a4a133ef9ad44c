extension LinearContextAdjustment {
  /// `context_adjusted.k`: the band half-width, in residual standard deviations.
  public static let bandWidthParameter = PackParameter(
    key: "context_adjusted.k", defaultValue: 1.0, unit: .index, range: 0.1...5,
    kind: .derived,
    rationale: LocalizedText(
      ru: "школа выше или ниже ожидаемого, если её остаток не меньше k стандартных отклонений "
        + "остатков; k = 1 выделяет примерно каждую шестую школу с каждой стороны при нормальном "
        + "распределении — заметное, но не исключительное отклонение",
      en: "a school is above or below expectation when its residual is at least k residual "
        + "standard deviations; k = 1 marks about one school in six on each side under a normal "
        + "distribution — a clear but not exceptional departure"))

  /// `context_adjusted.context_share`: the share of schools with the hardest conditions.
  public static let contextShareParameter = PackParameter(
    key: "context_adjusted.context_share", defaultValue: 0.25, unit: .share, range: 0.01...0.5,
    kind: .derived,
    rationale: LocalizedText(
      ru: "резильентная школа — среди 25 % школ с самыми трудными условиями: нижний квартиль, "
        + "как в исследованиях резильентных школ (НИУ ВШЭ) и как четверть снизу в критериях "
        + "Красноярского края",
      en: "a resilient school is among the 25 % of schools with the hardest conditions: the "
        + "bottom quartile, as in the resilient-school studies (HSE University) and as the bottom "
        + "quarter of the Krasnoyarsk criteria"))

  /// `context_adjusted.results_share`: the share of schools with the best results.
  public static let resultsShareParameter = PackParameter(
    key: "context_adjusted.results_share", defaultValue: 0.25, unit: .share, range: 0.01...0.5,
    kind: .derived,
    rationale: LocalizedText(
      ru: "и среди 25 % школ с лучшими результатами: верхний квартиль, симметрично условиям",
      en: "and among the 25 % of schools with the best results: the top quartile, symmetric to "
        + "the conditions"))

  /// The three parameters, which a run declares when a pack declares a results index.
  public static let parameters = [bandWidthParameter, contextShareParameter, resultsShareParameter]
}
