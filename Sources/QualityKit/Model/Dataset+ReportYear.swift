extension Dataset {
  /// Whether each school has at least one value (of any metric) in `year`, in the order of
  /// ``schools``; all `false` for a year the dataset does not have.
  ///
  /// - Complexity: O(m · n) for m metrics and n schools.
  public func schoolsWithValues(in year: AcademicYear) -> [Bool] {
    var present = [Bool](repeating: false, count: schoolCount)
    guard let yearIndex = yearIndices[year] else { return present }
    for metric in metrics {
      guard let column = columns[metric]?[yearIndex] else { continue }
      var offset = 0
      for value in column {
        if !value.isNaN { present[offset] = true }
        offset += 1
      }
    }
    return present
  }

  /// The number of schools with at least one value in each year, in the order of ``years``.
  public var schoolCountsByYear: [Int] {
    years.map { year in schoolsWithValues(in: year).lazy.filter { $0 }.count }
  }

  /// The year a run reports on when the host names none, and why.
  ///
  /// The latest year in which **at least half** of the schools have at least one value. A later
  /// year with fewer schools — a stray row, a year whose data has only begun to arrive — would
  /// otherwise become the report year and turn most findings «недостаточно данных»; such years
  /// are listed in ``ReportYear/sparserLaterYears`` for the report to name. When no year reaches
  /// half, the year with the most schools (the latest of equals) is taken.
  ///
  /// `nil` for a dataset without values.
  public var defaultReportYear: ReportYear? {
    guard !years.isEmpty, schoolCount > 0 else { return nil }
    let counts = schoolCountsByYear
    var chosen = years.indices.last { 2 * counts[$0] >= schoolCount }
    let basis: ReportYear.Basis
    if let found = chosen {
      basis = .latestWithHalf(schools: counts[found], of: schoolCount)
    } else {
      let most = counts.max() ?? 0
      chosen = years.indices.last { counts[$0] == most }
      basis = .mostSchools(schools: most, of: schoolCount)
    }
    guard let index = chosen else { return nil }
    return ReportYear(
      year: years[index], basis: basis,
      sparserLaterYears: years.indices.dropFirst(index + 1).map {
        (year: years[$0], schools: counts[$0])
      })
  }
}

/// The year a run reports on and why (see ``Dataset/defaultReportYear``).
public struct ReportYear: Sendable {
  /// The year.
  public let year: AcademicYear
  /// Why it was chosen.
  public let basis: Basis
  /// Later years of the dataset, each with the number of schools that have values in it; not the
  /// report year because fewer than half of the schools have values there.
  public let sparserLaterYears: [(year: AcademicYear, schools: Int)]

  /// Why a year is the report year.
  public enum Basis: Sendable, Hashable {
    /// The host asked for it (`--year`).
    case requested
    /// The latest year in which at least half of the schools have values.
    case latestWithHalf(schools: Int, of: Int)
    /// No year has values for half of the schools: the year with the most.
    case mostSchools(schools: Int, of: Int)

    /// `requested`, `latest_with_half_of_schools` or `most_schools`: the JSON
    /// `"report_year_basis"`.
    public var code: String {
      switch self {
      case .requested: "requested"
      case .latestWithHalf: "latest_with_half_of_schools"
      case .mostSchools: "most_schools"
      }
    }

    /// «последний год, за который есть значения не менее чем у половины школ (120 из 130)».
    public func reason(_ language: Language) -> String {
      let ru = language == .russian
      switch self {
      case .requested:
        return ru ? "год задан при запуске" : "the year was asked for"
      case .latestWithHalf(let schools, let total):
        return ru
          ? "последний год, за который есть значения не менее чем у половины школ "
            + "(\(schools) из \(total))"
          : "the latest year with values for at least half of the schools (\(schools) of \(total))"
      case .mostSchools(let schools, let total):
        return ru
          ? "ни за один год нет значений у половины школ; взят год, за который их больше всего "
            + "(\(schools) из \(total))"
          : "no year has values for half of the schools; the year with the most was taken "
            + "(\(schools) of \(total))"
      }
    }
  }

  /// The data issue for each of ``sparserLaterYears``: warning `sparse_later_year`, naming the
  /// year and how many schools of how many have values in it.
  public func issues(schoolCount: Int) -> [DataIssue] {
    sparserLaterYears.map { entry in
      DataIssue(
        severity: .warning, code: "sparse_later_year",
        message: LocalizedText(
          ru: "за \(entry.year) значения есть только у \(entry.schools) из \(schoolCount) "
            + "\(RussianCount.genitive(schoolCount, one: "школы", other: "школ")) — меньше "
            + "половины; отчёт составлен за \(year) (другой год — параметр --year)",
          en: "only \(entry.schools) of \(schoolCount) schools have values for \(entry.year) — "
            + "fewer than half; the report is for \(year) (--year chooses another)"))
    }
  }
}
