import QualityKit

/// A school of a generated region, with the hidden levels its values are drawn from.
struct RegionSchool: Sendable {
  let id: String
  let name: String
  let municipality: Int
  let kind: School.Kind
  let rural: Bool
  /// The latent social-wellbeing level (about N(0, 1)): it drives the social shares, the staffing
  /// and, with ``effect``, the results, so that worse social conditions go with weaker results.
  let wellbeing: Double
  /// The school's own result level beyond its social conditions (teaching, leadership).
  let effect: Double
  /// Students in the first year; later years drift from it.
  let enrollment: Int
  /// Distance to the municipal education centre, km (one decimal).
  let distance: Double

  /// The kinds a region has, with their weight out of 100: mostly СОШ, then ООШ, a few primary
  /// schools (НОШ, often small and rural), gymnasiums, lyceums, boarding schools and others.
  static let kinds: [(kind: School.Kind, weight: Int, rural: Double, prefix: String)] = [
    (.secondary, 50, 0.35, "МБОУ СОШ"),
    (.basic, 16, 0.7, "МБОУ ООШ"),
    (.primary, 8, 0.8, "МБОУ НОШ"),
    (.gymnasium, 7, 0.05, "МБОУ Гимназия"),
    (.lyceum, 6, 0.05, "МБОУ Лицей"),
    (.boarding, 5, 0.4, "КГБОУ Школа-интернат"),
    (.other, 8, 0.2, "МБОУ Центр образования"),
  ]

  /// Draws school number `index` (0-based) of municipality `municipality`, whose own level is
  /// `municipalLevel`.
  init(index: Int, municipality: Int, municipalLevel: Double, random: inout RegionRandom) {
    var pick = random.integer(below: 100)
    var chosen = Self.kinds[0]
    for entry in Self.kinds {
      if pick < entry.weight {
        chosen = entry
        break
      }
      pick -= entry.weight
    }
    let kind = chosen.kind
    let rural = random.chance(chosen.rural)
    id = "S" + Self.padded(index + 1, width: 6)
    name = "\(chosen.prefix) №\(index + 1)"
    self.municipality = municipality
    self.kind = kind
    self.rural = rural

    var level = random.normal() + municipalLevel
    if rural { level -= 0.4 }
    if kind == .gymnasium || kind == .lyceum { level += 0.6 }
    // A boarding school (школа-интернат) mostly takes children whom their families cannot keep.
    if kind == .boarding { level -= 0.5 }
    wellbeing = level
    effect = random.normal(deviation: 0.5)

    // Small rural primary and basic schools (малокомплектные): one in five has under five students,
    // so that small-group suppression has something to hide.
    if rural, kind == .primary || kind == .basic, random.chance(0.2) {
      enrollment = 1 + random.integer(below: 4)
    } else {
      let mean = Self.meanEnrollment(kind, rural: rural)
      let drawn = random.normal(mean: mean, deviation: mean * 0.35)
      enrollment = Int(min(max(drawn, 5), 2500).rounded())
    }
    let km =
      rural ? random.normal(mean: 45, deviation: 25) : random.normal(mean: 4, deviation: 3)
    distance = (min(max(km, 0), 400) * 10).rounded() / 10
  }

  private static func meanEnrollment(_ kind: School.Kind, rural: Bool) -> Double {
    switch (kind, rural) {
    case (.primary, false): 250
    case (.primary, true): 30
    case (.basic, false): 350
    case (.basic, true): 60
    case (.secondary, false): 750
    case (.secondary, true): 180
    case (.gymnasium, _), (.lyceum, _): rural ? 300 : 900
    case (.boarding, _): rural ? 120 : 200
    case (.other, _): rural ? 150 : 500
    }
  }

  private static func padded(_ number: Int, width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
