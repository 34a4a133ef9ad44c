/// The table of a partner matching, for CSV and workbooks: `partners`, one row per identified
/// school, paired or not, in the order served.
///
/// The outcome is a sentence-short title («партнёр в своём муниципалитете», «нет сильной школы»
/// …) with its id in `outcome_id`; categories and severity are titles, with `category_id`. A
/// school without a partner has empty partner cells. A value hidden by small-group suppression is
/// an empty cell, and the explanation says why.
///
/// - Complexity: O(p + u) for p pairs and u unmatched schools, when written.
extension PartnerMatching {
  /// The partner table.
  public func tables(language: Language) -> [ExportTable] {
    let matching = self
    return [
      ExportTable(
        id: "partners", title: LocalizedText(ru: "Школы-партнёры", en: "Partner schools"),
        columns: [
          .init("очередь", "priority", .integer), .code("school_id"), .init("школа", "school"),
          .init("муниципалитет", "municipality"), .init("категории", "categories", .list),
          .init("category_id", "category_id", .list), .init("серьёзность", "severity"),
          .init("сила", "strength", .decimal(places: 2)),
          .init("социальный индекс", "social index", .decimal(places: 2)),
          .init("итог подбора", "outcome"), .code("outcome_id"), .code("partner_id"),
          .init("партнёр", "partner"), .init("муниципалитет партнёра", "partner municipality"),
          .init("сила партнёра", "partner strength", .decimal(places: 2)),
          .init("социальный индекс партнёра", "partner social index", .decimal(places: 2)),
          .init("разница индексов", "social difference", .decimal(places: 2)),
          .code("tied_with"), .init("объяснение", "explanation"),
        ], isMain: true
      ) { row in
        let language = row.language
        enum Line {
          case pair(Pair)
          case unmatched(Unmatched)
        }
        var lines: [(Int, Line)] = matching.pairs.map { ($0.priority, .pair($0)) }
        lines += matching.unmatched.map { ($0.priority, .unmatched($0)) }
        for (priority, line) in lines.sorted(by: { $0.0 < $1.0 }) {
          func lead(_ profile: Profile, _ categories: [SchoolCategory], _ severity: Severity?) {
            row.integer(priority)
            row.code(profile.school.id.rawValue)
            row.text(profile.school.name)
            row.text(profile.school.municipality)
            row.list(categories.map { $0.title[language] })
            row.list(categories.map(\.id))
            row.text(severity?.title[language] ?? "")
            row.number(profile.mayShowValues ? profile.strength : nil)
            row.number(profile.mayShowValues ? profile.socialIndex : nil)
          }
          switch line {
          case .pair(let pair):
            lead(pair.school, pair.categories, pair.severity)
            row.text(Self.title(of: pair.choice)[language])
            row.code(pair.choice.rawValue)
            row.code(pair.partner.school.id.rawValue)
            row.text(pair.partner.school.name)
            row.text(pair.partner.school.municipality)
            row.number(pair.partner.strength)
            row.number(pair.partner.socialIndex)
            row.number(pair.school.mayShowValues ? pair.socialDifference : nil)
            row.code(pair.tiedWith?.rawValue ?? "")
            row.text(pair.explanation[language])
          case .unmatched(let entry):
            lead(entry.school, entry.categories, entry.severity)
            row.text(Self.title(of: entry.reason)[language])
            row.code(entry.reason.rawValue)
            for _ in 0..<7 { row.empty() }
            row.text(entry.explanation[language])
          }
          row.endRow()
        }
      }
    ]
  }

  /// How a partner was found, in a few words.
  static func title(of choice: Choice) -> LocalizedText {
    switch choice {
    case .sameMunicipality:
      LocalizedText(ru: "партнёр в своём муниципалитете", en: "partner in the same municipality")
    case .otherMunicipalityNoStrong:
      LocalizedText(
        ru: "партнёр в другом муниципалитете: в своём нет сильной школы",
        en: "partner elsewhere: no strong school in the municipality")
    case .otherMunicipalityFull:
      LocalizedText(
        ru: "партнёр в другом муниципалитете: сильные школы своего заняты",
        en: "partner elsewhere: the municipality's strong schools are full")
    }
  }

  /// Why a school has no partner, in a few words.
  static func title(of reason: UnmatchedReason) -> LocalizedText {
    switch reason {
    case .noStrongSchool: LocalizedText(ru: "нет сильной школы", en: "no strong school")
    case .noFreeCapacity:
      LocalizedText(ru: "у сильных школ нет свободных мест", en: "no strong school has room")
    }
  }
}
