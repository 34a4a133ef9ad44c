import QualityKit
import QualityRules

/// What region to generate: its size, years, seed and file dialect.
public struct RegionOptions: Sendable {
  /// The number of schools.
  public var schools: Int
  /// The number of municipalities; `nil` for one per 40 schools (at least one).
  public var municipalities: Int?
  /// The years of data (the end years of the academic years), in increasing order.
  public var years: [Int]
  /// The seed: the same options give the same bytes on every platform.
  public var seed: UInt64
  /// How the files are written.
  public var dialect: RegionDialect
  /// The pack whose programme `reported.csv` and `monitoring-records.csv` follow: its reported
  /// indicators and monitoring procedures. The other files do not depend on it.
  public var programme: RulePack

  /// Options for `schools` schools; the rest as `make-region` defaults them.
  public init(
    schools: Int, municipalities: Int? = nil, years: [Int] = [2020, 2021, 2022], seed: UInt64 = 1,
    dialect: RegionDialect = .plain, programme: RulePack = DefaultPacks.krasnoyarsk
  ) {
    self.schools = schools
    self.municipalities = municipalities
    self.years = years
    self.seed = seed
    self.dialect = dialect
    self.programme = programme
  }

  /// The municipalities actually used: as asked, but at least one and at most one per school.
  var municipalityCount: Int {
    let asked = municipalities ?? schools / 40
    return max(1, min(asked, max(schools, 1)))
  }
}
