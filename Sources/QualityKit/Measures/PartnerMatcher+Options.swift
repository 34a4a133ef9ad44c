extension PartnerMatcher {
  /// How ``PartnerMatcher`` pairs identified schools with strong schools: how many schools one
  /// partner takes, how a school's results are scored, which schools count as strong, and which
  /// social index makes two schools alike.
  ///
  /// The documents ask for partnerships «ШНРО НСУ со школами с высокими результатами обучения»
  /// (seed 003, minimum requirement 4; seed 002 item 2.3; seed 004 item 1.5) but say neither how many
  /// schools one partner supports nor what «высокие результаты» are: every default here is derived,
  /// and says why.
  ///
  /// ```swift
  /// var options = PartnerMatcher.Options()             // capacity 2, ЕГЭ/ОГЭ strength, median
  /// options.capacity = 3
  /// options.socialIndex = Krasnoyarsk.socialWellbeingIndex  // prefer a similar ИСБ
  /// let matching = try PartnerMatcher(options: options).match(report, dataset: dataset)
  /// ```
  public struct Options: Sendable, Hashable {
    /// The most identified schools one strong school takes: 2 by default.
    ///
    /// Rationale: seed 003 asks each partnership for «не менее 4-х в год» exchange events; a school
    /// that supports more than two others would owe eight or more a year on top of its own work.
    public var capacity: Int

    /// The strength score: a composite of result metrics, standardised over every school of the
    /// dataset in the report's year (see ``defaultStrength``).
    public var strength: CompositeIndex

    /// A strong school's strength is at or above this quantile of the strengths of all schools with
    /// data (identified ones included): 0.5, the median, by default.
    ///
    /// Rationale: «школы с высокими результатами» without a number; the median is the least
    /// arbitrary cut that still means "better than most", and it does not move when a few schools
    /// have extreme scores. Quantiles are interpolated linearly between order statistics (Hyndman–Fan
    /// type 7), so 0.5 of an even count is the mean of the two middle values.
    public var strengthQuantile: Double

    /// The index that makes two schools socially alike, computed as the identification run computed
    /// it (the report's year, cohort and switch values); `nil`: no social preference, the partner is
    /// the strongest free school.
    public var socialIndex: CompositeIndex?

    /// Creates options; the defaults are documented on each property.
    public init(
      capacity: Int = 2, strength: CompositeIndex = PartnerMatcher.Options.defaultStrength,
      strengthQuantile: Double = 0.5, socialIndex: CompositeIndex? = nil
    ) {
      self.capacity = capacity
      self.strength = strength
      self.strengthQuantile = strengthQuantile
      self.socialIndex = socialIndex
    }

    /// The default strength: the mean of the direction-adjusted z-scores of the ЕГЭ mean scores in
    /// Russian and profile mathematics and the ОГЭ mean marks in Russian and mathematics, over the
    /// metrics the school has in the report's year (at least one).
    ///
    /// Rationale: the two compulsory subjects of both state exams are the results every programme
    /// names first and every school of grades 9 or 11 has; a basic school (no ЕГЭ) is scored on its
    /// ОГЭ alone instead of being left out. Z-scores put points and marks on one scale.
    public static let defaultStrength = CompositeIndex(
      id: "partners.strength",
      title: LocalizedText(ru: "сила результатов", en: "strength of results"),
      components: [
        CompositeIndex.Component(.egeRussianMeanScore, .positive),
        CompositeIndex.Component(.egeMathProfileMeanScore, .positive),
        CompositeIndex.Component(.ogeRussianMeanMark, .positive),
        CompositeIndex.Component(.ogeMathMeanMark, .positive),
      ],
      minimumCoverage: 0,
      provenance: Provenance(
        source: "003_2156e850bfcb12b0.txt", section: "Минимальные требования, п. 4",
        quote:
          "Заключение партнерских договоров ШНРО НСУ со школами с высокими результатами обучения",
        kind: .derived,
        derivation: LocalizedText(
          ru: "Документ не определяет «высокие результаты»: среднее z-оценок средних баллов ЕГЭ по "
            + "русскому языку и профильной математике и средних отметок ОГЭ по русскому языку и "
            + "математике за год отчёта, по имеющимся у школы (не менее одного).",
          en: "The document does not define «высокие результаты»: the mean z-score of the ЕГЭ mean "
            + "scores in Russian and profile mathematics and the ОГЭ mean marks in Russian and "
            + "mathematics in the report's year, over those the school has (at least one).")))

    /// Checks the options.
    ///
    /// - Throws: ``SupportPlanError`` for a capacity below 1, a quantile outside 0…1 or an
    ///   index without components.
    func validate() throws(SupportPlanError) {
      guard capacity >= 1 else { throw .invalidCapacity(capacity) }
      guard strengthQuantile.isFinite, (0...1).contains(strengthQuantile) else {
        throw .invalidStrengthQuantile(strengthQuantile)
      }
      guard !strength.components.isEmpty, strength.window >= 1 else {
        throw .emptyIndex(strength.id)
      }
      if let socialIndex, socialIndex.components.isEmpty || socialIndex.window < 1 {
        throw .emptyIndex(socialIndex.id)
      }
    }
  }
}
