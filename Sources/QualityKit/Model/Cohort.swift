extension Cohort {
  /// Which schools a school is compared with by relative criteria (quantiles, z-scores, municipal means).
  public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
    /// Every school of the dataset: the default.
    case all
    /// The schools of the same municipality.
    case municipality
    /// The schools of the same region.
    case region

    /// Whom a school is compared with, as the reports say it: «все школы набора данных».
    public var comparedWith: LocalizedText {
      switch self {
      case .all: LocalizedText(ru: "все школы набора данных", en: "all schools of the dataset")
      case .municipality:
        LocalizedText(ru: "школы своего муниципалитета", en: "schools of the same municipality")
      case .region: LocalizedText(ru: "школы своего региона", en: "schools of the same region")
      }
    }
  }
}

/// The dataset's schools split into the groups that are compared with each other.
///
/// Every group lists school indices in ascending order (that is, by id), so sums over a group are taken
/// in the same order whatever the order of the input rows.
public struct Cohort: Sendable {
  /// The scope the groups were formed by.
  public let scope: Cohort.Scope
  /// The groups, each a sorted list of school indices; ordered by their first school.
  public let groups: [[Int]]
  /// For each school index, the index of its group in ``groups``.
  public let groupOfSchool: [Int]

  /// Splits `schools` by `scope`.
  ///
  /// - Complexity: O(n) on average, where n is the number of schools.
  public init(_ scope: Cohort.Scope, schools: [School]) {
    self.scope = scope
    var groups: [[Int]] = []
    var groupOfSchool = [Int](repeating: 0, count: schools.count)
    switch scope {
    case .all:
      groups = schools.isEmpty ? [] : [Array(schools.indices)]
    case .municipality, .region:
      var byName: [String: Int] = [:]
      for (index, school) in schools.enumerated() {
        let name = scope == .municipality ? school.municipality : school.region
        if let group = byName[name] {
          groups[group].append(index)
          groupOfSchool[index] = group
        } else {
          byName[name] = groups.count
          groupOfSchool[index] = groups.count
          groups.append([index])
        }
      }
    }
    self.groups = groups
    self.groupOfSchool = groupOfSchool
  }
}
