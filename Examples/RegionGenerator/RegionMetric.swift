import QualityKit

/// One metric of a generated region: how its values are distributed and which schools have it.
///
/// The figures follow the reference generator (a region's typical mean and spread between schools,
/// as published regional statistics put them); they are illustrative, not any region's data.
struct RegionMetric: Sendable {
  /// How a metric's value is made.
  enum Family: Sendable {
    /// A result: rises with the school's yearly result level (falls, for a "less is better" share).
    case result
    /// A social-context share: follows the school's fixed social-wellbeing level.
    case social
    /// A staffing or resources share: follows the social-wellbeing level, more loosely.
    case staff
  }

  let key: MetricKey
  let mean: Double
  let deviation: Double
  let range: ClosedRange<Double>
  let decimals: Int
  /// +1 when more is better, −1 when more is worse.
  let sign: Double
  let family: Family

  init(
    _ key: MetricKey, _ mean: Double, _ deviation: Double, _ range: ClosedRange<Double>,
    decimals: Int = 1, sign: Double = 1, _ family: Family
  ) {
    self.key = key
    self.mean = mean
    self.deviation = deviation
    self.range = range
    self.decimals = decimals
    self.sign = sign
    self.family = family
  }

  /// Whether a school of `kind` has the metric at all: ЕГЭ needs grade 11, ОГЭ, the ГИА
  /// certificates and the continuation into grade 10 need grade 9 (which a primary school lacks).
  func applies(to kind: School.Kind) -> Bool {
    let name = key.rawValue
    if name.hasPrefix("ege.") { return kind != .primary && kind != .basic }
    if name.hasPrefix("oge.") || name.hasPrefix("gia.") || name.hasPrefix("continuation.") {
      return kind != .primary
    }
    return true
  }

  /// Results, in the column order of the reference generator.
  static let results: [RegionMetric] = [
    RegionMetric(.egeRussianMeanScore, 68, 7, 0...100, .result),
    RegionMetric(.egeMathProfileMeanScore, 54, 9, 0...100, .result),
    RegionMetric(.egeMathBaseMeanMark, 4.1, 0.35, 2...5, decimals: 2, .result),
    RegionMetric(.egeRussianBelowMinPercent, 1, 1.5, 0...100, sign: -1, .result),
    RegionMetric(.egeMathBelowMinPercent, 4, 4, 0...100, sign: -1, .result),
    RegionMetric(.ogeRussianMeanMark, 3.8, 0.3, 2...5, decimals: 2, .result),
    RegionMetric(.ogeMathMeanMark, 3.6, 0.35, 2...5, decimals: 2, .result),
    RegionMetric(.ogeRussianBelowMinPercent, 2, 2.5, 0...100, sign: -1, .result),
    RegionMetric(.ogeMathBelowMinPercent, 4, 4, 0...100, sign: -1, .result),
    RegionMetric(.giaNoCertificatePercent, 1.5, 1.8, 0...100, sign: -1, .result),
    RegionMetric(.giaHonoursPercent, 6, 4, 0...100, .result),
    RegionMetric(.vprRussianMeanMark, 3.4, 0.3, 2...5, decimals: 2, .result),
    RegionMetric(.vprMathMeanMark, 3.5, 0.3, 2...5, decimals: 2, .result),
    RegionMetric(.resultsQualityPercent, 48, 10, 0...100, .result),
    RegionMetric(.resultsSuccessPercent, 93, 4.5, 0...100, .result),
    RegionMetric(.continuationGrade10Percent, 68, 12, 0...100, .result),
    RegionMetric(.olympiadParticipationPercent, 1.6, 1.2, 0...100, decimals: 2, .result),
    RegionMetric(.olympiadWinnersPercent, 4, 3, 0...100, .result),
    RegionMetric(.satisfactionPercent, 72, 14, 0...100, decimals: 0, .result),
    RegionMetric(.additionalEducationCoveragePercent, 70, 12, 0...100, .result),
  ]

  /// Social-context shares: sign −1 for a share of disadvantage, +1 for parents' education.
  static let social: [RegionMetric] = [
    RegionMetric(.socialLowSesFamilyPercent, 18, 9, 0...100, sign: -1, .social),
    RegionMetric(.socialDeviantBehaviourPercent, 3, 2, 0...100, sign: -1, .social),
    RegionMetric(.socialLowMotivationPercent, 12, 6, 0...100, sign: -1, .social),
    RegionMetric(.socialWeakRussianPercent, 4, 4, 0...100, sign: -1, .social),
    RegionMetric(.socialLargeFamilyPercent, 16, 7, 0...100, sign: -1, .social),
    RegionMetric(.socialNonNativeRussianPercent, 5, 5, 0...100, sign: -1, .social),
    RegionMetric(.socialOneParentHigherEdPercent, 30, 9, 0...100, .social),
    RegionMetric(.socialBothParentsHigherEdPercent, 14, 8, 0...100, .social),
    RegionMetric(.socialBothParentsUnemployedPercent, 3, 2.5, 0...100, sign: -1, .social),
    RegionMetric(.socialDisabledParentPercent, 2, 1.5, 0...100, sign: -1, .social),
    RegionMetric(.socialFosterOrGuardianshipPercent, 3, 2, 0...100, sign: -1, .social),
    RegionMetric(.socialSociallyDangerousFamilyPercent, 1.5, 1.2, 0...100, sign: -1, .social),
    RegionMetric(.socialJuvenileCommissionPercent, 1, 0.9, 0...100, sign: -1, .social),
    RegionMetric(.socialSingleParentPercent, 25, 8, 0...100, sign: -1, .social),
    RegionMetric(.socialBelowSubsistencePercent, 15, 8, 0...100, sign: -1, .social),
    RegionMetric(.socialOneParentUnemployedPercent, 9, 4, 0...100, sign: -1, .social),
    RegionMetric(.socialPoorHousingPercent, 8, 7, 0...100, sign: -1, .social),
    RegionMetric(.socialPartlyPoorHousingPercent, 15, 10, 0...100, sign: -1, .social),
    RegionMetric(.socialSchoolBusPercent, 6, 8, 0...100, sign: -1, .social),
    RegionMetric(.socialDisabledOrAdaptedPercent, 3, 2, 0...100, sign: -1, .social),
    RegionMetric(.socialInternalRegisterPercent, 2.5, 2, 0...100, sign: -1, .social),
  ]

  /// Staffing and resources shares.
  static let staff: [RegionMetric] = [
    RegionMetric(.staffCategoryConfirmed3yPercent, 55, 15, 0...100, .staff),
    RegionMetric(.staffLoadOver15Percent, 12, 9, 0...100, sign: -1, .staff),
    RegionMetric(.staffCompetition3yPercent, 8, 6, 0...100, .staff),
    RegionMetric(.staffNonProfilePercent, 6, 6, 0...100, sign: -1, .staff),
    RegionMetric(.staffQualityTrainingPercent, 40, 15, 0...100, .staff),
    RegionMetric(.resourcesRecentTextbooksPercent, 45, 15, 0...100, .staff),
  ]

  /// The results a regional or municipal benchmark is written for.
  static let benchmarked: [MetricKey] = [
    .egeMathProfileMeanScore, .egeRussianMeanScore, .ogeMathMeanMark, .ogeRussianMeanMark,
    .vprMathMeanMark, .vprRussianMeanMark,
  ]
}
