import QualityKit

/// Generates a synthetic region in QualityKit's CSV formats: schools, yearly values of every
/// metric of the standard catalogue, regional and municipal benchmarks, and a programme's reported
/// values and monitoring records.
///
/// The data is synthetic but shaped like a real region (see `Guides/MakeRegion.md`): a latent
/// social-wellbeing level per school drives both its social shares and its results, so that a
/// larger share of low-income families goes with lower scores; schools of every kind and
/// settlement, basic and primary schools without the exams they do not sit, small rural schools
/// with fewer than five students, about 3 % of cells missing and repeated values (ties).
///
/// The same options give byte-identical files on every platform: the generator has its own
/// random number generator, draws normals with `+`, `-` and `*` only, writes numbers from
/// integers and orders everything by index.
///
/// - Complexity: O(s × y × m) for s schools, y years and m metrics.
///
/// ```swift
/// let files = RegionGenerator.generate(RegionOptions(schools: 500, seed: 7))
/// try files.write(to: URL(fileURLWithPath: "/tmp/region"))
/// ```
public enum RegionGenerator {
  /// The region's name in the schools file.
  public static let regionName = "Синтетический край"

  /// The columns of the values file after `school_id` and `year`: the results, the ВПР mark
  /// objectivity shares, the two context metrics, the social and the staffing shares — every key
  /// of the standard catalogue.
  public static let metricKeys: [MetricKey] =
    RegionMetric.results.map(\.key) + [
      .vprMarksLoweredPercent, .vprMarksConfirmedPercent, .vprMarksRaisedPercent,
      .contextEnrollment, .contextDistanceToCenterKm,
    ] + RegionMetric.social.map(\.key) + RegionMetric.staff.map(\.key)

  /// The municipality name of number `index` (0-based).
  public static func municipalityName(_ index: Int) -> String { "Муниципалитет \(index + 1)" }

  /// The files of the region `options` describe.
  public static func generate(_ options: RegionOptions) -> RegionFiles {
    let count = max(0, options.schools)
    let municipalities = options.municipalityCount
    var random = RegionRandom(seed: options.seed, stream: 1)
    // Municipalities differ a little in their social conditions (a city against a remote district).
    let municipalLevels = (0..<municipalities).map { _ in random.normal(deviation: 0.3) }
    let schools = (0..<count).map { index in
      RegionSchool(
        index: index, municipality: index % municipalities,
        municipalLevel: municipalLevels[index % municipalities], random: &random)
    }
    var values = RegionValues(
      years: options.years, municipalities: municipalities, dialect: options.dialect,
      seed: options.seed, schools: count)
    for school in schools { values.write(school) }
    var programme = RegionRandom(seed: options.seed, stream: 3)
    return RegionFiles(
      schools: schoolsFile(schools, dialect: options.dialect),
      values: values.file.bytes,
      benchmarks: values.benchmarks(municipalities: municipalities),
      reported: RegionProgramme.reported(
        options.programme, years: options.years, schools: schools.map(\.id),
        dialect: options.dialect, random: &programme),
      records: RegionProgramme.records(
        options.programme, years: options.years, dialect: options.dialect, random: &programme))
  }

  private static func schoolsFile(_ schools: [RegionSchool], dialect: RegionDialect) -> [UInt8] {
    var file = RegionCSVWriter(dialect, capacity: 96 * (schools.count + 1))
    file.row(["school_id", "name", "municipality", "region", "kind", "settlement"])
    let municipalities = (0..<(schools.map(\.municipality).max() ?? 0) + 1).map(municipalityName)
    for school in schools {
      file.row([
        school.id, school.name, municipalities[school.municipality], regionName,
        school.kind.rawValue, school.rural ? "rural" : "urban",
      ])
    }
    return file.bytes
  }
}
