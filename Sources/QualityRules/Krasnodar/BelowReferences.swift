import QualityKit

extension Krasnodar {
  /// «…за последние три года по ряду предметов выпускники показывают результаты ниже муниципальных
  /// и краевых.»
  public static let belowReferences = BelowReferencesCriterion(
    id: "krasnodar.below_references",
    title: LocalizedText(
      ru: "Три года подряд ниже среднего по муниципалитету и по краю по ряду предметов",
      en: "Below both the municipal and the regional mean in several subjects for three years"),
    rationale: LocalizedText(
      ru: "Основной критерий ШНОР. Предмет засчитывается, если результат школы строго ниже и "
        + "среднего по муниципалитету, и краевого значения в каждом из трёх последних лет; "
        + "критерий выполнен, если таких предметов не меньше трёх из шести (ЕГЭ по русскому языку "
        + "и профильной математике, ОГЭ и ВПР по русскому языку и математике). Краевые значения "
        + "задаёт пользователь; без них — «недостаточно данных».",
      en: "The main ШНОР criterion. A subject counts when the school is strictly below both the "
        + "municipal mean and the regional value in each of the last three years; the criterion "
        + "is met when at least three of the six subjects count (ЕГЭ Russian and profile "
        + "mathematics, ОГЭ and ВПР Russian and mathematics). The host supplies the regional "
        + "values; without them the result is insufficient data."),
    provenance: provenance(
      "Вывод: школы стабильно готовят выпускников к успешной сдаче государственной итоговой "
        + "аттестации, олимпиадам и конкурсам, однако за последние три года по ряду предметов "
        + "выпускники показывают результаты ниже муниципальных и краевых.", .derived,
      derivation: LocalizedText(
        ru:
          "Документ делает вывод о выпускниках района, а не задаёт правило отбора школ: применение вывода к каждой школе — производное. «Ряд предметов» прочитан как не менее трёх из шести предметов, для которых есть краевые значения; к ЕГЭ и ОГЭ выпускников добавлены ВПР, которые план называет среди отслеживаемых процедур (мероприятия 2.2 и 2.3).",
        en: "The document draws a conclusion about the district's graduates, not a rule for "
          + "selecting schools: applying it to each school is derived. «Ряд предметов» is read as "
          + "at least three of the six subjects with regional values; ВПР is added to the "
          + "graduates' ЕГЭ and ОГЭ because the plan names it among the monitored procedures "
          + "(measures 2.2 and 2.3).")),
    metrics: [
      .egeRussianMeanScore, .egeMathProfileMeanScore, .ogeRussianMeanMark, .ogeMathMeanMark,
      .vprRussianMeanMark, .vprMathMeanMark,
    ],
    window: threeYears("krasnodar.below_references"),
    minimumSubjects: PackParameter(
      key: "krasnodar.below_references.min_subjects", defaultValue: 3, unit: .count, range: 1...6,
      kind: .derived,
      rationale: LocalizedText(
        ru: "«по ряду предметов» без числа: «ряд» — несколько, то есть больше двух; три из шести — "
          + "половина предметов.",
        en:
          "«по ряду предметов» gives no number: «ряд» means several, i.e. more than two; three of "
          + "six is half of the subjects.")),
    examples: [
      CriterionDescription.Example(
        "regional 70 points and 4.0, same each year; municipal means ЕГЭ (50+50+50+90)/4 = 60, ОГЭ "
          + "Russian (3+3+4.5+4.5)/4 = 3.75, the other marks (3+4.5+4.5+4.5)/4 = 4.125: A below "
          + "both in 6 subjects, B in 3 (both ЕГЭ, ОГЭ Russian), C in 2 (both ЕГЭ), D in none",
        year: 2022,
        schools: [
          "A": repeating(sixSubjects(points: 50, mark: 3.0), over: exampleYears),
          "B": repeating(
            sixSubjects(points: 50, mark: 4.5).merging([.ogeRussianMeanMark: 3.0]) { $1 },
            over: exampleYears),
          "C": repeating(sixSubjects(points: 50, mark: 4.5), over: exampleYears),
          "D": repeating(sixSubjects(points: 90, mark: 4.5), over: exampleYears),
        ],
        benchmarks: references(.region, sixSubjects(points: 70, mark: 4.0)),
        expected: ["A": .met, "B": .met, "C": .notMet, "D": .notMet]),
      CriterionDescription.Example(
        "below the municipal mean only does not count: regional 60 points and 3.5, municipal "
          + "(64+84+50+82)/4 = 70 points and (3.6+4.6+3.0+4.4)/4 = 3.9; A (64, 3.6) is below the "
          + "municipal mean in every subject but at or above the regional value, C (50, 3.0) is "
          + "below both",
        year: 2022,
        schools: [
          "A": repeating(sixSubjects(points: 64, mark: 3.6), over: exampleYears),
          "B": repeating(sixSubjects(points: 84, mark: 4.6), over: exampleYears),
          "C": repeating(sixSubjects(points: 50, mark: 3.0), over: exampleYears),
          "D": repeating(sixSubjects(points: 82, mark: 4.4), over: exampleYears),
        ],
        benchmarks: references(.region, sixSubjects(points: 60, mark: 3.5)),
        expected: ["A": .notMet, "B": .notMet, "C": .met, "D": .notMet]),
      CriterionDescription.Example(
        "host-supplied municipal 65 and 3.8, regional 70 and 4.0; every school is below both in "
          + "ЕГЭ Russian, ЕГЭ maths and ОГЭ Russian only (60, 60, 3.5; other marks 4.5). B: 3 "
          + "subjects, met. A: ЕГЭ maths 66 in 2021 (above the municipal 65) rules it out, 2 left. "
          + "C: ОГЭ Russian missing in 2021 leaves it open, 2 + 1 open. D: the same gap, but ОГЭ "
          + "Russian 3.9 in 2022 (above 3.8) rules it out anyway, 2 + 0 open",
        year: 2022,
        schools: [
          "A": byYear([
            2020: threeBelow, 2021: threeBelow.merging([.egeMathProfileMeanScore: 66]) { $1 },
            2022: threeBelow,
          ]),
          "B": repeating(threeBelow, over: exampleYears),
          "C": byYear([
            2020: threeBelow, 2021: threeBelow.filter { $0.key != .ogeRussianMeanMark },
            2022: threeBelow,
          ]),
          "D": byYear([
            2020: threeBelow, 2021: threeBelow.filter { $0.key != .ogeRussianMeanMark },
            2022: threeBelow.merging([.ogeRussianMeanMark: 3.9]) { $1 },
          ]),
        ],
        benchmarks: references(.region, sixSubjects(points: 70, mark: 4.0))
          + references(.municipality("М"), sixSubjects(points: 65, mark: 3.8)),
        expected: ["A": .notMet, "B": .met, "C": .insufficientData, "D": .notMet]),
      CriterionDescription.Example(
        "basic schools (ООШ) sit no ЕГЭ, so their ЕГЭ subjects are left out: E below in its four "
          + "ОГЭ and ВПР subjects (4 ≥ 3) is met; F below in none is not met; G below in the two ОГЭ "
          + "subjects (2 < 3, nothing open) is not met; H has the same values as G but is a "
          + "secondary school whose ЕГЭ data are missing: 2 + 2 open ≥ 3 → insufficient data",
        year: 2022,
        schools: [
          "E": repeating(basicSchool(mark: 3.5), over: exampleYears),
          "F": repeating(basicSchool(mark: 4.5), over: exampleYears),
          "G": repeating(
            basicSchool(mark: 4.5).merging([.ogeRussianMeanMark: 3.5, .ogeMathMeanMark: 3.5]) {
              $1
            }, over: exampleYears),
          "H": repeating(
            basicSchool(mark: 4.5).merging([.ogeRussianMeanMark: 3.5, .ogeMathMeanMark: 3.5]) {
              $1
            }, over: exampleYears),
        ],
        kinds: ["E": .basic, "F": .basic, "G": .basic],
        benchmarks: references(.region, sixSubjects(points: 70, mark: 4.0))
          + references(.municipality("М"), sixSubjects(points: 65, mark: 3.8)),
        expected: ["E": .met, "F": .notMet, "G": .notMet, "H": .insufficientData]),
      CriterionDescription.Example(
        "without regional values the criterion never guesses: below the supplied municipal mean "
          + "(65, 3.8) in every subject and year, A is insufficient data, never «not met»",
        year: 2022,
        schools: ["A": repeating(sixSubjects(points: 50, mark: 3.0), over: exampleYears)],
        benchmarks: references(.municipality("М"), sixSubjects(points: 65, mark: 3.8)),
        expected: ["A": .insufficientData]),
      CriterionDescription.Example(
        "k = 1 (parameter override): a single subject below both in all three years is enough",
        year: 2022,
        schools: [
          "A": repeating(
            sixSubjects(points: 80, mark: 4.5).merging([.vprMathMeanMark: 3.5]) { $1 },
            over: exampleYears),
          "B": repeating(sixSubjects(points: 80, mark: 4.5), over: exampleYears),
        ],
        benchmarks: references(.region, sixSubjects(points: 70, mark: 4.0))
          + references(.municipality("М"), sixSubjects(points: 65, mark: 3.8)),
        parameters: ["krasnodar.below_references.min_subjects": 1],
        expected: ["A": .met, "B": .notMet]),
    ])

  /// Below the examples' references (municipal 65 and 3.8, regional 70 and 4.0) in exactly three
  /// subjects: ЕГЭ Russian 60, ЕГЭ profile maths 60, ОГЭ Russian 3.5; the other marks are 4.5.
  static let threeBelow: [MetricKey: Double] = [
    .egeRussianMeanScore: 60, .egeMathProfileMeanScore: 60, .ogeRussianMeanMark: 3.5,
    .ogeMathMeanMark: 4.5, .vprRussianMeanMark: 4.5, .vprMathMeanMark: 4.5,
  ]
}
